// Term lists shared by the data-location rules (C1–C6): places, transfers, support access, exit and deletion.
import { EU_EEA, SWEDEN } from "../common";
import type { Terms } from "../types";

/** Builds "<preposition> ~gap <place>" phrases so a place only counts when it is where something happens. */
function near(prepositions: readonly string[], places: readonly string[], gap: number): string[] {
  const out: string[] = [];
  for (const pre of prepositions) for (const place of places) out.push(gap > 0 ? `${pre} ~${gap} ${place}` : `${pre} ${place}`);
  return out;
}

/**
 * Europe as a whole and the Nordics, as suppliers name them instead of "EU/EEA" ("hosted in Europe", "inom Norden").
 * Used beside the shared EU_EEA, SWEDEN and OTHER_EU_EEA lists (compiled once for the whole catalogue).
 */
export const EUROPE: Terms = [
  "Europe", "Europa", "Norden", "Nordic countries", "nordiska länder*", "EU land*", "EES land*", "EU/EES land*",
];

/** Sweden, the EU/EEA or Europe as a whole: the places a Swedish public buyer can agree to (other member states: OTHER_EU_EEA). */
export const HOME: Terms = [...EU_EEA, ...SWEDEN, ...EUROPE];

/**
 * A place named only as the object of a law ("in accordance with EU law", "enligt EU:s dataskyddsförordning"):
 * no location at all. Terms are built so their pre-filter word is rare ("law", "rätt", "accordance").
 */
export const LAW_CONTEXT: Terms = [
  "EU law", "Union law", "EU legislation", "Member State law", "laws of", "law of", "in accordance with", "pursuant to", "governed by",
  "i enlighet med", "enligt ~2 dataskyddsförordning*", "unionsrätt*", "EU rätt*", "EU:s", "medlemsstaternas ~2 rätt", "nationell* rätt",
  "court*", "domstol*", "tingsrätt*", "supervisory authorit*", "tillsynsmyndighet*",
];

/** A third country: any place outside the EU/EEA (GDPR Chapter V), named generically. */
export const OUTSIDE_EU: Terms = [
  ...near(
    ["outside", "utanför"],
    ["EU", "EES", "EEA", "EU/EES", "EU/EEA", "Europe", "Europa", "European Union", "European Economic Area", "Union", "unionen"],
    2,
  ),
  "third countr*", "tredje land*", "tredjeland*", "tredjelands*", "non EU", "non EEA", "non European",
  "land som inte är medlem", "länder som inte är medlemmar", "international organisation*", "international organization*",
  "internationell* organisation*",
];

/** Storage and processing verbs (where data lives or is worked on); not "processor" or "resident". */
export const STORE_PROCESS: Terms = [
  "store", "stores", "stored", "storing", "storage", "process", "processes", "processed", "processing", "host", "hosts", "hosted", "hosting",
  "reside", "resides", "residency", "kept", "located", "backup*", "back up*",
  "lagr*", "behandl*", "spara*", "sparas", "förvar*", "drift*", "säkerhetskopi*", "placer*",
];

/** Moving data: transfers, onward transfers, disclosure across borders. */
export const TRANSFER: Terms = [
  "transfer", "transfers", "transferred", "transferring", "onward transfer*", "transmit*", "export the personal data",
  "överför*", "föra över", "för över", "förs över", "föras över", "flytta*", "flyttas",
];

/** "Only", "exclusively": the clause restricts data to the named places. */
export const ONLY: Terms = [
  "only", "solely", "exclusively", "endast", "enbart", "uteslutande", "all processing", "all storage", "all behandling", "all lagring",
  "all data", "all customer data", "all personal data", "alla personuppgifter", "samtliga personuppgifter", "all information",
];

/** A binding prohibition (not a statement of present fact such as "the Processor does not transfer"). */
export const PROHIBITION: Terms = [
  "shall not", "will not", "may not", "must not", "not be", "never", "in no event", "under no circumstances", "is not permitted",
  "are not permitted", "not permitted to", "prohibited from", "no ~3 shall", "no ~3 may",
  "får inte", "får ej", "får aldrig", "ska inte", "skall inte", "ska ej", "skall ej", "inte får", "ej får", "inte överföra",
  "inte lagra", "inte föra", "ej överföra", "inte flytta", "inte behandla", "inga ~3 får", "ingen ~3 får",
];

/** Exceptions and conditions that turn a location commitment into a qualified one (weak). */
export const EXCEPTIONS: Terms = [
  "unless", "except*", "save where", "other than", "subject to", "provided that", "if", "where required", "to the extent",
  "normally", "as a rule", "primarily", "in principle", "generally",
  "såvida", "om inte", "utom", "undantag*", "med undantag", "förutom", "om någon av", "förutsättning*", "om det", "i den mån",
  "normalt", "i regel", "i första hand", "i huvudsak", "vid behov", "som huvudregel",
];

/** The buyer's prior approval or documented instruction (GDPR art. 28.3 a): what makes a transfer controlled. */
export const PRIOR_APPROVAL: Terms = [
  "prior ~3 approv*", "prior ~3 consent*", "prior ~3 authoris*", "prior ~3 authoriz*", "prior ~3 instruction*", "documented instruction*",
  "written ~2 approv*", "written ~2 consent*", "written ~2 authoris*", "written ~2 authoriz*", "written ~2 instruction*",
  "express* ~3 consent*",
  "godkänn*", "godkän*", "medgivande*", "samtycke*", "tillstånd*", "instruktion*", "på förhand", "i förväg",
];

/** Anywhere: no limit on countries ("any country where we operate", "globally", "worldwide"). */
export const ANYWHERE: Terms = [
  "any country", "any other country", "any countries", "any jurisdiction*", "any location*", "any region*", "any geographic*",
  "any place", "anywhere", "globally", "worldwide", "world wide", "around the world", "throughout the world", "locations worldwide",
  "jurisdictions ~3 worldwide", "cross region*",
  "vilket land som helst", "vilka länder som helst", "alla länder", "i hela världen", "var som helst", "globalt", "världen över",
];

/** A permission or authorisation given to the supplier ("may", "Customer authorises", "appoints"). */
export const PERMISSION: Terms = [
  "may", "authoris*", "authoriz*", "appoint*", "permit*", "agrees that", "consents to", "instructs", "is entitled", "reserves the right",
  "får", "har rätt", "äger rätt", "bemyndigar", "godkänner att", "medger",
];

/** Supplier group and third parties: transfers there leave the agreed locations. */
export const GROUP_OR_THIRD_PARTY: Terms = [
  "affiliate*", "third parties", "third party", "sub processor*", "subprocessor*", "group compan*", "company group", "its group",
  "koncern*", "närstående bolag", "tredje part*", "underbiträd*",
];

/** Transfer tools of GDPR Chapter V: SCCs, adequacy, DPF, BCR, transfer impact assessments. */
export const TRANSFER_TOOLS: Terms = [
  "standard data protection clauses", "SCC", "SCCs", "standardklausuler för dataskydd",
  "adequacy decision*", "adequacy determination*", "adequate level of protection", "adekvansbeslut*", "adekvat skyddsnivå",
  "Data Privacy Framework", "DPF", "binding corporate rules", "bindande företagsbestämmelser", "BCR", "BCRs",
  "transfer impact assessment*", "TIA", "supplementary measures", "kompletterande åtgärder", "appropriate safeguards",
  "lämpliga skyddsåtgärder",
  "international data transfer*", "internationella överföringar", "restricted transfer*", "skyddsåtgärd* ~3 tredjeland*",
  "tredjelandsöverföring*", "third country transfer*", "transfers to third countries", "överföring* ~3 tredje land*",
  "överföring* ~3 tredjeland*",
];

/**
 * "Standard contractual clauses" also names other model clauses (e.g. for AI procurement); as a transfer tool it comes
 * with transfer words, personal data, the parties of a transfer or words that incorporate it.
 */
export const SCC_WORDS: Terms = ["standard contractual clauses", "standardavtalsklausul*", "standardiserade avtalsklausuler"];
export const SCC_CONTEXT: Terms = [
  "transfer*", "överför*", "personal data", "personuppgift*", "data importer", "data exporter", "third countr*", "tredje land*",
  "tredjeland*",
  "2021/914", "2010/87", "incorporated", "apply", "applies", "module*", "gäller", "tillämpas", "safeguard*", "skyddsåtgärd*",
];

/** Support and remote access: words that by themselves mean someone reaches the systems or data from afar. */
export const SUPPORT_ACCESS: Terms = [
  "remote* access*", "remotely", "remote support", "remote administration", "fjärråtkomst*", "fjärrstyr*", "fjärranslut*", "fjärrsupport*",
  "support ~3 access*", "access* ~3 support tools", "access* ~3 support systems", "supportåtkomst*",
  "administrative access", "admin access", "administrator access", "privileged access", "operational access", "administratörsåtkomst*",
  "privilegierad* åtkomst", "follow the sun", "just in time access", "lockbox",
];

/** Support organisations: they reach customer data only when access or a place is also named. */
export const SUPPORT_STAFF: Terms = [
  "support personnel", "support staff", "support teams", "support team", "support centre*", "support center*", "support facilit*",
  "support location*", "support engineer*", "supportorganisation*", "supportpersonal*", "supportteam*", "supportcent*",
];

export const ACCESS: Terms = ["access*", "åtkomst*", "tillgång*", "tillträde*"];
/** Controls on that access (authentication, authorisation): addresses access, but not from where. */
export const ACCESS_CONTROL: Terms = [
  "authenticat*", "authoris*", "authoriz*", "need to know", "need to know", "least privilege", "multi factor", "VPN", "logged",
  "behörig*", "autentiser*", "tvåfaktor*", "flerfaktor*", "loggas", "behovsprövad*",
];

/** Customer data as the object of return, export or deletion (not the supplier's own material). */
export const CUSTOMER_DATA: Terms = [
  "data", "content", "personal data", "customer data", "customer content", "your content", "information", "records", "copies", "files",
  "confidential information", "data sets", "material*", "dataset*",
  "personuppgift*", "uppgift*", "information", "handling*", "kopior", "kopia", "filer", "data", "innehåll*", "material*", "databas*",
];

/** End of the contract (when exit and deletion happen). */
export const END: Terms = [
  "terminat*", "expir*", "end of", "closure", "cancel*", "upon request", "on request", "request",
  "upphör*", "uppsägning*", "avslut*", "avveckl*", "kontraktsslut*", "avtalstidens slut", "begär*", "begäran",
];

/** Deletion verbs, in both languages (erasure, destruction, gallring). */
export const DELETE: Terms = [
  "delet*", "erase*", "erasure", "erasing", "destroy*", "destruction", "disposition of ~3 records", "disposal of ~3 data", "purg*", "wipe*",
  "shred*",
  "radera*", "raderas", "radering*", "förstör*", "gallr*", "utplån*", "rensa*", "makuler*",
];

/** Return, export and handover of data, in both languages. */
export const RETURN_EXPORT: Terms = [
  "return", "returns", "returned", "returning", "export", "exports", "exported", "exporting", "retriev*", "hand over", "handed over",
  "hand back", "handover", "portab*", "migrat*", "make ~4 available", "download*",
  "återlämn*", "lämna* tillbaka", "lämna* över", "lämnar över", "överlämn*", "exportera*", "export av", "migrer*", "hämta* ut", "återföra*",
  "återför*", "dataportabilitet*", "flytt* ~3 data",
];

/** Deadlines for deletion: a number of days or months, or a fixed latest date. */
export const DEADLINE: Terms = [
  "within #n", "no later than", "not later than", "inom #n", "senast", "#n days", "#n dagar", "#n months", "#n månader",
  "#n business days", "#n working days", "#n arbetsdagar", "#n bankdagar", "#n kalenderdagar", "#n calendar days",
];

/** Written confirmation that deletion happened (EDPB: the controller should get it). */
export const CONFIRMATION: Terms = [
  "certif*", "confirm*", "evidence", "attest*", "written statement", "verif*",
  "intyg*", "bekräft*", "visa att", "skriftlig* ~3 bekräft*", "skriftligt intyg", "styrk*",
];

/** Backups and archives: the copies deletion clauses often leave out. */
export const BACKUPS: Terms = [
  "backup*", "back up*", "archiv*", "säkerhetskopi*", "arkiv*", "disaster recovery", "replica*", "snapshot*",
];

// The customer authorises or appoints the supplier to move data: a standing permission to leave the EU/EEA.
export const AUTHORISES: Terms = [
  "authoris*", "authoriz*", "appoint*", "consents to", "instructs", "bemyndigar", "godkänner att", "medger att", "uppdrar åt",
];

// The customer grants the supplier a worldwide right over its content (no place limit on storage at all).
export const CUSTOMER_GRANTS: Terms = [
  "you grant", "you hereby grant", "customer grants", "customer hereby grants", "grant* us", "grants to ~2 provider",
  "grants to ~2 supplier",
  "kunden ger ~3 rätt", "kunden upplåter", "beställaren upplåter",
];
// Licences over feedback, trade marks or logos are about other things than the customer's data.
export const OTHER_LICENCE: Terms = [
  "feedback", "suggestion*", "trademark*", "trade mark*", "logo*", "mark", "marks", "förslag", "varumärk*",
];


/** Data as the object of a transfer (not contracts, licences or goods). */
export const DATA_OBJECT: Terms = ["data", "content", "information", "personuppgift*", "uppgift*", "innehåll*", "records"];

/** The buyer handing back or destroying the supplier's material: the wrong direction for exit and deletion. */
export const WRONG_PARTY: Terms = [
  "licensee shall", "licensee will", "licensor confidential", "customer shall return", "customer will return", "customer shall destroy",
  "kunden ska återlämna", "beställaren ska återlämna", "kunden ska förstöra",
];

// Not a permission to store anywhere: export control, a condition ("if transferred to any other country"), or a
// warranty about the laws of destination countries.
export const NOT_A_PERMISSION: Terms = [
  "export control*", "sanction*", "embargo*", "exportkontroll*", "if", "om", "to which", "legislation", "lagstiftning*",
];

// The customer's approval in advance of each transfer is control, not a blank cheque; public authorities are the
// subject of SCC clause 14 (laws of the destination), not the customer authorising anything.
export const PRIOR_OR_AUTHORITIES: Terms = ["prior", "föregående", "i förväg", "public authorit*", "laws and practices", "myndighet*"];

export const WORLDWIDE: Terms = ["worldwide", "world wide", "globally", "global"];
