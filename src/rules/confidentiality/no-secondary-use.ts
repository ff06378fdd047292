// D7: customer data, metadata and telemetry are used only to provide the service, never for the supplier's own purposes.
import { NEGATION_EN, NEGATION_SV, SUPPLIER_EN, SUPPLIER_SV } from "../common";
import type { Rule, Terms } from "../types";

// A purpose limitation: process only on instructions, only to provide the services, for no other purpose.
const PURPOSE_LIMIT_EN: Terms = [
  "only on ~3 instructions", "only ~2 in accordance with ~4 instructions", "only on documented instructions", "only ~8 for the ~2 purpose*",
  "solely ~4 for the ~3 purpose*", "strictly for the purpose*", "exclusively for the purpose*", "solely to provide", "only to provide", "only to deliver",
  "solely to deliver", "only as necessary to provide", "only ~3 to ~3 provide the services", "only for ~3 providing", "for no other purpose*",
  "not ~6 for any other purpose*", "not ~6 for ~2 own purposes", "only to the extent necessary to ~3 perform", "only to the extent necessary to ~3 provide",
  "only as necessary to ~3 perform", "only ~4 necessary ~2 to ~3 deliver", "not ~6 for its own ~2 purposes", "not ~8 for any purpose other than",
  "nor ~8 for any purpose other than",
  "use or disclose ~6 for any purpose other than", "only on behalf of", "only ~2 in compliance with ~3 instructions",
  "outside ~4 scope of ~3 instructions ~4 requir*",
  "complete ~2 instructions",
  "only ~2 to fulfil* its obligations", "only ~2 to fulfill its obligations", "solely ~3 on behalf of", "only for the purpose",
];
const PURPOSE_LIMIT_SV: Terms = [
  "endast ~4 enligt ~6 instruktion*", "enbart ~4 enligt ~6 instruktion*", "endast ~6 för ~4 ändamål*", "enbart ~6 för ~4 ändamål*",
  "endast ~6 för att ~3 fullgöra",
  "endast ~6 för att tillhandahålla", "enbart ~6 för att tillhandahålla", "endast ~6 för att leverera", "enbart ~6 för att leverera",
  "inte ~4 för egna ändamål", "inte ~4 för ~2 egna syften", "för något annat ändamål",
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

// Purposes that are by their wording the supplier's own (its models, its business operations, its own purposes).
const OWN_PURPOSE_EN: Terms = [
  "train* its ~3 model*", "train* our ~3 model*", "legitimate business operations", "for its own ~2 purposes", "for our own ~2 purposes",
  "own business purposes",
  "lawful business purposes", "business modeling", "business modelling", "improve ~2 our ~2 services", "improve ~2 our ~2 products",
  "improve ~2 its ~2 services",
  "improve ~2 its ~2 products", "develop* ~2 our ~2 products", "develop* ~2 its ~2 products",
];
const OWN_PURPOSE_SV: Terms = ["för egna ändamål", "för ~2 egna syften", "träna* ~2 sina ~2 modell*", "förbättra ~2 sina ~2 tjänst*", "utveckla ~2 sina ~2 tjänst*"];

// Purposes beyond service delivery: product improvement, analytics, AI training, marketing, aggregated or de-identified data.
const SECONDARY_USE_EN: Terms = [
  ...OWN_PURPOSE_EN, "improve ~3 services", "improve ~3 products", "improve ~3 offerings", "improve ~3 service", "improv* ~3 models", "develop ~3 services",
  "develop ~3 products", "develop* ~2 improv*", "improv* ~2 develop*", "product improvement", "product development", "machine learning", "to train ~4 model*",
  "to train ~4 artificial intelligence", "training of ~4 model*", "used ~3 for training", "use ~6 for training", "used to train", "aggregated ~4 data",
  "de identified", "deidentified", "anonymi* ~3 data", "anonymi* format",
  "for any ~2 purpose*", "benchmarking", "marketing purposes", "product strategy", "service generated data", "improve ~3 platform*", "improve ~3 software", "improve ~3 solution*", "improve ~3 technolog*",
  "develop ~3 platform*", "develop ~3 technolog*", "compile statistics", "statistical purposes",
  "derived from ~3 customer data", "in ~2 anonymi* form", "in ~2 aggregated form",
];
const SECONDARY_USE_SV: Terms = [
  ...OWN_PURPOSE_SV, "förbättra ~3 tjänst*", "utveckla ~3 tjänst*", "förbättra ~3 produkt*", "utveckla ~3 produkt*", "produktutveckling*", "maskininlärning*",
  "träna* ~4 modell*", "träning av ~3 modell*", "aggregerad* ~3 data", "anonymiserad* ~3 data", "marknadsföringsändamål", "för vilket ändamål som helst",
  "statistiska ändamål", "i anonymiserad form", "i aggregerad form",
];
// Telemetry, usage data and metadata generated from the customer's use: the supplier's favourite secondary-use object.
const USAGE_DATA: Terms = [
  "telemetry", "usage data", "usage information", "diagnostic*", "service data", "metadata", "log data", "användningsdata", "telemetri*",
  "loggdata", "diagnostikdata",
];
const OWN_BENEFIT: Terms = ["improv*", "develop*", "analytics", "research", "benchmark*", "förbättra*", "utveckla*", "analys*", "forskning"];

// A permission or statement of use (not a list of definitions or a duty to handle such data lawfully).
const PERMISSION_EN: Terms = [
  "may", "right to", "entitled to", "will use", "shall use", "uses", "will be used", "use ~6 to", "used ~4 to", "used for", "may be ~4 used", "license to",
  "licence to", "will process", "processes",
];
const PERMISSION_SV: Terms = ["får", "rätt att", "kommer att använda", "används för", "använder", "används till", "behandlar"];
// Not the supplier's own use: a data subject's objection, the customer's own permission or instruction, an opt-in.
const NOT_OWN_USE: Terms = [
  "other than",
  "data subject*", "cease", "customer permits", "customer instructs", "if customer", "only if ~6 opt* in", "if ~3 opts in", "with ~3 consent", "only if",
  "registrerad*",
  "kundens medgivande", "kundens samtycke",
];

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
      means: "The supplier may use the data for purposes that are by their wording its own (its models, its business operations).",
      all: [[...OWN_PURPOSE_EN, ...OWN_PURPOSE_SV]],
      none: [NEGATION_EN, NEGATION_SV, CUSTOMER_USE, NOT_OWN_USE, ADVICE],
    },
    {
      status: "contrary",
      means: "Training or product improvement on the data unless the customer opts out (on by default).",
      all: [["train*", "training", "improve*", "träning*", "träna*", "förbättra*"], ["opt* out", "opted out", "unless ~6 opt*", "opt out", "avregistrera*", "välja bort"]],
      none: [CUSTOMER_USE, ["only if ~6 opt* in"]],
    },
    {
      status: "contrary",
      means: "The supplier may use customer data, usage data or aggregated/de-identified data to improve services, train models or for any purpose.",
      lang: "en",
      all: [SECONDARY_USE_EN, PERMISSION_EN],
      none: [NEGATION_EN, CUSTOMER_USE, NOT_OWN_USE],
    },
    {
      status: "contrary",
      means: "The supplier may use telemetry, usage data or metadata to improve or develop its offering.",
      all: [USAGE_DATA, OWN_BENEFIT, [...PERMISSION_EN, ...PERMISSION_SV]],
      none: [NEGATION_EN, NEGATION_SV, CUSTOMER_USE, NOT_OWN_USE],
    },
    {
      status: "contrary",
      means: "The supplier may use data for its own purposes (Swedish wording).",
      lang: "sv",
      all: [SECONDARY_USE_SV, PERMISSION_SV],
      none: [NEGATION_SV, ["kunden får", "kundens användning"], NOT_OWN_USE, ADVICE],
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
      all: [[...SECONDARY_USE_EN, ...SECONDARY_USE_SV], [...NEGATION_EN, ...NEGATION_SV], [...SUPPLIER_EN, ...SUPPLIER_SV]],
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
  examples: [
    { lang: "sv", text: "[[Leverantören får endast använda Kundens uppgifter för att tillhandahålla tjänsten enligt avtalet.]]", expect: "met" },
    { lang: "sv", text: "[[Personuppgiftsbiträdet får inte behandla personuppgifter för egna ändamål.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören får inte publicera eller på annat sätt nyttja uppdragsresultat utan Beställarens medgivande.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören får använda anonymiserad data för att förbättra sina tjänster.]]", expect: "contrary" },
    { lang: "sv", text: "Kunden får använda tjänsten för att träna egna modeller.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska kontinuerligt förbättra säkerheten i tjänsten.", expect: "missing" },
    { lang: "en", text: "[[Provider will use Customer Data solely to provide the Services to Customer.]]", expect: "met" },
    { lang: "en", text: "[[The processor shall process the personal data only on documented instructions from the controller.]]", expect: "met" },
    { lang: "en", text: "[[We may use aggregated and de-identified data to improve and develop our services.]]", expect: "contrary" },
    { lang: "en", text: "[[Provider processes telemetry data for product improvement and analytics.]]", expect: "contrary" },
    { lang: "en", text: "[[Inputs may be used to train our models unless the customer opts out in the admin console.]]", expect: "contrary" },
    { lang: "en", text: "[[Check whether the vendor uses customer data for model training (this should be avoided).]]", expect: "weak" },
    { lang: "en", text: "[[Provider may collect and use diagnostics and usage data to operate and improve the Platform.]]", expect: "contrary" },
    { lang: "en", text: "Customer may use the Services only for lawful purposes.", expect: "missing" },
    { lang: "en", text: "Supplier will continuously improve the security of the Services.", expect: "missing" },
    { lang: "en", text: "You may use the API to train your own models.", expect: "missing" },
    {
      lang: "en",
      text: "[[Provider owns all Service Generated Data.]]",
      expect: "todo-contrary",
      note: "Ownership of data derived from the customer's use implies free secondary use, but ownership wording alone also appears in IP clauses about the supplier's own software.",
    },
  ],
};
