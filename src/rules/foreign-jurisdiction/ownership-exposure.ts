// B3: the supplier discloses its owners and group and which third-country laws (CLOUD Act, FISA) can reach the buyer's data.
import type { Rule, Terms } from "../types";
import { SUPPLIER_EN, SUPPLIER_SV } from "../common";
import { CUSTOMER_ACTS } from "./terms";

const SUPPLIER_NAMES: Terms = [...SUPPLIER_EN, ...SUPPLIER_SV];

// Named third-country laws that can compel a provider to hand over data wherever it is stored (the eSam test).
const THIRD_COUNTRY_LAW: Terms = [
  "CLOUD Act", "Clarifying Lawful Overseas Use of Data", "FISA", "Foreign Intelligence Surveillance Act", "section 702", "Executive Order 12333",
  "EO 12333", "extraterritorial*", "extraterritoriell*", "US law*", "U.S. law*", "United States law*", "US legislation", "amerikansk* lag*",
  "amerikansk* lagstiftning*",
];
// Third-country law in general terms, as in the SCC transfer clauses: an exposure named, but not which law or owner.
const THIRD_COUNTRY_LAW_GENERIC: Terms = [
  "third country law*", "third country legislation", "laws of ~3 third countr*", "foreign law*", "foreign legislation", "non EU law*",
  "tredjelandslag*", "tredjelandslagstiftning*", "tredje lands lag*", "lagstiftning i tredje land", "lagstiftning i ~2 land utanför ~2 EU*",
  "utländsk* lagstiftning*", "utländsk* lag", "utländsk* rättsordning*",
];
// Who owns or controls the supplier.
const OWNERSHIP: Terms = [
  "ultimate parent*", "parent compan*", "parent entit*", "parent undertaking*", "ultimate owner*", "beneficial owner*", "ownership structure",
  "group structure", "corporate structure", "ägarstruktur*", "ägarförhållande*", "moderbolag*", "yttersta ägare", "verklig* huvudman*",
  "koncernstruktur*", "bolagsstruktur*",
];
// The supplier states it: warrants, represents, discloses, declares, reports (redovisa, intyga, garantera, upplysa).
// Verb forms are listed ("inform*" would match "information", "represent*" "representative").
const STATES: Terms = [
  "warrant", "warrants", "warranty", "represent", "represents", "declare*", "confirm*", "inform", "informs", "notify", "notifies", "set out",
  "identif*", "redovisa*", "redogör*", "intyga*", "garanter*", "försäkra*", "upplysa", "upplyser", "ange", "anger", "anges", "angett", "uppge*",
  "informera*", "underrätta*",
];
// For owners and group, "disclose" and a list also state them; next to a foreign law "disclose" would mean handing data over (B5).
const STATES_OWNERS: Terms = [...STATES, "disclose* ~4 its", "disclosed in", "listed in", "list* ~2 its", "förteckning*"];
// Data flowing to the parent ("may not disclose Customer Data to its parent company") is a transfer, not a disclosure of owners.
const DATA_FLOW: Terms = [
  "disclos* ~3 data to", "transfer* ~3 data to", "shar* ~3 data with", "provide ~3 data to", "lämna* ut ~3 till", "överför* ~4 till",
];
// The supplier describes its own place in a group ("is a wholly owned subsidiary of X Inc.", "är ett dotterbolag till").
const OWNERSHIP_STATEMENT: Terms = [
  "is a ~3 subsidiary of", "is ~2 owned by", "wholly owned subsidiary", "ultimate parent* ~2 is", "parent company is", "moderbolag* är",
  "är ett ~3 dotterbolag till", "är ~2 dotterbolag till", "helägt dotterbolag",
  "ägs till ~3 av", "helägt av",
];
// Being subject to a named foreign law is itself a statement of exposure ("may be subject to the CLOUD Act", "omfattas av FISA").
const SUBJECT_TO: Terms = ["is subject to", "are subject to", "may be subject to", "be subject to", "omfattas av", "lyder under", "träffas av"];
// Definitions ("Affiliate means … is controlled by") and conditions describe the concept, not this supplier's owners.
const DEFINITION_OR_CONDITION: Terms = ["means", "shall mean", "avses", "common control", "if", "om"];
// The law or country the owners and group are subject to.
const JURISDICTION: Terms = [
  "jurisdiction*", "jurisdiktion*", "laws", "legislation", "subject to", "incorporated", "registered", "domicile*", "country", "countries",
  "lagstiftning*", "rättsordning*", "land", "länder", "hemvist*", "säte", "registrerad*", "omfattas av",
];
// A warranty that the laws applicable to the supplier do not stop it from honouring the contract (SCC clause 14(a), 2010 clause 5(b)).
const NO_REASON_TO_BELIEVE: Terms = [
  "no reason to believe", "not aware of any ~3 law*", "not aware of any ~3 legislation", "har ingen anledning att anta", "har ingen anledning att tro",
  "inte känner till någon ~3 lag*",
];
const LAW_WORD: Terms = ["law*", "legislation", "lag*", "lagstiftning*", "rättsordning*"];
// A change of owner is A6 (change of control), and the supplier being released from stating anything is no disclosure.
const CHANGE_OR_RELEASE: Terms = [
  "change*", "ändring*", "förändring*", "transfer*", "överlåt*", "acquisition*", "acquire*", "merger*", "förvärv*", "fusion*", "assign*",
  "not required to", "not be required", "no obligation", "not obliged", "inte skyldig*", "ingen skyldighet",
];
// Location claimed to shield the data: "as data are stored in the EU, US law does not apply".
const EU_LOCATION: Terms = [
  "stored in the EU*", "stored within the EU*", "located in the EU*", "hosted in the EU*", "within the EU*", "within the European*", "in Sweden",
  "inom EU*", "i Sverige", "lagras i ~2 EU*", "lagras i Sverige", "inom Sverige",
];
const DOES_NOT_APPLY: Terms = [
  "does not apply", "do not apply", "not applicable", "cannot apply", "is not subject", "are not subject", "no foreign", "gäller ~2 inte",
  "inte gäller", "är ~2 inte tillämplig*", "kan inte tillämpas", "omfattas ~2 inte", "inte omfattas",
];

export const ownershipExposure: Rule = {
  id: "foreign-jurisdiction/ownership-exposure",
  area: "foreign-jurisdiction",
  code: "B3",
  title: { sv: "Ägarstruktur och tredjelandslagstiftning", en: "Ownership and third-country law exposure" },
  requirement: {
    sv: "Leverantören redovisar yttersta moderbolag, koncernbolag och underbiträden med åtkomst samt vilka länders lagar de omfattas av, garanterar om någon lag kan tvinga fram utlämnande utan rättslig hjälp, och håller uppgifterna aktuella.",
    en: "The supplier discloses its ultimate parent, group entities and sub-processors with access and the jurisdictions they are subject to, warrants whether any law can compel disclosure without legal assistance, and keeps this up to date.",
  },
  why: {
    sv: "Kärnan i eSams prövning: CLOUD Act når uppgifter i en leverantörs 'possession, custody, or control' oavsett var de lagras, och FISA 702 tvingar leverantörer att bistå. Dataförordningen art. 28 kräver insyn i vilken jurisdiktion infrastrukturen lyder under. Utan uppgifter om ägare och koncern kan kunden inte bedöma risken för röjande av uppgifter som omfattas av OSL.",
    en: "The core of the eSam test: the CLOUD Act reaches data in a provider's 'possession, custody, or control' wherever stored, and FISA 702 compels provider assistance. Data Act art. 28 requires transparency on the jurisdiction of the infrastructure. Without ownership and group information the buyer cannot assess the risk to data that may be secret under OSL.",
  },
  references: [
    "18 U.S.C. § 2713 (CLOUD Act)", "50 U.S.C. § 1881a (FISA 702)", "Data Act (EU) 2023/2854 art. 28", "eSam: Molntjänster i offentlig sektor (2018)",
    "OSL (2009:400)",
  ],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Leverantören redovisar ägare eller koncern och vilka tredjelandslagar (t.ex. CLOUD Act) som kan nå uppgifterna.",
      en: "The supplier discloses its owners or group and which third-country laws (e.g. the CLOUD Act) can reach the data.",
    },
    weak: {
      sv: "Avtalet ger bara en del: en garanti om att tillämplig lag inte hindrar fullgörandet, eller uppgift om ägare utan uppgift om vilka lagar som gäller.",
      en: "The agreement gives only part of it: a warranty that applicable law does not prevent performance, or ownership information without the laws that apply.",
    },
    contrary: {
      sv: "Avtalet påstår att lagring inom EU/Sverige gör att utländsk lag (t.ex. CLOUD Act) inte gäller, vilket döljer exponeringen.",
      en: "The agreement claims that storage in the EU/Sweden means foreign law (e.g. the CLOUD Act) does not apply, which hides the exposure.",
    },
    missing: {
      sv: "Avtalet säger inget om leverantörens ägare eller om tredjelandslagar som kan nå uppgifterna.",
      en: "The agreement says nothing about the supplier's owners or third-country laws that can reach the data.",
    },
  },
  remediation: {
    sv: "Kräv en bilaga med ägar- och jurisdiktionskarta (yttersta moderbolag, koncernbolag och underbiträden med åtkomst, och deras hemländer), en garanti om huruvida någon lag kan tvinga fram utlämnande utan internationell rättslig hjälp (t.ex. CLOUD Act, FISA 702), och en skyldighet att genast meddela ändringar.",
    en: "Require an annex mapping ownership and jurisdiction (ultimate parent, group companies and sub-processors with access, and their home countries), a warranty on whether any law can compel disclosure without international legal assistance (e.g. CLOUD Act, FISA 702), and a duty to report changes at once.",
  },
  placement: {
    sv: "En egen bilaga om ägarstruktur och jurisdiktion, eller leverantörens garantier i huvudavtalet.",
    en: "A separate annex on ownership and jurisdiction, or the supplier's warranties in the main agreement.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier states which third-country laws (CLOUD Act, FISA, foreign law) it or its group is subject to.",
      all: [THIRD_COUNTRY_LAW, STATES],
      none: [CUSTOMER_ACTS, DOES_NOT_APPLY, ["not required to", "not be required", "no obligation", "inte skyldig*", "ingen skyldighet"]],
    },
    {
      status: "met",
      means: "The supplier is stated to be subject to a named third-country law (CLOUD Act, FISA).",
      all: [THIRD_COUNTRY_LAW, SUBJECT_TO, [...SUPPLIER_NAMES, "parent*", "moderbolag*", "koncern*", "group"]],
      none: [CUSTOMER_ACTS, DOES_NOT_APPLY],
    },
    {
      status: "met",
      means: "The supplier states its place in a group together with the law or country of the group.",
      all: [OWNERSHIP_STATEMENT, SUPPLIER_NAMES, [...JURISDICTION, ...THIRD_COUNTRY_LAW, "corporation", "inc", "llc", "ltd", "limited"]],
      none: [CHANGE_OR_RELEASE, DEFINITION_OR_CONDITION, CUSTOMER_ACTS, DATA_FLOW],
    },
    {
      status: "met",
      means: "The supplier discloses its owners or group together with the jurisdictions they are subject to.",
      all: [OWNERSHIP, STATES_OWNERS, JURISDICTION],
      none: [CHANGE_OR_RELEASE, CUSTOMER_ACTS, DATA_FLOW],
    },
    {
      status: "weak",
      means: "Ownership or group disclosed, but no word on the laws that apply.",
      all: [OWNERSHIP, STATES_OWNERS],
      none: [CHANGE_OR_RELEASE, CUSTOMER_ACTS, DATA_FLOW],
    },
    {
      status: "weak",
      means: "The supplier states or notifies exposure to third-country law in general terms, without naming the law or its owners.",
      all: [THIRD_COUNTRY_LAW_GENERIC, STATES],
      none: [CUSTOMER_ACTS, ["not required to", "not be required", "no obligation", "inte skyldig*", "ingen skyldighet"]],
    },
    {
      status: "weak",
      means: "A warranty that the laws applicable to the supplier do not prevent it from honouring the contract (SCC clause 14(a)).",
      all: [NO_REASON_TO_BELIEVE, LAW_WORD],
    },
    {
      status: "contrary",
      means: "Storage in the EU or Sweden is said to keep foreign law away from the data (hides the CLOUD Act exposure).",
      all: [[...THIRD_COUNTRY_LAW, ...THIRD_COUNTRY_LAW_GENERIC], EU_LOCATION, DOES_NOT_APPLY],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "[[Leverantören ska i bilaga 4 redovisa sitt yttersta moderbolag, övriga koncernbolag med åtkomst till data och i vilket land respektive bolag har sitt säte.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Leverantören intygar att varken Leverantören eller dess underbiträden omfattas av tredjelandslagstiftning såsom CLOUD Act eller FISA.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören ska på begäran redovisa sina ägarförhållanden.]]", expect: "weak" },
    {
      lang: "sv",
      text: "[[Eftersom alla uppgifter lagras i Sverige omfattas de inte av amerikansk lagstiftning som CLOUD Act.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Leverantören ska utan dröjsmål meddela Kunden om förändringar i ägarförhållandena.", expect: "missing" },
    { lang: "sv", text: "Under 2018 trädde den amerikanska CLOUD Act i kraft.", expect: "missing" },
    {
      lang: "en",
      text: "[[Supplier discloses in Annex 5 its ultimate parent company and every group company with access to Customer Data, with the country of incorporation of each.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[The Provider warrants that neither it nor its parent company is subject to the US CLOUD Act or FISA section 702.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[The supplier warrants it has no reason to believe that any law it is subject to will stop it from following the customer's instructions.]]",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[Because the data is stored within the EU, US laws such as the CLOUD Act do not apply to Customer Data.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[The Provider is a wholly owned subsidiary of Example Holdings Inc., a Delaware corporation, and may be subject to the US CLOUD Act.]]",
      expect: "met",
    },
    { lang: "en", text: "Supplier shall notify Customer of any change in its ownership or ultimate parent company.", expect: "missing" },
    { lang: "en", text: "The supplier may not disclose Customer Data to its parent company without the Customer's consent.", expect: "missing" },
    { lang: "en", text: "\"Affiliate\" means any entity that directly or indirectly controls, is controlled by, or is under common control with a party.", expect: "missing" },
    { lang: "en", text: "Customer may not use the Services to violate any US law or foreign law.", expect: "missing" },
    {
      lang: "en",
      text: "[[\"Provider Entity\" means Provider LLC, Provider Ireland Limited or any other Affiliate of Provider LLC.]]",
      expect: "todo-weak",
      note: "A definition naming the group's entities is a partial ownership disclosure (labelled weak in the corpus), but it cannot be told from ordinary affiliate definitions without understanding the names.",
    },
  ],
};
