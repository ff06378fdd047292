// A4: sub-contractors (underbiträden) only with the customer's prior approval, or with notice, a real right to object and an exit.
import { NEGATION_EN, NEGATION_SV } from "../common";
import type { Rule, Terms } from "../types";
import { CUSTOMER_ACTS_EN, CUSTOMER_ACTS_SV, SUBCONTRACTOR_EN, SUBCONTRACTOR_SV } from "./terms";

const SUB: Terms = [...SUBCONTRACTOR_EN, ...SUBCONTRACTOR_SV];

// Specific prior approval by the customer (Art. 28(2) "prior specific or general written authorisation").
const PRIOR_APPROVAL_EN: Terms = [
  "prior ~3 consent", "prior ~3 approval", "prior ~3 authori*", "specific ~2 authori*", "written consent", "written approval", "written authori*",
  "without ~5 consent", "without ~5 approval", "without ~5 authori*", "only with ~5 consent", "only with ~5 approval", "only after ~5 approv*",
  "only after ~5 consent", "subject to ~4 approval", "subject to ~4 consent",
];
// Compounds count: "förhandsgodkännande", "förhandsmedgivande", "förhandssamtycke".
const APPROVAL_SV: Terms = ["*godkän*", "*medgivande*", "*samtycke*", "tillstånd*", "skriftligt medgett", "medger"];
const ONLY_SV: Terms = ["endast", "enbart", "först", "inte utan", "ej utan", "förhand*", "föregående", "i förväg", "innan", "skriftlig*", "utan ~4 godkännande"];

// General authorisation ("Option 2") is not specific approval: it is met only with an objection remedy (see the termination signal).
const GENERAL: Terms = ["general", "generell*", "allmän*", "option 2", "alternativ 2"];
// A joint ban on assignment and subcontracting is a generic clause (weak), not a sub-contractor regime.
const ASSIGNMENT: Terms = ["assign*", "överlåt*"];
// A third-country transfer approval concerns C3, not the approval of the sub-contractor as such.
const TRANSFER: Terms = ["transfer*", "third countr*", "överföring*", "tredjeland*"];

// The customer may terminate (or either party may) when it objects to a new sub-contractor: a real remedy.
const CUSTOMER_TERMINATES: Terms = [
  "customer* ~8 terminat*", "controller* ~8 terminat*", "client* ~8 terminat*", "exporter* ~8 terminat*", "either party ~6 terminat*",
  "you ~6 terminat*", "kund* ~8 säga upp", "kund* ~8 häva", "beställar* ~8 säga upp", "beställar* ~8 häva", "personuppgiftsansvarig* ~8 säga upp",
  "personuppgiftsansvarig* ~8 häva", "myndighet* ~8 säga upp", "myndighet* ~8 häva", "utan kostnad ~6 säga upp",
];
// Only the supplier may terminate, or the clause is the SCC third-party-beneficiary rule for an insolvent importer.
const NOT_CUSTOMER_REMEDY: Terms = ["reserves the right to terminate", "förbehåller sig rätten att säga upp", "factually disappeared", "ceased to exist", "insolvent"];

// Notice of changes, a right to object, or approval of a list: the customer is involved, but not necessarily in control.
const NOTICE_OR_OBJECTION: Terms = [
  "object*", "contest*", "invänd*", "notif*", "notice", "inform*", "informera*", "underrätta*", "meddela*", "approv*", "consent*", "authori*",
  "godkän*", "medgivande*", "samtycke*", "in advance", "i förväg", "förteckning*", "lista*", "list of", "agreed list",
];

// Flow-down and responsibility for sub-contractors without any approval regime (partial).
const FLOW_DOWN: Terms = [
  "no less protective", "same ~5 obligations", "substantially the same", "at least the same", "equivalent obligations", "comparable obligations",
  "remain* ~4 responsible", "remain* ~4 liable", "fully liable", "fully responsible", "samma ~5 skyldigheter", "samma ~5 villkor", "ansvarar ~8 som för sitt eget",
  "ansvarar ~8 som om", "fullt ansvarig*", "göra ~4 villkor* gällande",
];
const ONWARD_RECIPIENT: Terms = [...SUB, "contractors"];

// A generic ban on delegating performance ("may not assign or delegate its obligations").
const DELEGATION: Terms = ["delegat*", "delegera*"];

// Free use of sub-contractors: the supplier may subcontract at its discretion (contrary).
const MAY_SUBCONTRACT: Terms = [
  "may subcontract", "may sub contract", "may ~4 use ~4 subcontractor*", "may ~4 use ~4 sub processor*", "may ~4 use ~4 subprocessor*",
  "may ~4 engage ~4 subcontractor*", "may ~4 engage ~4 sub processor*", "may ~4 engage ~4 subprocessor*", "may ~4 appoint ~4 subprocessor*",
  "may ~4 appoint ~4 sub processor*", "may ~4 use ~6 contractors", "may ~4 use ~6 service providers", "may ~4 engage ~6 third part*", "may ~4 use ~6 third part*",
  "may ~3 delegate", "is entitled to ~3 subcontract", "entitled to use ~4 subcontractor*", "entitled to engage ~4 subcontractor*",
  "får anlita ~3 underleverantör*", "får anlita ~3 underbiträde*", "har rätt att anlita ~3 underleverantör*", "har rätt att anlita ~3 underbiträde*",
  "äger rätt att anlita ~3 underleverantör*", "äger rätt att anlita ~3 underbiträde*", "får ~3 använda ~3 underleverantör*",
];
// What makes it free: discretion, no consent or notice, only a liability promise, or a catch-all list of third parties.
const DISCRETION: Terms = [
  "as necessary", "as it deems", "sole discretion", "its discretion", "without ~4 consent", "without ~4 approval", "without ~4 notice", "freely",
  "remain* ~4 liable", "remain* ~4 responsible", "consultants", "service providers", "contractors", "other ~3 third parties",
  "utan ~4 godkännande", "utan ~4 medgivande", "utan ~4 samtycke", "fritt", "efter eget val", "ansvarar ~8 som för sitt eget", "ansvarar ~8 som för egen",
  "ansvarar ~8 som för sig själv",
];
const OBJECTION: Terms = ["object*", "invänd*", "prior written", "föregående", "i förväg", "endast"];

// A sublicensable licence to the customer's content lets the supplier pass the data on to anyone (contrary).
const SUBLICENSABLE: Terms = ["sublicensable", "sub licensable", "sublicenseable", "right to sublicense", "rätt att upplåta ~3 underlicens*"];
const CUSTOMER_CONTENT: Terms = ["customer content", "customer data", "your content", "your data", "kunddata", "kundens data", "kundens information"];
const NOT_SUBLICENSABLE: Terms = ["non sublicensable", "not sublicensable", "nonsublicensable", "feedback", "suggestion*"];

export const subcontractorApproval: Rule = {
  id: "control-rights/subcontractor-approval",
  area: "control-rights",
  code: "A4",
  title: { sv: "Godkännande av underleverantörer", en: "Sub-contractor approval" },
  requirement: {
    sv: "Underbiträden och underleverantörer anlitas endast efter kundens skriftliga förhandsgodkännande, eller med förhandsbesked, verklig invändningsrätt och rätt att avsluta utan kostnad; samma skyldigheter förs vidare och leverantören ansvarar för dem.",
    en: "Sub-processors and sub-contractors are engaged only with the customer's prior written approval, or with advance notice, a real right to object and a cost-free exit; the same obligations flow down and the supplier stays liable.",
  },
  why: {
    sv: "Art. 28.2 och 28.4 GDPR kräver förhandsgodkännande och att samma skyldigheter förs vidare. EDPB betonar att invändningsrätten måste vara meningsfull, och SKR påpekar att kunden måste veta vilka underleverantörer som finns och i vilka länder.",
    en: "GDPR Art. 28(2) and (4) require prior authorisation and flow-down of the same obligations. The EDPB stresses that the right to object must be meaningful, and SKR notes the buyer must know the sub-suppliers and their countries.",
  },
  references: ["GDPR art. 28.2, 28.4", "EDPB Guidelines 07/2020", "SKR vägledning molntjänster"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Underleverantörer kräver kundens förhandsgodkännande, eller kunden kan invända och avsluta avtalet.",
      en: "Sub-contractors need the customer's prior approval, or the customer can object and terminate.",
    },
    weak: {
      sv: "Kunden informeras eller kan invända mot nya underleverantörer, men utan verklig påföljd, eller avtalet innehåller bara ett allmänt förbud mot överlåtelse eller delegering.",
      en: "The customer is informed of or may object to new sub-contractors, but without a real remedy, or the agreement has only a generic ban on assignment or delegation.",
    },
    contrary: {
      sv: "Leverantören får anlita underleverantörer fritt, utan godkännande eller invändningsrätt.",
      en: "The supplier may use sub-contractors freely, without approval or a right to object.",
    },
    missing: {
      sv: "Avtalet reglerar inte hur underleverantörer eller underbiträden får anlitas.",
      en: "The agreement does not regulate how sub-contractors or sub-processors may be engaged.",
    },
  },
  remediation: {
    sv: "Bifoga en namngiven lista över underbiträden; kräv minst 30 dagars förhandsbesked om ändringar inklusive land, rätt att invända som leder till alternativ eller uppsägning utan kostnad och med exitstöd, samt att samma skyldigheter förs vidare och att leverantören ansvarar fullt ut.",
    en: "Annex a named list of sub-processors; require at least 30 days' notice of changes including the country, a right to object leading to an alternative or cost-free termination with exit support, full flow-down and full liability of the supplier.",
  },
  placement: {
    sv: "Avsnittet om underbiträden/underleverantörer i personuppgiftsbiträdesavtalet eller huvudavtalet.",
    en: "The sub-processors / sub-contractors section of the data processing agreement or main agreement.",
  },
  signals: [
    {
      status: "met",
      means: "A sub-contractor may only be engaged with the customer's prior (written) approval.",
      all: [SUB, PRIOR_APPROVAL_EN],
      none: [GENERAL, ASSIGNMENT, TRANSFER],
    },
    {
      status: "met",
      means: "Underleverantör eller underbiträde får anlitas endast efter kundens (skriftliga) godkännande.",
      all: [SUB, APPROVAL_SV, ONLY_SV],
      none: [GENERAL, ASSIGNMENT, TRANSFER],
    },
    {
      status: "met",
      means: "If the customer objects to a sub-contractor it may terminate: the objection has a real remedy.",
      all: [SUB, CUSTOMER_TERMINATES],
      none: [NOT_CUSTOMER_REMEDY],
    },
    {
      status: "weak",
      means: "Notice of new sub-contractors, a right to object, or approval of a list, without a stated remedy.",
      all: [SUB, NOTICE_OR_OBJECTION],
    },
    {
      status: "weak",
      means: "Obligations flow down to sub-contractors and the supplier stays responsible, but there is no approval regime.",
      all: [ONWARD_RECIPIENT, FLOW_DOWN],
    },
    {
      status: "weak",
      means: "A generic ban on delegating the supplier's obligations.",
      all: [DELEGATION, [...NEGATION_EN, ...NEGATION_SV, "consent", "samtycke", "medgivande", "godkännande"]],
    },
    {
      status: "weak",
      means: "The supplier may use sub-contractors; any conditions are not in the same sentence.",
      all: [MAY_SUBCONTRACT],
      none: [CUSTOMER_ACTS_EN, CUSTOMER_ACTS_SV],
    },
    {
      status: "contrary",
      means: "The supplier may use sub-contractors at its discretion, with only a liability promise.",
      all: [MAY_SUBCONTRACT, DISCRETION],
      none: [OBJECTION, CUSTOMER_ACTS_EN, CUSTOMER_ACTS_SV],
    },
    {
      status: "contrary",
      means: "A sublicensable licence to the customer's content: the supplier may pass the data on to anyone.",
      all: [SUBLICENSABLE, CUSTOMER_CONTENT],
      none: [NOT_SUBLICENSABLE],
    },
  ],
  examples: [
    { lang: "sv", text: "[[Leverantören får inte anlita nya underbiträden utan Myndighetens skriftliga förhandsgodkännande.]]", expect: "met" },
    {
      lang: "sv",
      text: "Leverantören ansvarar för sina underleverantörer. [[Leverantören får anlita underleverantör endast efter Kundens skriftliga godkännande.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Om Kunden invänder mot ett nytt underbiträde har Kunden rätt att säga upp avtalet utan kostnad.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Biträdet ska informera den Personuppgiftsansvarige skriftligen minst 30 dagar innan ett nytt underbiträde anlitas.]]",
      expect: "weak",
    },
    { lang: "sv", text: "[[Leverantören har rätt att anlita underleverantörer utan Kundens godkännande.]]", expect: "contrary" },
    { lang: "sv", text: "Kunden ska godkänna överföringen innan personuppgifter överförs till tredjeland.", expect: "missing" },
    { lang: "sv", text: "Läs mer om tjänsten på vår webbplats.", expect: "missing" },
    {
      lang: "en",
      text: "[[The Processor shall not engage another processor without the prior specific written authorisation of the Controller.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[If Customer objects to a new Subprocessor and the parties cannot agree, Customer may terminate the affected Service without penalty.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Customer may object to a new Subprocessor within ten days of notice, otherwise the Subprocessor is deemed approved.]]",
      expect: "weak",
    },
    { lang: "en", text: "[[Provider may use subcontractors in its sole discretion and remains responsible for their performance.]]", expect: "contrary" },
    {
      lang: "en",
      text: "[[You grant us a worldwide, fully sublicensable right to store and transmit Customer Content as needed to provide the Services.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Customer may engage its own contractors to integrate the Service with its systems.", expect: "missing" },
    { lang: "en", text: "The Customer may subcontract the operation of its own systems to third parties.", expect: "missing" },
    { lang: "en", text: "[[Supplier may not delegate any of its obligations under this Agreement.]]", expect: "weak" },
    { lang: "en", text: "[[Vendor may, in its sole discretion, engage subcontractors to perform any part of the Services.]]", expect: "contrary" },
    { lang: "sv", text: "[[Leverantören ansvarar för underleverantörers arbete som för sitt eget och ska göra avtalets villkor gällande mot dem.]]", expect: "weak" },
    { lang: "en", text: "We grant you a non-exclusive, non-sublicensable licence to use the Documentation and Customer Data exports.", expect: "missing" },
    {
      lang: "en",
      text: "[[If no alternative is possible, the Controller may terminate the affected Service by written notice within 45 days.]]",
      expect: "todo-met",
      note: "A termination remedy stated in the sentence after the objection clause, without naming sub-processors, is not linked to them (needs paragraph context).",
    },
  ],
};
