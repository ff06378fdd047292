// D2: everyone at the supplier (and its sub-contractors) with access is bound by a secrecy undertaking or duty.
import type { Rule, Terms } from "../types";
import { BOUND_TO_CONFIDENTIALITY_EN, BOUND_TO_CONFIDENTIALITY_SV, STAFF_EN, STAFF_SV } from "./terms";

// The people the undertaking binds, incl. sub-contractor staff and "the individual" (den enskilde) in Swedish clauses.
const STAFF_ALL_SV: Terms = [...STAFF_SV, "enskilda medarbetare", "respektive konsult", "underleverantör*"];

// An undertaking to respect secrecy laws without a person-level obligation, or a duty only to inform staff: partial.
const INFORM_STAFF_SV: Terms = [
  "uppmärksamma* på ~3 sekretess*", "informera* ~3 om ~3 sekretess*", "informerats om ~4 konfidentiell*", "upplysa* ~3 om ~3 tystnadsplikt*",
  "informera* ~3 om ~3 tystnadsplikt*",
];
const INFORM_STAFF_EN: Terms = ["informed of the confidential nature", "made aware of ~4 confidential*", "inform* ~4 of ~3 confidentiality obligations", "trained on ~3 confidentiality"];

// An auditor or other single third party that signs an NDA: written, but limited to that person.
const AUDITOR: Terms = ["auditor*", "inspector*", "revisor*", "granskare", "third party auditor*"];

// Staff named in a plain non-disclosure duty, without any undertaking of their own ("nor will data be disclosed by VIP, its employees or agents").
const STAFF_NON_DISCLOSURE_EN: Terms = ["its employees", "its personnel", "its staff", "its agents", "employees or agents", "employees and agents"];
const NON_DISCLOSURE_EN: Terms = ["not ~8 disclos*", "nor ~9 disclos*", "never ~8 disclos*", "prevent ~4 disclos*"];

// Undertakings only where local law demands them: the duty depends on the supplier's own legal order.
const ONLY_IF_LAW: Terms = ["where required by ~3 law*", "if required by ~3 law*", "to the extent required by ~3 law*", "as required by local law*", "where local law requires", "om ~3 lag ~2 kräver", "i den mån ~4 lag ~2 kräver"];

// An express exemption ("personnel need not sign confidentiality agreements"); not "replace staff who do not sign".
const EXEMPT: Terms = [
  "behöver inte ~4 sekretess*", "behöver inte ~4 tystnadsförbindelse*", "krävs inte ~3 sekretess*", "är inte skyldig* att ~6 sekretess*",
  "omfattas inte av ~3 tystnadsplikt*", "undantas från ~3 sekretess*", "not ~4 required to sign", "not required to ~4 confidentiality",
  "no obligation to ~4 confidentiality", "need not ~4 confidentiality", "are not bound by ~3 confidentiality", "not be bound by ~3 confidentiality",
  "not be subject to ~3 confidentiality",
];

// Confidentiality of passwords and accounts is the customer's security duty, not a secrecy undertaking.
const NOT_STAFF_SECRECY: Terms = [
  "password*", "credential*", "login", "lösenord*", "end users", "your users", "its users", "you agree", "anbud*", "anbudsöppning*", "sina egna anställda",
  "sin egen personal", "kundens anställda", "kundens personal", "beställarens personal", "its own employees", "its own personnel", "customer's employees",
  "customer’s employees", "customer's personnel", "customer’s personnel",
];

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
      none: [AUDITOR, EXEMPT, NOT_STAFF_SECRECY],
    },
    {
      status: "met",
      means: "Staff sign secrecy agreements / sekretessförbindelser or are under tystnadsplikt (Swedish wording).",
      all: [BOUND_TO_CONFIDENTIALITY_SV, STAFF_ALL_SV],
      none: [AUDITOR, EXEMPT, NOT_STAFF_SECRECY],
    },
    {
      status: "met",
      means: "Persons (plural, committed or subject to a confidentiality obligation) where the subject was cut off by a line break in the source.",
      lang: "en",
      all: [["are subject to ~1 confidentiality obligation*", "are bound by ~1 confidentiality obligation*", "have committed themselves to confidentiality", "have signed ~2 confidentiality"]],
      none: [AUDITOR, EXEMPT, NOT_STAFF_SECRECY, ["parties", "party", "data", "information", "content"]],
    },
    {
      status: "contrary",
      means: "Staff or sub-contractors are expressly exempted from confidentiality undertakings.",
      all: [EXEMPT, [...STAFF_ALL_SV, ...STAFF_EN, "subcontractor*", "sub processor*"]],
      none: [NOT_STAFF_SECRECY],
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
  examples: [
    { lang: "sv", text: "[[Leverantören ska se till att all personal som får tillgång till Kundens uppgifter undertecknar en sekretessförbindelse.]]", expect: "met" },
    { lang: "sv", text: "Uppdraget utförs på plats. [[Konsulten ska före uppdragets start underteckna Beställarens tystnadsförbindelse.]]", expect: "met" },
    { lang: "sv", text: "[[Beställaren får kräva att Leverantören byter ut medarbetare som inte undertecknar sekretessförbindelse.]]", expect: "met", note: "Enforcing undertakings is not an exemption from them." },
    { lang: "sv", text: "[[Leverantören ska informera sin personal om gällande sekretessbestämmelser.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantörens anställda behöver inte underteckna sekretessavtal.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören ska hålla Kundens uppgifter konfidentiella.", expect: "missing", note: "A duty of the supplier itself is D1, not a staff undertaking." },
    { lang: "sv", text: "Kunden ska teckna sekretessavtal med sina egna anställda.", expect: "missing" },
    { lang: "sv", text: "Parterna har tecknat ett sekretessavtal inför förhandlingarna.", expect: "missing" },
    { lang: "en", text: "[[All employees and subcontractors of the Supplier with access to Customer Data shall sign a written confidentiality undertaking before access is granted.]]", expect: "met" },
    { lang: "en", text: "[[The processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.]]", expect: "met" },
    { lang: "en", text: "[[Supplier's personnel shall, where required by local law, sign confidentiality undertakings.]]", expect: "weak" },
    { lang: "en", text: "[[The third party auditor appointed by the Supplier shall enter into a non disclosure agreement with the Customer before any inspection.]]", expect: "weak" },
    { lang: "en", text: "[[Subcontractor personnel are not required to sign confidentiality agreements.]]", expect: "contrary" },
    { lang: "en", text: "Customer shall ensure that its users keep their credentials confidential.", expect: "missing" },
    { lang: "en", text: "The Customer's auditor shall sign a confidentiality agreement with the Supplier before any audit.", expect: "missing" },
    {
      lang: "en",
      text: "[[Access is restricted to staff with a need to know, and each of them has passed a background check.]]",
      expect: "todo-weak",
      note: "Need-to-know access and vetting without an undertaking are a partial D2, but the same words describe many unrelated access-control measures.",
    },
  ],
};
