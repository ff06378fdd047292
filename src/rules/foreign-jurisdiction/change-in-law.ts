// B6: the supplier tells the buyer if a law stops it from honouring the contract, and the buyer may suspend and terminate.
import type { Rule, Terms } from "../types";
import { CUSTOMER_ACTS, US_STATE_PRIVACY } from "./terms";

// The supplier cannot (or may no longer) comply, or a law stands in the way (both languages).
const PREVENTS: Terms = [
  "unable to comply", "inability to comply", "cannot comply", "cannot provide ~3 compliance", "can no longer ~3 comply",
  "can no longer meet", "can no longer fulfil*", "no longer able to", "unable to fulfil*", "unable to meet", "prevent* ~5 from fulfil*",
  "prevent* ~5 from complying", "prohibit* ~5 from complying", "laws ~3 prohibit", "laws or practices not in line", "not in line with the requirements",
  "would violate ~3 law*", "violate applicable law*", "makes ~4 unlawful",
  "kan inte ~3 fullgöra", "kan inte längre ~3 fullgöra", "inte längre kan ~3 fullgöra", "kan inte ~3 uppfylla", "inte längre kan ~3 uppfylla",
  "oförmögen att", "hindrar ~5 från att fullgöra", "hindras ~5 att fullgöra", "lagstiftning ~5 hindrar", "blir olaglig*",
];
// A change in the law as such (it may or may not stop performance): lagändring, ändrad/ny lagstiftning.
const LAW_CHANGE: Terms = [
  "change in ~3 law*", "change* in ~3 legislation", "change* of law*", "change* in applicable law*", "change in ~2 regulat*", "new law*",
  "lagändring*", "ändrad* lagstiftning*", "ändring* i ~3 lagstiftning*", "ändring* i ~3 lag*", "ny* lagstiftning*", "förändrad* lagstiftning*",
];
const CANNOT_COMPLY: Terms = [...PREVENTS, ...LAW_CHANGE];
// A duty to tell the customer (not "on written notice", which is how a party terminates).
const NOTIFY_DUTY: Terms = [
  "notify", "notifies", "inform", "informs", "give ~3 notice of", "underrätta", "underrättar", "underrättas", "informera", "informerar", "meddela",
];
// The customer's remedy: suspend the transfer or processing, or terminate.
const SUSPEND_OR_TERMINATE: Terms = [
  "suspend*", "terminat*", "stop the transfer", "säga upp", "säger upp", "uppsägning*", "häva", "hävning*", "avbryta", "avbryts", "stoppa*",
  "upphöra*", "suspendera*",
];
// The remedy belongs to the customer / data exporter, not to the supplier.
const CUSTOMER_REMEDY: Terms = [
  "customer ~4 entitled", "customer may", "either party may", "each party may", "vardera parten", "part får", "part har rätt",
  "customer shall be entitled", "data exporter ~4 entitled", "data exporter shall suspend", "data exporter may", "exporter shall suspend",
  "controller may", "kunden ~3 rätt", "kunden får", "beställaren ~3 rätt", "beställaren får",
  "den personuppgiftsansvarige ~3 rätt", "den personuppgiftsansvarige får",
];
// The customer named as the one told (any form of its name).
const THE_CUSTOMER: Terms = [...CUSTOMER_REMEDY, "customer", "data exporter", "controller", "kund*", "beställar*", "personuppgiftsansvarig*"];
// A government act or law as an event beyond the parties' control (force majeure): partial coverage of the topic.
const GOVERNMENT_EVENT: Terms = [
  "lagstadgade hinder", "lagstadgat hinder", "myndighetsåtgärd*", "myndighetsbeslut*", "myndighets ~2 beslut", "ny eller ändrad lag*",
  "actions of any government*", "action* of ~3 government*", "governmental action*", "government* restriction*",
  "restrictions imposed by ~3 government*", "acts of government", "act of government", "governmental order*", "change* in law*", "new law*",
  "regulations or controls",
];
// The context that makes it an excuse clause: beyond control, hindered, excused, force majeure.
const FORCE_MAJEURE: Terms = [
  "force majeure", "beyond ~4 control", "no control", "utom* ~3 kontroll", "utanför ~3 kontroll", "befri*", "befrielsegrund*", "hind*",
  "excus*", "not be liable", "not liable", "neither party ~3 liable", "no party ~3 liable", "shall not be responsible", "delay*", "försening*",
  "prevented",
  // the other items of a force majeure list, so a long list split mid-way is still recognised
  "act* of God", "natural disaster*", "riot*", "war", "wars", "insurrection*", "epidemic*", "pandemic*", "strike*", "lockout*", "terroris*",
  "sabotage", "enemy", "hostile", "civil commotion", "krig*", "eldsvåda*", "upplopp*", "strejk*", "blockad*", "naturkatastrof*", "terrorist*",
];
// A law change clause that only adjusts the terms by negotiation ("work together in good faith to amend").
const NEGOTIATE: Terms = ["negotiat*", "good faith", "förhandla*", "omförhandl*"];
const AMEND: Terms = ["amend*", "amendment*", "ändring* av avtalet", "ändra avtalet", "justera*"];
const LAW_WORD: Terms = ["law*", "legislation", "regulat*", "lag*", "lagstiftning*", "författning*"];
// The customer carries the change-in-law risk: remaining fees on exit, or costs put on the customer.
const CUSTOMER_BEARS: Terms = [
  "remaining fees", "remainder of the term", "remaining term", "all fees for the", "at customer's expense", "at the customer's expense",
  "customer shall bear", "customer will bear", "kunden ska bära", "kunden står för", "på kundens bekostnad", "återstående avtalstid*",
  "återstående avgift*",
];

export const changeInLaw: Rule = {
  id: "foreign-jurisdiction/change-in-law",
  area: "foreign-jurisdiction",
  code: "B6",
  title: { sv: "Lagkonflikt och ändrad lagstiftning", en: "Change in law and conflict of laws" },
  requirement: {
    sv: "Leverantören underrättar kunden om den blir föremål för lag som hindrar den att fullgöra avtalet; kunden får då stoppa överföring och behandling och säga upp avtalet med stöd vid utträde.",
    en: "The supplier tells the customer if it becomes subject to a law that prevents it from honouring the contract; the customer may then suspend transfers and processing and terminate with exit support.",
  },
  why: {
    sv: "Efter Schrems II måste den personuppgiftsansvarige stoppa överföringar när skyddet inte längre kan garanteras, och EDPB kräver att bedömningen görs om. Utan underrättelse och hävningsrätt sitter kunden fast i ett avtal som inte längre kan följas.",
    en: "After Schrems II the controller must suspend transfers when protection can no longer be ensured, and the EDPB requires the assessment to be revisited. Without notice and a right to terminate the buyer is locked into a contract that can no longer be kept.",
  },
  references: ["CJEU C-311/18 (Schrems II)", "EDPB Recommendations 01/2020", "SCC (EU) 2021/914 clauses 14 and 16", "GDPR art. 28.3 h"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Leverantören ska underrätta kunden om lag hindrar fullgörandet, och kunden får då stoppa överföringen eller säga upp avtalet.",
      en: "The supplier must notify the customer if a law prevents compliance, and the customer may then suspend the transfer or terminate.",
    },
    weak: {
      sv: "Frågan berörs bara delvis: myndighetsåtgärder eller lagstadgade hinder som force majeure, underrättelse utan rätt att stoppa eller säga upp, eller bara leverantörens egen rätt att avsluta tjänsten.",
      en: "The topic is only partly covered: government action or legal obstacles as force majeure, notice without a right to suspend or terminate, or only the supplier's own right to end the service.",
    },
    contrary: {
      sv: "Risken för ändrad lagstiftning läggs på kunden, t.ex. genom att uppsägning kräver att återstående avgifter betalas.",
      en: "The change-in-law risk is put on the customer, e.g. termination requires paying the fees for the remaining term.",
    },
    missing: {
      sv: "Avtalet säger inget om vad som händer om lag hindrar leverantören att fullgöra avtalet.",
      en: "The agreement says nothing about what happens if a law prevents the supplier from honouring the contract.",
    },
  },
  remediation: {
    sv: "Inför en skyldighet för leverantören att utan dröjsmål underrätta kunden om lag eller myndighetskrav som hindrar fullgörandet (även i koncernbolag och hos underbiträden), en rätt för kunden att stoppa överföring och behandling, och en rätt att säga upp avtalet utan kostnad med stöd vid utträde och dataexport.",
    en: "Add a duty for the supplier to notify the customer without delay of any law or authority demand that prevents performance (including in group companies and sub-processors), a right for the customer to suspend transfers and processing, and a right to terminate without charge with exit support and data export.",
  },
  placement: {
    sv: "Biträdesavtalet (överföring till tredje land) och avsnittet om uppsägning och force majeure.",
    en: "The data processing terms (third-country transfers) and the termination and force majeure section.",
  },
  signals: [
    {
      status: "met",
      means: "If a law prevents compliance, the customer may suspend the transfer or terminate (SCC clause 14(f)/16 style).",
      all: [CANNOT_COMPLY, SUSPEND_OR_TERMINATE, CUSTOMER_REMEDY],
      none: [US_STATE_PRIVACY],
    },
    {
      status: "met",
      means: "The supplier must notify the customer of laws that prevent compliance (SCC clause 14(e)).",
      all: [PREVENTS, NOTIFY_DUTY, THE_CUSTOMER, ["law*", "legislation", "lag*", "lagstiftning*"]],
      none: [US_STATE_PRIVACY, ["opinion", "determines", "bedömning"], CUSTOMER_ACTS],
    },
    {
      status: "weak",
      means: "Notice of a change in law, or that the supplier can no longer meet its obligations in its own judgement, with no suspension or exit.",
      all: [CANNOT_COMPLY, NOTIFY_DUTY],
      none: [US_STATE_PRIVACY, CUSTOMER_ACTS],
    },
    {
      status: "weak",
      means: "Only the supplier may end the service if continued provision would break the law.",
      all: [CANNOT_COMPLY, SUSPEND_OR_TERMINATE],
      none: [US_STATE_PRIVACY],
    },
    {
      status: "weak",
      means: "Force majeure that covers government action or legal obstacles (excuse, not a remedy for the buyer).",
      all: [GOVERNMENT_EVENT, FORCE_MAJEURE],
    },
    {
      status: "weak",
      means: "Changes in the law are handled by negotiating an amendment in good faith, with no suspension or termination right.",
      all: [NEGOTIATE, AMEND, LAW_WORD],
    },
    {
      status: "contrary",
      means: "The customer bears the change-in-law risk (remaining fees on termination, extra costs).",
      all: [CANNOT_COMPLY, CUSTOMER_BEARS],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "[[Om Leverantören blir föremål för ny lagstiftning som hindrar den från att fullgöra Avtalet har Kunden rätt att avbryta överföringen och säga upp Avtalet.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Biträdet ska omedelbart underrätta den Personuppgiftsansvarige om en lagändring i tredje land innebär att Biträdet inte längre kan fullgöra sina skyldigheter.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Part är befriad från påföljd om fullgörandet hindras av myndighetsåtgärd, krig eller annan omständighet utanför partens kontroll.]]",
      expect: "weak",
    },
    {
      lang: "sv",
      text: "[[Vid lagändring som gör att Leverantören inte längre kan fullgöra avtalet får Kunden säga upp avtalet mot att återstående avgifter för avtalstiden betalas.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Kunden får säga upp avtalet om Leverantören inte fullgör sina skyldigheter.", expect: "missing" },
    { lang: "sv", text: "[[Leverantören ska meddela Kunden om ändringar i lagstiftning som påverkar tjänsten.]]", expect: "weak" },
    { lang: "sv", text: "Leverantören ska följa gällande lagstiftning och underrätta Kunden om ändrade kontaktuppgifter.", expect: "missing" },
    {
      lang: "en",
      text: "[[Should the supplier become unable to comply with this DPA because of a change in law, the Customer shall be entitled to suspend transfers and terminate the Agreement without penalty.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Provider will promptly notify Customer if a change in applicable law prevents it from fulfilling its obligations under this DPA.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Provider will notify Customer if, in Provider's opinion, it is unable to comply with an instruction.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[The provider may terminate the service at once if a new law makes continuing it unlawful.]]",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[Neither party is liable for delay caused by circumstances beyond its reasonable control, including governmental action or restrictions imposed by any government.]]",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[Both parties shall in good faith agree the amendments that changed privacy legislation makes necessary.]]",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[If a change in law prevents Supplier from performing, Customer may terminate provided that it pays all fees for the remainder of the term.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Customer may terminate this Agreement for convenience on 30 days' notice.", expect: "missing" },
    { lang: "en", text: "Neither party is liable for delay caused by fire, flood, strikes or other acts of God beyond its reasonable control.", expect: "missing" },
    { lang: "en", text: "Supplier will notify Customer if it can no longer meet its obligations under the CCPA.", expect: "missing" },
  ],
};
