// A3: the customer gets access to security and access logs, including logs of the supplier's own access to its data.
import { CUSTOMER_EN, CUSTOMER_SV, NEGATION_EN, NEGATION_SV } from "../common";
import type { Rule, Terms } from "../types";
import { OPTIONAL_TEXT } from "./terms";

// Logs and traceability (loggar, loggning, spårbarhet, audit trail). Swedish compounds are listed one by one:
// "*loggning" would also match "inloggning" (signing in), which is not a log.
const LOG_EN: Terms = [
  "log", "logs", "logged", "logging", "log files", "log data", "audit trail*", "audit log*", "access log*", "event log*", "traceab*",
  "access transparency", "trace actions",
];
const LOG_SV: Terms = [
  "logg", "loggar", "loggen", "loggarna", "loggning*", "loggas", "loggad*", "loggat", "logga", "loggfil*", "loggdata*", "loggpost*", "loggutdrag*",
  "åtkomstlogg*", "händelselogg*", "säkerhetslogg*", "behörighetslogg*", "systemlogg*", "aktivitetslogg*", "fellogg*", "granskningslogg*",
  "revisionslogg*", "spårbarhet*", "spårbar", "spårbara", "spårbart", "spårning*",
];
const LOG: Terms = [...LOG_EN, ...LOG_SV];
// Signing in or out is not logging ("log in to your account", "inloggning med engångslänk").
// A blank template heading ("Measures for ensuring events logging") names a kind of measure without committing to it.
const TEMPLATE_HEADING: Terms = ["measures for ensuring", "åtgärder för att säkerställa"];
const SIGN_IN: Terms = ["log in", "log on", "log into", "log onto", "logging in", "logging into", "login*", "inlogg*", "utlogg*", "logga in", "loggar in", "blog*"];

// What makes a log a security or access log, or fixes its retention: access, events, activity, personnel, months.
const LOG_SUBJECT: Terms = [
  "access*", "event*", "activit*", "change*", "user*", "admin*", "personnel", "staff", "security log*", "security event*", "security relevant",
  "retain*", "retention", "retained", "kept", "keep", "stored", "month*", "year*", "trace*", "traceab*", "accountability", "usage", "technical logs",
  "åtkomst*", "händelse*", "systemhändelse*", "aktivitet*", "användar*", "administratör*", "personal*", "behörighet*", "säkerhetsrelevant*",
  "sparas", "lagras", "bevaras", "gallras", "månad*", "år", "spårbar*", "incident*",
];

// The customer may read, export or receive the logs (met).
const CUSTOMER_ACCESS: Terms = [
  "access to ~4 log*", "access the ~2 log*", "have access ~8 log*", "has access ~8 log*", "be given access ~8 log*", "granted access ~8 log*", "may access ~3 log*", "can access ~3 log*", "able to access ~3 log*", "to access ~3 log*", "access ~2 audit log*", "copies of ~3 log*", "copy of ~3 log*", "export* ~4 log*", "log* ~6 available to",
  "make ~4 log* ~3 available", "provide ~4 with ~3 log*", "provide ~3 log*", "deliver ~3 log*", "request* ~4 log*", "log* ~6 upon request",
  ...["logg*", "*loggar", "*loggarna", "*loggen"].flatMap((l) => [
    `tillgång till ~4 ${l}`, `ha tillgång ~8 ${l}`, `ta del av ~4 ${l}`, `lämna ut ~4 ${l}`, `lämna ~4 ${l}`, `exportera ~4 ${l}`, `tillhandahålla ~4 ${l}`,
    `${l} ~6 tillgänglig*`, `${l} ~6 på begäran`, `${l} ~6 överlämna*`, `utdrag ur ~3 ${l}`,
  ]),
  "loggutdrag*",
];

// Logs handed over only when the contract ends: an exit deliverable, not ongoing access.
const AT_EXIT: Terms = ["end of the term", "termination", "expiry", "expiration", "upphörande*", "avtalets slut", "avtalstidens slut", "avslut*"];

// Logs reserved for the supplier's own purposes: the topic is touched but the customer gets nothing (weak at most).
const SUPPLIER_ONLY: Terms = ["internal use only", "own internal", "för internt bruk", "endast för leverantörens", "for supplier's own", "for its own"];

// Express refusal of log access to the customer.
const NO_ACCESS: Terms = [
  "no access to ~4 log*", "not ~3 entitled to ~4 log*", "not ~3 provide ~4 log*", "ingen tillgång till ~4 logg*", "inte ~3 rätt till ~4 logg*",
  "inte ~3 lämna ut ~4 logg*",
];

export const logAccess: Rule = {
  id: "control-rights/log-access",
  area: "control-rights",
  code: "A3",
  title: { sv: "Loggar och spårbarhet", en: "Log access and traceability" },
  requirement: {
    sv: "Kunden får tillgång till säkerhets- och åtkomstloggar, inklusive loggar över leverantörens egen åtkomst till kundens data, under en överenskommen lagringstid och i exporterbar form.",
    en: "The customer gets access to security and access logs, including logs of the supplier's own access to its data, for an agreed retention period and in exportable form.",
  },
  why: {
    sv: "Loggar är kundens enda sätt att i efterhand se vem som har haft åtkomst till dess information, och behövs för att visa efterlevnad och hantera incidenter (art. 28.3 h GDPR, NIS2). Loggar som bara leverantören ser ger ingen kontroll.",
    en: "Logs are the buyer's only way to see afterwards who accessed its information, and are needed to demonstrate compliance and handle incidents (GDPR Art. 28(3)(h), NIS2). Logs only the supplier can see give no control.",
  },
  references: ["GDPR art. 28.3 h, 32", "NIS2-direktivet (EU) 2022/2555", "SKL Molntjänster i kommuner och regioner (2018)"],
  aspects: ["K", "R"],
  critical: false,
  messages: {
    met: {
      sv: "Kunden får tillgång till loggar från tjänsten.",
      en: "The customer gets access to logs from the service.",
    },
    weak: {
      sv: "Loggning nämns, men kunden får ingen rätt att ta del av loggarna, eller loggarna är till för leverantörens eget bruk.",
      en: "Logging is mentioned, but the customer gets no right to see the logs, or the logs serve the supplier's own purposes.",
    },
    contrary: {
      sv: "Avtalet nekar kunden tillgång till loggar.",
      en: "The agreement denies the customer access to logs.",
    },
    missing: {
      sv: "Avtalet säger inget om loggning eller kundens tillgång till loggar.",
      en: "The agreement says nothing about logging or the customer's access to logs.",
    },
  },
  remediation: {
    sv: "Ange vilka loggar som förs (säkerhetshändelser, åtkomst, administratörsåtgärder), att varje åtkomst från leverantörens personal till kundens data loggas, lagringstid (t.ex. minst 12 månader) och att kunden kan ta del av och exportera loggarna.",
    en: "Define the logs kept (security events, access, administrator actions), that every access by supplier staff to customer data is logged, the retention period (e.g. at least 12 months) and that the customer can view and export the logs.",
  },
  placement: {
    sv: "Avsnittet om säkerhetsåtgärder eller i säkerhetsbilagan, under loggning och spårbarhet.",
    en: "The security measures section or security annex, under logging and traceability.",
  },
  signals: [
    {
      status: "met",
      means: "The customer may access, receive or export the logs.",
      all: [CUSTOMER_ACCESS, [...CUSTOMER_EN, ...CUSTOMER_SV, "public organisation", "public organization"]],
      none: [SIGN_IN, NEGATION_EN, NEGATION_SV, OPTIONAL_TEXT, AT_EXIT],
    },
    {
      status: "weak",
      means: "Security, access or activity logging (or its retention) is described, without customer access.",
      all: [LOG, LOG_SUBJECT],
      none: [SIGN_IN, TEMPLATE_HEADING],
    },
    {
      status: "weak",
      means: "Logs are kept for the supplier's own purposes only.",
      all: [LOG, SUPPLIER_ONLY],
      none: [SIGN_IN],
    },
    {
      status: "contrary",
      means: "The customer is expressly denied access to logs.",
      all: [NO_ACCESS],
      none: [SIGN_IN, ["except", "unless", "utom", "förutom", "om inte"]],
    },
  ],
  examples: [
    { lang: "en", text: "[[The Buyer shall have access, via the management portal, to the audit logs of the platform for the whole term.]]", expect: "met" },
    { lang: "sv", text: "[[Myndigheten ska ha tillgång via administrationsgränssnittet till åtkomstloggarna under hela avtalstiden.]]", expect: "met" },
    {
      lang: "sv",
      text: "Loggar sparas i tolv månader. [[Kunden ska på begäran få tillgång till åtkomstloggar som visar Leverantörens personals åtkomst till Kundens data.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Beställaren kan själv exportera händelseloggarna via administrationsgränssnittet.]]", expect: "met" },
    { lang: "sv", text: "[[All åtkomst till personuppgifter loggas och loggarna sparas i sex månader.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören för säkerhetsloggar för internt bruk.]]", expect: "weak" },
    { lang: "sv", text: "[[Kunden har ingen tillgång till loggarna i tjänsten.]]", expect: "contrary" },
    { lang: "sv", text: "Inloggning sker med engångslänk som skickas till användarens e-postadress.", expect: "missing" },
    { lang: "sv", text: "Kunden får tillgång till tjänstens administrationsgränssnitt för att hantera användare.", expect: "missing" },
    {
      lang: "en",
      text: "[[The Supplier will make the access logs for the Customer's tenant available to the Customer for export at any time.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Customer may request copies of the audit logs recording Provider personnel access to Customer Data.]]", expect: "met" },
    { lang: "en", text: "[[Security event logs are kept for eighteen months.]]", expect: "weak" },
    { lang: "en", text: "[[Every administrative action on production servers is recorded in an audit trail.]]", expect: "weak" },
    { lang: "en", text: "[[Customer shall have no access to the logs generated by the Service.]]", expect: "contrary" },
    { lang: "en", text: "Users log in to the Service with single sign-on and multi-factor authentication.", expect: "missing" },
    { lang: "en", text: "[[Customer may access logs of its users' activity through the administration console.]]", expect: "met" },
    { lang: "en", text: "The provider may log prompts only to check for misuse of the service.", expect: "missing" },
    { lang: "en", text: "Customer may access the Service through the web portal during the Subscription Term.", expect: "missing" },
    {
      lang: "en",
      text: "[[Event logs are kept for the duration of the Agreement.]] At the end of the term, the Supplier will provide the logs to the Customer.",
      expect: "weak",
    },
    {
      lang: "en",
      text: "Provider may inspect traffic on its network, including related logs, to protect its network.",
      expect: "missing",
      note: "The supplier's own inspection of logs for its network is not a logging commitment towards the customer.",
    },
    {
      lang: "en",
      text: "[[Supplier will keep a record of every access by its support staff to Customer Data.]]",
      expect: "todo-weak",
      note: "Logging described without the word log/trail ('keep a record of every access') is not recognised; 'record of access' alone also appears in blank template examples.",
    },
  ],
};
