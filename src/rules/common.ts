// Term lists shared by several rules: negations, the parties, places and laws (term syntax: src/analysis/terms.ts).
import type { Terms } from "./types";

/** Negation words; used in `none` lists so "shall not be entitled to audit" does not count as an audit right. */
export const NEGATION_EN: Terms = ["not", "*n't", "never", "neither", "nothing", "no right", "no obligation", "in no event"];
export const NEGATION_SV: Terms = ["inte", "ej", "icke", "aldrig", "ingen", "inget", "inga"];

/** How the supplier is named in agreements, DPAs and terms. */
export const SUPPLIER_EN: Terms = [
  "supplier*", "provider*", "processor*", "vendor*", "contractor*", "service provider*", "data importer", "we", "us", "our",
  "licensor*", "seller*", "company",
];
export const SUPPLIER_SV: Terms = ["leverantör*", "*biträde*", "tjänsteleverantör*", "konsult*", "anbudsgivar*", "säljar*", "vi", "oss", "vår*"];

/** How the customer is named. */
export const CUSTOMER_EN: Terms = ["customer*", "controller*", "client*", "data exporter", "you", "your", "buyer*", "licensee*", "contracting authorit*", "authorit*"];
export const CUSTOMER_SV: Terms = ["kund*", "beställar*", "personuppgiftsansvarig*", "myndighet*", "kommun*", "region*", "avropsberättigad*", "upphandlande", "köpar*"];

/** Sweden and things Swedish (the home jurisdiction of the buyer). */
export const SWEDEN: Terms = ["sweden", "swedish", "sverige", "svensk*", "stockholm*", "göteborg*", "malmö*", "tingsrätt*"];

/** EU and EEA member states other than Sweden, in both languages (other EU law is weaker than Swedish, not contrary). */
export const OTHER_EU_EEA: Terms = [
  "ireland", "irish", "irland*", "irländsk*", "netherlands", "dutch", "nederländ*", "holland*", "germany", "german", "tyskland*", "tysk*",
  "france", "french", "frankrike*", "fransk*", "belgium", "belgian", "belgien*", "belgisk*", "luxembourg*", "finland", "finnish", "finsk*",
  "denmark", "danish", "danmark*", "dansk*", "spain", "spanish", "spanien*", "spansk*", "italy", "italian", "italien*", "italiensk*",
  "austria*", "österrike*", "österrikisk*", "poland", "polish", "polen", "polsk*", "portugal*", "portugis*", "estonia*", "estland*",
  "latvia*", "lettland*", "lithuania*", "litauen*", "czech*", "tjeck*", "slovak*", "slovenia*", "sloven*", "hungar*", "ungern*",
  "croatia*", "kroatien*", "romania*", "rumänien*", "bulgaria*", "bulgarien*", "greece", "greek", "grekland*", "grekisk*",
  "cyprus", "cypern", "malta", "maltese", "norway", "norwegian", "norge", "norsk*", "iceland*", "island", "isländsk*",
  "liechtenstein*", "dublin", "amsterdam", "frankfurt", "paris", "brussels", "bryssel", "helsinki", "helsingfors", "copenhagen", "köpenhamn",
];

/** Jurisdictions outside the EU/EEA that typically appear in supplier templates. */
export const NON_EU: Terms = [
  "united states", "usa", "u.s", "us law", "federal law*", "förenta staterna", "amerikansk*", "california*", "kalifornien*", "delaware",
  "new york", "washington", "texas", "illinois", "massachusetts", "florida", "virginia", "nevada", "colorado", "georgia", "new jersey",
  "ohio", "pennsylvania", "utah", "oregon", "minnesota", "tennessee", "maryland", "north carolina", "arizona", "michigan", "missouri",
  "king county", "santa clara", "san francisco", "san mateo", "england", "english law*", "english court*", "wales", "united kingdom", "uk", "scotland*",
  "storbritannien*", "engelsk rätt", "engelsk lag*", "switzerland", "swiss", "schweiz*", "singapore*", "japan*", "canada", "canadian",
  "kanada*", "australia*", "australien*", "india*", "indien*", "china", "chinese", "kina", "kinesisk*", "hong kong", "israel*",
  "ontario", "british columbia", "quebec", "new south wales", "cayman*", "bermuda*",
];

/** The EU/EEA as a whole. */
export const EU_EEA: Terms = ["EU", "EES", "EEA", "EU/EES", "EU/EEA", "European Union", "Europeiska unionen*", "European Economic Area", "Europeiska ekonomiska samarbetsområdet*", "the Union", "unionen", "member state*", "medlemsstat*"];

/** A fixed number of hours or days: "within 24 hours", "inom 48 timmar". */
export const HOURS: Terms = ["#n hour*", "#n timmar", "#n timme", "#n tim", "#n timm*"];
export const DAYS: Terms = ["#n days", "#n dagar", "#n business days", "#n working days", "#n arbetsdagar", "#n bankdagar", "#n kalenderdagar", "#n calendar days", "#n month*", "#n månad*"];

/** A document referred to instead of included (at most a weak clause: it can change and is not part of the text). */
export const EXTERNAL_REFERENCE: Terms = ["http*", "www", "website", "webbplats*", "hemsida*", "available at", "tillgänglig på", "as updated from time to time", "posted"];
