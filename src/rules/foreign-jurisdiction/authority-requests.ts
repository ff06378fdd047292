// B4: a request from a (foreign) authority for the buyer's data is redirected to the buyer, notified, and challenged when overbroad.
import type { Rule, Terms } from "../types";
import {
  ANY_AUTHORITY, AUTHORITY_REQUEST_EN, AUTHORITY_REQUEST_SV, COMPULSION_EN, COMPULSION_SV, CUSTOMER_ACTS, DISCLOSE_EN, DISCLOSE_SV,
  EU_LAW_LIMIT, LEGAL_ASSISTANCE, NO_NOTICE, NOTIFY, OTHER_NOTICE_TOPIC, QUALIFIED_EFFORT, REDIRECT_OR_CHALLENGE, SOLE_DISCRETION,
  SUPERVISORY, SUPPLIER_SECRETS, SWEDISH_LAW, US_STATE_PRIVACY,
} from "./terms";

// A request, order or demand from an authority or court for data (both languages).
const AUTHORITY_REQUEST: Terms = [...AUTHORITY_REQUEST_EN, ...AUTHORITY_REQUEST_SV];
// Handing the data over, and the legal compulsion that would justify it.
const DISCLOSE: Terms = [...DISCLOSE_EN, ...DISCLOSE_SV];
const COMPULSION: Terms = [...COMPULSION_EN, ...COMPULSION_SV];
// A disclosure limited to Swedish/EU law or legal assistance is the B5 safeguard, not an open-ended red flag.
const LIMITED_BASIS: Terms = [...SWEDISH_LAW, ...EU_LAW_LIMIT, ...LEGAL_ASSISTANCE];
// Other topics that also talk about authorities and notices: breach notification to the supervisory authority,
// data-subject requests, security incidents, and clauses scoped to US state privacy laws (not a Swedish buyer's).
// A notice of changed terms ("inform Customer 30 days before the change, or sooner if a court order requires") is A5, not B4.
const TERMS_CHANGE: Terms = [
  "the change", "change* ~4 terms", "change* ~3 agreement", "modif* ~4 terms", "update* ~4 terms", "ändring* av ~3 villkor*", "ändra* ~3 villkor*",
];
const OTHER_TOPIC: Terms = [...SUPERVISORY, ...OTHER_NOTICE_TOPIC, ...US_STATE_PRIVACY, ...TERMS_CHANGE];
// For clauses that already say "disclose … as required by law" only the other duties are excluded: the supervisory
// authority may appear there as one more body that can forbid notice.
const OTHER_DUTY: Terms = [...OTHER_NOTICE_TOPIC, ...US_STATE_PRIVACY];
// The clause permits or excepts a disclosure ("may disclose", "will not disclose unless", "nothing shall restrict").
const PERMITS: Terms = [
  "may", "unless", "except*", "other than", "save", "provided", "nothing ~6 restrict*", "nothing ~6 prevent*", "nothing ~6 prohibit*",
  "får", "om inte", "såvida inte", "utom", "undantag*", "förutom",
];
// What an authority's order does to the data: handing it over, removing or blocking it.
const DATA_ACTION: Terms = [...DISCLOSE_EN, ...DISCLOSE_SV, "remov*", "disable*", "block*", "access to", "ta bort", "spärra*", "radera*"];
// A notice of the legal requirement itself (GDPR art. 28.3 a: "shall inform the controller of that legal requirement").
const NOTICE_OF_REQUIREMENT: Terms = [
  "of such legal requirement*", "of that legal requirement*", "of the legal requirement*", "of this requirement", "of such requirement",
  "of that requirement", "om sådant krav", "om detta krav", "om det rättsliga kravet", "om sådana rättsliga krav",
];
// A request from an authority about the data, named as a topic even where the notice sits in the next fragment.
const REQUEST_FROM_AUTHORITY: Terms = [
  "request* ~3 from ~3 authorit*", "request* ~3 from ~3 law enforcement", "request* ~4 of ~2 authorit*", "demand* ~3 from ~3 authorit*",
  "request* ~3 by ~3 law enforcement", "begäran från ~3 myndighet*", "begäran från ~3 polis*",
];
const ABOUT_DATA: Terms = ["personal data", "customer data", "data", "content", "information", "personuppgift*", "uppgifter", "data"];
// Whose act it is: the customer disclosing, or the supplier's own secrets and tenders, is not this requirement.
const WRONG_PARTY: Terms = [...CUSTOMER_ACTS, ...SUPPLIER_SECRETS];

export const authorityRequests: Rule = {
  id: "foreign-jurisdiction/authority-requests",
  area: "foreign-jurisdiction",
  code: "B4",
  title: { sv: "Begäran från myndighet om utlämnande", en: "Authority requests for data" },
  requirement: {
    sv: "Leverantören hänvisar en myndighet som begär ut kundens uppgifter till kunden, underrättar kunden (och försöker häva ett eventuellt förbud), bestrider alltför vida eller lagstridiga krav, lämnar ut så lite som möjligt och dokumenterar varje begäran.",
    en: "The supplier redirects an authority that demands the customer's data to the customer, notifies the customer (and seeks to lift any gag), challenges overbroad or conflicting demands, discloses the minimum and documents each request.",
  },
  why: {
    sv: "En utländsk myndighets beslut om utlämnande är bara verkställbart i EU genom ett internationellt avtal (art. 48 GDPR, EDPB 02/2024, dataförordningen art. 32). Utan underrättelse kan kunden varken pröva sekretessen enligt OSL eller invända, och CLOUD Act ger leverantören en möjlighet att yrka att ett föreläggande upphävs.",
    en: "A foreign authority's order is only enforceable in the EU through an international agreement (GDPR art. 48, EDPB 02/2024, Data Act art. 32). Without notice the buyer can neither assess secrecy under OSL nor object, and the CLOUD Act gives providers a motion to quash.",
  },
  references: ["GDPR art. 48", "EDPB Guidelines 02/2024 on Article 48", "Data Act (EU) 2023/2854 art. 32", "18 U.S.C. § 2713 (CLOUD Act)", "OSL (2009:400)"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Leverantören hänvisar myndigheten till kunden eller bestrider begäran, och underrättar kunden.",
      en: "The supplier redirects the authority to the customer or challenges the request, and notifies the customer.",
    },
    weak: {
      sv: "Leverantören underrättar kunden om begäran (ofta bara 'om det är tillåtet' eller 'med rimliga ansträngningar'), men hänvisar inte myndigheten till kunden och bestrider inte begäran; eller avtalet medger utlämnande enligt lag utan att reglera förfarandet.",
      en: "The supplier notifies the customer of requests (often only 'where permitted' or 'with reasonable efforts') but does not redirect or challenge them; or the terms allow disclosure as required by law without a procedure.",
    },
    contrary: {
      sv: "Leverantören får lämna ut kundens uppgifter till varje myndighet eller enligt varje lag, utan underrättelse eller med underrättelse efter eget gottfinnande.",
      en: "The supplier may hand the customer's data to any authority or under any law without notice, or with notice at its sole discretion.",
    },
    missing: { sv: "Avtalet reglerar inte hur begäran från myndigheter om kundens uppgifter hanteras.", en: "The agreement does not say how authority requests for the customer's data are handled." },
  },
  remediation: {
    sv: "Inför ett slutet förfarande: leverantören hänvisar myndigheten till kunden, underrättar kunden utan dröjsmål (och verkar för att ett förbud mot underrättelse hävs), prövar lagligheten och bestrider alltför vida eller lagstridiga krav med tillgängliga rättsmedel, lämnar ut minsta möjliga, dokumenterar varje begäran och rapporterar antal. Låt villkoren gälla även koncernbolag och underbiträden, och ge kunden rätt att stoppa behandlingen och säga upp avtalet.",
    en: "Add a closed procedure: the supplier redirects the authority to the customer, notifies the customer without delay (and works to lift any gag), reviews legality and challenges overbroad or unlawful demands using available remedies, discloses the minimum, documents each request and reports numbers. Bind group companies and sub-processors, and let the customer suspend processing and terminate.",
  },
  placement: {
    sv: "Avsnittet om sekretess eller om behandling av personuppgifter (biträdesavtalet), t.ex. under 'Begäran från myndighet'.",
    en: "The confidentiality or data processing section (the DPA), e.g. under 'Government or law enforcement requests'.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier redirects the authority to the customer, or reviews and challenges the request (SCC clause 15.2 style).",
      all: [AUTHORITY_REQUEST, REDIRECT_OR_CHALLENGE],
      none: [OTHER_TOPIC, WRONG_PARTY, QUALIFIED_EFFORT],
    },
    {
      status: "weak",
      means: "Redirect or challenge only 'where commercially reasonable': a best-effort procedure.",
      all: [AUTHORITY_REQUEST, REDIRECT_OR_CHALLENGE, QUALIFIED_EFFORT],
      none: [OTHER_TOPIC, WRONG_PARTY],
    },
    {
      status: "weak",
      means: "The customer is notified of an authority request or of a compelled disclosure, but nothing is redirected or challenged.",
      all: [AUTHORITY_REQUEST, NOTIFY],
      none: [OTHER_TOPIC, WRONG_PARTY],
    },
    {
      status: "weak",
      means: "A disclosure compelled by law comes with notice to the customer (often 'to the extent legally permitted').",
      all: [DISCLOSE, COMPULSION, NOTIFY],
      none: [OTHER_DUTY, WRONG_PARTY],
    },
    {
      status: "weak",
      means: "The supplier tells the customer of a legal requirement to process or disclose before acting on it (GDPR art. 28.3 a).",
      all: [NOTIFY, NOTICE_OF_REQUIREMENT],
      none: [OTHER_DUTY, WRONG_PARTY],
    },
    {
      status: "weak",
      means: "Processing outside the instructions where a law requires it, subject to notice to the customer.",
      all: [["instruction*", "instruktion*"], COMPULSION, NOTIFY],
      none: [OTHER_DUTY, WRONG_PARTY, TERMS_CHANGE],
    },
    {
      status: "weak",
      means: "Requests from authorities about the data are named as a topic of the clause.",
      all: [REQUEST_FROM_AUTHORITY, ABOUT_DATA],
      none: [OTHER_TOPIC, WRONG_PARTY],
    },
    {
      status: "weak",
      means: "Disclosure 'as required by law' is permitted without any procedure in the same clause: the topic is addressed, not handled.",
      all: [DISCLOSE, COMPULSION, PERMITS],
      none: [OTHER_DUTY, WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "Data may be handed over, removed or blocked on an authority's request without notice to the customer.",
      all: [AUTHORITY_REQUEST, NO_NOTICE, DATA_ACTION],
      none: [OTHER_TOPIC, WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "A disclosure compelled by law is allowed expressly without notice to the customer.",
      all: [DISCLOSE, COMPULSION, NO_NOTICE],
      none: [OTHER_DUTY, WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "Notice of a compelled disclosure can be skipped at the supplier's sole discretion.",
      all: [DISCLOSE, COMPULSION, NOTIFY, SOLE_DISCRETION],
      none: [OTHER_DUTY, WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "Disclosure to any authority or under any law, with no notice, redirect or challenge (the open-ended red flag).",
      all: [DISCLOSE, COMPULSION, ANY_AUTHORITY],
      none: [NOTIFY, REDIRECT_OR_CHALLENGE, LIMITED_BASIS, OTHER_DUTY, WRONG_PARTY],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "[[Om en utländsk myndighet begär ut Kundens uppgifter ska Leverantören hänvisa myndigheten till Kunden och omedelbart underrätta Kunden.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören ska bestrida ett föreläggande om utlämnande som strider mot svensk rätt eller unionsrätten.]]", expect: "met" },
    { lang: "sv", text: "[[Får Leverantören ett föreläggande att lämna ut Kundens data ska Leverantören underrätta Kunden, om det inte är förbjudet.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören får lämna ut uppgifter till varje myndighet som begär det enligt lag, utan att underrätta Kunden.]]", expect: "contrary" },
    { lang: "sv", text: "Den upphandlande myndigheten får lämna ut anbudshandlingar om en domstol begär det.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska utan onödigt dröjsmål underrätta tillsynsmyndigheten om en personuppgiftsincident.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska utan dröjsmål underrätta Kunden om förändringar i ägarförhållandena.", expect: "missing" },
    {
      lang: "en",
      text: "[[If a government authority demands Customer Data, Supplier will first try to redirect the authority to Customer.]] If Supplier is compelled to disclose, it will notify Customer.",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Supplier will assess the legality of every request for disclosure from a public authority and challenge any order it considers unlawful.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Where commercially reasonable, the Supplier will attempt to redirect a government authority that requests Customer Data to the Customer.]]",
      expect: "weak",
    },
    { lang: "en", text: "[[Where the law allows, Provider will inform Customer of each binding order from the police that seeks Customer Data.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[A party compelled by statute to reveal the other's data shall notify that party first, where it lawfully may.]]",
      expect: "weak",
    },
    { lang: "en", text: "[[The provider may release Customer Data to tax authorities without notifying the Customer.]]", expect: "contrary" },
    {
      lang: "en",
      text: "[[Vendor may disclose Customer Data as required by any law or to respond to any government request.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[Provider may disclose customer content as required by law and will notify the customer beforehand unless it decides otherwise in its sole discretion.]]",
      expect: "contrary",
    },
    { lang: "en", text: "You must not disclose our price list to anyone except as required by law.", expect: "missing" },
    { lang: "en", text: "Supplier shall notify the competent supervisory authority of a personal data breach within 72 hours.", expect: "missing" },
    { lang: "en", text: "The customer, as a public authority, decides why and how the personal data are processed and may notify changes to its instructions.", expect: "missing" },
    {
      lang: "en",
      text: "[[Supplier may disclose Customer Data where required by law or by order of a court or regulatory agency.]]",
      expect: "todo-contrary",
      note: "An any-law disclosure with no notice anywhere in the document is contrary, but the engine judges one sentence at a time and cannot see that notice is absent elsewhere; only 'any authority/any law' wording is marked contrary.",
    },
  ],
};
