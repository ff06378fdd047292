// A5: no unilateral change of terms, security or service by the supplier; changes only by written agreement of both parties.
import type { Rule, Terms } from "../types";
import { CUSTOMER_ACTS_EN, CUSTOMER_ACTS_SV, SUBCONTRACTOR_EN, SUBCONTRACTOR_SV } from "./terms";

const CHANGE_VERBS_EN = ["modif*", "chang*", "updat*", "amend*", "revis*", "alter"];
const CHANGE_VERBS_SV = ["ändra", "ändras", "förändra", "förändras", "uppdatera", "uppdateras", "revidera"];

// A party "may" change something on its own ("may at any time modify", "reserves the right to update", "äger rätt att ensidigt ändra").
const MAY_CHANGE: Terms = [
  ...CHANGE_VERBS_EN.flatMap((v) => [`may ~4 ${v}`, `right to ~3 ${v}`, `can ~3 ${v}`, `entitled to ~3 ${v}`]),
  "may ~4 add or modify", "may ~4 make ~3 updates", "may ~4 make ~3 changes", "may ~4 make ~3 modifications", "right to make ~3 modifications",
  "right to make ~3 changes",
  ...CHANGE_VERBS_SV.flatMap((v) => [`får ~3 ${v}`, `har rätt att ~3 ${v}`, `äger rätt att ~3 ${v}`, `rätten att ~3 ${v}`, `förbehåller sig ~4 ${v}`]),
  "ensidigt ändra", "ensidigt förändra", "får ~3 göra ~2 ändring*", "får ~3 göra ~2 förändring*", "har rätt att ~3 göra ~2 ändring*",
  "äger rätt att ~3 göra ~2 ändring*", "har rätt att ~3 göra ~2 förändring*", "äger rätt att ~3 göra ~2 förändring*",
  // Passive forms that name the one deciding: "as the system may be modified from time to time by VIP, at its discretion".
  "may be ~2 modified ~6 discretion", "may be ~2 changed ~6 discretion", "may be ~2 updated ~6 discretion",
];
// What is changed: the terms, the security measures, the service, the documents or URLs behind them.
const CHANGED_OBJECT: Terms = [
  "terms", "agreement", "dpa", "addendum", "conditions", "polic*", "security measures", "measures", "service", "services", "platform", "url*",
  "documentation", "description of", "appendix", "annex", "schedule", "these", "sla", "offering*", "features", "functionalit*", "location*",
  "region*", "guides", "statements", "system",
  "villkor*", "avtal", "avtalet", "avtalets", "avtalsvillkor*", "bilaga*", "tjänst", "tjänsten", "tjänsterna", "tjänstens", "säkerhetsåtgärd*", "säkerhetsnivå*", "plattform*", "beskrivning*", "dokumentation*", "datacenter*",
  "lagringsplats*", "policy*",
];
// Not a unilateral change: it is negated, needs the other party's consent, is agreed by both, or concerns prices or IP remedies.
const NOT_UNILATERAL: Terms = [
  ...CHANGE_VERBS_EN.flatMap((v) => [`may not ~3 ${v}`, `shall not ~3 ${v}`, `will not ~3 ${v}`, `must not ~3 ${v}`, `cannot ~3 ${v}`]),
  ...CHANGE_VERBS_SV.flatMap((v) => [`får inte ~3 ${v}`, `får ej ~3 ${v}`, `äger inte rätt att ~3 ${v}`, `har inte rätt att ~3 ${v}`]),
  "consent", "approval", "written agreement", "mutual*", "signed", "both parties", "only by", "only upon", "only with", "in writing",
  "endast genom", "endast efter", "endast skriftlig*", "the parties may", "either party may", "neither party",
  "samtycke*", "godkännande*", "överenskommelse*", "parterna får", "parterna kan", "part får", "ingen av parterna", "båda parter*",
  "price*", "pris*", "fee*", "rates", "infring*", "intrång*", "index*",
  // A change power that is only a sanction for the buyer's own breach.
  "only for breach", "only ~3 in the event of ~3 breach", "endast vid ~3 avtalsbrott",
];

// Changes take effect by posting, or continued use counts as acceptance: the buyer has no say (contrary).
const CONTINUED_USE: Terms = [
  "continue* to use", "continued use", "continuing to use", "continued access", "fortsatt* användning", "fortsätter att använda", "fortsätta att använda",
  "fortsatt användande",
];
const ACCEPTANCE: Terms = [
  "agree* to ~6 revised", "agree* to ~6 updated", "agree* to ~6 modified", "agree* to ~6 new", "accept*", "consent* to ~4 update*", "consent* to ~4 change*",
  "constitut* ~4 acceptance", "constitut* ~4 consent", "constitut* ~4 agreement", "bound by ~4 revised", "bound by ~4 updated", "bound by ~4 modified",
  "godkän*", "accepter*", "bunden av",
];
const BY_POSTING: Terms = [
  "by posting", "upon posting", "effective ~3 when posted", "effective ~3 upon ~2 post*", "posting ~4 updated version", "posting ~4 revised version",
  "genom publicering", "genom att publicera", "publiceras på ~4 webbplats*", "publiceras på ~4 hemsida*",
];
const CHANGE_NOUN: Terms = ["change*", "update*", "modification*", "revised", "revision*", "amend*", "new version", "ändring*", "ändrade", "uppdater*", "nya villkor*"];

// Changes only by written agreement signed by both parties (met).
const AMENDMENT: Terms = [
  "amendment*", "amended", "amend", "modification*", "modified", "modify", "variation*", "alteration*", "changes", "change", "supplement*",
  "ändring*", "ändras", "ändra", "tillägg*",
];
const AGREED_IN_WRITING: Terms = [
  "written agreement", "in writing and signed", "in writing, signed", "writing signed", "signed by ~3 both", "signed by ~3 each", "signed by ~4 parties",
  "signed by ~3 authori*", "signed by ~3 duly", "executed by ~3 both", "executed by ~3 each", "executed by ~4 parties", "executed by ~3 authori*",
  "written instrument",
  "written document", "mutual written", "signed in writing", "skriftlig överenskommelse", "skriftliga överenskommelse*", "skriftligen undertecknas",
  "skriftliga och undertecknade", "undertecknad* av", "undertecknas av", "skriftligen ~3 överens*",
];

// Terms or documents that float: "latest version", "then-current", "as updated from time to time" (weak cap).
const FLOATING: Terms = [
  "latest version", "then current", "then applicable", "as updated from time to time", "as modified from time to time", "may be updated ~4 from time to time",
  "senaste version*", "uppdateras löpande", "i dess vid var tid gällande lydelse", "vid var tid gällande version",
];
const FLOATING_OBJECT: Terms = [
  "terms", "tos", "polic*", "dpa", "documentation", "guidelines", "conditions", "pssi", "issp", "security", "cloud service", "service", "version of the applicable",
  "villkor*", "säkerhet*", "dokumentation*", "tjänst*",
];
// The floating wording must sit next to a contract document or the service: laws, model clauses and prices also
// change "from time to time" without any unilateral power of the supplier.
const FLOATING_DOCUMENT: Terms = FLOATING.flatMap((f) => FLOATING_OBJECT.flatMap((o) => [`${f} ~3 ${o}`, `${o} ~5 ${f}`]));

// Protective but partial wording: advance notice of planned changes, negotiated amendments, clauses that may not be modified.
const PLANNED_CHANGE: Terms = [
  "intends to ~4 introduce", "intends to ~4 change", "intends to ~4 make", "avser att ~4 ändra", "avser att ~4 införa", "planned change*", "planerade ändring*",
];
const IN_ADVANCE: Terms = ["in advance", "advance notice", "prior notice", "i förväg", "förhand*", "i god tid"];
// Changes are announced in advance ("changes to the functionality shall be notified three months in advance").
const ANNOUNCE: Terms = ["avisera*", "meddela*", "underrätta*", "informera*", "notif*", "inform*", "notice"];
const NEGOTIATED: Terms = ["negotiate ~4 amendment*", "negotiate ~6 amend*", "good faith ~8 amendment*", "förhandla ~4 ändring*", "omförhandla*"];
// Specific terms (prices, quantities) may be revised by written agreement: a partial change rule.
const BY_AGREEMENT: Terms = ["by written agreement", "by mutual agreement", "by mutual written agreement", "agree in writing", "genom skriftlig överenskommelse", "genom överenskommelse"];
const REVISE: Terms = ["revis*", "adjust*", "vary", "amend*", "modif*", "chang*", "ändra*", "justera*"];
const FROZEN: Terms = [
  "not ~2 modified", "not be modified", "not be amended", "not ~2 amended", "will not change during", "shall not change during", "inte ~2 ändras",
  "oförändrad*",
];
const FROZEN_OBJECT: Terms = ["clauses", "terms", "agreement", "dpa", "villkor*", "avtal*", "kontrakt*"];

export const noUnilateralChange: Rule = {
  id: "control-rights/no-unilateral-change",
  area: "control-rights",
  code: "A5",
  title: { sv: "Inga ensidiga ändringar", en: "No unilateral change" },
  requirement: {
    sv: "Leverantören får inte ensidigt ändra villkor, säkerhetsnivå, lagringsplats eller tjänstens innehåll; ändringar kräver skriftlig överenskommelse, och andra ändringar aviseras i förväg med rätt att säga upp avtalet.",
    en: "The supplier may not unilaterally change the terms, the security level, the data location or the service; changes need a written agreement, and other changes come with advance notice and a right to terminate.",
  },
  why: {
    sv: "Behandling får bara ske enligt dokumenterade instruktioner (art. 28.3 a GDPR). Villkor som leverantören kan ändra genom att publicera en ny version gör varje riskbedömning inaktuell, och kunden måste kunna lämna tjänsten vid en ofördelaktig ändring (dataakten om byte av leverantör).",
    en: "Processing may only follow documented instructions (GDPR Art. 28(3)(a)). Terms the supplier can change by posting a new version make every risk assessment stale, and the buyer must be able to leave the service after an adverse change (Data Act switching rules).",
  },
  references: ["GDPR art. 28.3 a", "Dataakten (EU) 2023/2854 kap. VI", "SKR vägledning molntjänster"],
  aspects: ["K", "R", "T"],
  critical: false,
  messages: {
    met: {
      sv: "Ändringar av avtalet kräver skriftlig överenskommelse mellan parterna.",
      en: "Changes to the agreement need a written agreement signed by both parties.",
    },
    weak: {
      sv: "Ändringar regleras bara delvis: villkor eller dokument hänvisas till i sin senaste lydelse, ändringar aviseras men kan inte stoppas, eller endast vissa delar är låsta.",
      en: "Changes are only partly controlled: terms or documents apply in their latest version, changes are announced but cannot be stopped, or only some parts are frozen.",
    },
    contrary: {
      sv: "Leverantören får ensidigt ändra villkor, säkerhetsåtgärder eller tjänsten, eller ändringar gäller genom publicering eller fortsatt användning.",
      en: "The supplier may change the terms, the security measures or the service on its own, or changes take effect by posting or continued use.",
    },
    missing: {
      sv: "Avtalet säger inget om hur det eller tjänsten får ändras.",
      en: "The agreement says nothing about how it or the service may be changed.",
    },
  },
  remediation: {
    sv: "Lås hänvisade villkor vid undertecknandet (version och datum); ändringar endast genom skriftlig överenskommelse; minst 90 dagars förhandsbesked om ändringar som påverkar säkerhet eller lagringsplats; rätt att säga upp avtalet och få exitstöd utan kostnad om ändringen inte godtas.",
    en: "Freeze referenced terms at signing (version and date); changes only by written agreement; at least 90 days' notice of changes affecting security or data location; a right to terminate with cost-free exit support if the change is not accepted.",
  },
  placement: {
    sv: "Avsnittet om ändringar och tillägg, oftast bland de allmänna bestämmelserna i slutet av avtalet.",
    en: "The amendments section, usually among the general provisions at the end of the agreement.",
  },
  signals: [
    {
      status: "met",
      means: "Amendments are valid only in writing and signed (or agreed) by both parties.",
      all: [AMENDMENT, AGREED_IN_WRITING],
    },
    {
      status: "contrary",
      means: "One party (in practice the supplier) may change the terms, security measures, service or referenced documents on its own.",
      all: [MAY_CHANGE, CHANGED_OBJECT],
      none: [NOT_UNILATERAL, CUSTOMER_ACTS_EN, CUSTOMER_ACTS_SV],
    },
    {
      status: "contrary",
      means: "Continued use of the service after a change counts as acceptance of the changed terms.",
      all: [CONTINUED_USE, ACCEPTANCE, CHANGE_NOUN],
    },
    {
      status: "contrary",
      means: "Changed terms take effect when the supplier posts them.",
      all: [BY_POSTING, CHANGE_NOUN],
    },
    {
      status: "weak",
      means: "Terms, policies or documents apply in their latest or then-current version, which the supplier controls.",
      all: [FLOATING_DOCUMENT],
      capsAtWeak: true,
    },
    {
      status: "weak",
      means: "Planned changes are announced in advance, without a right to stop them.",
      all: [PLANNED_CHANGE, IN_ADVANCE],
    },
    {
      status: "weak",
      means: "Changes are announced in advance, without a right to stop them.",
      all: [CHANGE_NOUN, ANNOUNCE, IN_ADVANCE],
      // Notice of sub-processor changes belongs to A4 (subcontractor-approval).
      none: [SUBCONTRACTOR_EN, SUBCONTRACTOR_SV],
    },
    {
      status: "weak",
      means: "Amendments are to be negotiated in good faith (no unilateral change, but no procedure).",
      all: [NEGOTIATED],
    },
    {
      status: "weak",
      means: "Particular terms (prices, quantities) may be revised by written agreement.",
      all: [BY_AGREEMENT, REVISE],
    },
    {
      status: "weak",
      means: "Some terms are frozen (may not be modified) without a general amendment procedure.",
      all: [FROZEN, FROZEN_OBJECT],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "Avtalet gäller i tre år. [[Ändringar av och tillägg till detta avtal ska vara skriftliga och undertecknade av båda parter för att vara giltiga.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Ändringar i avtalet ska göras genom skriftlig överenskommelse mellan parterna.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören äger rätt att ensidigt ändra dessa villkor med trettio dagars varsel.]]", expect: "contrary" },
    { lang: "sv", text: "[[Om Kunden fortsätter att använda tjänsten efter att ändringarna trätt i kraft anses Kunden ha godkänt de nya villkoren.]]", expect: "contrary" },
    { lang: "sv", text: "[[Tjänsten levereras enligt Leverantörens säkerhetspolicy i dess senaste version.]]", expect: "weak" },
    { lang: "sv", text: "Beställaren har rätt att ändra uppdragets omfattning under avtalstiden.", expect: "missing" },
    { lang: "sv", text: "Timpriserna får ändras en gång per år enligt prisindex.", expect: "missing" },
    {
      lang: "en",
      text: "[[Any amendment to this Agreement shall be valid only if made in writing and signed by authorised representatives of both parties.]]",
      expect: "met",
    },
    { lang: "en", text: "[[This DPA may be modified only by a written instrument executed by each party.]]", expect: "met" },
    {
      lang: "en",
      text: "[[Any change requested by either party shall be handled through the change control procedure and takes effect only when signed by both parties.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören får göra ändringar i tjänsten om ändringen inte påverkar Kundens användning negativt.]]", expect: "contrary" },
    { lang: "en", text: "The Supplier may not change the location of Customer Data without the Customer's prior written approval.", expect: "missing" },
    { lang: "en", text: "[[We may modify these Terms at any time, and changes are effective upon posting.]]", expect: "contrary" },
    {
      lang: "en",
      text: "Amendments must be in writing and signed by both parties.\n[[The Provider is entitled to revise its security measures during the term as long as the overall protection level stays comparable.]]",
      expect: "contrary",
    },
    { lang: "en", text: "[[The parties will negotiate in good faith an amendment to this DPA if data protection law changes.]]", expect: "weak" },
    { lang: "sv", text: "[[Ändringar av tjänstens funktionalitet ska aviseras minst tre månader i förväg.]]", expect: "weak" },
    { lang: "en", text: "Customer may change its payment method or update its billing address at any time.", expect: "missing" },
    { lang: "en", text: "Supplier may not modify the Security Measures in a way that reduces the level of protection.", expect: "missing" },
    { lang: "en", text: "If required by an infringement claim, Provider may modify the Service so that it is no longer infringing.", expect: "missing" },
    {
      lang: "en",
      text: "[[Provider will give Customer ninety days' notice of any change to the hosting region, and Customer may terminate without penalty.]]",
      expect: "todo-weak",
      note: "A notice-and-exit clause for service changes is the requirement's second limb; only announced 'intended' changes are recognised so far.",
    },
  ],
};
