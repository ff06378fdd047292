// D7: customer data, metadata and telemetry are used only to provide the service, never for the supplier's own purposes.
import { NEGATION_EN, NEGATION_SV, SUPPLIER_EN, SUPPLIER_SV } from "../common";
import type { Rule, Terms } from "../types";

// A purpose limitation: process only on instructions, only to provide the services, for no other purpose.
const PURPOSE_LIMIT_EN: Terms = [
  "only on ~3 instructions", "only ~2 in accordance with ~4 instructions", "only on documented instructions", "only ~4 for the ~3 purpose*",
  "solely ~4 for the ~3 purpose*", "strictly for the purpose*", "exclusively for the purpose*", "solely to provide", "only to provide", "only to deliver",
  "solely to deliver", "only as necessary to provide", "only ~3 to ~3 provide the services", "only for ~3 providing", "for no other purpose*",
  "not ~6 for any other purpose*", "not ~6 for ~2 own purposes", "not ~6 for its own ~2 purposes", "for any purpose other than",
  "only ~2 to fulfil* its obligations", "only ~2 to fulfill its obligations", "solely ~3 on behalf of", "only for the purpose",
];
const PURPOSE_LIMIT_SV: Terms = [
  "endast ~4 enligt ~6 instruktion*", "enbart ~4 enligt ~6 instruktion*", "endast för ~4 ändamål*", "enbart för ~4 ändamål*", "endast för att ~3 fullgöra",
  "endast för att tillhandahålla", "enbart för att tillhandahålla", "inte ~4 för egna ändamål", "inte ~4 för ~2 egna syften", "för något annat ändamål",
  "för andra ändamål än", "används inte utanför", "inte ~6 för annat ändamål", "endast ~4 för att ~4 utföra",
];
const USE_VERB: Terms = [
  "process*", "use", "used", "uses", "using", "utiliz*", "utilis*", "access*", "exploit*", "behandla*", "använd*", "nyttja*", "utnyttja*",
];
// The customer's own use of the service ("Customer may use the Services only for lawful purposes") is not this topic.
const CUSTOMER_USE: Terms = [
  "you may", "you shall use", "you will use", "you must", "your use", "customer may use", "customer shall use", "customer will use", "customer's use",
  "customer’s use", "end users", "kunden får använda", "kundens användning", "licensee may", "use the services", "use of the services",
];

// The supplier's own purposes: product improvement, analytics, AI training, marketing, business operations.
const SECONDARY_USE_EN: Terms = [
  "improve ~3 services", "improve ~3 products", "improve ~3 offerings", "improve ~3 service", "improv* ~3 models", "develop ~3 services", "develop ~3 products",
  "develop* ~2 improv*", "improv* ~2 develop*", "product improvement", "product development", "machine learning", "train* ~4 model*", "train* ~4 artificial intelligence",
  "for training", "aggregated ~4 data", "de identified", "deidentified", "anonymi* ~3 data", "for any purpose", "legitimate business operations",
  "business modeling", "business modelling", "lawful business purposes", "benchmarking", "for ~2 own purposes", "for its own ~2 purposes", "marketing purposes",
  "product strategy", "service generated data",
];
const SECONDARY_USE_SV: Terms = [
  "förbättra ~3 tjänst*", "utveckla ~3 tjänst*", "förbättra ~3 produkt*", "utveckla ~3 produkt*", "produktutveckling*", "maskininlärning*", "träna* ~4 modell*",
  "träning av ~3 modell*", "aggregerad* ~3 data", "anonymiserad* ~3 data", "för egna ändamål", "för ~2 egna syften", "marknadsföringsändamål",
];
// The supplier is the one who uses (not the customer using the service to train its own models).
const SUPPLIER_USES: Terms = [...SUPPLIER_EN, ...SUPPLIER_SV, "may use", "may process", "right to use", "entitled to use", "may collect", "får använda", "rätt att använda"];

// Restrictions on the results of an assignment (an IP rule), not on the customer's data: partial.
const RESULTS_SV: Terms = ["resultat*", "uppdragsresultat*", "utredningsmaterial*", "arbetsresultat*"];
const RESULTS_EN: Terms = ["deliverables", "work product", "results of the assignment"];
const NOT_EXPLOIT: Terms = ["inte ~4 nyttja*", "inte ~4 utnyttja*", "ej ~4 utnyttja*", "ej ~4 nyttja*", "inte ~4 publicera*", "not ~4 use", "not ~4 exploit"];

// Advice rather than an obligation ("check whether the AI provider trains on data (should be avoided)").
const ADVICE: Terms = ["bör undvikas", "bör inte", "should be avoided", "should not", "rekommenderas", "kontrollera om", "check whether"];
const TRAINING: Terms = ["träning*", "träna*", "training", "train"];

export const noSecondaryUse: Rule = {
  id: "confidentiality/no-secondary-use",
  area: "confidentiality",
  code: "D7",
  title: { sv: "Ingen användning för leverantörens egna ändamål", en: "No secondary use of customer data" },
  requirement: {
    sv: "Kundens data, metadata och telemetri får bara användas för att leverera tjänsten, inte för leverantörens egna ändamål som analys, produktutveckling, AI-träning eller marknadsföring.",
    en: "Customer data, metadata and telemetry are used only to deliver the service, never for the supplier's own purposes such as analytics, product improvement, AI training or marketing.",
  },
  why: {
    sv: "När leverantören använder data för egna ändamål blir den personuppgiftsansvarig för den behandlingen, utanför myndighetens kontroll och sekretessprövning (EDPB:s granskning av offentlig sektors molntjänster 2023).",
    en: "When the supplier uses data for its own purposes it becomes a controller for that processing, outside the authority's control and secrecy assessment (EDPB coordinated action on public-sector cloud, 2023).",
  },
  references: ["GDPR art. 28.3 a och 28.10", "EDPB Coordinated Enforcement Action 2022 (public sector cloud)", "OSL (2009:400) 10 kap. 2 a §"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Uppgifterna får bara användas för att leverera tjänsten eller enligt kundens instruktioner.",
      en: "The data may be used only to deliver the service or on the customer's instructions.",
    },
    weak: {
      sv: "Användningsbegränsningen är delvis: den gäller bara uppdragsresultat eller är bara en rekommendation.",
      en: "The use restriction is partial: it covers only deliverables or is only a recommendation.",
    },
    contrary: {
      sv: "Leverantören får använda data, metadata eller användningsdata för egna ändamål (produktutveckling, analys, AI-träning).",
      en: "The supplier may use data, metadata or usage data for its own purposes (product improvement, analytics, AI training).",
    },
    missing: {
      sv: "Avtalet begränsar inte leverantörens användning av kundens data.",
      en: "The agreement does not limit the supplier's use of the customer's data.",
    },
  },
  remediation: {
    sv: "Begränsa användningen till att leverera tjänsten enligt kundens dokumenterade instruktioner, inklusive metadata och telemetri; all annan användning (analys, produktutveckling, AI-träning) kräver skriftligt medgivande per ändamål.",
    en: "Limit use to delivering the service on the customer's documented instructions, including metadata and telemetry; any other use (analytics, product improvement, AI training) needs written consent per purpose.",
  },
  placement: {
    sv: "Biträdesavtalets avsnitt om ändamål och instruktioner, och huvudavtalets avsnitt om kundens data.",
    en: "The purpose and instructions section of the data processing terms, and the customer data section of the main agreement.",
  },
  signals: [
    {
      status: "contrary",
      means: "The supplier may use customer data, usage data or aggregated/de-identified data for its own purposes.",
      lang: "en",
      all: [SECONDARY_USE_EN, ["use", "used", "uses", "using", "process*", "collect*", "analy*", "retain*", "exploit*"], SUPPLIER_USES],
      none: [NEGATION_EN, CUSTOMER_USE, ["opt in", "with ~3 consent", "if customer permits", "only if"]],
    },
    {
      status: "contrary",
      means: "The supplier may use data for its own purposes (Swedish wording).",
      lang: "sv",
      all: [SECONDARY_USE_SV, ["använd*", "behandla*", "nyttja*", "utnyttja*", "samla* in", "analys*"], SUPPLIER_USES],
      none: [NEGATION_SV, ["kunden får", "kundens användning"], ADVICE],
    },
    {
      status: "met",
      means: "Processing only on instructions / only to provide the services / for no other purpose.",
      all: [[...PURPOSE_LIMIT_EN, ...PURPOSE_LIMIT_SV], USE_VERB],
      none: [CUSTOMER_USE],
    },
    {
      status: "met",
      means: "An express promise not to train models or build products on the customer's data.",
      all: [[...SECONDARY_USE_EN, ...SECONDARY_USE_SV], [...NEGATION_EN, ...NEGATION_SV], SUPPLIER_USES],
      none: [CUSTOMER_USE, ADVICE, ["unless", "except", "såvida", "utom"]],
    },
    {
      status: "weak",
      means: "Only the results of the assignment may not be used by the supplier (an IP rule, not a data-use rule).",
      all: [[...RESULTS_SV, ...RESULTS_EN], NOT_EXPLOIT, [...SUPPLIER_EN, ...SUPPLIER_SV]],
    },
    {
      status: "weak",
      means: "AI training on the data is only advised against, not forbidden.",
      all: [TRAINING, ADVICE],
    },
  ],
  examples: [],
};
