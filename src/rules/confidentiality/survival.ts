// D3: confidentiality survives the end of the contract, without a time limit for secret and personal data.
import type { Rule, Terms } from "../types";
import { AFTER_END_EN, AFTER_END_SV, CONFIDENTIAL_EN, CONFIDENTIAL_SV, STAFF_EN, STAFF_SV, TIME_LIMIT_EN, TIME_LIMIT_SV } from "./terms";

// The confidentiality duty or section, also as an item in a survival list ("18 (Confidentiality)").
const CONFIDENTIALITY: Terms = [...CONFIDENTIAL_EN, ...CONFIDENTIAL_SV];

// Survival made conditional ("om det särskilt anges", "unless otherwise agreed"): not a firm survival.
const CONDITIONAL: Terms = ["om det särskilt anges", "om så särskilt anges", "om inte annat ~3 avtal*", "unless otherwise ~2 agreed", "if so agreed", "where specified"];

// Survival of a person's duty after their engagement or employment ends: covers staff, not the supplier.
const STAFF_END: Terms = ["engagement ends", "employment ends", "end of ~2 employment", "anställning* ~3 upphör*", "avslutat uppdrag", "uppdraget ~3 avslutats", "efter avslutat"];

// Deletion and return at the end ("after termination Provider will delete Customer Data"): a different topic (C6).
const DELETION: Terms = ["will delete", "shall delete", "delete any", "return or destroy", "returned or destroyed", "radera*", "återlämna*", "förstöra*"];

// Confidentiality kept only for retained data, or compliance kept until deletion: a partial survival.
const RETAINED: Terms = ["retain*", "retained", "retention", "not actively process", "returning or destroying", "behåll*", "lagrade kvar", "sparas kvar"];
const KEEP_CONFIDENTIAL: Terms = ["guarantee* ~2 confidentiality", "maintain* ~2 confidentiality", "protect* ~3 confidentiality", "keep ~4 confidential", "subject to ~4 confidentiality", "iaktta* ~2 sekretess", "konfidentiell*"];
const UNTIL_DELETED: Terms = [
  "until ~8 delet*", "until ~6 returned", "until ~6 destroyed", "till dess ~6 raderat*", "till dess ~6 återlämnat*", "regardless of whether ~6 terminated",
];
const REMAINS: Terms = ["remain in effect", "remain in force", "continue to ensure compliance", "continue to apply", "continue* to comply", "fortsätter att gälla", "gäller till dess"];

// Confidentiality that ends with the contract ("these obligations terminate upon termination of this Agreement").
const ENDS_WITH_CONTRACT: Terms = [
  "terminat* upon ~3 terminat*", "terminat* upon ~3 expir*", "end* upon ~3 terminat*", "cease* upon ~3 terminat*", "expire* upon ~3 terminat*",
  "expire* ~2 with ~3 agreement", "upphör ~4 när ~3 avtalet upphör", "upphör ~4 samtidigt som ~3 avtalet", "upphör att gälla ~3 när ~3 avtalet",
  "upphör ~3 vid ~3 avtalets upphörande",
];

// The wrong object: the terms of the contract, or credentials.
// The clause names only its own section; the heading above says it is about confidentiality.
const THIS_SECTION: Terms = [
  "this section", "this clause", "this article", "this paragraph", "the obligations in this", "obligations under this", "denna punkt", "detta avsnitt",
  "denna bestämmelse", "åtagandena enligt denna", "åtagandena i denna", "skyldigheterna enligt denna", "skyldigheterna i denna",
];
const NOT_DATA: Terms = ["terms of this", "terms and conditions of this", "password*", "credential*", "lösenord*"];

export const survival: Rule = {
  id: "confidentiality/survival",
  area: "confidentiality",
  code: "D3",
  title: { sv: "Sekretess efter avtalets upphörande", en: "Confidentiality after termination" },
  requirement: {
    sv: "Sekretessen ska gälla även efter att avtalet upphört, utan tidsbegränsning för sekretessreglerade uppgifter och personuppgifter.",
    en: "Confidentiality survives termination of the agreement, without a time limit for secret and personal data.",
  },
  why: {
    sv: "Sekretess enligt OSL och tystnadsplikt enligt lag (2020:914) gäller ofta i många år eller utan slut; ett avtal som upphör eller har kort efterverkan lämnar kvarvarande kopior utan avtalsskydd.",
    en: "OSL secrecy and the 2020:914 duty often last for decades or indefinitely; a confidentiality duty that ends with the contract, or soon after it, leaves remaining copies unprotected.",
  },
  references: ["Lag (2020:914) om tystnadsplikt vid utkontraktering", "OSL (2009:400)", "GDPR art. 28.3 g"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Sekretessen gäller även efter avtalets upphörande, utan tidsgräns.",
      en: "Confidentiality survives termination without a time limit.",
    },
    weak: {
      sv: "Sekretessen efter upphörandet är tidsbegränsad, villkorad eller gäller bara personal eller kvarhållna uppgifter.",
      en: "Post-termination confidentiality is time-limited, conditional, or covers only staff or retained data.",
    },
    contrary: {
      sv: "Sekretessen upphör när avtalet upphör.",
      en: "Confidentiality ends when the agreement ends.",
    },
    missing: {
      sv: "Avtalet säger inte att sekretessen gäller efter avtalets upphörande.",
      en: "The agreement does not say that confidentiality survives termination.",
    },
  },
  remediation: {
    sv: "Ange att sekretessåtagandet gäller även efter avtalets upphörande utan tidsbegränsning för kundens uppgifter (en fast tid får bara gälla vanlig affärsinformation).",
    en: "State that the confidentiality obligation survives termination without a time limit for customer data (a fixed period only for ordinary business information).",
  },
  placement: {
    sv: "Sist i sekretessavsnittet eller i avsnittet om avtalets upphörande (klausuler som gäller efter upphörandet).",
    en: "At the end of the confidentiality section or in the survival clause of the term and termination section.",
  },
  signals: [
    {
      status: "met",
      means: "Confidentiality continues after termination (survival clause naming confidentiality, no time limit).",
      all: [CONFIDENTIALITY, [...AFTER_END_EN, ...AFTER_END_SV]],
      none: [TIME_LIMIT_EN, TIME_LIMIT_SV, CONDITIONAL, STAFF_END, DELETION, NOT_DATA, RETAINED],
    },
    {
      status: "contrary",
      means: "The confidentiality obligation ends when the agreement ends.",
      all: [CONFIDENTIALITY, ENDS_WITH_CONTRACT],
      none: [DELETION, NOT_DATA, ["right to use", "access to the services", "use of the services"]],
    },
    {
      status: "met",
      means: "Under a confidentiality heading, \"this section\" survives termination without a time limit.",
      all: [THIS_SECTION, [...AFTER_END_EN, ...AFTER_END_SV]],
      none: [TIME_LIMIT_EN, TIME_LIMIT_SV, CONDITIONAL, STAFF_END, DELETION, NOT_DATA, RETAINED],
      heading: CONFIDENTIALITY,
    },
    {
      status: "weak",
      means: "Under a confidentiality heading, \"this section\" survives termination only for a fixed period.",
      all: [THIS_SECTION, [...AFTER_END_EN, ...AFTER_END_SV, "for a period of", "during a period of", "under en period"], [...TIME_LIMIT_EN, ...TIME_LIMIT_SV]],
      none: [NOT_DATA],
      heading: CONFIDENTIALITY,
    },
    {
      status: "weak",
      means: "Confidentiality survives only for a fixed period after termination.",
      all: [CONFIDENTIALITY, [...AFTER_END_EN, ...AFTER_END_SV, "for a period of", "during a period of", "under en period"], [...TIME_LIMIT_EN, ...TIME_LIMIT_SV]],
      none: [NOT_DATA],
    },
    {
      status: "weak",
      means: "Survival of confidentiality only if specially stated.",
      all: [CONFIDENTIALITY, [...AFTER_END_EN, ...AFTER_END_SV], CONDITIONAL],
    },
    {
      status: "weak",
      means: "Only staff stay bound after their engagement ends.",
      all: [CONFIDENTIALITY, STAFF_END, [...STAFF_EN, ...STAFF_SV]],
    },
    {
      status: "weak",
      means: "Confidentiality kept only for data the supplier retains after the end.",
      all: [KEEP_CONFIDENTIAL, RETAINED],
      none: [NOT_DATA],
    },
    {
      status: "weak",
      means: "The data processing terms stay in force until the data is deleted or returned (no express confidentiality survival).",
      all: [REMAINS, UNTIL_DELETED],
    },
  ],
  examples: [
    { lang: "en", text: "9 Confidentiality\n[[The obligations in this Section survive for three (3) years after expiry of the Agreement.]]", expect: "weak", note: "The topic is named only in the heading." },
    { lang: "sv", text: "12 Sekretess\n[[Åtagandena enligt denna punkt gäller även efter avtalets upphörande, utan tidsbegränsning.]]", expect: "met" },
    { lang: "en", text: "9 Fees\nThe obligations in this Section survive for three (3) years after expiry of the Agreement.", expect: "missing", note: "Same words under another heading." },
    { lang: "sv", text: "[[Tystnadsplikten enligt detta avsnitt gäller även efter avtalets upphörande.]]", expect: "met" },
    { lang: "sv", text: "[[Bestämmelserna om sekretess ska fortsätta att gälla utan tidsbegränsning.]]", expect: "met" },
    { lang: "sv", text: "[[Sekretessåtagandet gäller i fem (5) år efter att Avtalet upphört.]]", expect: "weak" },
    { lang: "sv", text: "[[Sekretess gäller även efter att avtalet har upphört, om det särskilt anges i avropet.]]", expect: "weak" },
    { lang: "sv", text: "[[Sekretessen upphör att gälla när avtalet upphör.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören ska radera Kundens uppgifter efter avtalets upphörande och intyga att sekretessbelagda uppgifter raderats.", expect: "missing" },
    { lang: "sv", text: "Avtalet gäller även efter förlängning med samma villkor.", expect: "missing" },
    { lang: "en", text: "[[The obligations in Section 12 (Confidentiality) shall survive any termination or expiry of this Agreement.]]", expect: "met" },
    { lang: "en", text: "[[The confidentiality obligations shall survive for a period of three (3) years after termination.]]", expect: "weak" },
    { lang: "en", text: "[[Personnel remain obliged to keep the data confidential even after their engagement ends.]]", expect: "weak" },
    { lang: "en", text: "[[The duty of confidentiality shall terminate upon termination of this Agreement.]]", expect: "contrary" },
    { lang: "en", text: "Upon termination, each party shall return or destroy the other party's Confidential Information.", expect: "missing" },
    { lang: "en", text: "Payment obligations and the limitation of liability survive termination.", expect: "missing" },
    { lang: "sv", text: "[[Tystnadsplikten gäller under avtalstiden och därefter i två (2) år.]]", expect: "weak" },
    {
      lang: "en",
      text: "Confidentiality\n[[The obligations in this Section survive for four (4) years after expiry of this Agreement.]]",
      expect: "todo-weak",
      note: "The survival sentence names only 'this Section'; that it is the confidentiality section is known from the heading, which signals cannot test.",
    },
    {
      lang: "en",
      text: "[[Sections 5, 9 and 14 shall survive termination.]]",
      expect: "todo-met",
      note: "Survival by section number only: whether section 9 is the confidentiality clause needs cross-references the engine does not resolve.",
    },
  ],
};
