// C5: at exit (or on request) the buyer gets all its data back in a usable format, with transition assistance.
import type { Rule, Terms } from "../types";
import { CUSTOMER_DATA, DELETE, END, RETURN_EXPORT, WRONG_PARTY } from "./terms";

// Usable formats (Data Act art. 25, GDPR art. 20 wording): structured, machine-readable, open or named formats.
const USABLE_FORMAT: Terms = [
  "machine readable", "maskinläsbar*", "structured", "strukturerad*", "strukturerat", "commonly used", "allmänt använt", "allmänt använda",
  "common ~3 format*", "standard ~3 format*", "formats of standard", "open format*", "öppet format", "öppna format", "interoperable",
  "CSV", "JSON", "XML", "SQL*", "file format*", "filformat*", "form that can be read", "readable form", "läsbar* form*",
  "vedertaget format",
];
// Formats for statistics, invoices and orders (e-commerce terms), not for the customer's data.
const REPORTING: Terms = ["statisti*", "invoice*", "faktur*", "order*"];

// The supplier provides data or content at the end (weaker than handing over all of it).
const PROVIDES_DATA: Terms = ["provide* ~5 content", "provide* ~5 data", "tillhandahålla* ~5 data", "tillhandahålla* ~5 uppgifter"];

// The supplier's own format: the data comes back but cannot be used elsewhere (weak).
// Verbs that put data in the buyer's hands, for the format clause ("such transfer to be made in a common machine-readable format").
const FORMAT_VERBS: Terms = [
  ...RETURN_EXPORT, "transfer*", "överför*", "provide ~3 copy", "provide ~3 copies", "provide* ~5 data", "provide* ~5 content",
  "tillhandahåll*", "deliver*", "leverera*", "lämna* ut", "lämnar ut",
];

const PROPRIETARY: Terms = [
  "proprietary", "proprietär*", "leverantörens ~2 format", "supplier's ~2 format", "provider's ~2 format", "native format*",
];

// Help to move to a new supplier or back in-house (exit plan, transition services, handover of the assignment).
const TRANSITION_ASSISTANCE: Terms = [
  "transition assistance", "exit assistance", "termination assistance", "migration assistance", "transition services", "exit plan*",
  "exit management", "exitplan*", "avvecklingsplan*", "avvecklingsstöd*", "överlämning*", "assist* ~4 transition*", "assist* ~4 migrat*",
  "new supplier", "successor supplier", "replacement supplier", "ny leverantör", "annan leverantör", "ny uppdragstagare",
];

// A strong handover word (the buyer gets the data, not only the right to look at it).
const HANDOVER: Terms = [
  "hand over", "handed over", "lämna* över", "lämnar över", "överlämna*", "export", "exported", "exportera*", "return", "returned",
  "återlämna*", "lämna* ut", "lämnar ut",
  "lämna* tillbaka",
  "provide ~3 copy", "provide ~3 copies", "deliver*", "leverera*",
];
// All of it, not a selection ("all user-generated content that is publicly visible" is a selection, see LIMITED).
const ALL: Terms = ["all", "alla", "allt", "samtlig*", "entire", "complete", "hela"];
const LIMITED: Terms = ["publicly visible", "publicly available", "such as", "certain", "vissa", "offentligt tillgänglig*"];

// Return or deletion as alternatives ("return or delete", "radera eller återlämna"): GDPR art. 28.3 g boilerplate, weak.
const OR_DELETE: Terms = [...DELETE];

// Wrong party or other topic: the buyer returning the supplier's material, export control, mail receipts, tax.
const OTHER_TOPIC: Terms = [
  ...WRONG_PARTY,
  "export control*", "export law*", "export and import", "re export*", "export administration", "exportkontroll*", "sanction*",
  "return receipt", "in return", "tax return*", "data subject*", "registrerad*", "right to data portability", "rätt till dataportabilitet",
  "returns policy", "returned goods", "returvaror",
];

// Loss of access at the end: data deleted or unreachable, with no time to fetch it.
const LOSS_OF_ACCESS: Terms = [
  "inaccessible", "no longer be accessible", "no longer ~2 have access", "no longer ~2 able to access", "lose ~3 access",
  "irreversibl* ~3 delet*", "irreversibl* ~3 loss", "permanently delet*", "not be migrated",
  "oåterkallelig*", "inte längre ~2 tillgänglig*", "förlora* ~3 åtkomst", "permanent* radera*",
];
// A window to fetch the data first ("for 30 days after termination", "before deletion you may export").
const RETRIEVAL_WINDOW: Terms = [
  "#n days", "#n dagar", "#n calendar days", "#n business days", "#n kalenderdagar", "retriev*", "export*", "download*", "hämta*",
  "period", "perioden",
];

// Access to the data ends with the contract.
const ACCESS_ENDS: Terms = [
  "access to customer data", "access to your content", "access to ~3 data", "tillgång till ~3 data", "åtkomst till ~3 data",
  "åtkomst till ~3 uppgifter",
];
const TERMINATES: Terms = ["terminate", "terminates", "will terminate", "shall terminate", "cease*", "upphör*", "avslutas"];

// The supplier may cut the customer off at will: termination or suspension of the account without notice.
const CUT_OFF: Terms = [
  "terminate ~4 account*", "suspend ~4 account*", "terminate ~5 access", "suspend ~5 access", "delete ~3 account*",
  "stänga* av ~3 konto*", "avsluta* ~3 konto*", "stänga* av ~3 åtkomst*",
];
const AT_WILL: Terms = [
  "sole discretion", "without notice", "with or without notice", "no reason", "efter eget gottfinnande", "utan föregående meddelande",
  "utan förvarning",
];
const CUSTOMER_ACTS: Terms = ["you may terminate", "customer may terminate", "kunden får säga upp", "kunden kan avsluta"];

// The customer instructs deletion at the end in advance, giving up the return of the data.
const PRE_INSTRUCTED_DELETION: Terms = ["instructs ~5 delet*", "instruct* ~5 to delete", "instruerar ~5 radera*"];
// Deletion after the data has been returned or exported is the right order (see the deletion rule).
const RETURN_FIRST: Terms = ["return*", "återlämn*", "after ~4 export*", "efter ~4 export*"];
const IMMEDIATE_DELETION: Terms = ["immediately ~4 delet*", "delet* ~4 immediately", "omedelbart ~4 radera*", "radera* ~4 omedelbart"];

export const exitAndExport: Rule = {
  id: "data-location/exit-and-export",
  area: "data-location",
  code: "C5",
  title: { sv: "Återlämnande, export och exit", en: "Return, export and exit" },
  requirement: {
    sv: "Vid avtalets slut eller på begäran får myndigheten ut alla sina uppgifter och metadata i strukturerade, maskinläsbara format, med stöd vid övergång till ny leverantör.",
    en: "At the end of the contract or on request, the buyer gets all its data and metadata back in structured, machine-readable formats, with assistance in moving to a new supplier.",
  },
  why: {
    sv: "Utan exporträtt och övergångsstöd blir myndigheten inlåst och kan förlora allmänna handlingar. Dataförordningen (art. 25, 29) kräver byte av leverantör inom fasta tider, och en exitplan behövs om en överföringsgrund faller.",
    en: "Without export rights and transition help the buyer is locked in and may lose official records. The Data Act (arts. 25, 29) requires switching within fixed periods, and an exit plan is needed if a transfer basis falls.",
  },
  references: ["GDPR art. 28.3 g", "Dataförordningen (EU) 2023/2854 art. 25, 29", "Arkivlagen (1990:782)"],
  aspects: ["T", "R"],
  critical: false,
  messages: {
    met: {
      sv: "Myndigheten får ut sina uppgifter i ett användbart format och/eller med stöd vid övergång.",
      en: "The buyer gets its data back in a usable format and/or with transition assistance.",
    },
    weak: {
      sv: "Återlämnande eller export nämns men utan format, övergångsstöd eller tillräcklig tid.",
      en: "Return or export is mentioned but without format, transition assistance or enough time.",
    },
    contrary: {
      sv: "Uppgifterna kan raderas eller bli oåtkomliga vid avtalets slut utan möjlighet att först hämta dem.",
      en: "Data may be deleted or become inaccessible at the end without a chance to retrieve it first.",
    },
    missing: { sv: "Avtalet reglerar inte återlämnande eller export av uppgifter.", en: "The agreement does not regulate return or export of data." },
  },
  remediation: {
    sv: "Lägg till en exitbilaga: export av all data och metadata i öppna, maskinläsbara format, minst 30 dagars hämtningsperiod, övergångsstöd till ny leverantör, uppsägningstid högst två månader och inga bytesavgifter (dataförordningen).",
    en: "Add an exit annex: export of all data and metadata in open, machine-readable formats, a retrieval period of at least 30 days, transition assistance to a new supplier, notice of at most two months and no switching charges (Data Act).",
  },
  placement: {
    sv: "Avsnittet om avtalets upphörande eller en särskild exitbilaga.",
    en: "The termination section or a separate exit annex.",
  },
  signals: [
    {
      status: "met",
      means: "Return or export of the data in a structured, machine-readable or otherwise usable format.",
      all: [FORMAT_VERBS, USABLE_FORMAT],
      none: [PROPRIETARY, OTHER_TOPIC, REPORTING],
    },
    {
      status: "weak",
      means: "Assistance in moving to a new supplier or handing over at the end (no export format).",
      all: [TRANSITION_ASSISTANCE],
      none: [OTHER_TOPIC],
    },
    {
      status: "met",
      means: "The supplier hands over all the buyer's data (not as an alternative to deletion).",
      all: [HANDOVER, ALL, CUSTOMER_DATA, END],
      none: [OR_DELETE, LIMITED, OTHER_TOPIC],
    },
    {
      status: "weak",
      means: "Return, export or retrieval of data is mentioned without format or assistance.",
      all: [RETURN_EXPORT, CUSTOMER_DATA],
      none: [OTHER_TOPIC],
    },
    {
      status: "weak",
      means: "The supplier provides content or data at the end, without format or assistance.",
      all: [PROVIDES_DATA, END],
      none: [OTHER_TOPIC],
    },
    {
      status: "weak",
      means: "Data stops being accessible after a fixed period following termination (a retrieval window, but no export support).",
      all: [LOSS_OF_ACCESS, RETRIEVAL_WINDOW],
    },
    {
      status: "weak",
      capsAtWeak: true,
      means: "Export only in the supplier's proprietary format: the data cannot be used elsewhere.",
      all: [PROPRIETARY, [...RETURN_EXPORT, "format*"]],
    },
    {
      status: "contrary",
      means: "Data may be deleted or become inaccessible, with no window to retrieve it.",
      all: [LOSS_OF_ACCESS, CUSTOMER_DATA],
      none: [RETRIEVAL_WINDOW],
    },
    {
      status: "contrary",
      means: "The customer's access to its data ends with the contract, with no retrieval period.",
      all: [ACCESS_ENDS, TERMINATES],
      none: [RETRIEVAL_WINDOW],
    },
    {
      status: "contrary",
      means: "The supplier may terminate or suspend the account at will, cutting the customer off from its data.",
      all: [CUT_OFF, AT_WILL],
      none: [CUSTOMER_ACTS],
    },
    {
      status: "contrary",
      means: "Deletion at the end is pre-instructed or immediate, so nothing is returned first.",
      all: [[...PRE_INSTRUCTED_DELETION, ...IMMEDIATE_DELETION], END],
      none: [RETRIEVAL_WINDOW, RETURN_FIRST],
    },
  ],
  examples: [
    { lang: "sv", text: "[[Vid avtalets upphörande ska Leverantören lämna ut all kunddata till Myndigheten i ett maskinläsbart format.]]", expect: "met" },
    {
      lang: "sv",
      text: "[[Vid avtalets upphörande ska Leverantören återlämna all kunddata i ett strukturerat och maskinläsbart format.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Leverantören ska underlätta överlämning av uppdragsresultatet och all dokumentation till en ny leverantör.]]",
      expect: "weak",
    },
    {
      lang: "sv",
      text: "[[Efter avtalets slut ska Leverantören radera eller återlämna personuppgifterna enligt Kundens val.]]",
      expect: "weak",
    },
    { lang: "sv", text: "[[Kundens data raderas oåterkalleligt när tjänsten avslutas.]]", expect: "contrary" },
    { lang: "sv", text: "Kunden ska återlämna Leverantörens utrustning vid avtalets slut.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska följa gällande regler om exportkontroll av data och teknik.", expect: "missing" },
    {
      lang: "en",
      text: "[[Upon termination, Provider shall export all Customer Data in CSV or JSON and provide transition assistance to a successor supplier.]]",
      expect: "met",
    },
    { lang: "en", text: "[[For thirty (30) days after termination Customer may retrieve its Customer Content.]]", expect: "weak" },
    { lang: "en", text: "[[Upon termination, Supplier will return Customer Data in its proprietary format.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[We may terminate your account at any time, with or without notice, at our sole discretion.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Notices shall be sent by registered mail, return receipt requested.", expect: "missing" },
    {
      lang: "en",
      text: "Customer shall return all Supplier equipment and documentation within 10 days of termination.",
      expect: "missing",
    },
    {
      lang: "en",
      text: "On termination the Client will promptly return all data and files received from the Consultant.",
      expect: "todo-missing",
      note: "Wrong direction (the buyer returns the supplier's material) is only recognised for a few phrasings ('customer shall return').",
    },
    { lang: "en", text: "Customer will not export the Software in breach of export control laws.", expect: "missing" },
    {
      lang: "en",
      text: "[[On termination Supplier will provide Customer with all Customer Data in a commonly used, machine-readable format.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Vid avtalets upphörande ska Leverantören återlämna samtliga personuppgifter till Kunden.]]", expect: "met" },
    { lang: "sv", text: "[[Kunden kan exportera sina uppgifter via tjänsten.]]", expect: "weak" },
    { lang: "en", text: "[[Customer Data will be permanently deleted upon termination and cannot be recovered.]]", expect: "contrary" },
    { lang: "en", text: "Any returns of hardware must be made within 14 days.", expect: "missing" },
  ],
};
