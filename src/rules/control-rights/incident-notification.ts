// A7: the supplier notifies security and personal data incidents within a fixed number of hours, with useful content.
import type { Rule, Terms } from "../types";
import { NOTIFY_EN, NOTIFY_SV } from "./terms";

// Security and personal data incidents. "incident*" is not used: it would match "incidental damages", and a bare
// "incident" also the preposition "incident to the performance"; the singular needs a determiner or a compound.
// "breach" alone is a breach of contract; only data and security breaches count.
const INCIDENT: Terms = [
  "incidents", "an incident", "the incident", "any incident", "such incident", "each incident", "this incident", "incident report*",
  "incident notif*", "incident response", "incident management", "security incident*", "data incident*", "privacy incident*", "cyber incident*",
  "en incident", "varje incident", "sådan incident", "incidenter", "incidenten", "incidenterna", "*incidenter", "*incidenten", "*incidenterna",
  "säkerhetsincident", "personuppgiftsincident", "it incident",
  "personal data breach*", "data breach*", "security breach*", "breach of security", "breach of ~2 personal data", "breach of ~2 customer data",
  "unauthori* access", "unauthori* disclosure", "unauthori* third part*", "dataintrång*", "intrång i ~3 system*", "obehörig* åtkomst", "obehörigt röjande",
  "säkerhetsöverträdelse*",
];
const NOTIFY: Terms = [...NOTIFY_EN, ...NOTIFY_SV];

// A fixed deadline counted in hours (or one business day), or a defined notice period (met). common.ts HOURS is not
// used: its "#n h" and "#n-hour*" entries do not compile (see the report); "#n hour*" also covers "24-hour".
const FIXED_DEADLINE: Terms = [
  "#n hour*", "#n timmar", "#n timme", "#n timmars", "#n tim", "one business day", "one (1) business day", "1 business day", "one working day", "one (1) working day", "1 working day",
  "en arbetsdag", "en (1) arbetsdag", "1 arbetsdag", "next business day", "nästkommande arbetsdag", "not later than the ~3 period",
  "within the ~3 notification period", "within the ~3 notice period",
];
// Vague speed words: the notice exists but has no deadline (weak).
const VAGUE_SPEED: Terms = [
  "without undue delay", "promptly", "immediately", "as soon as", "forthwith", "without delay", "utan onödigt dröjsmål", "utan dröjsmål", "omgående",
  "omedelbart", "snarast", "skyndsamt",
];

// The customer notifies the supplier, or counts its own deadline (72 hours to the supervisory authority): not the supplier's duty.
const CUSTOMER_NOTIFIES: Terms = [
  "customer ~2 must ~3 notify", "customer ~2 shall ~3 notify", "customer ~2 will ~3 notify", "customer agrees to notify", "you ~2 must ~3 notify",
  "you ~2 shall ~3 notify", "you agree to notify", "notify us", "customer* ~4 responsible for ~3 notif*", "customer* ~4 responsible for ~3 complying",
  "kund* ~2 ska ~3 meddela", "kund* ~2 ska ~3 underrätta", "kund* ~2 ska ~3 anmäla", "kund* ~2 ska ~3 rapportera", "personuppgiftsansvarig* ~2 ska ~3 anmäla",
  "kund* ~4 ansvarar för ~4 anmäla", "kund* ~4 ansvarar för ~4 meddela", "meddela leverantör*",
  "underrätta leverantör*", "client* ~1 becomes aware", "customer* ~1 becomes aware", "controller* ~1 becomes aware", "exporter* ~1 becomes aware",
  "personuppgiftsansvarig* ~2 fått kännedom", "kund* ~2 fått kännedom",
];
// Force majeure notices are about relief from liability, not incidents.
const FORCE_MAJEURE: Terms = ["force majeure", "befrielsegrund*", "act of god"];

// A general duty to report (a risk of) breach of contract or non-conformity: touches incident reporting only loosely (weak).
const CONTRACT_BREACH: Terms = ["kontraktsbrott*", "avtalsbrott*", "breach of this agreement", "non conformit*", "nonconformit*", "avvikelse*"];

// A duty to tell (a verb, not "written notice" of termination), and termination wording that marks a cure-notice clause.
const NOTIFY_VERB: Terms = ["notify", "notifies", "inform", "informs", "report", "alert", "meddela", "underrätta", "informera", "rapportera"];
const TERMINATION: Terms = ["terminat*", "cure", "säga upp", "uppsägning*", "häva", "hävning*", "rättelse"];

// Notice only once the supplier's investigation is complete (weak cap).
const AFTER_INVESTIGATION: Terms = ["after ~4 investigation", "upon completion of ~3 investigation", "once ~3 investigation ~3 complete*", "efter ~4 utredning*"];

// No duty to notify at all (contrary).
const NO_DUTY: Terms = [
  "no obligation to notify", "not ~3 obliged to notify", "not ~3 obligated to notify", "not ~3 required to notify", "no duty to notify",
  "ingen skyldighet att ~3 meddela", "ingen skyldighet att ~3 underrätta", "ingen skyldighet att ~3 informera", "inte skyldig att ~3 meddela",
  "inte skyldig att ~3 underrätta", "inte skyldig att ~3 informera",
];

export const incidentNotification: Rule = {
  id: "control-rights/incident-notification",
  area: "control-rights",
  code: "A7",
  title: { sv: "Incidentrapportering", en: "Incident notification" },
  requirement: {
    sv: "Leverantören rapporterar säkerhets- och personuppgiftsincidenter inom ett fast antal timmar (förslag: första besked inom 12 timmar, detaljer inom 48 timmar, slutrapport inom 30 dagar) med det innehåll kunden behöver för sin egen rapportering.",
    en: "The supplier reports security and personal data incidents within a fixed number of hours (proposal: first notice within 12 hours, details within 48 hours, final report within 30 days) with the content the buyer needs for its own reporting.",
  },
  why: {
    sv: "Kunden har egna frister: 72 timmar till IMY för personuppgiftsincidenter (art. 33 GDPR) och 24 timmar för en tidig varning enligt NIS2. \"Utan onödigt dröjsmål\" utan timgräns lämnar kunden utan tid för sin egen rapportering.",
    en: "The buyer has its own deadlines: 72 hours to the data protection authority for personal data breaches (GDPR Art. 33) and 24 hours for an NIS2 early warning. \"Without undue delay\" without hours leaves the buyer no time for its own reporting.",
  },
  references: ["GDPR art. 28.3 f, 33", "NIS2-direktivet (EU) 2022/2555 art. 23", "Cybersäkerhetslagen (2025:1506)"],
  aspects: ["K", "R", "T"],
  critical: false,
  messages: {
    met: {
      sv: "Leverantören ska rapportera incidenter inom ett fast antal timmar.",
      en: "The supplier must report incidents within a fixed number of hours.",
    },
    weak: {
      sv: "Incidenter ska rapporteras, men utan fast tidsgräns (t.ex. \"utan onödigt dröjsmål\"), först efter utredning, eller bara som allmän skyldighet att meddela avtalsbrott.",
      en: "Incidents are to be reported, but without a fixed deadline (e.g. \"without undue delay\"), only after an investigation, or only as a general duty to report breaches of contract.",
    },
    contrary: {
      sv: "Avtalet fritar leverantören från skyldigheten att rapportera incidenter.",
      en: "The agreement frees the supplier from any duty to report incidents.",
    },
    missing: {
      sv: "Avtalet säger inget om rapportering av säkerhets- eller personuppgiftsincidenter.",
      en: "The agreement says nothing about reporting security or personal data incidents.",
    },
  },
  remediation: {
    sv: "Ange timgränser som ger kunden tid för sin egen rapportering (första besked inom 12 timmar, kompletterande uppgifter inom 48 timmar, slutrapport med grundorsak inom 30 dagar), en namngiven kontaktväg, en innehållslista enligt art. 33.3 GDPR, skyldighet att bevara bevis och att incidenter hos underbiträden omfattas.",
    en: "Set hour-based deadlines that leave the buyer time for its own reporting (first notice within 12 hours, details within 48 hours, final root-cause report within 30 days), a named contact route, a content list per GDPR Art. 33(3), a duty to preserve evidence, and coverage of incidents at sub-processors.",
  },
  placement: {
    sv: "Avsnittet om personuppgiftsincidenter eller säkerhetsincidenter i personuppgiftsbiträdesavtalet eller säkerhetsbilagan.",
    en: "The personal data breach or security incident section of the data processing agreement or security annex.",
  },
  signals: [
    {
      status: "met",
      means: "Incidents are to be notified within a fixed number of hours (or a defined notice period).",
      all: [INCIDENT, NOTIFY, FIXED_DEADLINE],
      none: [CUSTOMER_NOTIFIES, FORCE_MAJEURE],
    },
    {
      status: "weak",
      means: "Incidents are to be notified, but without a fixed deadline.",
      all: [INCIDENT, NOTIFY],
      none: [CUSTOMER_NOTIFIES, FORCE_MAJEURE],
    },
    {
      status: "weak",
      means: "Only a general duty to report (a risk of) breach of contract or non-conformity immediately.",
      all: [CONTRACT_BREACH, NOTIFY_VERB, VAGUE_SPEED],
      none: [CUSTOMER_NOTIFIES, FORCE_MAJEURE, TERMINATION],
    },
    {
      status: "weak",
      means: "Notice only after the supplier has completed its investigation.",
      all: [INCIDENT, AFTER_INVESTIGATION],
      capsAtWeak: true,
    },
    {
      status: "contrary",
      means: "The supplier has no duty to notify incidents.",
      all: [INCIDENT, NO_DUTY],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "Biträdet ska dokumentera alla incidenter. [[Biträdet ska senast inom 24 timmar efter att ha fått kännedom om en personuppgiftsincident underrätta Kunden.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören ska rapportera säkerhetsincidenter till Beställaren inom tolv (12) timmar.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören ska meddela Kunden personuppgiftsincidenter utan onödigt dröjsmål.]]", expect: "weak" },
    { lang: "sv", text: "[[Om Leverantören misstänker att den begår ett avtalsbrott ska den omedelbart meddela Kunden.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören har ingen skyldighet att underrätta Kunden om säkerhetsincidenter.]]", expect: "contrary" },
    { lang: "sv", text: "Den part som drabbas av befrielsegrund ska inom 24 timmar meddela den andra parten.", expect: "missing" },
    { lang: "sv", text: "Kunden ska utan onödigt dröjsmål meddela Leverantören om krav avseende rättighetsintrång.", expect: "missing" },
    {
      lang: "en",
      text: "[[Supplier shall notify Customer of any Security Incident within twenty-four (24) hours of becoming aware of it.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Once it learns of a personal data breach, the Processor shall inform the Controller no later than 48 hours afterwards.]]", expect: "met" },
    { lang: "en", text: "[[The Supplier shall inform the Customer of personal data breaches without undue delay.]]", expect: "weak" },
    { lang: "en", text: "[[If we detect unauthorized access to your content, we will inform you by email.]]", expect: "weak" },
    {
      lang: "en",
      text: "Provider will notify Customer of Security Incidents within 24 hours.\n[[Notice will be given only after the investigation has been completed.]]",
      expect: "todo-weak",
      note: "The cap needs the incident word in the same sentence; a follow-up sentence that only says 'the investigation' is not linked to incidents.",
    },
    { lang: "en", text: "[[Provider is not required to notify Customer of security incidents affecting sub-processors.]]", expect: "contrary" },
    {
      lang: "en",
      text: "Either party may terminate if the other party is in material breach and fails to cure within 30 days after written notice.",
      expect: "missing",
    },
    { lang: "en", text: "You agree to notify us promptly of any unauthorized access to your account credentials.", expect: "missing" },
    { lang: "en", text: "Customer is responsible for notifying its end users of any incident.", expect: "missing" },
    { lang: "sv", text: "Den personuppgiftsansvarige ska anmäla personuppgiftsincidenter till Integritetsskyddsmyndigheten inom 72 timmar.", expect: "missing" },
    { lang: "sv", text: "[[Leverantören ska omedelbart, dock senast inom åtta timmar, rapportera incidenter som påverkar tjänstens tillgänglighet.]]", expect: "met" },
    { lang: "en", text: "Neither party is liable for incidental or consequential damages, even if notified of their possibility.", expect: "missing" },
  ],
};
