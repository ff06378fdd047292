// Term lists shared by the control-rights rules (A1–A7); term syntax: src/analysis/terms.ts.
import type { Terms } from "../types";

/** Sub-contractors in the data-protection sense (underbiträde) and the general contracting sense (underleverantör). */
export const SUBCONTRACTOR_EN: Terms = [
  // "sub processor" also matches "sub-processor": words in a phrase may be separated by punctuation.
  "subprocessor*", "sub processor*", "subcontractor*", "sub contractor*", "subcontract*", "sub contract*",
  // GDPR Art. 28(2) wording.
  "another processor", "other processors", "further processor*",
];
// "annat personuppgiftsbiträde" is Art. 28(2)'s "another processor"; a bare "personuppgiftsbiträde*" would match the
// processor itself and "personuppgiftsbiträdesavtalet".
export const SUBCONTRACTOR_SV: Terms = ["underbiträd*", "underleverantör*", "underkonsult*", "annat personuppgiftsbiträde", "andra personuppgiftsbiträden"];

/**
 * Phrases that make the customer (or the other party) the one acting: used in `none` lists so a right or
 * duty of the buyer ("Customer may assign", "Kunden får ändra beställningen") is not read as one of the supplier.
 */
// Adjacent words only: "With notice to Customer, Provider may modify" must not read as the customer acting.
export const CUSTOMER_ACTS_EN: Terms = [
  "customer may", "customers may", "client may", "controller may", "licensee may", "tenant may", "buyer may", "you may", "data exporter may",
  "contracting authority may", "public organisation may", "public organization may", "customer shall be entitled", "customer is entitled",
  "customer ~1 has the right", "customer ~1 shall have the right",
];
export const CUSTOMER_ACTS_SV: Terms = [
  "kund* ~1 får", "kund* ~1 har rätt", "kund* ~1 äger rätt", "beställar* ~1 får", "beställar* ~1 har rätt", "beställar* ~1 äger rätt",
  "myndighet* ~1 får", "myndighet* ~1 har rätt", "myndighet* ~1 äger rätt", "personuppgiftsansvarig* ~1 får", "personuppgiftsansvarig* ~1 har rätt",
];

/** A duty to tell the other party: notify, inform, report (meddela, underrätta, informera, rapportera). */
export const NOTIFY_EN: Terms = ["notif*", "inform*", "notice", "report*", "alert*", "advise*"];
export const NOTIFY_SV: Terms = ["meddela*", "underrätt*", "informer*", "rapporter*", "anmäl*", "avisera*", "varsla*", "besked"];

/** Words that point to a clause being optional template text rather than an agreed term. */
export const OPTIONAL_TEXT: Terms = ["<optional>", "[optional]", "optional:", "(optional)", "[valfritt]", "(valfritt)", "[alternativ]"];
