// Generates the fictional sample contracts in samples/ (.docx, .txt) and their intended statuses from one source.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} = require("docx");

const OUT_DIR = path.join(__dirname, "..", "samples");

/** The 27 requirement ids, in catalogue order (mirrors REQUIREMENT_IDS in src/rules/types.ts). */
const REQUIREMENT_IDS = [
  "control-rights/audit-right",
  "control-rights/security-certification",
  "control-rights/log-access",
  "control-rights/subcontractor-approval",
  "control-rights/no-unilateral-change",
  "control-rights/change-of-control",
  "control-rights/incident-notification",
  "foreign-jurisdiction/governing-law",
  "foreign-jurisdiction/dispute-venue",
  "foreign-jurisdiction/ownership-exposure",
  "foreign-jurisdiction/authority-requests",
  "foreign-jurisdiction/legal-basis-for-disclosure",
  "foreign-jurisdiction/change-in-law",
  "data-location/storage-location",
  "data-location/support-access",
  "data-location/third-country-transfer",
  "data-location/subprocessor-list",
  "data-location/exit-and-export",
  "data-location/deletion",
  "confidentiality/confidentiality-obligation",
  "confidentiality/staff-undertakings",
  "confidentiality/survival",
  "confidentiality/encryption-keys",
  "confidentiality/public-records-requests",
  "confidentiality/disclosure-exceptions",
  "confidentiality/no-secondary-use",
  "confidentiality/security-protection",
];
const CLAUSE_STATUSES = ["met", "weak", "contrary"];

// ---- Source vocabulary: a document is a list of blocks; a body paragraph is a list of parts. ----

const title = (text) => ({ kind: "title", text });
const h1 = (text) => ({ kind: "heading", level: 1, text });
const h2 = (text) => ({ kind: "heading", level: 2, text });
/** A body paragraph. Parts are plain strings or clauses from `c()`, joined with single spaces. */
const p = (...parts) => ({ kind: "body", parts });
const table = (header, rows) => ({ kind: "table", header, rows });
/** One sentence that carries the intended status of one requirement. */
const c = (id, status, text) => ({ id, status, text });

const partText = (part) => (typeof part === "string" ? part : part.text);
const bodyText = (block) => block.parts.map(partText).join(" ");

// ---- Swedish sample: municipality buying a case-management SaaS (9 met, 7 weak, 5 contrary, 6 missing). ----

const SV = {
  file: "molntjanstavtal-utkast",
  lang: "sv-SE",
  title: "Avtal om molntjänst för ärendehantering – UTKAST",
  blocks: [
    title("Avtal om molntjänst för ärendehantering – UTKAST"),
    p("Utkast 0.3, 2025-03-14. Dokumentet är under förhandling och utgör inte ett bindande avtal förrän det har undertecknats av båda parter."),

    h1("1 Parter"),
    table(
      ["Roll", "Part", "Organisationsnummer", "Adress"],
      [
        ["Beställare (nedan Kommunen)", "Norrbacka kommun, kommunstyrelsen", "212000-XXXX", "Rådhustorget 1, 999 31 Norrbacka"],
        ["Leverantör (nedan Leverantören)", "Ärendia Cloud AB", "559XXX-XXXX", "Box 4410, 102 69 Stockholm"],
      ],
    ),
    p("Kommunen och Leverantören benämns nedan gemensamt Parterna och var för sig Part."),

    h1("2 Bakgrund och avtalets omfattning"),
    p("2.1", "Kommunen har genomfört en upphandling av ett ärendehanteringssystem som levereras som molntjänst (diarienummer KS 2024/0917) och har tilldelat Leverantören kontrakt."),
    p("2.2", "Tjänsten ska användas av Kommunens förvaltningar för registrering, handläggning och diarieföring av ärenden, däribland ärenden inom socialtjänst, överförmyndarverksamhet och bygglov."),
    p("2.3", "Avtalet består av detta avtalsdokument och följande bilagor: Bilaga 1 Tjänstebeskrivning, Bilaga 2 Personuppgiftsbiträdesavtal och Bilaga 3 Underbiträden. Vid motstridighet gäller avtalsdokumentet före bilagorna och bilagorna sinsemellan i nummerordning."),

    h1("3 Definitioner"),
    p("I detta avtal har följande begrepp den betydelse som anges nedan."),
    p("Användare: anställd eller uppdragstagare hos Kommunen som har tilldelats ett konto i Tjänsten."),
    p("Kunddata: all information, inklusive personuppgifter, handlingar och metadata, som Kommunen eller Användare för in i Tjänsten eller som skapas i Tjänsten vid Kommunens användning."),
    p("Tjänsten: Leverantörens molnbaserade ärendehanteringssystem Ärendia Ärende enligt Bilaga 1, inklusive support och förvaltning."),
    p("Underbiträde: annan juridisk person som Leverantören anlitar för att behandla Kunddata för Kommunens räkning."),

    h1("4 Avtalstid"),
    p("4.1", "Avtalet träder i kraft när det har undertecknats av båda Parter och gäller i fyra (4) år från den dag Tjänsten tas i drift."),
    p("4.2", "Kommunen har rätt att förlänga avtalet med ett (1) år i taget, högst två (2) gånger. Förlängning ska meddelas skriftligen senast sex (6) månader före avtalstidens utgång."),

    h1("5 Tjänsten och servicenivåer"),
    h2("5.1 Tillgänglighet"),
    p("Tjänsten ska ha en tillgänglighet om minst 99,7 procent per kalendermånad, mätt helgfria vardagar mellan klockan 7 och 18. Planerat underhåll får utföras helgfria vardagar efter klockan 20 och ska aviseras minst fem (5) arbetsdagar i förväg."),
    h2("5.2 Support"),
    p("Leverantören tillhandahåller support på svenska via telefon och webbportal helgfria vardagar mellan klockan 8 och 17. Fel som innebär att Tjänsten inte kan användas ska vara åtgärdade inom fyra (4) timmar från felanmälan."),
    h2("5.3 Vite"),
    p("Om tillgängligheten understiger avtalad nivå har Kommunen rätt till vite motsvarande fem (5) procent av månadsavgiften för varje påbörjad tiondels procentenhet, dock högst femtio (50) procent av månadsavgiften."),

    h1("6 Pris och betalning"),
    p("6.1", "Kommunen betalar en fast månadsavgift om 42 500 kronor exklusive mervärdesskatt för upp till 600 Användare."),
    p("6.2", "Leverantören får justera avgiften en gång per kalenderår med förändringen i konsumentprisindex (KPI), första gången tolv (12) månader efter driftstart."),
    p("6.3", "Betalning sker mot elektronisk faktura trettio (30) dagar netto. Dröjsmålsränta utgår enligt räntelagen (1975:635)."),

    h1("7 Informationssäkerhet och kontroll"),
    p("7.1", "Leverantören ska bedriva ett systematiskt informationssäkerhetsarbete och vidta lämpliga tekniska och organisatoriska åtgärder för att skydda Kunddata mot obehörig åtkomst, förlust och förvanskning."),
    h2("7.2 Kryptering"),
    p(c("confidentiality/encryption-keys", "weak", "Kunddata ska krypteras vid överföring och vid lagring, varvid krypteringsnycklarna genereras, lagras och förvaltas av Leverantören.")),
    h2("7.3 Certifiering"),
    p(c("control-rights/security-certification", "weak", "Leverantörens driftleverantör Nordvik Datacenter AB är certifierad enligt ISO/IEC 27001 för sin datacenterverksamhet, och certifikatet visas för Kommunen på begäran.")),
    h2("7.4 Insyn och granskning"),
    p(c("control-rights/audit-right", "weak", "Kommunens rätt till insyn i hur Leverantören fullgör sina åtaganden enligt detta avtal tillgodoses genom att Leverantören en gång per år överlämnar en sammanfattning av den interna revision av Tjänsten som Leverantören själv har låtit utföra.")),
    h2("7.5 Säkerhetsincidenter"),
    p(
      c("control-rights/incident-notification", "weak", "Leverantören ska underrätta Kommunen om säkerhetsincidenter och personuppgiftsincidenter som berör Kunddata utan onödigt dröjsmål efter att Leverantören har fått kännedom om incidenten."),
      "Underrättelsen ska lämnas till Kommunens informationssäkerhetssamordnare och beskriva vad som har inträffat och vilka åtgärder Leverantören har vidtagit.",
    ),

    h1("8 Personuppgifter och lagringsplats"),
    p("8.1", "Leverantören är personuppgiftsbiträde åt Kommunen. Parternas rättigheter och skyldigheter avseende behandlingen av personuppgifter regleras i Bilaga 2 Personuppgiftsbiträdesavtal."),
    h2("8.2 Lagringsplats"),
    p(
      c("data-location/storage-location", "met", "Kunddata, inklusive säkerhetskopior och replikor, ska lagras och behandlas uteslutande i datacenter belägna i Sverige."),
      "Leverantören får inte flytta Kunddata till ett annat datacenter utan Kommunens skriftliga godkännande.",
    ),
    h2("8.3 Support och fjärråtkomst"),
    p(c("data-location/support-access", "contrary", "Leverantörens globala supportorganisation, med supportcenter i USA, Irland och Indien, får ges åtkomst till Kunddata i den utsträckning det behövs för att lösa supportärenden dygnet runt.")),
    h2("8.4 Överföring till tredjeland"),
    p(c("data-location/third-country-transfer", "weak", "Personuppgifter får överföras till tredjeland om Leverantören har ingått EU-kommissionens standardavtalsklausuler med mottagaren.")),
    h2("8.5 Utlämnande av Kunddata"),
    p(c("foreign-jurisdiction/legal-basis-for-disclosure", "contrary", "Leverantören får lämna ut Kunddata till tredje part om det krävs för att efterkomma begäran från myndighet i vilket land som helst där Leverantören eller dess underbiträden bedriver verksamhet.")),

    h1("9 Underbiträden"),
    p("9.1", c("control-rights/subcontractor-approval", "met", "Leverantören får inte anlita ett nytt underbiträde eller ersätta ett befintligt underbiträde utan Kommunens skriftliga förhandsgodkännande.")),
    p("9.2", "Leverantören ska genom skriftligt avtal ålägga varje underbiträde motsvarande skyldigheter som gäller för Leverantören enligt detta avtal och ansvarar gentemot Kommunen för underbiträdets arbete som för sitt eget."),
    p("9.3", c("data-location/subprocessor-list", "met", "En förteckning över godkända underbiträden, med uppgift om vilken tjänst varje underbiträde utför och i vilket land eller på vilken plats behandlingen sker, finns i Bilaga 3.")),

    h1("10 Sekretess"),
    p(
      "10.1",
      "All Kunddata ska behandlas som konfidentiell.",
      c("confidentiality/confidentiality-obligation", "met", "Leverantören bekräftar att Kunddata kan omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400) och att den personal hos Leverantören som utför arbete enligt avtalet har tystnadsplikt enligt lagen (2020:914) om tystnadsplikt vid utkontraktering av teknisk bearbetning eller lagring av uppgifter."),
    ),
    p("10.2", c("confidentiality/staff-undertakings", "met", "Varje person hos Leverantören eller dess underbiträden som ges åtkomst till Kunddata ska dessförinnan ha undertecknat en skriftlig sekretessförbindelse, och Leverantören ska på begäran överlämna kopior av sekretessförbindelserna till Kommunen.")),
    p("10.3", c("confidentiality/disclosure-exceptions", "contrary", "Sekretessen enligt detta avsnitt gäller inte uppgifter som Leverantören lämnar till sina närstående bolag, revisorer eller rådgivare, eller som Leverantören är skyldig att lämna ut enligt tillämplig lag.")),
    p("10.4", c("confidentiality/survival", "weak", "Sekretessåtagandena enligt detta avsnitt gäller under avtalstiden och därefter i tre (3) år från avtalets upphörande.")),
    p("10.5", c("confidentiality/no-secondary-use", "contrary", "Leverantören har rätt att använda anonymiserade och aggregerade uppgifter om Kommunens användning av Tjänsten för att utveckla och förbättra sina tjänster, inklusive för att träna modeller för maskininlärning.")),

    h1("11 Ändringar och ägarförändringar"),
    p("11.1", c("control-rights/no-unilateral-change", "contrary", "Leverantören äger rätt att ensidigt ändra dessa villkor och tjänstebeskrivningen i Bilaga 1 genom att publicera en ny version på sin webbplats, och ändringen gäller från och med publiceringen.")),
    p("11.2", c("control-rights/change-of-control", "weak", "Leverantören ska skriftligen underrätta Kommunen om en ägarförändring som innebär att bestämmande inflytande över Leverantören övergår till någon annan, senast trettio (30) dagar efter att ägarförändringen har genomförts.")),

    h1("12 Ansvar"),
    p("12.1", "Part ska ersätta den andra Parten för direkt skada som Parten har orsakat genom vårdslöshet."),
    p("12.2", "Parts sammanlagda ansvar per avtalsår är begränsat till ett belopp motsvarande de avgifter som Kommunen har betalat under de tolv (12) månader som föregår den skadegörande händelsen."),
    p("12.3", "Ansvarsbegränsningen gäller inte vid uppsåt eller grov vårdslöshet, vid personskada eller vid brott mot avsnitt 8 eller 10."),
    p("12.4", "Part är befriad från skadestånd och andra påföljder om fullgörandet av en förpliktelse förhindras av en omständighet utanför Partens kontroll som Parten inte skäligen kunde ha förutsett, såsom krig, upplopp, omfattande arbetskonflikt, brand eller naturkatastrof."),

    h1("13 Avtalets upphörande, export och radering"),
    p("13.1", "Part får säga upp avtalet till omedelbart upphörande om den andra Parten väsentligen bryter mot avtalet och inte har vidtagit rättelse inom trettio (30) dagar efter skriftlig anmaning."),
    p("13.2", c("data-location/exit-and-export", "met", "Vid avtalets upphörande ska Leverantören utan extra kostnad lämna ut samtliga Kunddata med tillhörande metadata till Kommunen i ett strukturerat och maskinläsbart format, såsom XML eller JSON, samt bistå Kommunen och en eventuell ny leverantör under en övergångsperiod om högst tre (3) månader.")),
    p("13.3", c("data-location/deletion", "met", "Senast trettio (30) dagar efter att Kommunen har bekräftat att exporten är fullständig ska Leverantören radera samtliga kopior av Kunddata, inklusive säkerhetskopior och kopior hos underbiträden, och lämna ett skriftligt intyg om raderingen till Kommunen.")),

    h1("14 Tillämplig lag och tvister"),
    p("14.1", c("foreign-jurisdiction/governing-law", "met", "Svensk rätt ska tillämpas på detta avtal, inklusive samtliga bilagor.")),
    p("14.2", "Parterna ska i första hand försöka lösa tvister genom förhandling.", c("foreign-jurisdiction/dispute-venue", "met", "Tvist som Parterna inte kan lösa genom förhandling ska avgöras av allmän domstol med Stockholms tingsrätt som första instans.")),

    h1("15 Underskrifter"),
    p("Avtalet undertecknas elektroniskt av behöriga företrädare för Parterna."),
    table(
      ["För Norrbacka kommun", "För Ärendia Cloud AB"],
      [
        ["Ort och datum:", "Ort och datum:"],
        ["Namn och befattning:", "Namn och befattning:"],
      ],
    ),

    h1("Bilaga 3 Underbiträden"),
    p("Förteckningen gäller från avtalets ikraftträdande och får ändras endast enligt punkt 9.1."),
    table(
      ["Underbiträde", "Tjänst", "Land/Plats"],
      [
        ["Nordvik Datacenter AB", "Drift av servrar, lagring och säkerhetskopiering", "Sverige (Stockholm och Västerås)"],
        ["Sigillum ID AB", "Autentisering med e-legitimation", "Sverige (Göteborg)"],
        ["Postflöde Nordic AB", "Utskick av digital post och sms-aviseringar", "Sverige (Sundsvall)"],
        ["Arendia Technologies Inc.", "Andra och tredje linjens support", "USA (Austin, Texas)"],
        ["Arendia Services Ireland Ltd", "Support utanför kontorstid", "Irland (Cork)"],
        ["Arendia Software India Pvt Ltd", "Support utanför kontorstid", "Indien (Pune)"],
      ],
    ),
  ],
};

// ---- English sample: region buying a cloud e-signature service (8 met, 7 weak, 7 contrary, 5 missing). ----

const EN = {
  file: "cloud-service-agreement-draft",
  lang: "en-GB",
  title: "Cloud Service Agreement – Electronic Signature and Document Management – DRAFT",
  blocks: [
    title("Cloud Service Agreement – Electronic Signature and Document Management – DRAFT"),
    p("Draft for negotiation, version 2, 2 April 2025. This draft is based on the Supplier's standard terms with amendments proposed by the Customer and is not binding until signed by both parties."),

    h1("1 Parties"),
    table(
      ["Role", "Party", "Registration", "Address"],
      [
        ["Customer", "Region Västerholm", "Swedish reg. no. 232100-XXXX", "Regionens hus, Box 200, 999 85 Västerholm, Sweden"],
        ["Supplier", "Quillbridge, Inc.", "Delaware file no. XXXXXXX", "18 Harbour Row, Suite 400, Wilmington, Delaware, USA"],
      ],
    ),
    p("The Customer and the Supplier are each referred to as a party and together as the parties."),

    h1("2 Background and scope"),
    p("2.1", "The Customer has awarded the Supplier a contract for a cloud-based electronic signature and document management service following a procurement under the Swedish Public Procurement Act (2016:1145)."),
    p("2.2", "The Services will be used by the Customer's healthcare administration and human resources units to sign, store and retrieve agreements, employment documents and patient referral forms."),
    p("2.3", "This Agreement consists of this document and Schedule 1 (Service Description), Schedule 2 (Data Processing Terms) and Schedule 3 (Ownership and Jurisdiction). In case of conflict, this document prevails over the Schedules."),

    h1("3 Definitions"),
    p("Affiliate means any entity that directly or indirectly controls, is controlled by or is under common control with a party."),
    p("Customer Data means all data, including Personal Data, documents, signatures and metadata, that the Customer or its Users upload to or generate in the Services."),
    p("Personal Data has the meaning given in the General Data Protection Regulation (EU) 2016/679."),
    p("Security Incident means a breach of security leading to the accidental or unlawful loss or alteration of, or unauthorised access to, Customer Data."),
    p("Services means Quillbridge Sign, the Supplier's cloud electronic signature and document management service described in Schedule 1."),
    p("Subprocessor means any third party engaged by the Supplier to process Customer Data."),

    h1("4 Term"),
    p("4.1", "This Agreement enters into force when signed by both parties and continues for an initial term of three (3) years from the go-live date."),
    p("4.2", "The Customer may extend this Agreement by twelve (12) months at a time, no more than twice, by written notice given at least ninety (90) days before expiry."),

    h1("5 Services and service levels"),
    p("5.1", "The Supplier shall provide the Services in accordance with Schedule 1 and the service levels set out in the table below."),
    table(
      ["Service level", "Target", "Service credit"],
      [
        ["Monthly availability", "99.9 %", "5 % of the monthly fee for each 0.1 percentage point below target, capped at 30 %"],
        ["Response to priority 1 support cases", "1 hour, all days", "2 % of the monthly fee for each hour of delay"],
        ["Response to priority 2 support cases", "4 business hours", "None"],
      ],
    ),
    p("5.2", "Service credits are the Customer's sole monetary remedy for failure to meet the service levels, except where the failure amounts to a material breach."),

    h1("6 Fees"),
    p("6.1", "The Customer shall pay an annual subscription fee of SEK 780,000 for up to 4,000 named users, invoiced annually in advance."),
    p("6.2", "Fees are exclusive of VAT. Invoices are payable thirty (30) days net from receipt."),
    p("6.3", "The Supplier may adjust the fees once per year by no more than the change in the Swedish consumer price index (KPI)."),

    h1("7 Security and audit"),
    h2("7.1 Certification"),
    p(c("control-rights/security-certification", "met", "The Supplier shall maintain an ISO/IEC 27001 certification whose scope covers the Services, including hosting, operations and support, and shall deliver the current certificate and its latest SOC 2 Type II report to the Customer every year.")),
    h2("7.2 Audit"),
    p(c("control-rights/audit-right", "met", "The Customer, or an independent auditor appointed by the Customer, may audit the Supplier and its Subprocessors, including by on-site inspection, once per calendar year and at any time after a Security Incident.")),
    h2("7.3 Logs"),
    p(c("control-rights/log-access", "met", "The Customer shall have access, through the administration console, to security and access logs for the Services, including a log of every access to Customer Data by Supplier personnel, and these logs shall be retained for at least twelve (12) months and be exportable.")),
    h2("7.4 Security incidents"),
    p(
      c("control-rights/incident-notification", "met", "The Supplier shall notify the Customer of any Security Incident within twenty-four (24) hours of becoming aware of it."),
      "The notice shall describe the nature of the incident, the categories and approximate volume of data concerned, the likely consequences and the measures taken or proposed.",
    ),
    h2("7.5 Encryption"),
    p(c("confidentiality/encryption-keys", "met", "Customer Data shall be encrypted in transit and at rest, with encryption keys generated and held in a key management service controlled by the Customer, so that the Supplier cannot decrypt Customer Data without the Customer's authorisation.")),

    h1("8 Data protection and data location"),
    p("8.1", "The Supplier processes Personal Data as a processor on behalf of the Customer in accordance with Schedule 2."),
    h2("8.2 Location of processing"),
    p(c("data-location/storage-location", "contrary", "Customer Data may be stored and processed in any country in which the Supplier or its Subprocessors maintain facilities, including the United States.")),
    h2("8.3 Support"),
    p(c("data-location/support-access", "weak", "Support personnel located in Sweden, Ireland and the United States may access Customer Data remotely where needed to resolve a support case.")),
    h2("8.4 International transfers"),
    p(c("data-location/third-country-transfer", "weak", "Transfers of Personal Data to the Supplier in the United States are made in reliance on the Supplier's certification under the EU–US Data Privacy Framework.")),
    h2("8.5 Subprocessors"),
    p(c("control-rights/subcontractor-approval", "weak", "The Supplier may engage a new Subprocessor by giving the Customer at least fourteen (14) days' notice by email, and the Customer may object on reasonable data protection grounds, in which case the parties shall discuss the objection in good faith.")),
    h2("8.6 Use of Customer Data"),
    p(c("confidentiality/no-secondary-use", "met", "The Supplier shall process Customer Data solely to provide the Services to the Customer and shall not use Customer Data, metadata or usage data for analytics, product development, marketing or the training of machine learning models.")),

    h1("9 Confidentiality"),
    p(
      "9.1",
      c("confidentiality/confidentiality-obligation", "weak", "Confidential Information means any information disclosed by one party to the other that is marked as confidential or that a reasonable person would understand to be confidential."),
      "Each party shall protect the other party's Confidential Information with at least the same degree of care as it uses for its own.",
    ),
    p("9.2", c("confidentiality/disclosure-exceptions", "contrary", "The receiving party may disclose Confidential Information to its Affiliates, professional advisers and potential acquirers, and as required by any applicable law or government request.")),
    p("9.3", c("confidentiality/survival", "weak", "The obligations in this Section 9 survive for five (5) years after termination or expiry of this Agreement.")),

    h1("10 Ownership and government access"),
    h2("10.1 Ownership and third-country law"),
    p(
      c("foreign-jurisdiction/ownership-exposure", "met", "The Supplier is a wholly owned subsidiary of Quillbridge Holdings LLC, and both companies are subject to United States law, including the CLOUD Act and Section 702 of the Foreign Intelligence Surveillance Act, which may require them to disclose data in their possession, custody or control wherever the data is stored."),
      "Schedule 3 sets out the Supplier's group structure and the jurisdictions to which each group company is subject, and the Supplier shall update Schedule 3 and notify the Customer in writing within thirty (30) days of any change.",
    ),
    h2("10.2 Government requests"),
    p(c("foreign-jurisdiction/authority-requests", "weak", "If a government authority requests access to Customer Data, the Supplier will, where legally permitted and commercially reasonable, attempt to redirect the authority to the Customer and notify the Customer of the request.")),
    h2("10.3 Disclosure required by law"),
    p(c("foreign-jurisdiction/legal-basis-for-disclosure", "contrary", "Notwithstanding anything to the contrary in this Agreement, the Supplier may disclose Customer Data to comply with any applicable law, regulation, legal process or government request.")),

    h1("11 Protective security"),
    p("11.1", c("confidentiality/security-protection", "met", "The Customer shall not upload to the Services any information that is security classified under the Swedish Protective Security Act (2018:585), and the parties agree that the Services will not be used for security-sensitive activities.")),

    h1("12 Changes and assignment"),
    p("12.1", c("control-rights/no-unilateral-change", "contrary", "The Supplier may modify these terms at any time by posting a revised version on its website, and the revised terms take effect upon posting.")),
    p("12.2", c("control-rights/change-of-control", "contrary", "The Supplier may assign or transfer this Agreement, without the Customer's consent, to any Affiliate or to any successor in connection with a merger, acquisition, change of control or sale of all or substantially all of its assets.")),
    p("12.3", "The Customer may not assign this Agreement without the Supplier's prior written consent."),

    h1("13 Liability"),
    p("13.1", "Neither party is liable for indirect or consequential loss, including loss of profit or revenue."),
    p("13.2", "Each party's total liability under this Agreement in any contract year is limited to the fees paid by the Customer in the twelve (12) months preceding the event giving rise to the claim."),
    p("13.3", "The limitations in this Section 13 do not apply to gross negligence, wilful misconduct or breach of Section 9."),

    h1("14 Termination and exit"),
    p("14.1", "Either party may terminate this Agreement with immediate effect if the other party commits a material breach and fails to remedy it within thirty (30) days of written notice."),
    p("14.2", c("data-location/exit-and-export", "weak", "For thirty (30) days after termination, the Customer may export Customer Data in the Supplier's proprietary archive format, and the Supplier will provide transition assistance at its then-current professional services rates.")),

    h1("15 Governing law and disputes"),
    p("15.1", c("foreign-jurisdiction/governing-law", "contrary", "This Agreement is governed by the laws of the State of Delaware, without regard to its conflict-of-laws rules.")),
    p("15.2", c("foreign-jurisdiction/dispute-venue", "contrary", "Each party submits to the exclusive jurisdiction of the state and federal courts located in New York County, New York, and waives any right to trial by jury.")),

    h1("16 Signatures"),
    table(
      ["For Region Västerholm", "For Quillbridge, Inc."],
      [
        ["Name:", "Name:"],
        ["Title:", "Title:"],
        ["Date:", "Date:"],
      ],
    ),

    h1("Schedule 3 Ownership and Jurisdiction"),
    p("The Supplier shall keep this Schedule current in accordance with Section 10.1."),
    table(
      ["Entity", "Role", "Country of incorporation", "Laws that may compel disclosure"],
      [
        ["Quillbridge Holdings LLC", "Ultimate parent company", "United States (Delaware)", "CLOUD Act; FISA Section 702"],
        ["Quillbridge, Inc.", "Supplier and contracting party", "United States (Delaware)", "CLOUD Act; FISA Section 702"],
        ["Quillbridge Europe Limited", "EU operating subsidiary", "Ireland", "Irish and EU law; CLOUD Act through its United States parent"],
      ],
    ),
  ],
};

// ---- Plain text: one paragraph per line, blank line between paragraphs, each table cell its own paragraph. ----

function toParagraphTexts(sample) {
  const out = [];
  for (const block of sample.blocks) {
    if (block.kind === "table") {
      for (const row of [block.header, ...block.rows]) out.push(...row);
    } else if (block.kind === "body") {
      out.push(bodyText(block));
    } else {
      out.push(block.text);
    }
  }
  return out;
}

const toText = (sample) => toParagraphTexts(sample).join("\n\n") + "\n";

// ---- Word document ----

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };

function cell(text, header) {
  return new TableCell({
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: header ? { fill: "E7E6E6" } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function toDocxChildren(sample) {
  const children = [];
  for (const block of sample.blocks) {
    if (block.kind === "title") {
      children.push(new Paragraph({ text: block.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }));
    } else if (block.kind === "heading") {
      const heading = block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      children.push(new Paragraph({ text: block.text, heading }));
    } else if (block.kind === "body") {
      children.push(new Paragraph({ children: [new TextRun(bodyText(block))], spacing: { after: 120 } }));
    } else if (block.kind === "table") {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((t) => cell(t, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((t) => cell(t, false)) })),
          ],
        }),
      );
      // Word needs a paragraph between consecutive tables and after a table that ends a section.
      children.push(new Paragraph({ text: "" }));
    }
  }
  return children;
}

function toDocument(sample) {
  const lang = { value: sample.lang };
  return new Document({
    creator: "Avtalskoll (fictional sample)",
    title: sample.title,
    description: "Fictional sample contract written for the Avtalskoll project. Not a real agreement.",
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: lang } },
        title: { run: { font: "Calibri Light", size: 40, language: lang } },
        heading1: { run: { font: "Calibri Light", size: 30, bold: true, language: lang }, paragraph: { spacing: { before: 300, after: 120 } } },
        heading2: { run: { font: "Calibri Light", size: 25, bold: true, language: lang }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } },
        },
        children: toDocxChildren(sample),
      },
    ],
  });
}

// ---- Intended statuses, read off the tagged clauses. ----

function clausesOf(sample) {
  return sample.blocks.filter((b) => b.kind === "body").flatMap((b) => b.parts.filter((part) => typeof part !== "string"));
}

function expectedStatuses(sample) {
  const byId = new Map();
  for (const clause of clausesOf(sample)) {
    if (!REQUIREMENT_IDS.includes(clause.id)) throw new Error(`${sample.file}: unknown requirement id ${clause.id}`);
    if (!CLAUSE_STATUSES.includes(clause.status)) throw new Error(`${sample.file}: bad status ${clause.status} for ${clause.id}`);
    if (byId.has(clause.id)) throw new Error(`${sample.file}: ${clause.id} is tagged twice`);
    byId.set(clause.id, { status: clause.status, evidence: clause.text });
  }
  const result = {};
  for (const id of REQUIREMENT_IDS) result[id] = byId.get(id) ?? { status: "missing" };
  return result;
}

function countStatuses(statuses) {
  const counts = { met: 0, weak: 0, contrary: 0, missing: 0 };
  for (const entry of Object.values(statuses)) counts[entry.status] += 1;
  return counts;
}

/** Warns if the id list here has drifted from the catalogue in src/rules/types.ts. */
function checkCatalogue() {
  const typesFile = path.join(__dirname, "..", "src", "rules", "types.ts");
  if (!fs.existsSync(typesFile)) return;
  const block = /REQUIREMENT_IDS\s*=\s*\[([\s\S]*?)\]/.exec(fs.readFileSync(typesFile, "utf8"));
  if (!block) return;
  const ids = [...block[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  if (ids.join("|") !== REQUIREMENT_IDS.join("|")) {
    console.warn("warning: requirement ids in scripts/make-samples.js differ from src/rules/types.ts");
  }
}

async function main() {
  checkCatalogue();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const expected = {};
  for (const sample of [SV, EN]) {
    const text = toText(sample);
    const statuses = expectedStatuses(sample);
    for (const [id, entry] of Object.entries(statuses)) {
      if (entry.evidence && !text.includes(entry.evidence)) throw new Error(`${sample.file}: evidence for ${id} not in text`);
    }
    expected[`${sample.file}.docx`] = statuses;
    fs.writeFileSync(path.join(OUT_DIR, `${sample.file}.txt`), text, "utf8");
    fs.writeFileSync(path.join(OUT_DIR, `${sample.file}.docx`), await Packer.toBuffer(toDocument(sample)));
    const counts = countStatuses(statuses);
    console.log(`${sample.file}: met ${counts.met}, weak ${counts.weak}, contrary ${counts.contrary}, missing ${counts.missing}`);
  }
  fs.writeFileSync(path.join(OUT_DIR, "expected-statuses.json"), JSON.stringify(expected, null, 2) + "\n", "utf8");
  console.log(`wrote samples to ${path.relative(process.cwd(), OUT_DIR) || "."}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
