// D1: the supplier keeps all customer data confidential and acknowledges OSL secrecy and lag (2020:914).
import { NEGATION_EN, NEGATION_SV, SUPPLIER_EN, SUPPLIER_SV } from "../common";
import type { Rule, Terms } from "../types";
import {
  BOUND_TO_CONFIDENTIALITY_EN,
  BOUND_TO_CONFIDENTIALITY_SV,
  CUSTOMER_DATA_EN,
  CUSTOMER_DATA_SV,
  SECRECY_LAW,
  STAFF_EN,
  STAFF_SV,
} from "./terms";

// An undertaking by the supplier to respect a secrecy law (förbinder sig att följa OSL) — the strongest form.
const UNDERTAKES_SV: Terms = [
  "förbinder sig", "åtar sig", "ska följa", "skall följa", "ska iaktta", "skall iaktta", "ska tillämpa", "är skyldig*", "ska beakta",
  "är medveten om", "känner till", "ansvarar för att", "omfattas av", "är bunden av", "är bundna av", "gäller för leverantören",
];
const UNDERTAKES_EN: Terms = [
  "undertake*", "shall comply", "will comply", "agrees to comply", "shall observe", "will observe", "acknowledg*", "is bound by", "are bound by",
  "subject to", "shall respect", "will respect", "in accordance with", "pursuant to", "maintain*", "keep*", "shall treat", "will treat",
];

// Procurement secrecy (tenders are secret until award) is about the buying process, not about the buyer's data.
const PROCUREMENT_SV: Terms = ["anbud*", "upphandlingsärende*", "upphandlingen", "tilldelningsbeslut*", "ansökan", "sekretessprövning*"];

// The supplier's own duty to keep data confidential (hålla konfidentiell, iaktta tystnadsplikt, inte röja).
const DUTY_SV: Terms = [
  "hålla* ~4 konfidentiell*", "behandla* ~4 konfidentiellt", "iaktta ~2 sekretess", "iaktta ~2 tystnadsplikt", "har tystnadsplikt",
  "hemlighålla*", "inte ~2 röja", "ej ~2 röja", "inte obehörigen", "skydda* ~4 obehörig*", "är konfidentiell*", "ska vara konfidentiell*",
  "behandla* ~8 som konfidentiell*", "betrakta* ~6 som konfidentiell*", "hållas hemlig*", "hålla* ~4 hemlig*", "hållas konfidentiell*",
];
const DUTY_EN: Terms = [
  "is considered ~4 confidential information", "are considered ~4 confidential information", "is deemed ~4 confidential", "are deemed ~4 confidential",
  "confidential information includes", "confidential information shall include", "confidential information will include", "treat* ~6 as confidential",
  "keep ~6 confidential", "hold ~6 in ~2 confidence", "maintain ~6 in confidence",
  "maintain the confidentiality of", "shall be ~2 confidential", "will be ~2 confidential", "is ~2 confidential information", "are ~2 confidential information",
  "strictly confidential", "undertake* not to disclose", "shall not disclose", "will not disclose", "agrees not to disclose",
];

// A person-level duty ("make sure persons authorised to process have committed themselves to confidentiality"): only a partial D1.
const ENSURE_STAFF_EN: Terms = [
  "ensure* ~6 personnel", "ensure* ~6 persons", "ensure* ~6 employees", "ensure* ~6 staff", "ensure* ~6 person", "personnel ~6 bound",
  "personnel ~6 subject to",
  "employees ~6 bound", "employees ~6 subject to", "personnel are obligated", "personnel ~4 confidentiality obligations",
];
const ENSURE_STAFF_SV: Terms = [
  "säkerställ* ~6 personer", "säkerställ* ~6 personal*", "säkerställ* ~6 medarbetare*", "säkerställ* ~6 anställd*", "tillse* ~6 personal*",
  "tillse* ~6 personer", "se till att ~6 personal*", "se till att ~6 personer", "konfidentialitet hos personal*",
];

// Confidentiality of personal data only (a DPA-level duty that leaves other customer data outside): partial.
const PERSONAL_DATA: Terms = ["personal data", "personuppgift*", "personally identifiable information", "personal information"];
const PERSONAL_DUTY_EN: Terms = [
  "confidentiality of the personal data", "confidential nature", "not ~3 disclose", "only disclose", "keep ~6 confidential", "maintain ~4 confidentiality",
  "treat* ~6 confidential", "ensure* the confidentiality", "guarantee ~3 confidentiality",
];
const PERSONAL_DUTY_SV: Terms = [
  "konfidentiella karaktär", "konfidentiellt", "konfidentialitet", "inte ~3 röja", "inte ~3 lämna ut", "endast lämna ut", "sekretess", "tystnadsplikt",
];

// Confidentiality that lives in another document ("subject to GitHub's obligation of confidentiality under the Customer Agreement").
const OTHER_DOCUMENT_EN: Terms = [
  "under the ~4 agreement", "set forth in the ~2 agreement", "set out in the ~2 agreement", "as defined in the ~3 agreement", "under the ~3 customer agreement",
  "under the ~3 master agreement", "under the ~3 principal agreement", "in accordance with its confidentiality obligations", "privacy policy",
  "privacy statement",
];
const OTHER_DOCUMENT_SV: Terms = ["enligt huvudavtalet", "i huvudavtalet", "enligt ~3 allmänna villkor*", "integritetspolicy*"];

// Protection against unauthorised disclosure (a security measure that touches confidentiality): partial.
const UNAUTHORISED_DISCLOSURE: Terms = ["unauthori* disclosure", "unauthori* ~3 disclosure", "obehörigt röjande", "obehörig* ~3 röjande", "obehörig åtkomst eller röjande"];
const PROTECT: Terms = ["protect*", "prevent*", "against", "safeguard*", "skydd*", "förhindra*", "mot"];

// A mutual business-confidentiality clause ("the Parties shall observe confidentiality of information received"): generic.
const PARTIES_EN: Terms = ["each party", "either party", "the parties", "both parties", "recipient", "receiving party", "recipient party", ...SUPPLIER_EN];
const PARTIES_SV: Terms = ["parterna", "part", "vardera part*", "mottagande part*", "ingen av parterna", ...SUPPLIER_SV];
const GENERIC_DUTY_EN: Terms = [
  "observance of confidentiality", "keep ~6 confidential", "hold ~6 in ~2 confidence", "maintain ~4 confidentiality",
  "not disclose ~6 confidential information",
  "prevent ~2 disclosure", "protect* ~4 confidential information", "safeguard* ~6 confidential", "precaution* ~4 disclosure",
  "protect* ~4 against ~3 disclosure",
  "use ~4 confidential information only", "highly confidential",
];
const GENERIC_DUTY_SV: Terms = ["iaktta ~2 sekretess", "hålla* ~4 konfidentiell*", "inte ~3 röja", "iaktta ~2 tystnadsplikt", "sekretess gäller", "konfidentiellt"];
// The customer's confidential information as the protected object ("prevent disclosure of Licensee's Confidential Information").
const CUSTOMER_CI_EN: Terms = [
  "customer ~1 s ~4 confidential information", "licensee ~1 s ~5 confidential information", "client ~1 s ~4 confidential information",
  "buyer ~1 s ~4 confidential information", "authority ~1 s ~4 confidential information", "your confidential information", "customer confidential information",
];
const PROTECT_CI_EN: Terms = ["prevent* ~3 disclosure", "not ~3 disclose*", "protect*", "safeguard*", "keep ~4 confidential", "hold ~4 confidence"];
// A use restriction plus a care standard on Confidential Information: a complete non-disclosure clause.
const FULL_NDA_CARE: Terms = [
  "same ~3 precautions", "same degree of care", "same ~3 care", "reasonable standard of care", "as it does ~4 its own", "its own ~4 proprietary information",
  "its own ~4 confidential information", "its own similar information",
];
const FULL_NDA_USE: Terms = ["use ~4 only for", "use ~4 only to", "not disclose", "prior ~2 approval", "prior ~2 written consent", "safeguard*"];

// Things that are confidential but are not the buyer's data (the terms of the contract, passwords, the supplier's own secrets).
const NOT_CUSTOMER_DATA_EN: Terms = [
  "terms of this", "terms and conditions of this", "this amendment", "password*", "credential*", "login", "account* ~3 confidential", "beta",
  "you agree", "you will not", "you shall not", "you must", "customer shall not disclose", "customer will not disclose", "feedback",
  "no confidential", "audit report*", "results of ~3 audit*", "findings", "business secrets or other confidential information", "redact*",
];
const NOT_CUSTOMER_DATA_SV: Terms = ["lösenord*", "inloggning*", "detta avtals villkor", "avtalets villkor", "revisionsrapport*"];

// Negated statements about customer data ("is not Confidential Information") belong to the contrary signal, not to met.
const NOT_CONFIDENTIAL_EN: Terms = [
  "is not", "are not", "not be", "not considered", "not deemed", "not constitute", "not include", "no obligation*", "not apply", "excluded", "exclude*",
];
// The customer (not the supplier) is the one bound ("Customer shall keep Supplier's price list confidential").
const CUSTOMER_IS_BOUND: Terms = [
  "customer shall", "customer will", "customer must", "customer agrees", "you shall", "you will", "you must", "you agree", "kunden ska", "kunden skall",
  "kunden får inte", "beställaren ska", "beställaren skall", "beställaren får inte",
];

// Customer data expressly left out of confidentiality ("Customer Content is not Confidential Information").
const EXCLUDED_EN: Terms = [
  "customer content is not ~3 confidential information", "customer data is not ~3 confidential information", "your content is not ~3 confidential information",
  "confidential information does not include ~3 customer data", "confidential information does not include ~3 customer content",
  "confidential information does not include ~3 your content", "confidential information excludes ~3 customer*", "not constitute ~2 your content",
  "not constitute ~3 customer data", "not constitute ~3 customer content", "not be considered ~3 customer data",
  "customer data ~4 excluded from ~3 confidential*", "customer content ~4 excluded from ~3 confidential*",
  "customer data ~4 not be treated as confidential", "customer content ~4 not be treated as confidential",
];
const EXCLUDED_SV: Terms = [
  "sekretess* ~3 omfattar inte ~3 metadata", "sekretess* ~3 omfattar inte ~3 kunddata", "sekretess* ~3 omfattar inte ~3 kundens",
  "sekretess* ~3 gäller inte ~3 kundens",
  "sekretess* ~3 gäller inte ~3 metadata", "sekretess* ~3 gäller inte ~3 kunddata", "tystnadsplikt* ~3 omfattar inte ~3 kundens",
  "tystnadsplikt* ~3 gäller inte ~3 kundens",
  "kundens ~3 utgör inte ~3 konfidentiell*", "kundens ~3 omfattas inte av ~3 sekretess*", "kundens ~3 omfattas inte av ~3 tystnadsplikt*",
  "kundens ~3 undantas från ~3 sekretess*", "kunddata ~3 omfattas inte av ~3 sekretess*",
];

// Confidentiality limited to information the customer has labelled ("only information marked confidential"): caps at weak.
const MARKED_ONLY: Terms = [
  "marked ~3 confidential", "designated ~3 confidential", "identified ~3 as confidential", "labell* ~3 confidential", "label* as confidential",
  "märkt* ~3 konfidentiell*", "märkt* ~3 sekretess*", "markerad* ~3 konfidentiell*", "markerad* ~3 sekretess*",
];
const MARKING_NOT_DECISIVE: Terms = [
  "reasonabl*", "normally", "nature", "circumstances", "should be understood", "whether or not", "or not marked", "customer data", "customer content",
  "oavsett", "rimligen", "natur",
];

export const confidentialityObligation: Rule = {
  id: "confidentiality/confidentiality-obligation",
  area: "confidentiality",
  code: "D1",
  title: { sv: "Sekretess och tystnadsplikt för kundens uppgifter", en: "Confidentiality of customer data (OSL secrecy)" },
  requirement: {
    sv: "Leverantören ska hålla all kundens information konfidentiell och erkänna att uppgifterna kan omfattas av sekretess enligt OSL och tystnadsplikt enligt lag (2020:914).",
    en: "The supplier keeps all customer data confidential and acknowledges that the data may be secret under OSL and that staff may be bound by the 2020 outsourcing secrecy act.",
  },
  why: {
    sv: "Lag (2020:914) ger tystnadsplikt vid utkontraktering av teknisk bearbetning och lagring, och myndigheten måste enligt 10 kap. 2 a § OSL bedöma om utlämnandet är lämpligt. Ett avtal som bara skyddar vissa uppgifter, eller bara personuppgifter, lämnar resten utan skydd.",
    en: "The 2020 act gives a statutory duty of confidentiality when technical processing or storage is outsourced, and the authority must judge whether outsourcing is appropriate (OSL 10:2a). A clause that protects only some information, or only personal data, leaves the rest unprotected.",
  },
  references: ["OSL (2009:400) 10 kap. 2 a §", "Lag (2020:914) om tystnadsplikt vid utkontraktering", "GDPR art. 28.3 b", "eSam: Delning av data med leverantörer"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Leverantören har en sekretessplikt som omfattar kundens uppgifter.",
      en: "The supplier has a duty of confidentiality covering the customer's data.",
    },
    weak: {
      sv: "Sekretessen är begränsad: den gäller bara personal, bara personuppgifter, bara märkt information eller finns i ett annat dokument.",
      en: "Confidentiality is limited: it covers only staff, only personal data, only marked information, or lives in another document.",
    },
    contrary: {
      sv: "Avtalet undantar kundens data (eller delar av den) från sekretessen.",
      en: "The agreement excludes customer data (or part of it) from confidentiality.",
    },
    missing: {
      sv: "Avtalet saknar en sekretessplikt för kundens uppgifter.",
      en: "The agreement has no duty of confidentiality for the customer's data.",
    },
  },
  remediation: {
    sv: "Inför en sekretessklausul som omfattar all kundens information inklusive metadata, där leverantören erkänner att uppgifterna kan omfattas av OSL och lag (2020:914), och där brott är väsentligt avtalsbrott med rätt att häva.",
    en: "Add a confidentiality clause covering all customer data and metadata, in which the supplier acknowledges OSL secrecy and the 2020:914 act, with breach as a material breach giving a right to terminate.",
  },
  placement: {
    sv: "Avsnittet om sekretess, oftast efter leverantörens åtaganden och före ansvar och tvister.",
    en: "The confidentiality section, usually after the supplier's obligations and before liability and disputes.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier undertakes to follow OSL / lag (2020:914) or another secrecy act for the buyer's data.",
      all: [SECRECY_LAW, UNDERTAKES_SV, SUPPLIER_SV],
      none: [PROCUREMENT_SV, NEGATION_SV],
    },
    {
      status: "met",
      means: "The supplier acknowledges a statutory secrecy act (English wording).",
      lang: "en",
      all: [SECRECY_LAW, UNDERTAKES_EN, SUPPLIER_EN],
      none: [NEGATION_EN],
    },
    {
      status: "met",
      means: "The supplier itself must keep the customer's information secret (tystnadsplikt, hålla konfidentiell, inte röja).",
      lang: "sv",
      all: [DUTY_SV, SUPPLIER_SV, [...CUSTOMER_DATA_SV, "uppgift*", "information*", "data", "handling*", "kännedom", "verksamhet*", "förhållanden", "allt som"]],
      none: [ENSURE_STAFF_SV, NOT_CUSTOMER_DATA_SV, PERSONAL_DATA, PROCUREMENT_SV, CUSTOMER_IS_BOUND],
    },
    {
      status: "met",
      means: "Customer data is confidential information / kept confidential by the supplier.",
      lang: "en",
      all: [CUSTOMER_DATA_EN, DUTY_EN],
      none: [NOT_CONFIDENTIAL_EN, ENSURE_STAFF_EN, OTHER_DOCUMENT_EN, NOT_CUSTOMER_DATA_EN, CUSTOMER_IS_BOUND],
    },
    {
      status: "met",
      means: "The definition of Confidential Information expressly includes customer data.",
      lang: "en",
      all: [["confidential information"], ["including ~2 customer data", "includes ~2 customer data", "including ~2 customer content", "includes ~2 customer content", "including ~2 your content"]],
      none: [NOT_CONFIDENTIAL_EN],
    },
    {
      status: "met",
      means: "A complete non-disclosure clause: confidential information used only for the purpose, not disclosed, protected with the care given to own secrets.",
      lang: "en",
      all: [["confidential information", "customer data", "customer's data", "customer’s data"], FULL_NDA_USE, FULL_NDA_CARE],
      none: [NOT_CUSTOMER_DATA_EN],
    },
    {
      status: "met",
      means: "The supplier protects the customer's data (not only exchanged Confidential Information) with the care it gives its own secrets.",
      lang: "en",
      all: [FULL_NDA_CARE, ["safeguard*", "protect*"], ["data"]],
      none: [NOT_CUSTOMER_DATA_EN, ["confidential information"]],
    },
    {
      status: "weak",
      means: "Only the staff who process the data are bound to confidentiality (Art. 28(3)(b)); no duty on the data as such.",
      all: [BOUND_TO_CONFIDENTIALITY_EN, STAFF_EN],
      none: [NOT_CUSTOMER_DATA_EN],
    },
    {
      status: "weak",
      means: "Persons (the subject cut off by a line break in the source) are under a confidentiality obligation: a staff-level duty.",
      lang: "en",
      all: [["are subject to ~1 confidentiality obligation*", "are bound by ~1 confidentiality obligation*", "have committed themselves to confidentiality"]],
      none: [["parties", "party", "data", "information", "content"]],
    },
    {
      status: "weak",
      means: "Only the staff who process the data are bound to confidentiality (Swedish wording).",
      all: [[...BOUND_TO_CONFIDENTIALITY_SV, ...ENSURE_STAFF_SV, "konfidentialitet"], STAFF_SV],
      none: [PROCUREMENT_SV],
    },
    {
      status: "weak",
      means: "Confidentiality of personal data only (a DPA duty that leaves other customer data outside).",
      all: [PERSONAL_DATA, [...PERSONAL_DUTY_EN, ...PERSONAL_DUTY_SV], [...SUPPLIER_EN, ...SUPPLIER_SV, "personnel", "personal"]],
      none: [NOT_CUSTOMER_DATA_EN, ["data subject*", "registrerad*", "redact*"]],
    },
    {
      status: "weak",
      means: "Confidentiality only by reference to another agreement or policy that is not part of the text.",
      all: [
        [
          "confidentiality obligation*", "obligation* of confidentiality", "duty of confidentiality", "confidentiality terms", "confidentiality provisions",
          "sekretessåtagande*", "sekretessbestämmelse*", "sekretessvillkor*", "sekretessklausul*",
        ],
        [...OTHER_DOCUMENT_EN, ...OTHER_DOCUMENT_SV],
      ],
      none: [NOT_CUSTOMER_DATA_EN, NOT_CUSTOMER_DATA_SV, ENSURE_STAFF_EN],
    },
    {
      status: "weak",
      means: "Only security measures against unauthorised disclosure, no duty of confidentiality.",
      all: [UNAUTHORISED_DISCLOSURE, PROTECT],
    },
    {
      status: "weak",
      means: "A generic, mutual business-confidentiality clause that covers information exchanged but not customer data as such.",
      lang: "en",
      all: [GENERIC_DUTY_EN, PARTIES_EN],
      none: [NOT_CUSTOMER_DATA_EN, CUSTOMER_IS_BOUND],
    },
    {
      status: "weak",
      means: "The customer's confidential information is protected, without saying that all customer data is covered.",
      lang: "en",
      all: [PROTECT_CI_EN, CUSTOMER_CI_EN],
      none: [NOT_CUSTOMER_DATA_EN],
    },
    {
      status: "weak",
      means: "A generic, mutual business-confidentiality clause (Swedish wording).",
      lang: "sv",
      all: [GENERIC_DUTY_SV, PARTIES_SV],
      none: [NOT_CUSTOMER_DATA_SV, PROCUREMENT_SV, CUSTOMER_IS_BOUND],
    },
    {
      status: "weak",
      means: "Confidentiality only for information the customer has marked as confidential.",
      all: [MARKED_ONLY],
      none: [MARKING_NOT_DECISIVE],
      capsAtWeak: true,
    },
    {
      status: "contrary",
      means: "Customer data (or its metadata) is expressly excluded from confidentiality.",
      all: [[...EXCLUDED_EN, ...EXCLUDED_SV]],
    },
  ],
  examples: [
    { lang: "sv", text: "Priser anges exklusive moms. [[Leverantören förbinder sig att iaktta sekretess enligt offentlighets- och sekretesslagen (2009:400) och lagen (2020:914) för alla uppgifter som lämnas av Kunden.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören ska hålla Kundens uppgifter konfidentiella och får inte obehörigen röja dem för tredje man.]]", expect: "met" },
    { lang: "sv", text: "[[Personuppgiftsbiträdet ska säkerställa att personer med behörighet att behandla personuppgifterna har åtagit sig att iaktta konfidentialitet.]]", expect: "weak" },
    { lang: "sv", text: "[[Parterna ska iaktta sekretess beträffande information som de får del av från varandra inom ramen för avtalet.]]", expect: "weak" },
    { lang: "sv", text: "[[Kundens loggdata och metadata omfattas inte av sekretessåtagandet i detta avsnitt.]]", expect: "contrary" },
    { lang: "sv", text: "[[Sekretessen omfattar inte metadata, loggar eller driftdata som Leverantören genererar.]]", expect: "contrary" },
    { lang: "sv", text: "[[Leverantören har tystnadsplikt avseende allt som denne får kännedom om hos Kunden.]]", expect: "met" },
    { lang: "sv", text: "Uppgifter i ett upphandlingsärende omfattas av sekretess enligt offentlighets- och sekretesslagen till dess att tilldelningsbeslut fattats.", expect: "missing" },
    { lang: "sv", text: "Kunden ansvarar för att hålla sina lösenord konfidentiella och får inte röja dem.", expect: "missing" },
    { lang: "sv", text: "Kunden ska hålla Leverantörens prisinformation hemlig.", expect: "missing" },
    { lang: "sv", text: "[[Information som Kunden lämnat till Leverantören ska hållas hemlig.]]", expect: "met" },
    { lang: "sv", text: "Leverantören ska inte följa offentlighets- och sekretesslagen, eftersom Kunden inte är en myndighet.", expect: "missing" },
    { lang: "en", text: "[[All Customer Data is deemed the Customer's Confidential Information and the Supplier shall keep it strictly confidential.]]", expect: "met" },
    { lang: "en", text: "[[The Supplier acknowledges that Customer Data may be subject to secrecy under the Public Access to Information and Secrecy Act (2009:400).]]", expect: "met" },
    { lang: "en", text: "[[The Processor shall ensure that its personnel authorised to process the Personal Data are bound by a duty of confidentiality.]]", expect: "weak" },
    { lang: "en", text: "[[Provider will protect Customer Personal Data in accordance with its confidentiality obligations under the Master Agreement.]]", expect: "weak" },
    { lang: "en", text: "[[\"Confidential Information\" means information disclosed by either party that is marked as confidential at the time of disclosure.]] The Supplier shall keep the Customer's Confidential Information confidential.", expect: "weak" },
    { lang: "en", text: "[[For clarity, Customer Content is not Confidential Information under this Agreement.]]", expect: "contrary" },
    { lang: "en", text: "[[Supplier shall treat all data provided by the Customer as confidential and shall not disclose it to any third party.]]", expect: "met" },
    { lang: "en", text: "[[Each party shall keep the other party's Confidential Information confidential and protect it against disclosure.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[The Supplier is not entitled to use the Customer's data sets for any purpose other than performing the Agreement.]]",
      expect: "todo-weak",
      note: "A bare use restriction is the 'no use beyond the contract' limb of D1 (labelled weak in the corpus); it is caught by D7, and counting it here would also fire on every instruction-only DPA clause.",
    },
    { lang: "en", text: "[[\"Confidential Information\" means all non-public information disclosed by one party to the other, including Customer Data.]]", expect: "met" },
    { lang: "en", text: "You are responsible for keeping your account passwords confidential.", expect: "missing" },
    { lang: "en", text: "[[The Supplier undertakes not to disclose any information about the Customer's business to any third party.]]", expect: "met" },
    { lang: "en", text: "The parties agree that the terms of this Agreement shall be kept confidential.", expect: "missing" },
    { lang: "en", text: "Customer shall not disclose the Supplier's pricing information to third parties.", expect: "missing" },
  ],
};
