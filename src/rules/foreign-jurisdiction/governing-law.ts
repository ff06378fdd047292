// B1: Swedish law must govern the agreement and its data processing terms.
import { NON_EU, OTHER_EU_EEA, SWEDEN } from "../common";
import type { Rule, Terms } from "../types";
import { EU_GENERIC, NON_EU_EXTRA } from "./terms";

// Choice-of-law wording, not any mention of law ("in accordance with applicable law" is not a choice of law, and
// "the data protection laws of the United Kingdom" or "as it forms part of the law of England" name a law without choosing it:
// a bare "law of" is therefore not enough, it must be governed/construed/applied).
const CHOICE_OF_LAW: Terms = [
  "governed by ~3 law*", "governed by the law*", "governed ~3 in accordance with ~4 law*", "governing law", "construed in accordance with",
  "interpreted in accordance with", "construed under", "interpreted under", "choice of law", "law* of ~6 shall govern", "law* of ~6 govern",
  "law* of ~6 will govern", "law* of ~6 shall apply", "law* of ~6 will apply", "law* of ~6 apply to", "legislation of ~6 shall apply",
  "legislation of ~6 apply to", "law* shall govern", "law governs", "laws govern", "shall be the law of", "subject to ~1 law*",
  "conflict* of law*", "conflicts of law*", "shall apply to this",
  "tillämplig lag", "tillämplig rätt", "tolkas och tillämpas", "tolkas enligt", "tolkas i enlighet med", "ska tillämpas på", "skall tillämpas på",
  "lagvalsregler", "lagvalsprinciper", "regleras av", "lyder under", "svensk rätt ska", "svensk lag ska", "svensk rätt skall", "svensk lag skall",
  "materiell rätt", "svensk rätt gäller", "svensk lag gäller", "svenska lagar gäller", "med tillämpning av ~2 rätt", "med tillämpning av ~2 lag",
];
// The law is chosen outside the text: a defined "Governing Law" on a cover page, or the law "stipulated in the Principal Agreement".
const CHOICE_DEFERRED: Terms = [
  "governing law governs", "governed by the governing law", "governing law of the agreement", "stipulated", "specified in the",
  "set out in the", "set forth in the", "cover page", "order form", "principal agreement", "main agreement", "huvudavtal*", "ramavtal*",
];
// Places outside the EU/EEA, with the extra US states, third countries and "laws of the State of …" wording of this area.
const NON_EU_LAW: Terms = [...NON_EU, ...NON_EU_EXTRA, "laws of the state of", "law of the state of", "delstat*"];
// The EU as a whole or "an EU Member State" (the SCC governing-law options): EU law, but not Swedish.
const EU_LAW: Terms = [...OTHER_EU_EEA, ...EU_GENERIC];

export const governingLaw: Rule = {
  id: "foreign-jurisdiction/governing-law",
  area: "foreign-jurisdiction",
  code: "B1",
  title: { sv: "Tillämplig lag", en: "Governing law" },
  requirement: {
    sv: "Svensk lag ska gälla för avtalet, personuppgiftsbiträdesavtalet och alla bilagor.",
    en: "Swedish law governs the agreement, the data processing terms and every annex.",
  },
  why: {
    sv: "Myndighetens egna skyldigheter (OSL, TF, arkivlagen) är svenska, och biträdesavtal ska lyda under unionsrätt eller en medlemsstats rätt. Lag från ett land utanför EU gör avtalet beroende av en främmande rättsordning.",
    en: "The buyer's own duties (secrecy, public access, archives) are Swedish, and processor terms must be governed by EU or member-state law. Law from outside the EU makes the contract depend on a foreign legal order.",
  },
  references: ["GDPR art. 28.3", "OSL (2009:400)", "TF 2 kap."],
  aspects: ["K"],
  critical: false,
  messages: {
    met: { sv: "Svensk lag gäller för avtalet.", en: "Swedish law governs the agreement." },
    weak: { sv: "Avtalet styrs av lagen i ett annat EU/EES-land än Sverige.", en: "The agreement is governed by the law of an EU/EEA country other than Sweden." },
    contrary: { sv: "Avtalet styrs av lag utanför EU/EES.", en: "The agreement is governed by law from outside the EU/EEA." },
    missing: { sv: "Avtalet anger inte vilken lag som gäller.", en: "The agreement does not say which law governs it." },
  },
  remediation: {
    sv: "Ange att svensk lag gäller för huvudavtal, biträdesavtal och bilagor, och att detta har företräde framför leverantörens standardvillkor.",
    en: "State that Swedish law governs the main agreement, the data processing terms and all annexes, with precedence over the supplier's standard terms.",
  },
  placement: { sv: "Avsnittet om tillämplig lag och tvister, oftast sist i avtalet.", en: "The governing law and disputes section, usually at the end of the agreement." },
  signals: [
    { status: "met", means: "A choice of Swedish law.", all: [CHOICE_OF_LAW, SWEDEN] },
    {
      status: "weak",
      means: "A choice of the law of another EU/EEA state, or of 'an EU Member State' in general.",
      all: [CHOICE_OF_LAW, EU_LAW],
      none: [SWEDEN, NON_EU_LAW],
    },
    {
      status: "weak",
      means: "A choice-of-law clause whose law is fixed elsewhere (a cover page, the principal agreement), so the text does not name it.",
      all: [CHOICE_OF_LAW, CHOICE_DEFERRED],
      none: [SWEDEN, EU_LAW, NON_EU_LAW],
    },
    { status: "contrary", means: "A choice of law from outside the EU/EEA (a US state, England, Switzerland …).", all: [CHOICE_OF_LAW, NON_EU_LAW] },
  ],
  examples: [
    { lang: "sv", text: "Priser anges i svenska kronor. [[Detta avtal ska tolkas och tillämpas enligt svensk rätt.]]", expect: "met" },
    { lang: "sv", text: "[[Svensk lag ska tillämpas på Avtalet, med undantag för dess lagvalsregler.]]", expect: "met" },
    { lang: "sv", text: "[[Avtalet ska tolkas i enlighet med irländsk rätt.]]", expect: "weak" },
    { lang: "sv", text: "[[Tillämplig lag för dessa villkor är lagen i delstaten Delaware, USA.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören ska följa tillämplig lag vid behandling av personuppgifter.", expect: "missing" },
    { lang: "sv", text: "Avtalet är upprättat på svenska och engelska.", expect: "missing" },
    { lang: "en", text: "[[This Agreement is governed by the laws of Sweden, without regard to its conflict of laws rules.]]", expect: "met" },
    { lang: "en", text: "[[This Agreement will be governed by the laws of the State of California.]]", expect: "contrary" },
    { lang: "en", text: "[[The Clauses shall be governed by the law of the Netherlands.]]", expect: "weak" },
    { lang: "en", text: "Supplier shall comply with all applicable laws in performing the Services.", expect: "missing" },
    { lang: "en", text: "This Agreement is written in English and the Swedish translation is for convenience only.", expect: "missing" },
    { lang: "en", text: "[[This annex is governed by the law of the EU member state where the controller is established.]]", expect: "weak" },
    { lang: "en", text: "[[This DPA is governed by the law stipulated in the Principal Agreement.]]", expect: "weak" },
    { lang: "en", text: "[[Kansas law, disregarding its conflict of laws rules, governs these terms.]]", expect: "contrary" },
    { lang: "en", text: "Personal data may also be subject to the data protection laws of the United Kingdom or Switzerland.", expect: "missing" },
    { lang: "sv", text: "[[Svensk materiell rätt gäller för avtalet.]]", expect: "met" },
    {
      lang: "en",
      text: "[[The Agreement is governed by the laws applicable in the place where the Customer has its seat.]]",
      expect: "todo-met",
      note: "Law named only through the customer's seat; needs the parties' addresses to resolve.",
    },
  ],
};
