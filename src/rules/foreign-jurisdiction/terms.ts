// Term lists shared by the foreign-jurisdiction rules (B1–B6): courts and seats, places outside the EU, authority requests, legal compulsion.
import type { Terms } from "../types";

/**
 * Places outside the EU/EEA that common.ts NON_EU does not name: the remaining US states, US court and city names
 * that appear in venue clauses, and other third countries seen in supplier templates. A forum or law there is contrary.
 */
export const NON_EU_EXTRA: Terms = [
  "alabama", "alaska", "arkansas", "connecticut", "hawaii", "idaho", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
  "mississippi", "montana", "nebraska", "new hampshire", "new mexico", "north dakota", "oklahoma", "rhode island", "south carolina",
  "south dakota", "vermont", "west virginia", "wisconsin", "wyoming", "district of columbia",
  "seattle", "redmond", "los angeles", "palo alto", "mountain view", "menlo park", "cupertino", "boston", "chicago", "austin",
  "dallas", "houston", "wilmington", "atlanta", "denver", "london", "edinburgh", "zurich", "zürich", "geneva", "genève", "toronto",
  "vancouver", "sydney", "melbourne", "tokyo", "beijing", "shanghai", "moscow", "moskva",
  "kazakhstan*", "kazakh", "russia*", "ryssland*", "rysk*", "ukrain*", "belarus*", "vitryssland*", "turkey", "turkiet*", "turkish",
  "brazil*", "brasilien*", "mexico", "mexiko", "south africa*", "sydafrika*", "korea*", "sydkorea*", "taiwan*", "united arab emirates",
  "förenade arabemiraten", "dubai", "abu dhabi", "saudi*", "qatar", "new zealand", "nya zeeland", "argentin*", "chile", "colombia",
  "egypt*", "nigeria*", "kenya*", "philippines", "filippinerna", "vietnam", "thailand", "malaysia", "indonesi*", "pakistan",
  "serbia", "serbien", "jersey", "guernsey", "isle of man", "gibraltar",
];

/** Court systems and arbitral bodies that sit outside the EU: US federal/state/county courts, AAA, JAMS, LCIA, the US arbitration act. */
export const NON_EU_FORUM: Terms = [
  "federal court*", "state or federal", "federal or state", "northern district", "southern district",
  "eastern district", "central district", "american arbitration association", "AAA", "JAMS", "federal arbitration act",
  "london court of international arbitration", "LCIA", "national arbitration and mediation", "laws of the state of", "courts of the state of",
  "delstat*",
];

/**
 * US court words that also translate European courts ("Stockholm District Court", "Member State courts", "county court"):
 * foreign only when no Swedish or EU place is named in the same sentence.
 */
export const US_FORUM_AMBIGUOUS: Terms = ["county", "district court*", "state court*", "superior court*"];

/**
 * The EU as a forum or law in general terms ("the courts of an EU Member State", "unionsrätten"), which is weaker than a
 * Swedish forum but not foreign to the EU.
 */
export const EU_GENERIC: Terms = [
  "EU", "EES", "EEA", "EU/EES", "EU/EEA", "European Union", "Europeiska unionen*", "European Economic Area", "the Union", "unionen",
  "member state*", "medlemsstat*", "unionsrätt*", "Union law", "EU law", "EU rätt*", "European law*",
];

/** Law of the Union or of a Member State named as the only source of a duty (GDPR art. 28.3 a, Data Act art. 32). */
export const EU_LAW_LIMIT: Terms = [
  "Union or Member State law", "Union law", "Member State law*", "law* of ~3 member state*", "EU law*", "EU or ~3 member state*",
  "European Union ~3 member state*", "European law*", "law of the European Union", "laws of the European Union",
  "unionsrätt*", "EU rätt*", "medlemsstat* ~4 rätt*", "medlemsstat* ~4 lag*", "medlemsstatern* ~4 rätt*",
];

/** Swedish law named as the source of a duty. */
export const SWEDISH_LAW: Terms = [
  "svensk lag", "svensk rätt", "svenska lagar", "svensk lagstiftning", "svenska lagstiftning*", "svensk författning", "svenska författningar",
  "Swedish law*", "laws of Sweden", "law of Sweden", "Swedish legislation", "Swedish statute*",
];

/** International legal assistance: the channel for a foreign authority to reach Swedish data lawfully (MLA, GDPR art. 48). */
export const LEGAL_ASSISTANCE: Terms = [
  "mutual legal assistance", "MLAT", "MLA treaty", "legal assistance treat*", "legal assistance agreement*", "international agreement*",
  "international treat*", "article 48", "art. 48", "rättslig hjälp", "internationell rättslig hjälp", "rättsligt bistånd",
  "internationell* överenskommelse*", "internationellt avtal", "artikel 48",
];

/** Releasing data to someone outside the contract (English): the act a legal-basis or authority-request clause governs. */
export const DISCLOSE_EN: Terms = [
  "disclos*", "reveal*", "share* ~4 with", "sharing ~4 with", "provide access", "provide ~3 with access", "grant access", "give access", "hand over",
  "turn over", "produce ~3 data",
  "communicate ~3 personal data", "release ~3 data",
];
/** The same in Swedish: lämna ut (lämnar/lämnas/lämnats ut), utlämnande, röja. */
export const DISCLOSE_SV: Terms = ["lämna* ut", "utlämna*", "utlämning*", "röja", "röjer", "röjs", "röjande", "röjas", "överlämna* ~4 myndighet*"];

/**
 * A demand backed by law or by an authority (English): "as required by law", "legal process", "subpoena", "court order",
 * "law enforcement", "to comply with applicable laws". Alone it says nothing about WHICH country's law.
 */
export const COMPULSION_EN: Terms = [
  "required by ~3 law*", "required by ~3 legal", "required ~4 by ~2 law*", "required under ~3 law*", "as required by", "to the extent required",
  "unless required", "if required", "where required", "when required", "required to disclose", "obliged ~3 by law", "obliged hereto",
  "obligated by law", "legally required", "legally obliged", "legally compelled", "compelled", "legal process", "subpoena*", "search warrant*",
  "a warrant", "any warrant", "subpoena* ~2 warrant*",
  "court order*", "order* of ~2 court*", "judgement by court", "judgment by court", "government* order*", "government* request*",
  "government* demand*", "law enforcement", "competent authorit*", "decision* by ~3 authorit*", "decision* of ~3 authorit*",
  "to comply with ~6 law*", "to comply with ~6 regulation*", "to comply with ~6 legal", "pursuant to ~3 law*", "obligations under ~2 law*",
];
/** The same in Swedish: "enligt lag", "följer av lag", "myndighetsbeslut", "föreläggande". */
export const COMPULSION_SV: Terms = [
  "enligt lag", "följer av ~3 lag*", "följer av ~3 rätt*", "följer av ~3 författning*", "lag ~2 kräver", "krävs enligt", "krävs ~3 lag*",
  "skyldig* ~4 enligt ~3 lag*", "skyldig* ~4 enligt ~3 rätt*", "lagstadgad* skyldighet*", "tvingande ~2 lag*", "myndighetsbeslut*",
  "beslut av ~3 myndighet*", "beslut av ~3 domstol*", "domstols* ~2 beslut", "domstolsbeslut*", "föreläggande*", "åläggande*",
  "utländsk* myndighet*", "brottsbekämpande myndighet*", "rättsvårdande myndighet*", "begäran från ~3 myndighet*", "efterkomma ~3 begäran",
  "krävs för att efterkomma",
];

/** "Any" authority or law: the open-ended red flag ("any government request", "any laws applicable to it"). */
export const ANY_AUTHORITY: Terms = [
  "any government*", "any authorit*", "any law*", "any court*", "any regulat*", "any competent", "any public authorit*", "any judicial",
  "any legal", "other authorit*", "any agency", "all laws", "any country", "any jurisdiction", "varje myndighet", "någon myndighet",
  "alla myndigheter", "vilken myndighet som helst", "i vilket land som helst", "varje land", "alla länder", "oavsett ~2 land", "all lag*",
];

/** A request or order from an authority for the customer's data (English). */
export const AUTHORITY_REQUEST_EN: Terms = [
  "law enforcement", "government* request*", "government* order*", "government* demand*", "government* authorit*", "government* agenc*",
  "governmental body", "government body", "legally binding request*", "binding request*", "legal process", "subpoena*", "search warrant*",
  "a warrant", "any warrant", "subpoena* ~2 warrant*",
  "court order*", "judicial order*", "order* of a court", "compelled disclosure", "compelled to disclose", "required disclosure",
  "required to disclose", "demand for ~3 data", "request* for disclosure", "disclosure request*", "order* for ~2 disclosure",
  "police", "foreign authorit*", "foreign government*", "third country authorit*", "authorit* ~2 third countr*", "authorit* ~3 outside the EU*",
  "request* ~4 public authorit*", "public authorit* ~4 request*", "order* ~4 public authorit*", "access by public authorit*",
  "competent authorit*", "judicial authorit*", "regulatory authorit*", "tax authorit*", "requesting authorit*",
];
/** The same in Swedish; "myndighet" alone is avoided because the buyer itself is "den upphandlande myndigheten". */
export const AUTHORITY_REQUEST_SV: Terms = [
  "begäran från ~2 annan myndighet*", "begäran från ~3 utländsk* myndighet*", "begäran från ~3 brottsbekämpande", "begäran om utlämnande",
  "utländsk* myndighet*", "brottsbekämpande myndighet*", "rättsvårdande myndighet*", "myndighet* i ~2 tredje land", "myndighet* i ~2 tredjeland",
  "myndighet* utanför ~2 EU*", "rättsligt föreläggande", "föreläggande*", "polis*", "åklagar*", "domstolsbeslut*", "myndighetsbeslut*",
  "annan myndighet* begär*", "annan myndighet* kräver", "en myndighet ~2 begär*", "om myndighet ~2 begär*", "en myndighet ~3 kräver",
];

/** Telling the customer about a request (notify, inform, give notice) in both languages. */
// ("inform*" would also match "information", so the verb forms are listed.)
export const NOTIFY: Terms = [
  "notif*", "inform", "informs", "informed", "informing", "notice", "advise the customer", "advise customer", "underrätta*", "underrättelse*",
  "meddela*", "informera*", "avisera*",
];

/** The strong measures: redirect the authority to the customer, challenge the order, lift a gag, review legality. */
export const REDIRECT_OR_CHALLENGE: Terms = [
  "redirect*", "challenge ~3 request*", "challenge ~3 order*", "challenge ~3 demand*", "challenge ~3 disclosure", "challenge ~3 subpoena*",
  "contest ~3 request*", "contest ~3 order*", "review the legality", "legality of the request", "waiver of the prohibition",
  "waive the prohibition", "motion to quash", "quash",
  "hänvisa* ~5 myndighet*", "hänvisa* ~5 till kund*", "hänvisa* ~5 till beställar*", "bestrida*", "överklaga*", "pröva lagligheten",
];

/** Effort qualifiers that turn a procedure into a best-effort promise ("where commercially reasonable"). */
export const QUALIFIED_EFFORT: Terms = [
  "commercially reasonable", "commercially practicable", "sole discretion", "kommersiellt ~2 rimlig*", "kommersiellt ~2 motiverad*",
];

/** Notice that may be skipped at the supplier's will, or is expressly not given. */
export const NO_NOTICE: Terms = [
  "without ~2 notice", "without notifying", "without informing", "not be required to notify", "no obligation to notify", "will not notify",
  "need not notify", "utan ~2 underrättelse", "utan att ~3 underrätta", "utan att ~3 meddela", "utan att ~3 informera",
];
/** The supplier decides alone (a notice "determined by the supplier in its sole discretion" is no commitment). */
export const SOLE_DISCRETION: Terms = ["sole discretion", "own discretion", "absolute discretion", "eget gottfinnande", "egen bedömning", "eget val"];

/** The customer (not the supplier) is the one who discloses or is bound: wrong party for B4/B5. */
export const CUSTOMER_ACTS: Terms = [
  "you agree", "you will not", "you shall not", "you may not", "you must not", "you must", "you shall", "customer agrees", "customer shall not",
  "customer will not",
  "customer may not", "customer may share", "customer may disclose", "customer is solely responsible", "customer is responsible",
  "disclosed by you", "disclosed by customer", "disclosed by the customer",
  "licensee shall", "licensee may", "contracting authorit*", "public organisation*", "public organization*", "kunden får", "kunden ska",
  "kunden skall", "beställaren får", "beställaren ska", "upphandlande myndighet*", "inköpscentral*",
];
/** The supplier's own secrets or tenders, not the buyer's data (procurement secrecy, trade-secret clauses). */
export const SUPPLIER_SECRETS: Terms = ["anbud*", "affärshemlighet*", "yrkeshemlighet*", "trade secret*"];

/** Breach notification, security incidents and data-subject requests: other duties that also speak of notices and requests. */
export const OTHER_NOTICE_TOPIC: Terms = [
  "personal data breach*", "*incident*", "data subject request*", "data subjects' requests", "request* from ~3 data subject*", "rights request*",
  "registrerades begäran", "begäran från ~3 registrerad*",
];

/** Supervisory-authority and data-subject matters: a different topic from compelled disclosure to an authority. */
export const SUPERVISORY: Terms = [
  "supervisory", "data protection authorit*", "data subject*", "personal data breach*", "tillsynsmyndighet*", "registrerad*",
  "personuppgiftsincident*", "integritetsskyddsmyndighet*",
];

/** US state privacy statutes; clauses scoped to them do not apply to a Swedish public buyer. */
export const US_STATE_PRIVACY: Terms = ["CCPA", "CPRA", "US State Privacy Law*", "U.S. State Privacy Law*", "California Consumer Privacy Act"];
