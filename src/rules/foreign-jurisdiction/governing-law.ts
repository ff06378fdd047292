// B1: Swedish law must govern the agreement and its data processing terms.
import { NON_EU, OTHER_EU_EEA, SWEDEN } from "../common";
import type { Rule, Terms } from "../types";

// Choice-of-law wording, not any mention of law ("in accordance with applicable law" is not a choice of law).
const CHOICE_OF_LAW: Terms = [
  "governed by", "governing law", "construed in accordance with", "interpreted in accordance with", "construed under", "interpreted under",
  "choice of law", "laws of", "law of", "subject to ~2 law*", "shall apply to this",
  "tillämplig lag", "tillämplig rätt", "tolkas och tillämpas", "tolkas enligt", "tolkas i enlighet med", "ska tillämpas på", "skall tillämpas på",
  "lagvalsregler", "lagvalsprinciper", "regleras av", "lyder under", "svensk rätt ska", "svensk lag ska", "svensk rätt skall", "svensk lag skall",
];

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
    { status: "weak", means: "A choice of the law of another EU/EEA state.", all: [CHOICE_OF_LAW, OTHER_EU_EEA], none: [SWEDEN] },
    { status: "contrary", means: "A choice of law from outside the EU/EEA (a US state, England, Switzerland …).", all: [CHOICE_OF_LAW, NON_EU] },
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
    {
      lang: "en",
      text: "[[The Agreement is governed by the laws applicable in the place where the Customer has its seat.]]",
      expect: "todo-met",
      note: "Law named only through the customer's seat; needs the parties' addresses to resolve.",
    },
  ],
};
