// A1: the customer, or an auditor it appoints, may audit and inspect the supplier (and its sub-processors).
import { CUSTOMER_EN, CUSTOMER_SV, EXTERNAL_REFERENCE, NEGATION_EN, NEGATION_SV, SUPPLIER_EN, SUPPLIER_SV } from "../common";
import type { Rule, Terms } from "../types";

// The control act itself: audit, inspection, site visit (revision, granskning, inspektion, platsbesök, tillträde och insyn).
// A bare "on site" is not used: consultants also work on site.
const AUDIT_EN: Terms = ["audit", "audits", "auditing", "inspect", "inspection*", "site visit*"];
const AUDIT_STRONG_SV: Terms = [
  "revision", "revisionen", "revisioner", "revisionerna", "revisionsrätt*", "*revision", "*revisioner", "*revisionen", "*revisionerna",
  "inspektion*", "platsbesök*", "tillträde ~3 insyn", "insyn i ~4 verksamhet*",
];
// "granska" is also used for reviewing tenders or documents: it counts only when what is examined is the supplier's side.
const REVIEW_SV: Terms = ["granska", "granskning*"];
const AUDIT_SV: Terms = [...AUDIT_STRONG_SV, ...REVIEW_SV];
const SUPPLIER_SIDE_SV: Terms = [...SUPPLIER_SV, "tjänst*", "behandling*", "verksamhet*", "system*", "lokaler*", "anläggning*", "driftmiljö*"];
const TENDER: Terms = ["anbud*", "tilldelning*", "utvärdering*", "anbudsgivar*"];

// Wording that grants the control act to the buyer or has the supplier submit to it ("allow for and contribute to audits").
const GRANT_EN: Terms = [
  "allow*", "permit*", "submit to", "submit its", "contribute to", "right to", "rights to", "audit right*", "may conduct", "may audit", "may inspect",
  "may perform", "may carry out", "entitled to", "enabl*", "facilitat*", "cooperate with", "co operate with", "may choose to conduct",
  "mandate an independent auditor", "conducted by ~3 customer*", "conducted by ~3 controller*", "conducted by ~3 client*",
];
const GRANT_SV: Terms = [
  "rätt att", "rätt till", "rätten till", "äger rätt", "har rätt", "får ~3 genomföra", "möjliggöra", "bidra till", "ge ~8 tillträde", "medverka vid",
  "tillåta", "behjälplig vid", "genomföras av", "genomförs av", "möjlighet att", "ge ~6 möjlighet",
];

// Who acts or is audited: a party, or an auditor appointed for the buyer (the sentence must be about the parties).
const PARTY_EN: Terms = [...CUSTOMER_EN, ...SUPPLIER_EN, "data importer", "independent auditor*", "third party auditor*"];
const PARTY_SV: Terms = [...CUSTOMER_SV, ...SUPPLIER_SV, "oberoende revisor*", "granskare", "ombud", "revisor*"];

// Audits that are not control of a data service: books and records, rent, royalties, invoices; audits by a regulator.
const BOOKS_EN: Terms = ["books and records", "books, records", "accounting records", "financial records", "royalt*", "rent", "invoic*", "tax*", "fees due"];
const BOOKS_SV: Terms = ["redovisning*", "bokföring*", "räkenskap*", "faktur*", "administrativ* ersättning*"];
// Audits by a regulator are not the buyer's right; a sentence that names the buyer together with regulators still counts.
const OTHER_AUDIT_EN: Terms = [
  ...BOOKS_EN, "supervisory authorit* ~6 audit*", "audit* ~6 by ~3 supervisory authorit*", "regulatory audit*", "regulator* ~3 audit*",
  "audit* ~6 by ~3 regulator*",
];
const OTHER_AUDIT_SV: Terms = [...BOOKS_SV, "tillsynsmyndighet* ~6 granskning*", "granskning* ~6 tillsynsmyndighet*", "tillsynsmyndighet* ~6 revision*", "skattemyndighet*"];

// The wrong direction: the supplier (licensor, landlord) audits or inspects the buyer.
const WRONG_DIRECTION_EN: Terms = [
  "inspect ~3 licensee*", "inspect ~3 tenant*", "audit ~3 licensee*", "premises ~4 licensee*", "premises ~4 tenant*",
  "chosen by ~1 licensor*", "appointed by ~1 licensor*", "audit* ~2 customer* ~1 use", "audit* ~2 your use", "audit* ~2 licensee* ~1 use",
  "verify ~3 customer* ~2 compliance with ~3 licen*", "inspect ~2 customer* ~2 premises", "inspect ~2 customer* ~2 equipment",
];
// The supplier's own internal audits, or its audits of its own sub-processors, are not the buyer's control right.
const OWN_AUDIT: Terms = [
  // "audit its sub-processors" / "audits of its sub-processors" — but not "audit the Supplier and its sub-processors" (the buyer's right).
  "internal audit*", "own audit*", "audit* its ~2 sub processor*", "audit* its ~2 subprocessor*", "audit* its ~2 subcontractor*",
  "audit* of its ~2 sub processor*", "audit* of its ~2 subprocessor*", "audit* of its ~2 subcontractor*",
  "intern* revision*", "internrevision*", "egen revision", "egna revisioner",
];
const WRONG_DIRECTION_SV: Terms = ["granska ~3 kund* ~2 användning", "revision* hos ~2 kund*", "revision* hos ~2 beställar*", "kontrollera ~3 kund* ~2 licens*"];

// Negations the shared lists lack ("Nothing in this DPA will require Supplier to allow audits").
const NEGATION_EXTRA_EN: Terms = [...NEGATION_EN, "nothing"];

// Qualifiers that reduce the audit to reading the supplier's own material or make it exceptional, rare or costly.
const AUDIT_QUALIFIER_EN: Terms = [
  "satisfied by", "satisfies", "satisfy ~6 by providing", "deemed ~3 satisf*", "shall satisfy", "will satisfy", "in lieu of", "instead", "insufficient", "not sufficient", "sufficient evidence", "sufficient information",
  "cannot reasonably be satisfied", "only to the extent", "customer* ~2 expense", "customer* ~2 cost", "client* ~2 expense", "client* ~2 cost",
  "controller* ~2 expense", "controller* ~2 cost", "exporter* ~2 expense", "customer* ~4 responsible for ~4 cost*", "customer* ~4 responsible for ~4 fee*",
  "no more than once", "not more than once", "once per", "once a year", "once every", "once in any", "one audit per", "audit per year",
  "audits per year", "may charge", "charge a fee", "reimburse ~6 cost*", "legitimate reason", "reason to suspect", "reasonable suspicion",
  "summary", "may object to ~4 auditor*", "sole discretion",
];
const AUDIT_QUALIFIER_SV: Terms = [
  "kan uppfylla ~8 genom att", "får uppfylla ~8 genom att", "i stället för", "istället för", "högst en gång", "en gång per", "en gång om året",
  "kund* ~1 bekostnad", "beställar* ~1 bekostnad", "personuppgiftsansvarig* ~1 bekostnad", "kund* ~3 kostnad*", "skälig misstanke", "befogad misstanke",
  "endast om", "endast i den mån", "sammanfattning*", "otillräcklig*", "inte ~3 tillräcklig*",
];

// A yearly cap is acceptable when audits after incidents stay possible (the red flag is a cap *without* that exception).
const INCIDENT_EXCEPTION: Terms = ["after ~4 incident*", "following ~4 incident*", "in the event of ~4 incident*", "efter ~4 *incident*", "vid ~4 *incident*", "vid ~3 misstanke", "at any time after"];

// "The processor may fulfil its obligations under this section by providing …": the audit duty becomes a document duty.
const SUBSTITUTE_PERFORMANCE: Terms = [
  "uppfylla sina skyldigheter ~4 genom att tillhandahålla", "uppfylla sina åtaganden ~4 genom att tillhandahålla", "satisfy its obligations ~4 by providing",
  "meet its obligations ~4 by providing", "fulfil* its obligations ~4 by providing", "discharge its obligations ~4 by providing",
];

// An on-site inspection named in the text (it addresses the topic even where the grant is unclear).
const ON_SITE: Terms = ["onsite inspection*", "on site inspection*", "onsite audit*", "on site audit*", "inspektion* på plats", "platsbesök*", "revision* på plats"];

// The audit right lives in another document (the main agreement, a web page): at most weak.
const ELSEWHERE: Terms = ["huvudavtalet", "huvudavtal", "main agreement", "principal agreement", "master agreement", ...EXTERNAL_REFERENCE];

// Supplier-friendly substitutes for an audit: only information "necessary to demonstrate compliance" (Art. 28(3)(h) first half).
const INFORMATION_ONLY: Terms = [
  "information necessary to demonstrate", "information ~3 necessary to demonstrate", "information som krävs för att visa", "information som behövs för att visa",
  "information ~4 för att visa att",
];

// Express exclusions of audits: the buyer has no way to check the supplier.
const NO_AUDIT_EN: Terms = [
  "no right to audit", "no audit right*", "no right ~3 to audit", "waive* ~4 audit right*", "not be entitled to audit", "not entitled to audit",
  "no on site audit*", "no onsite audit*", "no on site inspection*",
];
const NO_AUDIT_SV: Terms = ["ingen revisionsrätt", "ingen rätt ~3 granska", "ingen rätt till ~2 revision*", "avstår ~4 revisionsrätt*", "inte rätt att ~3 revision*", "inte rätt att ~2 granska"];
const EXCEPTION: Terms = ["except", "unless", "other than", "save", "utom", "förutom", "annat än", "såvida", "om inte"];

export const auditRight: Rule = {
  id: "control-rights/audit-right",
  area: "control-rights",
  code: "A1",
  title: { sv: "Revisionsrätt", en: "Audit and inspection right" },
  requirement: {
    sv: "Kunden, eller en oberoende revisor som kunden utser, får granska och inspektera leverantören och dess underbiträden, även på plats.",
    en: "The customer, or an independent auditor it appoints, may audit and inspect the supplier and its sub-processors, including on site.",
  },
  why: {
    sv: "Personuppgiftsbiträdet ska möjliggöra och bidra till granskningar, inklusive inspektioner (art. 28.3 h GDPR). Utan egen revisionsrätt kan myndigheten inte kontrollera att säkerhets- och sekretesslöften hålls, och brister i revisionsrätt är ett återkommande problem i offentliga molnavtal.",
    en: "A processor must allow for and contribute to audits, including inspections (GDPR Art. 28(3)(h)). Without its own audit right the buyer cannot check that security and confidentiality promises are kept; weak audit rights are a recurring public-sector gap.",
  },
  references: ["GDPR art. 28.3 h", "EDPB Guidelines 07/2020", "SKL Molntjänster i kommuner och regioner (2018)"],
  aspects: ["K", "R"],
  critical: false,
  messages: {
    met: {
      sv: "Kunden, eller en revisor som kunden utser, har rätt att granska och inspektera leverantören.",
      en: "The customer, or an auditor it appoints, may audit and inspect the supplier.",
    },
    weak: {
      sv: "Revisionsrätten är begränsad: den kan ersättas av leverantörens egna rapporter, gäller bara i undantagsfall, sällan eller på kundens bekostnad, eller finns bara i ett annat dokument.",
      en: "The audit right is limited: it can be replaced by the supplier's own reports, applies only exceptionally, rarely or at the customer's cost, or exists only in another document.",
    },
    contrary: {
      sv: "Avtalet utesluter kundens rätt till revision eller inspektion.",
      en: "The agreement excludes the customer's right to audit or inspect.",
    },
    missing: {
      sv: "Avtalet ger inte kunden någon rätt att granska eller inspektera leverantören.",
      en: "The agreement gives the customer no right to audit or inspect the supplier.",
    },
  },
  remediation: {
    sv: "Ge kunden eller en oberoende revisor som kunden utser rätt att genomföra revision, inklusive inspektion på plats, minst årligen samt efter incidenter och väsentliga förändringar, under sekretess och med omfattning även av underbiträden. Tredjepartsrapporter får ersätta revision endast om deras omfattning täcker den upphandlade tjänsten.",
    en: "Give the customer, or an independent auditor it appoints, the right to audit, including on-site inspection, at least yearly and after incidents or material changes, under confidentiality and covering sub-processors. Third-party reports may replace an audit only if their scope covers the procured service.",
  },
  placement: {
    sv: "Avsnittet om revision och kontroll (Revision/Granskning) i avtalet eller personuppgiftsbiträdesavtalet.",
    en: "The audit and inspection section of the agreement or the data processing agreement.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier must allow audits or inspections by the customer or an auditor acting for it.",
      all: [AUDIT_EN, GRANT_EN, PARTY_EN],
      none: [NEGATION_EXTRA_EN, OTHER_AUDIT_EN, WRONG_DIRECTION_EN, OWN_AUDIT, NO_AUDIT_EN, ELSEWHERE],
    },
    {
      status: "met",
      means: "Leverantören ska ge kunden eller dess revisor rätt till revision, inspektion eller tillträde och insyn.",
      all: [AUDIT_STRONG_SV, GRANT_SV, PARTY_SV],
      none: [NEGATION_SV, OTHER_AUDIT_SV, WRONG_DIRECTION_SV, OWN_AUDIT, NO_AUDIT_SV, ELSEWHERE, TENDER],
    },
    {
      status: "met",
      means: "Kunden har rätt att granska leverantörens verksamhet, tjänst eller behandling.",
      all: [REVIEW_SV, GRANT_SV, SUPPLIER_SIDE_SV],
      none: [NEGATION_SV, OTHER_AUDIT_SV, WRONG_DIRECTION_SV, OWN_AUDIT, NO_AUDIT_SV, ELSEWHERE, TENDER],
    },
    {
      status: "weak",
      means: "The audit is replaced or limited by the supplier's own reports, a precondition, a frequency cap or the customer's cost.",
      all: [AUDIT_EN, AUDIT_QUALIFIER_EN],
      none: [BOOKS_EN, WRONG_DIRECTION_EN, INCIDENT_EXCEPTION],
      capsAtWeak: true,
    },
    {
      status: "weak",
      means: "Revisionen kan ersättas av leverantörens egna intyg, begränsas till vissa fall, sker sällan eller på kundens bekostnad.",
      all: [AUDIT_SV, AUDIT_QUALIFIER_SV],
      none: [BOOKS_SV, WRONG_DIRECTION_SV, INCIDENT_EXCEPTION],
      capsAtWeak: true,
    },
    {
      status: "weak",
      means: "The audit right is only referred to in another document (the main agreement or a web page).",
      all: [[...AUDIT_EN, ...AUDIT_SV], ELSEWHERE],
      none: [BOOKS_EN, BOOKS_SV, WRONG_DIRECTION_EN],
      capsAtWeak: true,
    },
    {
      status: "weak",
      means: "The supplier may discharge its audit duty by handing over documents of its choice (certificates, reports, answers).",
      all: [SUBSTITUTE_PERFORMANCE],
      capsAtWeak: true,
    },
    {
      status: "weak",
      means: "An on-site inspection is mentioned, but not as a right the customer holds.",
      all: [ON_SITE],
      none: [BOOKS_EN, BOOKS_SV, WRONG_DIRECTION_EN, WRONG_DIRECTION_SV, OWN_AUDIT],
    },
    {
      status: "weak",
      means: "The supplier only makes available the information needed to demonstrate compliance, with no audit.",
      all: [INFORMATION_ONLY, [...CUSTOMER_EN, ...CUSTOMER_SV, "organisation*", "exporter"]],
    },
    {
      status: "contrary",
      means: "An express exclusion or waiver of the customer's audit right.",
      all: [[...NO_AUDIT_EN, ...NO_AUDIT_SV]],
      none: [EXCEPTION],
    },
  ],
  examples: [
    { lang: "en", text: "[[The Buyer may audit the Provider and its subcontractors, including by on-site inspection.]]", expect: "met" },
    { lang: "en", text: "The Provider shall regularly audit its subprocessors for compliance with this DPA.", expect: "missing", note: "The supplier's audit of its own sub-processors is not the buyer's right." },
    {
      lang: "en",
      text: "[[The Buyer, or an auditor it appoints, may inspect the Provider's facilities once per year and at any time after a security incident.]]",
      expect: "met",
      note: "A yearly cap with an incident exception is not a limiting qualifier.",
    },
    { lang: "sv", text: "[[Kommunen eller en revisor som Kommunen utser har rätt att genomföra revision hos Leverantören en gång per år samt efter en säkerhetsincident.]]", expect: "met" },
    {
      lang: "sv",
      text: "Parterna ska samarbeta i god anda. [[Beställaren, eller en oberoende revisor som Beställaren utser, har rätt att genomföra revision av Leverantörens behandling, inklusive inspektion på plats.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören ska ge Kunden och dess ombud tillträde till och insyn i sin och underleverantörernas verksamhet.]]", expect: "met" },
    {
      lang: "sv",
      text: "Kunden har rätt att genomföra granskning hos Leverantören.\n[[Leverantören kan i stället för granskning uppfylla sina skyldigheter genom att lämna ett intyg från en oberoende revisor.]]",
      expect: "weak",
    },
    { lang: "sv", text: "[[Kunden får utföra granskning av behandlingen enligt avsnitt 9 i huvudavtalet.]]", expect: "weak" },
    { lang: "sv", text: "[[Kunden har ingen revisionsrätt enligt detta avtal.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören har rätt att granska Kundens användning av licenserna en gång per år.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska genomföra en årlig intern revision av sitt ledningssystem och åtgärda avvikelser.", expect: "missing" },
    { lang: "sv", text: "Revisionen av leverantörens redovisning av den administrativa ersättningen sker årligen.", expect: "missing" },
    { lang: "sv", text: "Beställaren har rätt att granska anbuden innan tilldelningsbeslut fattas.", expect: "missing" },
    {
      lang: "en",
      text: "[[The Supplier shall allow for and contribute to audits, including inspections, conducted by the Customer or an independent auditor mandated by the Customer.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Customer may audit Provider's compliance with this DPA, including by on-site inspection of the facilities used for the Services.]]", expect: "met" },
    {
      lang: "en",
      text: "Processor shall permit audits by the Controller.\n[[Customer agrees that its audit rights will be satisfied by the Processor providing its most recent third-party audit report.]]",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[Customer may conduct up to one audit per year, at Customer's sole expense, to verify Vendor's compliance.]]",
      expect: "weak",
    },
    { lang: "en", text: "[[Customer shall have no right to audit Provider or its facilities.]]", expect: "contrary" },
    { lang: "en", text: "Licensor may audit Customer's use of the Software to verify compliance with the licence terms.", expect: "missing" },
    { lang: "en", text: "Buyer shall have the right to audit the books and records of Seller relating to the invoiced amounts.", expect: "missing" },
    { lang: "en", text: "Nothing in this Agreement entitles the Customer to audit the Supplier's premises.", expect: "missing" },
    { lang: "en", text: "Supplier shall carry out an internal audit of its information security controls at least annually.", expect: "missing" },
    { lang: "en", text: "The consultants shall be allowed to work on site at the Customer's premises three days a week.", expect: "missing" },
    {
      lang: "en",
      text: "[[The Contractor shall permit the Authority, its auditors and regulators to inspect the Contractor's premises and systems used for the Services.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Customer acknowledges that Provider's annual ISO 27001 surveillance audit satisfies Customer's audit rights.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[Customer may appoint an auditor to review Supplier's controls once the Supplier has had an opportunity to comment on the scope.]]",
      expect: "todo-met",
      note: "'review' of controls by an appointed auditor without the words audit/inspect is not recognised; adding 'review' would catch document reviews.",
    },
  ],
};
