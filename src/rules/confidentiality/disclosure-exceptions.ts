// D6: exceptions to confidentiality are narrow: sub-processors on equal terms and Swedish/EU-law duties, not "any law or government request".
import type { Rule, Terms } from "../types";
import { EU_LAW, SWEDISH_LAW } from "./terms";

// Giving the data out (disclosure, access, hand-over), not merely keeping or processing it.
const DISCLOSE_EN: Terms = [
  "disclos*", "provide access", "provide ~3 data to", "make ~4 available to", "be communicated", "communicate ~4 to", "hand over", "produce",
];
const DISCLOSE_SV: Terms = ["lämna* ut", "lämnas ut", "röja*", "utlämnande", "överlämna* ~4 till", "ge ~3 tillgång", "ge ~3 åtkomst"];

// Data handed over "in response to a request or decision of authorities" (self-contained compulsion wording).
const TO_AUTHORITIES_EN: Terms = ["data ~3 in response to ~4 authorit*", "in response to ~2 request* or decision* of ~2 authorit*", "on request of ~3 authorities"];

// Processing outside the customer's instructions (Art. 28(3)(a) carve-out): the same risk when the law is any law.
const OFF_INSTRUCTIONS_EN: Terms = ["instruction*", "any other purpose", "other processing", "for ~3 other purpose*"];
const OFF_INSTRUCTIONS_SV: Terms = ["instruktion*", "annat ändamål", "andra ändamål"];
const REQUIRED_EN: Terms = [
  "unless ~4 required", "required to do so", "is required to process", "are required to process", "required ~4 to process", "to comply with ~4 obligations",
  "require other processing", "unless prohibited",
];
const REQUIRED_SV: Terms = ["såvida inte ~6 krävs", "om inte ~6 krävs", "krävs enligt", "skyldig* att ~4 enligt", "följer av"];

// An exception form: "unless required", "except as required", "may disclose … to", "to comply with".
const EXCEPTION_EN: Terms = [
  "unless ~4 required", "except ~4 required", "as required by", "to the extent required", "where required", "if required", "is required to", "are required to",
  "required to do so", "may disclose", "may be disclosed", "may ~3 communicat*", "may be communicated", "may also disclose", "in response to", "to comply with",
  "unless prohibited", "except as", "obliged ~3 by", "obligated ~3 by",
];
const EXCEPTION_SV: Terms = [
  "såvida inte", "om inte", "utom", "undantag*", "krävs enligt", "följer av", "får ~4 lämna* ut", "skyldig* att lämna ut", "om det krävs", "i den mån ~4 krävs",
  "föreskrivs i", "enligt lag",
];

// A legal or official source of compulsion, in any country (the red flag when not tied to Swedish/EU law).
const ANY_LAW_EN: Terms = [
  "law", "laws", "applicable law*", "legal process", "subpoena*", "court order*", "order of a court", "judgement by court", "judgment", "judicial",
  "government*",
  "law enforcement", "competent authorit*", "tax authorit*", "regulatory agenc*", "regulatory authorit*", "authorities", "laws or regulations",
  "law, regulation", "legal obligation*", "legal requirement*",
];
const ANY_LAW_SV: Terms = [
  "tillämplig lag*", "tillämplig rätt", "lag eller ~3 myndighet*", "myndighetsbeslut*", "myndighets ~2 beslut", "domstol*", "utländsk* ~2 myndighet*",
  "utländsk* lag*",
];
// "lag" alone in a Swedish contract means Swedish law: narrower, but still not a closed list.
const SWEDISH_STATUTE: Terms = ["enligt lag", "följer av lag", "lag eller förordning", "författning*"];

// Disclosure to the supplier's circle: affiliates, advisers, investors, creditors.
const CIRCLE: Terms = [
  "affiliat*", "advis*", "attorney*", "lawyer*", "accountant*", "shareholder*", "creditor*", "investor*", "lender*", "acquirer*",
  "representatives", "närstående bolag", "koncernbolag*", "rådgivare", "aktieägare", "långivare",
];
const MAY_DISCLOSE: Terms = [
  "may ~3 disclose", "may ~3 share", "except to its", "only to its", "restrict ~4 from disclosing", "får lämna* ~6 till", "får ~3 röja",
  "får ~4 lämnas ut till",
];

// "To protect our rights or property": a self-judged exception.
const OWN_RIGHTS: Terms = ["protect ~4 rights", "rights or property", "rights, property", "rights and property", "skydda ~4 rättigheter"];

// The customer (or its users) is the one who discloses; the contract's own terms, not the data, are disclosed.
const WRONG_PARTY: Terms = [
  "you agree", "you will not", "you shall not", "you may not", "you may disclose", "customer may disclose", "customer will not disclose",
  "customer shall not disclose",
  "data exporter may", "controller may", "kunden får", "beställaren får", "terms of this", "terms and conditions of this", "existence of this",
  "this amendment",
  "disclose this DPA", "disclose these Clauses", "data subject*", "the registered", "customer warrants", "customer represents",
];

// Constraints in the SCC Clause 15 style: review the legality, challenge, disclose the minimum.
const CONSTRAINED_EN: Terms = ["minimum amount", "reasonable interpretation", "challenge the request", "lawfulness of the request", "legally binding request*"];

// Only what is or becomes public is excepted: a closed, narrow exception.
const PUBLIC_ONLY: Terms = [
  "available to the public", "publicly available", "public knowledge", "public domain", "becomes public", "allmänt känd*", "offentligen känd*",
  "blivit känd ~6 offentlig handling",
];
const NOT_APPLY: Terms = [
  "cease to apply", "shall not apply", "do not apply", "does not apply", "not include", "exclude*", "not restrict", "gäller inte", "omfattar inte", "undantas",
];

// Disclosure only to approved sub-processors bound by the same confidentiality: the one exception the requirement accepts.
const SUBPROCESSORS: Terms = ["*biträde*", "sub processor*", "subprocessor*", "subcontractor*", "underleverantör*"];
const SAME_SECRECY: Terms = [
  "motsvarande sekretess", "samma sekretess", "motsvarande tystnadsplikt", "samma tystnadsplikt", "same confidentiality", "equivalent confidentiality",
  "confidentiality obligations no less", "at least as protective", "no less protective",
];

export const disclosureExceptions: Rule = {
  id: "confidentiality/disclosure-exceptions",
  area: "confidentiality",
  code: "D6",
  title: { sv: "Snäva undantag från sekretessen", en: "Narrow exceptions to confidentiality" },
  requirement: {
    sv: "Undantagen från sekretessen ska vara en sluten lista: godkända underbiträden på samma villkor och utlämnande som krävs enligt svensk lag eller unionsrätt efter underrättelse till kunden.",
    en: "Exceptions to confidentiality form a closed list: approved sub-processors on equal terms, and disclosure required by Swedish or EU law after notice to the customer.",
  },
  why: {
    sv: "Ett undantag för \"tillämplig lag\" eller \"myndighets begäran\" öppnar för utlämnande enligt utländsk lag (t.ex. CLOUD Act) utan rättslig grund enligt art. 48 GDPR; undantag till närstående bolag och rådgivare sprider uppgifterna utanför avtalet.",
    en: "An exception for \"applicable law\" or \"government requests\" opens disclosure under foreign law (e.g. the CLOUD Act) without a basis under GDPR Art. 48; exceptions for affiliates and advisers spread the data outside the contract.",
  },
  references: ["GDPR art. 28.3 a och art. 48", "Data Act (EU) 2023/2854 art. 32", "eSam: Rättsligt uttalande om röjande och molntjänster"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Undantagen från sekretessen är snäva (svensk lag eller endast offentligt kända uppgifter).",
      en: "Exceptions to confidentiality are narrow (Swedish law, or only information that is public).",
    },
    weak: {
      sv: "Undantaget hänvisar till unionsrätt eller medlemsstats rätt, eller är villkorat men inte slutet.",
      en: "The exception refers to EU or member-state law, or is constrained but not a closed list.",
    },
    contrary: {
      sv: "Uppgifterna får lämnas ut enligt vilken lag eller myndighetsbegäran som helst, eller till närstående bolag och rådgivare.",
      en: "Data may be disclosed under any law or government request, or to affiliates and advisers.",
    },
    missing: {
      sv: "Avtalet anger inga undantag från sekretessen.",
      en: "The agreement states no exceptions to confidentiality.",
    },
  },
  remediation: {
    sv: "Ersätt öppna undantag med en sluten lista: godkända underbiträden med samma sekretess, och utlämnande som krävs enligt svensk lag eller unionsrätt, efter underrättelse till kunden och enligt villkoren för myndighetsbegäran (B4/B5).",
    en: "Replace open exceptions with a closed list: approved sub-processors under the same confidentiality, and disclosure required by Swedish or EU law, after notice to the customer and under the authority-request terms (B4/B5).",
  },
  placement: {
    sv: "Sekretessavsnittet (undantag) och biträdesavtalets avsnitt om instruktioner och myndighetsbegäran.",
    en: "The confidentiality section (exceptions) and the instructions and authority-request sections of the data processing terms.",
  },
  signals: [
    {
      status: "contrary",
      means: "Disclosure whenever any law, court or authority requires it (not limited to Swedish/EU law).",
      lang: "en",
      all: [DISCLOSE_EN, EXCEPTION_EN, ANY_LAW_EN],
      none: [EU_LAW, SWEDISH_LAW, WRONG_PARTY, CONSTRAINED_EN],
    },
    {
      status: "contrary",
      means: "Data may be given to authorities in response to their requests or decisions (any authority, any country).",
      lang: "en",
      all: [TO_AUTHORITIES_EN],
      none: [EU_LAW, SWEDISH_LAW, WRONG_PARTY, CONSTRAINED_EN, ["data subject*", "supervisory authorit*"]],
    },
    {
      status: "contrary",
      means: "Processing outside the customer's instructions whenever any (not Swedish/EU) law requires it.",
      lang: "en",
      all: [OFF_INSTRUCTIONS_EN, REQUIRED_EN, ANY_LAW_EN],
      none: [EU_LAW, SWEDISH_LAW, WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "Disclosure under \"tillämplig lag\", foreign law or any authority decision (Swedish wording).",
      lang: "sv",
      all: [[...DISCLOSE_SV, ...OFF_INSTRUCTIONS_SV], [...EXCEPTION_SV, "får"], ANY_LAW_SV],
      none: [EU_LAW, SWEDISH_LAW, WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "Disclosure to affiliates, advisers, investors or creditors.",
      all: [[...DISCLOSE_EN, ...DISCLOSE_SV, "share"], MAY_DISCLOSE, CIRCLE],
      none: [WRONG_PARTY],
    },
    {
      status: "contrary",
      means: "Disclosure to protect the supplier's own rights or property.",
      all: [[...DISCLOSE_EN, ...DISCLOSE_SV], OWN_RIGHTS],
      none: [WRONG_PARTY],
    },
    {
      status: "met",
      means: "The only legal exception is Swedish law.",
      all: [[...EXCEPTION_EN, ...EXCEPTION_SV, ...REQUIRED_EN, ...REQUIRED_SV], SWEDISH_LAW, [...DISCLOSE_EN, ...DISCLOSE_SV, ...OFF_INSTRUCTIONS_EN, ...OFF_INSTRUCTIONS_SV]],
      none: [WRONG_PARTY, ANY_LAW_SV],
    },
    {
      status: "met",
      means: "Disclosure only to sub-processors bound by the same confidentiality.",
      all: [[...DISCLOSE_EN, ...DISCLOSE_SV], SUBPROCESSORS, SAME_SECRECY],
      none: [WRONG_PARTY, CIRCLE],
    },
    {
      status: "met",
      means: "Only information that is or becomes public is excepted from confidentiality.",
      all: [PUBLIC_ONLY, NOT_APPLY],
      none: [WRONG_PARTY],
    },
    {
      status: "weak",
      means: "The exception is tied to EU or member-state law (the Art. 28(3)(a) standard), not Swedish law alone.",
      all: [[...EXCEPTION_EN, ...EXCEPTION_SV, ...REQUIRED_EN, ...REQUIRED_SV], EU_LAW, [...DISCLOSE_EN, ...DISCLOSE_SV, ...OFF_INSTRUCTIONS_EN, ...OFF_INSTRUCTIONS_SV, "behandl*", "process*"]],
      none: [WRONG_PARTY, SWEDISH_LAW],
    },
    {
      status: "weak",
      means: "Disclosure under \"lag\" in a Swedish contract: Swedish statute, but not a closed list.",
      lang: "sv",
      all: [DISCLOSE_SV, SWEDISH_STATUTE],
      none: [WRONG_PARTY, EU_LAW, SWEDISH_LAW, ["ansvar*", "skadestånd*"]],
    },
    {
      status: "weak",
      means: "Disclosure to authorities is constrained (legality review, challenge, minimum disclosure) but may rest on third-country law.",
      all: [CONSTRAINED_EN, ["disclos*", "request*"]],
    },
  ],
  examples: [
    { lang: "sv", text: "[[Uppgifter får lämnas ut endast om det följer av svensk lag och efter att Kunden underrättats.]]", expect: "met" },
    { lang: "sv", text: "[[Sekretessen gäller inte uppgifter som är allmänt kända.]]", expect: "met" },
    {
      lang: "sv",
      text: "[[Personuppgiftsbiträdet får endast behandla personuppgifterna enligt instruktion, såvida inte annat krävs enligt unionsrätten eller en medlemsstats nationella rätt.]]",
      expect: "weak",
    },
    { lang: "sv", text: "[[Leverantören får lämna ut Kundens uppgifter om det krävs enligt tillämplig lag eller myndighetsbeslut.]]", expect: "contrary" },
    { lang: "sv", text: "[[Leverantören får lämna ut information till koncernbolag och rådgivare.]]", expect: "contrary" },
    { lang: "sv", text: "[[Uppgifter får lämnas ut till underbiträden som godkänts av Kunden och som omfattas av motsvarande sekretess.]]", expect: "met" },
    { lang: "sv", text: "Kunden får lämna ut avtalet till sina rådgivare.", expect: "missing" },
    { lang: "sv", text: "Leverantören ansvarar enligt lag för skador som orsakas av vårdslöshet.", expect: "missing" },
    { lang: "en", text: "[[The Processor shall not disclose Customer Data except as required by Swedish law.]]", expect: "met" },
    { lang: "en", text: "[[The Processor shall process Personal Data only on documented instructions, unless required to do so by Union or Member State law.]]", expect: "weak" },
    { lang: "en", text: "[[Supplier may disclose Customer Data where required by any applicable law, regulation or governmental request.]]", expect: "contrary" },
    { lang: "en", text: "[[Provider will process Customer Data only on Customer's instructions, unless required to do so by applicable law.]]", expect: "contrary" },
    { lang: "en", text: "[[Provider may share Customer Data with its Affiliates and professional advisers.]]", expect: "contrary" },
    { lang: "en", text: "[[We may disclose information to protect our rights or property.]]", expect: "contrary" },
    { lang: "en", text: "Customer may disclose the Agreement to its auditors and legal advisers.", expect: "missing" },
    { lang: "en", text: "Customer shall not disclose Supplier's pricing except as required by law.", expect: "missing" },
    { lang: "en", text: "Supplier shall comply with all applicable laws in performing the Services.", expect: "missing" },
    {
      lang: "en",
      text: "[[Supplier may disclose Customer Data where required by law.]] In this clause, law means the laws of Sweden and the European Union.",
      expect: "todo-met",
      note: "'Law' narrowed by a definition in another sentence; the engine judges each sentence alone.",
    },
  ],
};
