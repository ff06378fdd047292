// A2: the supplier keeps named security certifications or attestations for the service and delivers the reports.
import { NEGATION_EN, NEGATION_SV } from "../common";
import type { Rule, Terms } from "../types";

// Named, externally audited security standards and attestations (ISO/IEC 27001 family, SOC 2, ISAE 3402, BSI C5 …).
// "*27001" also matches "ISO27001"; bare "C5" and "ISO" are too ambiguous on their own (section numbers, quality ISO 9001).
const NAMED_CERT: Terms = [
  "*27001", "*27002", "*27017", "*27018", "*27701", "*22301", "SOC 1", "SOC 2", "SOC 3", "SOC1", "SOC2", "SOC3", "ISAE 3402", "ISAE 3000", "ISAE3402",
  "SSAE 16", "SSAE 18", "SSAE16", "SSAE18", "BSI C5", "C5 ~2 attest*", "C5 ~2 report*", "C5 ~2 certifi*", "C5 testat*", "SecNumCloud", "FedRAMP",
  "CSA STAR", "Cyber Essentials", "PCI DSS",
];

// The supplier holds, keeps or hands over the certification or report (a commitment, not a mention).
const COMMIT: Terms = [
  "maintain*", "hold", "holds", "held by", "is certified", "are certified", "be certified", "remain certified", "provid*", "make ~4 available",
  "made available", "deliver*", "upon ~3 request", "on request", "annual*", "yearly", "each year", "every year", "keep*", "obtain*", "achiev*",
  "innehar", "inneha", "innehålla", "upprätthåll*", "certifierad", "certifierade", "certifierat", "tillhandahåll*", "lämna*", "överlämna*", "redovisa*",
  "uppvisa*", "på begäran", "årlig*", "varje år", "bibehåll*",
];

// Certification and attestation words, for the weaker signals.
const CERT_WORD: Terms = ["certif*", "certifi*", "certifikat*", "attestation*", "attestering*", "intyg*"];
// Context that makes a certificate a security one (not a tax, insurance, origin or deletion certificate).
const SECURITY_CONTEXT: Terms = [
  "security", "säkerhet*", "informationssäkerhet*", "ISMS", "ledningssystem*", "third party", "tredjepart*", "independent", "oberoende", "audit*",
  "revision*", "scope", "tillämpningsområde*", "compliance",
];
// Certificates that are not about security assurance of the service.
const OTHER_CERTIFICATE: Terms = [
  "delet*", "destruct*", "destroy*", "radering*", "raderat", "förstör*", "insurance", "försäkring*", "tax*", "skatt*", "origin", "customs",
  "certified mail", "registered mail", "certify to", "certify that", "certifies that", "konsult*", "consultant*", "trainer*", "MVP",
  "estoppel", "privacy shield", "data privacy framework", "self certif*",
];

// Penetration tests and third-party audit reports: assurance below a certification.
const TEST_OR_REPORT: Terms = [
  "penetration test*", "penetrationstest*", "pentest*", "penetration testing", "vulnerability scan*", "sårbarhetsskanning*", "sårbarhetstest*",
];
const AUDIT_REPORT: Terms = ["audit report*", "revisionsrapport*", "attestation report*", "assurance report*", "granskningsrapport*"];
const REPORT_SOURCE: Terms = [
  "third party", "independent", "oberoende", "tredjepart*", "external*", "extern*", "summary", "sammanfattning*", "certif*", "its audit report*",
  "sina revisionsrapporter",
];

// Qualifiers: the certification is optional, conditional, only "aligned", only a summary, or only one option among others.
const CERT_QUALIFIER: Terms = [
  "if any", "if a service is certified", "where ~3 is certified", "if ~3 is certified", "aligned with", "in line with", "based on", "or an equivalent",
  "or equivalent", "equivalent standard", "summary", "summaries", "may instead", "motsvarande standard", "i linje med", "baserat på",
  "sammanfattning*", "i tillämpliga delar", "where feasible",
];

// The supplier reserves the right to drop a certification: the assurance can disappear during the contract.
// A certificate scoped to a data centre, a hosting sub-supplier or the group says little about the service itself.
const SCOPE_ELSEWHERE: Terms = [
  "data centre operations", "data center operations", "its data centres", "its data centers", "datacenterverksamhet*", "hosting provider*",
  "driftleverantör*", "parent company", "moderbolag*", "group company", "koncernbolag*", "for its data cent*",
];
const LAPSE: Terms = [
  "may discontinue", "may cease", "may withdraw", "no obligation to maintain", "not obliged to maintain", "not required to maintain",
  "may ~3 lapse", "får upphöra", "får låta ~3 upphöra", "har rätt att avveckla", "ingen skyldighet att ~3 upprätthålla",
];

export const securityCertification: Rule = {
  id: "control-rights/security-certification",
  area: "control-rights",
  code: "A2",
  title: { sv: "Säkerhetscertifieringar och rapporter", en: "Security certifications and reports" },
  requirement: {
    sv: "Leverantören har namngivna certifieringar eller granskningsrapporter (t.ex. ISO/IEC 27001, SOC 2) som omfattar den upphandlade tjänsten och lämnar aktuella rapporter årligen.",
    en: "The supplier keeps named certifications or attestations (e.g. ISO/IEC 27001, SOC 2) covering the procured service and delivers current reports every year.",
  },
  why: {
    sv: "KLASSA:s säkerhetskrav bygger på ISO/IEC 27001/27002, och en oberoende certifiering är kundens enklaste belägg för att säkerhetsåtgärderna finns. Certifikatets tillämpningsområde måste täcka just den tjänst som köps, annars säger det inget om den.",
    en: "KLASSA security requirements build on ISO/IEC 27001/27002, and an independent certification is the buyer's simplest evidence that security controls exist. The certificate's scope must cover the service bought, or it says nothing about it.",
  },
  references: ["KLASSA (SKR)", "ISO/IEC 27001", "GDPR art. 28.1, 32, 42"],
  aspects: ["K", "R", "T"],
  critical: false,
  messages: {
    met: {
      sv: "Leverantören åtar sig att inneha namngivna säkerhetscertifieringar eller lämna granskningsrapporter.",
      en: "The supplier commits to hold named security certifications or to provide attestation reports.",
    },
    weak: {
      sv: "Certifieringar eller rapporter nämns, men utan namngiven standard, utan leveransskyldighet, bara som sammanfattning eller bara som ett alternativ bland flera.",
      en: "Certifications or reports are mentioned, but without a named standard, without a duty to deliver, only as a summary or only as one option among several.",
    },
    contrary: {
      sv: "Leverantören förbehåller sig rätten att låta certifieringar upphöra.",
      en: "The supplier reserves the right to let certifications lapse.",
    },
    missing: {
      sv: "Avtalet nämner inga säkerhetscertifieringar eller granskningsrapporter.",
      en: "The agreement mentions no security certifications or attestation reports.",
    },
  },
  remediation: {
    sv: "Ange vilka certifieringar och rapporter som krävs (t.ex. ISO/IEC 27001, SOC 2 Typ II) och att deras tillämpningsområde ska omfatta tjänsten; kräv årlig leverans av rapporter samt underrättelse och rätt att säga upp avtalet om en certifiering upphör eller begränsas.",
    en: "Name the required certifications and reports (e.g. ISO/IEC 27001, SOC 2 Type II) and require their scope to cover the service; require yearly delivery of reports, and notice plus a termination right if a certification lapses or its scope shrinks.",
  },
  placement: {
    sv: "Avsnittet om informationssäkerhet eller säkerhetsåtgärder, ofta i en säkerhetsbilaga.",
    en: "The information security or security measures section, often a security annex.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier holds, keeps or delivers a named security certification or attestation.",
      all: [NAMED_CERT, COMMIT],
      none: [NEGATION_EN, NEGATION_SV, OTHER_CERTIFICATE],
    },
    {
      status: "weak",
      means: "A named security standard is mentioned without a commitment to hold it or deliver reports.",
      all: [NAMED_CERT],
      none: [OTHER_CERTIFICATE],
    },
    {
      status: "weak",
      means: "A security certification, attestation or certified management system is mentioned without naming the standard.",
      all: [CERT_WORD, SECURITY_CONTEXT],
      none: [OTHER_CERTIFICATE],
    },
    {
      status: "weak",
      means: "Only penetration tests or vulnerability scans, or third-party audit reports, are promised.",
      all: [TEST_OR_REPORT],
      none: [NEGATION_EN, NEGATION_SV],
    },
    {
      status: "weak",
      means: "Audit reports of a third party, or a summary of them, are made available.",
      all: [AUDIT_REPORT, REPORT_SOURCE],
    },
    {
      status: "weak",
      means: "The certification is optional, conditional, merely 'aligned with' a standard or replaced by a summary.",
      all: [[...NAMED_CERT, ...CERT_WORD, ...AUDIT_REPORT], CERT_QUALIFIER],
      none: [OTHER_CERTIFICATE],
      capsAtWeak: true,
    },
    {
      status: "weak",
      means: "The certificate covers someone else's scope (the hosting provider's data centres, the parent company), not the procured service.",
      all: [[...NAMED_CERT, ...CERT_WORD], SCOPE_ELSEWHERE],
      none: [OTHER_CERTIFICATE, ["covers the service*", "omfattar tjänsten*", "scope covers", "including the service*"]],
      capsAtWeak: true,
    },
    {
      status: "contrary",
      means: "The supplier may drop or let certifications lapse.",
      all: [[...NAMED_CERT, ...CERT_WORD], LAPSE],
      none: [OTHER_CERTIFICATE],
    },
  ],
  examples: [
    { lang: "sv", text: "[[Leverantörens driftleverantör är certifierad enligt ISO/IEC 27001 för sin datacenterverksamhet.]]", expect: "weak", note: "The certificate does not cover the procured service." },
    { lang: "en", text: "[[Our hosting provider is certified to ISO/IEC 27001 for its data centre operations.]]", expect: "weak" },
    { lang: "sv", text: "Leverantören ansvarar för driften. [[Leverantören ska under hela avtalstiden vara certifierad enligt ISO/IEC 27001 för tjänsten.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören ska årligen överlämna en SOC 2 Typ II-rapport till Kunden.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören har ett ledningssystem för informationssäkerhet som är certifierat av tredje part.]]", expect: "weak" },
    {
      lang: "sv",
      text: "[[Leverantören ska upprätthålla ett ledningssystem för informationssäkerhet i linje med ISO 27001.]]",
      expect: "weak",
    },
    { lang: "sv", text: "[[Leverantören får låta certifieringen upphöra under avtalstiden.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören ska på begäran lämna ett intyg om att all data har raderats.", expect: "missing" },
    { lang: "sv", text: "Offererad konsult ska inneha certifiering som Microsoft Certified Trainer.", expect: "missing" },
    { lang: "en", text: "[[Provider will maintain ISO/IEC 27001 certification for the Services throughout the term.]]", expect: "met" },
    { lang: "en", text: "[[Supplier shall provide its SOC 2 Type II report to Customer upon request.]]", expect: "met" },
    { lang: "en", text: "[[Vendor engages an independent firm to perform penetration tests of the platform at least annually.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[Instead of the certificate, Provider may make available a summary of its third-party audit reports.]]\nSupplier holds ISO 27001 certification.",
      expect: "weak",
    },
    { lang: "en", text: "[[Provider may discontinue any security certification at any time.]]", expect: "contrary" },
    { lang: "en", text: "The processor shall delete the data and certify to the controller that it has done so.", expect: "missing" },
    { lang: "en", text: "Tenant shall provide Landlord with a certificate of insurance before the commencement date.", expect: "missing" },
    {
      lang: "en",
      text: "[[Our data centre providers are certified under recognised security standards.]]",
      expect: "weak",
      note: "Certification of the data centres only (red flag) is weak: a certification is named but not one covering the service.",
    },
  ],
};
