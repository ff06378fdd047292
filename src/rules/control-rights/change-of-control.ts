// A6: notice and customer rights on a change of the supplier's ownership or control; no free assignment of the contract.
import type { Rule, Terms } from "../types";
import { NOTIFY_EN, NOTIFY_SV } from "./terms";

// A change of who owns or controls the supplier (ägarförändring, kontrollskifte, change of control).
const CHANGE_OF_CONTROL: Terms = [
  "change of control", "change in control", "change of ownership", "change in ownership", "change* ~3 ownership", "change* ~3 controlling interest",
  "ägarförändring*", "ändrade ägarförhållanden", "ändring* ~3 ägarförhållande*", "förändring* ~3 ägarförhållande*", "förändring* ~3 ägarstruktur*",
  "ändring* ~3 ägarstruktur*", "kontrollskifte*", "ändrat ~3 bestämmande inflytande", "ändring* ~3 bestämmande inflytande", "överlåtelse av aktie*",
  "ny ägare", "nya ägare", "new owner*",
  // A merger or acquisition of the supplier is the typical change of control.
  "merger", "acquisition of ~4 supplier*", "acquisition of ~4 provider*", "acquisition of ~4 contractor*", "acquisition", "fusion*", "uppköp*",
  "förvärv*", "sammanslagning*",
];
// The change concerns the buyer, not the supplier.
const BUYER_SIDE: Terms = [
  "change of control of ~2 licensee*", "change of control of ~2 customer*", "change of control of ~2 tenant*", "change of control of ~2 buyer*",
  "kundens ägarförändring", "beställarens ägarförändring",
];
// Told before the change takes effect, or the buyer may leave: the real protection (met).
const IN_ADVANCE: Terms = ["in advance", "prior to", "before", "advance notice", "prior written notice", "i förväg", "innan", "före", "senast ~4 före", "förhand*"];
const CUSTOMER_MAY_TERMINATE: Terms = [
  "customer* ~6 terminat*", "either party ~6 terminat*", "vardera part* ~6 säga upp", "client* ~6 terminat*", "controller* ~6 terminat*", "buyer* ~6 terminat*", "you ~4 terminat*", "authorit* ~6 terminat*",
  "kund* ~6 säga upp", "kund* ~6 häva", "beställar* ~6 säga upp", "beställar* ~6 häva", "myndighet* ~6 säga upp", "myndighet* ~6 häva",
  "personuppgiftsansvarig* ~6 säga upp", "ground* for terminat*", "grund för ~3 uppsägning", "uppsägningsgrund*", "hävningsgrund*", "rätt att säga upp",
  "right to terminate",
];
const NOTIFY: Terms = [...NOTIFY_EN, ...NOTIFY_SV];

// Assignment of the contract, its rights or obligations (överlåtelse av avtalet).
const ASSIGN: Terms = ["assign*", "överlåt*", "transfer ~4 this agreement", "transfer ~4 its rights", "transfer ~4 its obligations"];
const ASSIGNED_OBJECT: Terms = [
  "agreement", "contract", "rights", "obligations", "duties", "this dpa", "this nda", "this amendment", "this lease", "hereunder", "any part",
  "avtal*", "kontrakt*", "rättigheter", "skyldigheter", "åtaganden", "ramavtal*",
];
// No assignment without the other party's consent: a protection, but it says nothing about changes of ownership (weak).
const NEEDS_CONSENT: Terms = [
  "without ~6 consent", "without ~6 approval", "prior ~3 consent", "written consent", "may not", "shall not", "will not", "not be entitled", "neither",
  "utan ~6 medgivande", "utan ~6 samtycke", "utan ~6 godkännande", "får inte", "får ej", "äger inte rätt", "har inte rätt", "varken",
];
// Bans that bind only the buyer, licences that are "non-assignable", and assignments of invoices, results or data-subject rights.
const NOT_SUPPLIER_ASSIGNMENT: Terms = [
  "licensee ~3 may not", "may not be assigned by ~2 licensee*", "customer ~3 may not", "you may not", "tenant ~3 may not", "buyer ~3 may not",
  "kund* ~3 får inte", "beställar* ~3 får inte", "myndighet* ~3 får inte", "not ~3 assignable", "non assignable", "non transferable", "icke överlåtbar*",
  "faktur*", "invoice*", "receivable*", "fordran", "fordringar", "data subject*", "registrerad*", "uppdragsresultat*", "intellectual property",
  "immateriella",
];

// Assignment to a group company allowed with mere information (partial protection).
const GROUP_ASSIGNMENT: Terms = [
  "may assign ~8 affiliate*", "may ~1 transfer ~2 agreement ~6 affiliate*", "except to an affiliate", "except ~4 affiliate*", "får ~3 överlåta ~8 koncern*", "får ~3 överlåta ~8 dotterbolag*",
  "får ~3 överlåta ~8 närstående", "överlåta ~8 inom samma koncern",
];

// The supplier may assign freely, or on a merger, acquisition or sale of its business (contrary).
const FREE_ASSIGN: Terms = [
  "may assign", "may ~1 freely assign", "may ~1 at any time assign", "may without ~4 consent ~2 assign", "can assign", "is free to assign", "will assign",
  "may ~2 transfer ~3 agreement", "may ~2 transfer ~3 obligations", "får överlåta", "får dock överlåta", "får fritt överlåta", "får även överlåta",
  "får också överlåta", "har rätt att överlåta", "äger rätt att överlåta", "fritt överlåta",
];
// "Neither party may assign …, whether by merger or otherwise, without consent" is a ban, not a right …
const NEITHER: Terms = ["neither party may", "no party may", "neither party shall", "neither party will", "ingen av parterna", "varken"];
// … unless an exception follows: "except that either party may assign in connection with a merger".
const EXCEPT_MAY_ASSIGN: Terms = [
  "except ~6 may assign", "except ~6 may ~2 transfer", "however ~6 may ~8 assign", "provided ~4 may assign", "dock ~4 får ~2 överlåta",
  "undantag ~8 får ~2 överlåta",
];
const TRIGGER: Terms = [
  "merger", "acquisition", "acquirer", "reorgani*", "consolidation", "sale of ~4 assets", "substantially all", "successor*", "change of control",
  "without ~3 notice", "at any time", "fusion*", "förvärv*", "omstrukturering*", "uppköp*", "sammanslagning*", "utan ~4 samtycke", "utan ~4 medgivande",
  "utan ~4 godkännande", "utan ~3 föregående ~2 meddelande", "när som helst", "fritt",
];
const NO_RIGHT_TO_ASSIGN: Terms = ["not ~3 right to assign", "not ~3 entitled to assign", "no right to assign", "inte rätt att överlåta", "ej rätt att överlåta"];
const BUYER_ASSIGNS: Terms = [
  "customer may ~3 assign", "you may ~3 assign", "licensee may ~3 assign", "tenant may ~3 assign", "buyer may ~3 assign", "controller may ~3 assign",
  "kund* ~1 får ~2 överlåta", "beställar* ~1 får ~2 överlåta", "myndighet* ~1 får ~2 överlåta", "kund* ~1 har rätt att överlåta",
  "beställar* ~1 har rätt att överlåta", "myndighet* ~1 har rätt att överlåta",
];

// The supplier's contracting entity may be replaced, or the buyer must accept a new owner as its counterparty (contrary).
const NEW_COUNTERPARTY: Terms = [
  "contracting party ~4 may change", "contracting entity ~4 may change", "may change the ~2 contracting party", "may change the ~2 contracting entity",
  "right to change the ~2 contracting", "attorn", "attorns", "attornment",
];
// A change of control is expressly no ground for termination.
const NOT_A_GROUND: Terms = [
  "change of control ~8 not ~4 terminat*", "change of control ~8 not ~4 breach", "ägarförändring ~8 inte ~4 uppsägning*", "ägarförändring ~8 inte ~4 grund",
];

export const changeOfControl: Rule = {
  id: "control-rights/change-of-control",
  area: "control-rights",
  code: "A6",
  title: { sv: "Ägarförändring och överlåtelse", en: "Change of ownership or control" },
  requirement: {
    sv: "Leverantören underrättar i förväg om ändrade ägar- eller kontrollförhållanden som kan ändra vilka länders lagar den lyder under; kunden får ompröva och säga upp avtalet, och avtalet får inte överlåtas utan kundens samtycke.",
    en: "The supplier gives advance notice of any change of ownership or control that may change which countries' laws it is subject to; the customer may reassess and terminate, and the contract may not be assigned without the customer's consent.",
  },
  why: {
    sv: "eSams bedömning av röjanderisk hänger på leverantörens ägare och dess band till främmande rätt; ett uppköp kan göra en svensk leverantör till föremål för t.ex. CLOUD Act. Säkerhetsskyddsregler kräver lämplighetsprövning även vid ändrade förhållanden.",
    en: "eSam's disclosure-risk assessment turns on the supplier's owners and their ties to foreign law; an acquisition can bring a Swedish supplier under e.g. the US CLOUD Act. Security-protection rules require a suitability review when circumstances change.",
  },
  references: ["eSam rättsligt uttalande om molntjänster (2018, 2023)", "Säkerhetsskyddslagen (2018:585) 4 kap.", "LOU 17 kap. 17 §"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Leverantören ska i förväg underrätta om ägarförändringar, eller kunden får säga upp avtalet vid en ägarförändring.",
      en: "The supplier must give advance notice of a change of control, or the customer may terminate on a change of control.",
    },
    weak: {
      sv: "Avtalet förbjuder överlåtelse utan samtycke eller kräver underrättelse i efterhand, men ger ingen rätt att agera vid en ägarförändring.",
      en: "The agreement bars assignment without consent or requires notice after the event, but gives no right to act on a change of control.",
    },
    contrary: {
      sv: "Leverantören får överlåta avtalet fritt, t.ex. vid fusion eller förvärv, eller byta avtalspart utan kundens samtycke.",
      en: "The supplier may assign the contract freely, e.g. on a merger or acquisition, or replace the contracting entity without the customer's consent.",
    },
    missing: {
      sv: "Avtalet säger inget om ägarförändringar eller överlåtelse av avtalet.",
      en: "The agreement says nothing about changes of control or assignment of the contract.",
    },
  },
  remediation: {
    sv: "Kräv förhandsbesked om ändrade ägar- eller kontrollförhållanden (eller omedelbart besked om förhandsbesked inte är tillåtet), ny bedömning av ägarförhållanden och tredjelandsexponering, rätt att säga upp avtalet med exitstöd, samt förbud mot överlåtelse utan kundens skriftliga samtycke.",
    en: "Require advance notice of changes of ownership or control (or immediate notice where advance notice is not allowed), a new assessment of ownership and third-country exposure, a right to terminate with exit support, and no assignment without the customer's written consent.",
  },
  placement: {
    sv: "Avsnitten om överlåtelse och om förtida upphörande (uppsägning) i de allmänna bestämmelserna.",
    en: "The assignment and early termination sections among the general provisions.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier must announce a change of control in advance.",
      all: [CHANGE_OF_CONTROL, NOTIFY, IN_ADVANCE],
      none: [BUYER_SIDE, NOT_A_GROUND],
    },
    {
      status: "met",
      means: "A change of control of the supplier lets the customer terminate.",
      all: [CHANGE_OF_CONTROL, CUSTOMER_MAY_TERMINATE],
      none: [BUYER_SIDE, NOT_A_GROUND],
    },
    {
      status: "weak",
      means: "A change of control is to be notified, but only afterwards or without a right to act.",
      all: [CHANGE_OF_CONTROL, NOTIFY],
      none: [BUYER_SIDE],
    },
    {
      status: "weak",
      means: "The contract may not be assigned without consent (no change-of-control rule).",
      all: [ASSIGN, ASSIGNED_OBJECT, NEEDS_CONSENT],
      none: [NOT_SUPPLIER_ASSIGNMENT],
    },
    {
      status: "weak",
      means: "The supplier may assign the contract to a group company with mere notice.",
      all: [GROUP_ASSIGNMENT],
      none: [NOT_SUPPLIER_ASSIGNMENT, BUYER_ASSIGNS],
    },
    {
      status: "contrary",
      means: "The supplier may assign the contract without consent, on a merger, acquisition or sale of its business.",
      all: [FREE_ASSIGN, TRIGGER],
      none: [NO_RIGHT_TO_ASSIGN, BUYER_ASSIGNS, NEITHER],
    },
    {
      status: "contrary",
      means: "An exception to a mutual ban lets the supplier assign on a merger, acquisition or sale of its business.",
      all: [EXCEPT_MAY_ASSIGN, TRIGGER],
      none: [BUYER_ASSIGNS],
    },
    {
      status: "contrary",
      means: "The supplier's contracting entity may be replaced, or the buyer must accept a new owner as counterparty.",
      all: [NEW_COUNTERPARTY],
    },
    {
      status: "contrary",
      means: "A change of control is expressly no ground for termination.",
      all: [NOT_A_GROUND],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "Avtalet gäller i fyra år. [[Leverantören ska skriftligen underrätta Kunden minst 60 dagar innan en ägarförändring genomförs.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Kunden har rätt att säga upp avtalet med omedelbar verkan vid ägarförändring hos Leverantören.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören får inte överlåta sina rättigheter eller skyldigheter enligt avtalet utan Kundens skriftliga medgivande.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören får dock överlåta avtalet till ett bolag inom samma koncern efter att ha informerat Kunden.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören har rätt att överlåta avtalet till annan part vid fusion eller förvärv.]]", expect: "contrary" },
    { lang: "sv", text: "Den upphandlande myndigheten får överlåta avtalet till en annan myndighet som tar över verksamheten.", expect: "missing" },
    { lang: "sv", text: "Fakturor får inte överlåtas utan Kundens skriftliga godkännande.", expect: "missing" },
    { lang: "en", text: "[[Supplier shall notify Customer in writing at least 90 days before any change of control takes effect.]]", expect: "met" },
    {
      lang: "en",
      text: "[[If the Provider undergoes a change of control, the Customer may terminate this Agreement without penalty.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Neither party may assign this Agreement without the prior written consent of the other party.]]", expect: "weak" },
    { lang: "en", text: "[[A party that undergoes a change of control shall notify the other party within 30 days after the change.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[The Provider may freely assign this Agreement to a buyer of its business at any time, without the Customer's consent.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[No party may transfer the contract without consent, except that the Supplier may assign it to a successor following a merger.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Customer may not assign or transfer user accounts to other individuals.", expect: "missing" },
    { lang: "en", text: "Rights granted to data subjects under these Clauses are personal and may not be assigned.", expect: "missing" },
    { lang: "en", text: "[[Supplier shall notify Customer in advance of any proposed merger or acquisition affecting the Supplier.]]", expect: "met" },
    {
      lang: "en",
      text: "[[Neither party may assign this Agreement, by operation of law, merger or otherwise, without the other party's prior written consent.]]",
      expect: "weak",
    },
    { lang: "en", text: "This Agreement may be assigned by the Customer to any public body that succeeds to its functions.", expect: "missing" },
    {
      lang: "sv",
      text: "[[Leverantören ska meddela Kunden om väsentliga förändringar i ägarstrukturen senast 30 dagar innan förändringen träder i kraft.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[The Provider's contract with Customer may be taken over by a successor company that acquires the Provider's cloud business.]]",
      expect: "todo-contrary",
      note: "A takeover by a successor without the verb 'assign' or a change-of-control term is not recognised.",
    },
  ],
};
