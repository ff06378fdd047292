// D2: everyone at the supplier (and its sub-contractors) with access is bound by a secrecy undertaking or duty.
import type { Rule, Terms } from "../types";
import { BOUND_TO_CONFIDENTIALITY_EN, BOUND_TO_CONFIDENTIALITY_SV, STAFF_EN, STAFF_SV } from "./terms";

// The people the undertaking binds, incl. sub-contractor staff and "the individual" (den enskilde) in Swedish clauses.
const STAFF_ALL_SV: Terms = [...STAFF_SV, "enskilda medarbetare", "respektive konsult", "underleverantör*"];

// An undertaking to respect secrecy laws without a person-level obligation, or a duty only to inform staff: partial.
const INFORM_STAFF_SV: Terms = ["uppmärksamma* på ~3 sekretess*", "informera* om ~3 sekretess*", "informerats om ~4 konfidentiell*", "upplysa* om ~3 tystnadsplikt*"];
const INFORM_STAFF_EN: Terms = ["informed of the confidential nature", "made aware of ~4 confidential*", "inform* ~4 of ~3 confidentiality obligations", "trained on ~3 confidentiality"];

// An auditor or other single third party that signs an NDA: written, but limited to that person.
const AUDITOR: Terms = ["auditor*", "inspector*", "revisor*", "granskare", "third party auditor*"];

// Staff named in a plain non-disclosure duty, without any undertaking of their own ("nor will data be disclosed by VIP, its employees or agents").
const STAFF_NON_DISCLOSURE_EN: Terms = ["its employees", "its personnel", "its staff", "its agents", "employees or agents", "employees and agents"];
const NON_DISCLOSURE_EN: Terms = ["not ~8 disclos*", "nor ~9 disclos*", "never ~8 disclos*", "prevent ~4 disclos*"];

// Undertakings only where local law demands them: the duty depends on the supplier's own legal order.
const ONLY_IF_LAW: Terms = ["where required by ~3 law*", "if required by ~3 law*", "to the extent required by ~3 law*", "as required by local law*", "where local law requires", "om ~3 lag ~2 kräver", "i den mån ~4 lag ~2 kräver"];

// The statement is negated ("personnel are not required to sign confidentiality agreements").
const NOT_BOUND_EN: Terms = ["not ~4 required to sign", "not ~3 bound by ~3 confidentiality", "not ~3 subject to ~3 confidentiality", "no confidentiality"];
const NOT_BOUND_SV: Terms = ["inte ~4 sekretessavtal", "inte ~3 tystnadsplikt", "ej ~4 sekretessavtal", "krävs inte ~3 sekretess*"];

// Confidentiality of passwords and accounts is the customer's security duty, not a secrecy undertaking.
const NOT_STAFF_SECRECY: Terms = ["password*", "credential*", "login", "lösenord*", "end users", "your users", "you agree", "anbud*", "anbudsöppning*"];

export const staffUndertakings: Rule = {
  id: "confidentiality/staff-undertakings",
  area: "confidentiality",
  code: "D2",
  title: { sv: "Sekretessförbindelser för personal och underleverantörer", en: "Secrecy undertakings for staff and sub-contractors" },
  requirement: {
    sv: "Alla hos leverantören och dess underleverantörer som kan få tillgång till uppgifterna ska vara bundna av skriftliga sekretessförbindelser eller lagstadgad tystnadsplikt, med behörighet efter behov.",
    en: "Everyone at the supplier and its sub-contractors who can access the data is bound by a written confidentiality undertaking or a statutory duty, with need-to-know access.",
  },
  why: {
    sv: "Art. 28.3 b GDPR kräver att behöriga personer åtagit sig konfidentialitet. Myndigheten kan behöva visa vilka personer som haft tillgång och att de är bundna, och vid säkerhetsskydd krävs dessutom säkerhetsprövning.",
    en: "GDPR Art. 28(3)(b) requires authorised persons to have committed themselves to confidentiality. The buyer may need to show who had access and that they are bound; security protection also requires vetting.",
  },
  references: ["GDPR art. 28.3 b", "Lag (2020:914) om tystnadsplikt vid utkontraktering", "Säkerhetsskyddslagen (2018:585) 3 kap."],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Personal med tillgång är bunden av sekretessförbindelse eller tystnadsplikt.",
      en: "Staff with access are bound by confidentiality undertakings or a statutory duty.",
    },
    weak: {
      sv: "Personalens sekretess är bara delvis reglerad (information om sekretess, enstaka personer eller bara om lokal lag kräver det).",
      en: "Staff confidentiality is only partly regulated (staff merely informed, a single person, or only where local law requires).",
    },
    contrary: {
      sv: "Avtalet undantar personal eller underleverantörer från sekretessförbindelser.",
      en: "The agreement exempts staff or sub-contractors from confidentiality undertakings.",
    },
    missing: {
      sv: "Avtalet säger inget om sekretessförbindelser för personal med tillgång.",
      en: "The agreement says nothing about confidentiality undertakings for staff with access.",
    },
  },
  remediation: {
    sv: "Kräv att all personal och underleverantörers personal med tillgång undertecknar sekretessförbindelser (som kunden kan begära ut), att behörighet ges efter behov och att en rollförteckning finns; vid säkerhetsskydd även säkerhetsprövning.",
    en: "Require signed confidentiality undertakings (available on request) from all supplier and sub-contractor staff with access, need-to-know access and a list of roles; vetting where security protection applies.",
  },
  placement: {
    sv: "Sekretessavsnittet eller biträdesavtalets avsnitt om personal och behörighet.",
    en: "The confidentiality section, or the staff and access section of the data processing terms.",
  },
  signals: [
    {
      status: "met",
      means: "Staff (or persons authorised to process) are bound by a confidentiality undertaking, agreement or statutory duty.",
      all: [BOUND_TO_CONFIDENTIALITY_EN, STAFF_EN],
      none: [AUDITOR, NOT_BOUND_EN, NOT_STAFF_SECRECY],
    },
    {
      status: "met",
      means: "Staff sign secrecy agreements / sekretessförbindelser or are under tystnadsplikt (Swedish wording).",
      all: [BOUND_TO_CONFIDENTIALITY_SV, STAFF_ALL_SV],
      none: [AUDITOR, NOT_BOUND_SV, NOT_STAFF_SECRECY],
    },
    {
      status: "met",
      means: "Persons (plural, committed or subject to a confidentiality obligation) where the subject was cut off by a line break in the source.",
      lang: "en",
      all: [["are subject to ~1 confidentiality obligation*", "are bound by ~1 confidentiality obligation*", "have committed themselves to confidentiality", "have signed ~2 confidentiality"]],
      none: [AUDITOR, NOT_BOUND_EN, NOT_STAFF_SECRECY, ["parties", "party", "data", "information", "content"]],
    },
    {
      status: "weak",
      means: "Staff are only informed of secrecy rules or the confidential nature of the data.",
      all: [[...INFORM_STAFF_SV, ...INFORM_STAFF_EN]],
    },
    {
      status: "weak",
      means: "Only a single auditor or third party signs a non-disclosure agreement.",
      all: [AUDITOR, [...BOUND_TO_CONFIDENTIALITY_EN, ...BOUND_TO_CONFIDENTIALITY_SV]],
      none: [["the customer's auditor", "customer's auditor", "auditor ~3 mandated by the customer", "selected by the ~2 customer", "chosen by the customer", "beställarens revisor*"]],
    },
    {
      status: "weak",
      means: "Staff are named in a plain non-disclosure duty without any undertaking of their own.",
      lang: "en",
      all: [STAFF_NON_DISCLOSURE_EN, NON_DISCLOSURE_EN],
      none: [BOUND_TO_CONFIDENTIALITY_EN],
    },
    {
      status: "weak",
      means: "Undertakings only where local law requires them.",
      all: [[...BOUND_TO_CONFIDENTIALITY_EN, ...BOUND_TO_CONFIDENTIALITY_SV], ONLY_IF_LAW],
      capsAtWeak: true,
    },
  ],
  examples: [],
};
