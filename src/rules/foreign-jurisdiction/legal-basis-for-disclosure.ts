// B5: the buyer's data go to an authority only on a Swedish or EU legal basis, or through international legal assistance.
import { NON_EU } from "../common";
import type { Rule, Terms } from "../types";
import {
  ANY_AUTHORITY, AUTHORITY_REQUEST_EN, AUTHORITY_REQUEST_SV, COMPULSION_EN, COMPULSION_SV, CUSTOMER_ACTS, DISCLOSE_EN, DISCLOSE_SV,
  EU_LAW_LIMIT, LEGAL_ASSISTANCE, NON_EU_EXTRA, OTHER_NOTICE_TOPIC, SUPPLIER_SECRETS, SWEDISH_LAW, US_STATE_PRIVACY,
} from "./terms";

const DISCLOSE: Terms = [...DISCLOSE_EN, ...DISCLOSE_SV];
// A Swedish or EU source of the duty, or legal assistance: the only bases the requirement accepts.
const LIMITED_BASIS: Terms = [...SWEDISH_LAW, ...EU_LAW_LIMIT, ...LEGAL_ASSISTANCE];
// The SCC clause 15.2 safeguards: only a legally binding request, reviewed for legality, disclosed at the minimum, and only
// once the procedural rules require it. Disclosure can still rest on third-country law, so this is partial.
const SCC_CONSTRAINT: Terms = [
  "legally binding request*", "procedural rules", "legality of the request", "review the legality", "minimum amount", "minimum ~3 permissible",
  "reasonable interpretation of the request",
];
// Processing outside the customer's instructions or for other purposes (GDPR art. 28.3 a exception).
const BEYOND_INSTRUCTIONS: Terms = ["instruction*", "instruktion*", "any other purpose*", "other purposes", "andra ändamål", "annat ändamål"];
// "Unless required by applicable law" as the exception to instruction-bound processing (English).
const UNLESS_LAW: Terms = [
  "unless required", "required to do so by", "except as required", "except where required", "except to the extent required",
  "to comply with ~6 law*", "to comply with ~6 legal", "as required by ~3 law*",
];
// A law of a nation with no tie to the EU ("European Union or national law to which the vendor is subject" includes US law).
const NATIONAL_LAW: Terms = ["national law*", "national legislation", "domestic law*", "nationell* rätt", "nationell* lag*"];
// "Union or national law" names EU law next to any nation's law, so it is not an EU limit (a Member State's national law is).
const UNION_OR_NATIONAL: Terms = ["union or national law*", "EU or national law*", "European Union or national law*"];
const REQUIRED: Terms = ["required", "requires", "require", "oblig*", "compel*", "krävs", "kräver", "skyldig*"];
const MEMBER_STATE: Terms = ["member state*", "medlemsstat*", ...SWEDISH_LAW];
// A definition of "applicable law" (the fix the notes propose is to define it as Swedish/EU law).
const APPLICABLE_LAW: Terms = ["applicable law*", "tillämplig lag*", "tillämplig rätt", "tillämpliga lagar"];
const DEFINES: Terms = ["means", "shall mean", "refers to", "avses", "betyder", "definieras"];
// Law of a country outside the EU named as the basis, in a Swedish clause ("om amerikansk lag kräver det").
const FOREIGN_LAW_SV: Terms = [...NON_EU, ...NON_EU_EXTRA, "utländsk* lag*", "utländsk* rätt*", "utländsk* myndighet*", "tredje lands lag*"];
// Keeping or deleting data when a law requires storage is a retention exception (C6), not a disclosure.
const RETENTION: Terms = [
  "retention", "retain*", "storage", "delete*", "deletion", "erase*", "lagring*", "lagras", "radera*", "bevara*", "arkiv*", "archiv*",
];
// The clause exists in its own right: it permits, excepts or limits ("får", "om inte", "endast"), not a bare list heading.
const CLAUSE_SV: Terms = ["får", "ska", "skall", "om inte", "såvida inte", "utom", "undantag*", "förutom", "endast", "enbart", "om"];
// An exception word: the processing beyond instructions is allowed "unless"/"where required".
const EXCEPTION: Terms = [
  "unless", "except*", "where required", "if required", "required", "requires", "obliged", "såvida inte", "om inte", "krävs", "kräver", "skyldig*",
];
// Handing data over "in response to" an authority's request, with no law named at all.
const IN_RESPONSE_TO_AUTHORITY: Terms = [
  "in response to ~3 request* ~4 authorit*", "in response to ~3 order* ~4 authorit*", "in response to ~3 government*", "in response to ~3 law enforcement",
  "to respond to ~3 government*", "to respond to ~3 law enforcement", "to respond to ~3 authorit*",
];
// Wrong party (the customer discloses; the supplier's own secrets or tenders) and other duties (breaches, data-subject requests).
const NOT_THIS: Terms = [...CUSTOMER_ACTS, ...SUPPLIER_SECRETS, ...OTHER_NOTICE_TOPIC, ...US_STATE_PRIVACY];

export const legalBasisForDisclosure: Rule = {
  id: "foreign-jurisdiction/legal-basis-for-disclosure",
  area: "foreign-jurisdiction",
  code: "B5",
  title: { sv: "Laglig grund för utlämnande", en: "Legal basis for disclosure" },
  requirement: {
    sv: "Kundens uppgifter lämnas till myndigheter i tredje land bara när svensk rätt eller unionsrätten kräver det eller genom internationell rättslig hjälp; lagliga svenska och EU-beslut kan fortfarande verkställas.",
    en: "The customer's data go to third-country authorities only where Swedish or EU law requires it or through international legal assistance (MLA); lawful Swedish and EU orders remain possible.",
  },
  why: {
    sv: "Enligt art. 48 GDPR och dataförordningen art. 32 får ett utländskt beslut om utlämnande bara erkännas genom ett internationellt avtal. 'Tillämplig lag' utan avgränsning omfattar varje lands lag, t.ex. CLOUD Act och FISA 702, och gör uppgifter som kan omfattas av sekretess enligt OSL åtkomliga utan prövning i Sverige.",
    en: "Under GDPR art. 48 and Data Act art. 32 a foreign disclosure order is recognised only through an international agreement. 'Applicable law' without a limit covers every country's law, e.g. the CLOUD Act and FISA 702, and opens data that may be secret under OSL without any Swedish review.",
  },
  references: ["GDPR art. 28.3 a och art. 48", "Data Act (EU) 2023/2854 art. 32", "eSam: Molntjänster i offentlig sektor (2018)", "OSL (2009:400)"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Uppgifter lämnas ut bara med stöd av svensk rätt eller unionsrätt, eller genom internationell rättslig hjälp.",
      en: "Data are disclosed only on a Swedish or EU legal basis, or through international legal assistance.",
    },
    weak: {
      sv: "Avtalet begränsar undantaget till unionsrätt eller medlemsstaters rätt för behandlingen (art. 28.3 a), eller begränsar utlämnande till bindande och prövade krav, men säger inget uttryckligt om utlämnande till myndigheter i tredje land; eller 'lag' anges utan att det framgår vilket lands.",
      en: "The terms limit the exception to EU or Member State law for processing (art. 28.3 a), or limit disclosure to binding, reviewed demands, but say nothing explicit about third-country authorities; or 'law' is named without saying whose.",
    },
    contrary: {
      sv: "Leverantören får lämna ut kundens uppgifter enligt 'tillämplig lag', rättslig process eller myndighetskrav i vilket land som helst.",
      en: "The supplier may disclose the customer's data as required by 'applicable law', legal process or government demands of any country.",
    },
    missing: {
      sv: "Avtalet säger inte på vilken rättslig grund kundens uppgifter får lämnas ut till myndigheter.",
      en: "The agreement does not say on what legal basis the customer's data may be disclosed to authorities.",
    },
  },
  remediation: {
    sv: "Definiera 'tillämplig lag' som svensk rätt och unionsrätt. Ange att uppgifter får lämnas till myndighet i tredje land bara genom internationell rättslig hjälp eller annat internationellt avtal, att andra krav hanteras enligt förfarandet för myndighetsbegäran (B4), och att brott mot detta är ett väsentligt avtalsbrott.",
    en: "Define 'applicable law' as Swedish and EU law. State that data may go to a third-country authority only through mutual legal assistance or another international agreement, that any other demand follows the authority-request procedure (B4), and that breach is a material breach.",
  },
  placement: {
    sv: "Definitionerna ('tillämplig lag') och sekretess- eller biträdesavsnittet om utlämnande till myndigheter.",
    en: "The definitions ('applicable law') and the confidentiality or DPA section on disclosure to authorities.",
  },
  signals: [
    {
      status: "met",
      means: "Disclosure to authorities goes through mutual legal assistance or another international agreement (GDPR art. 48).",
      all: [[...DISCLOSE, ...AUTHORITY_REQUEST_EN, ...AUTHORITY_REQUEST_SV], LEGAL_ASSISTANCE],
      none: [NOT_THIS],
    },
    {
      status: "met",
      means: "Disclosure only where Swedish or EU law requires it.",
      all: [DISCLOSE, [...COMPULSION_EN, ...COMPULSION_SV, "only", "endast", "enbart"], [...SWEDISH_LAW, ...EU_LAW_LIMIT]],
      none: [NOT_THIS, NATIONAL_LAW, ANY_AUTHORITY, FOREIGN_LAW_SV],
    },
    {
      status: "weak",
      means: "Processing beyond the instructions only where EU or Member State law requires it (GDPR art. 28.3 a wording), nothing on disclosure as such.",
      all: [BEYOND_INSTRUCTIONS, EU_LAW_LIMIT, EXCEPTION],
      none: [NOT_THIS, UNION_OR_NATIONAL, RETENTION],
    },
    {
      status: "weak",
      means: "Disclosure only on a legally binding request, reviewed and minimised (SCC clause 15.2), though it may rest on third-country law.",
      all: [[...DISCLOSE, ...AUTHORITY_REQUEST_EN], SCC_CONSTRAINT],
      none: [NOT_THIS],
    },
    {
      status: "weak",
      means: "'Applicable law' is defined as EU (or Swedish) law.",
      all: [APPLICABLE_LAW, DEFINES, [...EU_LAW_LIMIT, ...SWEDISH_LAW]],
      none: [NOT_THIS],
    },
    {
      status: "weak",
      means: "Utlämnande när det följer av lag, utan att det framgår vilket lands lag (i ett svenskt avtal troligen svensk).",
      all: [DISCLOSE_SV, COMPULSION_SV, CLAUSE_SV],
      none: [NOT_THIS, LIMITED_BASIS, FOREIGN_LAW_SV, RETENTION],
    },
    {
      status: "contrary",
      means: "Disclosure as required by law, legal process or an authority, with no limit to Swedish/EU law (any country's law).",
      all: [DISCLOSE_EN, COMPULSION_EN],
      none: [NOT_THIS, LIMITED_BASIS, SCC_CONSTRAINT, RETENTION],
    },
    {
      status: "contrary",
      means: "Data handed over in response to authorities' requests, with no law or limit named.",
      all: [IN_RESPONSE_TO_AUTHORITY, ["personal data", "customer data", "data", "content", "information"]],
      none: [NOT_THIS, LIMITED_BASIS, SCC_CONSTRAINT],
    },
    {
      status: "contrary",
      means: "Processing outside the instructions whenever 'applicable law' requires it (any country's law).",
      all: [BEYOND_INSTRUCTIONS, UNLESS_LAW],
      none: [NOT_THIS, LIMITED_BASIS, RETENTION],
    },
    {
      status: "contrary",
      means: "'Union or national law' without tying national law to a Member State: a US vendor's national law is US law.",
      all: [NATIONAL_LAW, REQUIRED],
      none: [NOT_THIS, MEMBER_STATE, RETENTION],
    },
    {
      status: "contrary",
      means: "Utlämnande på begäran av myndighet eller enligt lag i vilket land som helst.",
      all: [DISCLOSE_SV, COMPULSION_SV, ANY_AUTHORITY],
      none: [NOT_THIS, LIMITED_BASIS],
    },
    {
      status: "contrary",
      means: "Utlämnande när utländsk lag eller myndighet kräver det.",
      all: [DISCLOSE_SV, FOREIGN_LAW_SV],
      none: [NOT_THIS, LEGAL_ASSISTANCE],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "[[Leverantören får lämna ut Kundens uppgifter till en myndighet i tredje land endast genom internationell rättslig hjälp.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Uppgifter får lämnas ut till myndighet endast när skyldighet att lämna ut dem följer av svensk lag.]]", expect: "met" },
    {
      lang: "sv",
      text: "[[Biträdet får bara behandla personuppgifterna enligt Kundens instruktioner, såvida inte annan behandling krävs enligt unionsrätten eller en medlemsstats nationella rätt.]]",
      expect: "weak",
    },
    { lang: "sv", text: "[[Leverantören får röja uppgifterna om det följer av lag eller myndighetsbeslut.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören får lämna ut Kundens data om amerikansk lag kräver det.]]", expect: "contrary" },
    {
      lang: "sv",
      text: "[[Leverantören får lämna ut uppgifterna om det krävs för att efterkomma en begäran från myndighet i vilket land som helst.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Den upphandlande myndigheten får lämna ut anbud om det följer av lag.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska radera uppgifterna vid avtalets slut, såvida inte lagring krävs enligt lag.", expect: "missing" },
    {
      lang: "en",
      text: "[[Requests from foreign authorities for Customer Data shall be handled only through mutual legal assistance treaties.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Supplier may disclose Customer Data only where required by Swedish law or Union law.]]", expect: "met" },
    {
      lang: "en",
      text: "[[The processor shall process personal data only on documented instructions, unless required to do so by Union or Member State law.]]",
      expect: "weak",
    },
    { lang: "en", text: "[[The importer will hold back the requested data until the applicable procedural rules require disclosure.]]", expect: "weak" },
    { lang: "en", text: "[[Each party may reveal the other's information when a court order or statute compels it.]]", expect: "contrary" },
    {
      lang: "en",
      text: "[[The supplier acts only on the customer's instructions unless required by any applicable law to act otherwise.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[Where Union or national law obliges the provider to use the data differently, it will say so beforehand.]]",
      expect: "contrary",
    },
    { lang: "en", text: "You must keep our pricing secret and must not disclose it except as required by law.", expect: "missing" },
    { lang: "en", text: "Supplier shall retain Customer Data only as long as required by applicable law.", expect: "missing" },
    {
      lang: "en",
      text: "On Customer's instruction Supplier will delete Customer Data, unless retention is required by applicable law.",
      expect: "missing",
    },
    { lang: "en", text: "[[The provider may communicate Personal Data in response to a request or decision of authorities.]]", expect: "contrary" },
    { lang: "en", text: "Customer is responsible for disclosing the processing to data subjects as required by applicable law.", expect: "missing" },
    {
      lang: "en",
      text: "[[The supplier may disclose Customer Data to comply with applicable law.]]\n\"Applicable law\" means the laws of Sweden and the European Union.",
      expect: "todo-met",
      note: "A definition elsewhere that limits 'applicable law' to Swedish/EU law cures the exception, but the engine judges sentences alone and the contrary sentence wins.",
    },
  ],
};
