// B2: disputes go to Swedish general courts (allmän domstol) or to arbitration seated in Sweden, not to a foreign forum.
import { NON_EU, OTHER_EU_EEA, SWEDEN } from "../common";
import type { Rule, Terms } from "../types";
import { EU_GENERIC, NON_EU_EXTRA, NON_EU_FORUM, US_FORUM_AMBIGUOUS } from "./terms";

// A forum clause in English: courts, venue, submission to jurisdiction, or an arbitration seat. Bare "jurisdiction"
// ("any jurisdiction where we operate") and "court of competent jurisdiction" (severability) are deliberately absent.
const FORUM_EN: Terms = [
  "exclusive jurisdiction", "non exclusive jurisdiction", "exclusive venue", "jurisdiction and venue", "venue and jurisdiction", "venue for",
  "venue of", "venue shall", "venue will", "venue is", "personal jurisdiction", "submit* to the jurisdiction", "submit* ~3 jurisdiction of",
  "consent* to ~3 jurisdiction", "jurisdiction of the courts", "jurisdiction of ~4 court*", "choice of forum", "choice of jurisdiction",
  "forum non conveniens", "inconvenient forum", "courts of", "courts in", "courts located", "court located", "courts sitting", "court sitting",
  "courts at", "court at", "litigated", "resolved by the courts", "before the courts", "court consideration", "dispute* ~8 court*",
  "claim* ~6 court*", "proceeding* ~6 court*", "place of arbitration", "seat of ~2 arbitration", "arbitration ~8 seat*", "arbitrat* ~8 take place",
  "arbitrat* ~8 held in", "arbitrat* ~8 conducted in", "arbitration rules", "rules of arbitration", "binding arbitration",
  "settled by arbitration", "resolved by arbitration", "finally settled", "arbitral tribunal", "arbitration institute", "arbitration association",
  "arbitration ~4 administered",
];
// Forum words that carry the clause on their own, without a named place ("the exclusive jurisdiction and venue of the Courts"):
// a forum clause whose place is left to a cover page or another document.
const FORUM_STRONG_EN: Terms = [
  "exclusive jurisdiction", "exclusive venue", "jurisdiction and venue", "venue and jurisdiction", "personal jurisdiction", "choice of forum",
  "choice of jurisdiction", "forum non conveniens", "inconvenient forum", "submit* to the jurisdiction of the courts", "submit* ~3 choice of jurisdiction",
  "submitted to the jurisdiction", "binding arbitration", "settled by arbitration", "resolved by arbitration", "court consideration",
];
// Swedish: a dispute (tvist, talan) to be decided by a court or arbitral tribunal.
const DISPUTE_SV: Terms = ["tvist*", "talan", "skiljeförfarande*", "skiljedom*", "skiljenämnd*"];
const COURT_SV: Terms = ["domstol*", "tingsrätt*", "skiljeförfarande*", "skiljedom*", "skiljenämnd*", "skiljeman", "skiljemän", "skiljedomare"];

// Places that make a forum Swedish: Sweden, Swedish courts, and the SCC arbitration institute (never bare "SCC").
const SWEDISH_FORUM: Terms = [
  ...SWEDEN, "allmän domstol", "allmänna domstol*", "Skiljedomsinstitut*", "Handelskammare*", "Stockholm Chamber of Commerce",
  "SCC Arbitration Rules", "SCC Rules", "SCC Institute", "Rules of the SCC",
];
// Places outside the EU/EEA (and US court vocabulary), for a contrary forum.
const FOREIGN_FORUM: Terms = [...NON_EU, ...NON_EU_EXTRA, ...NON_EU_FORUM];
// Places in the EU/EEA other than Sweden, named or in general terms ("the courts of an EU Member State").
const EU_FORUM: Terms = [...OTHER_EU_EEA, ...EU_GENERIC];

// Not a forum clause: compelled disclosure to courts (B4/B5), supervisory-authority submission, enforcement anywhere.
const NOT_FORUM: Terms = [
  "disclos*", "subpoena*", "search warrant*", "a warrant", "any warrant", "subpoena* ~2 warrant*", "law enforcement", "legal process",
  "supervisory", "tillsynsmyndighet*", "lämna* ut", "utlämna*",
  "enforcement of a judgment", "enforce ~3 judgment", "enforced in any court", "Court of Justice", "EU domstolen", "court order*", "order* from",
  "order* issued", "orders of", "comply with", "pursuant to ~3 order*",
];
// "Standard contractual clauses" is also abbreviated SCC: never a Swedish forum.
const SCC_CLAUSES: Terms = ["standard contractual clause*", "standardavtalsklausul*", "model clause*"];

export const disputeVenue: Rule = {
  id: "foreign-jurisdiction/dispute-venue",
  area: "foreign-jurisdiction",
  code: "B2",
  title: { sv: "Forum för tvister", en: "Dispute venue" },
  requirement: {
    sv: "Tvister ska avgöras av svensk allmän domstol, eller genom skiljeförfarande med säte i Sverige om det är motiverat.",
    en: "Disputes are decided by Swedish general courts, or by arbitration seated in Sweden where that is justified.",
  },
  why: {
    sv: "Tvister om avtalet rör ofta frågor om offentlighet och sekretess (OSL, TF) som hör hemma i svensk domstol. Ett utländskt forum gör det dyrt och osäkert att hävda avtalet och passar inte med svensk lag som tillämplig lag.",
    en: "Contract disputes often touch public-access and secrecy questions (OSL, TF) that belong before Swedish courts. A foreign forum makes enforcing the contract costly and uncertain and does not fit Swedish governing law.",
  },
  references: ["Bryssel I-förordningen (EU) 1215/2012 art. 25", "Lag (1999:116) om skiljeförfarande", "OSL (2009:400)"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: { sv: "Tvister avgörs av svensk domstol eller genom skiljeförfarande i Sverige.", en: "Disputes go to Swedish courts or to arbitration seated in Sweden." },
    weak: {
      sv: "Tvister avgörs i ett annat EU/EES-land, eller forumet anges inte i texten (t.ex. bara på ett försättsblad).",
      en: "Disputes go to another EU/EEA country, or the forum is not named in the text (e.g. only on a cover page).",
    },
    contrary: {
      sv: "Tvister avgörs av domstol eller skiljeförfarande utanför EU/EES (t.ex. i USA eller England), eller avtalet har amerikanska processvillkor som avstående från jury.",
      en: "Disputes go to courts or arbitration outside the EU/EEA (e.g. the US or England), or the terms carry US procedure such as a jury-trial waiver.",
    },
    missing: { sv: "Avtalet anger inte var tvister ska avgöras.", en: "The agreement does not say where disputes are decided." },
  },
  remediation: {
    sv: "Ange att tvister ska avgöras av svensk allmän domstol (t.ex. med beställarens hemorts tingsrätt som första instans), alternativt skiljeförfarande enligt SCC:s regler med säte i Stockholm och svenska som språk. Stryk utländska forum och juryavstående.",
    en: "State that disputes are decided by Swedish general courts (e.g. the buyer's home district court as first instance), or arbitration under the SCC Arbitration Institute rules seated in Stockholm in Swedish. Remove foreign forums and jury waivers.",
  },
  placement: { sv: "Avsnittet om tillämplig lag och tvister, oftast sist i avtalet.", en: "The governing law and disputes section, usually at the end of the agreement." },
  signals: [
    {
      status: "met",
      means: "A Swedish forum: Swedish courts or the SCC arbitration institute, in an English forum clause.",
      all: [FORUM_EN, SWEDISH_FORUM],
      none: [NOT_FORUM, SCC_CLAUSES],
    },
    {
      status: "met",
      means: "Tvister avgörs av svensk (allmän) domstol eller skiljeförfarande i Sverige.",
      all: [DISPUTE_SV, COURT_SV, SWEDISH_FORUM],
      none: [NOT_FORUM],
    },
    {
      status: "weak",
      means: "Courts of another EU/EEA state, or of an EU Member State in general terms.",
      all: [FORUM_EN, EU_FORUM],
      none: [NOT_FORUM, SWEDISH_FORUM],
    },
    {
      status: "weak",
      means: "Tvister avgörs i ett annat EU/EES-land.",
      all: [DISPUTE_SV, COURT_SV, EU_FORUM],
      none: [NOT_FORUM, SWEDISH_FORUM],
    },
    {
      status: "weak",
      means: "A forum clause whose place is not in the text (chosen on a cover page or in another document).",
      all: [FORUM_STRONG_EN],
      none: [NOT_FORUM],
    },
    {
      status: "weak",
      means: "Tvister avgörs av domstol eller skiljeförfarande utan att ort eller land anges.",
      all: [["tvist*"], ["avgöras av domstol", "avgörs av domstol", "skiljeförfarande*", "skiljedom*"]],
      none: [NOT_FORUM, SWEDISH_FORUM, EU_FORUM],
    },
    {
      status: "contrary",
      means: "Courts or an arbitration seat outside the EU/EEA (a US county or federal court, England, AAA/JAMS arbitration).",
      all: [FORUM_EN, FOREIGN_FORUM],
      none: [NOT_FORUM],
    },
    {
      status: "contrary",
      means: "A US county, district or state court, where no Swedish or EU place is named (these words also translate European courts).",
      all: [FORUM_EN, US_FORUM_AMBIGUOUS],
      none: [NOT_FORUM, SWEDISH_FORUM, EU_FORUM],
    },
    {
      status: "contrary",
      means: "Tvister avgörs av domstol eller skiljeförfarande utanför EU/EES.",
      all: [DISPUTE_SV, COURT_SV, FOREIGN_FORUM],
      none: [NOT_FORUM],
    },
    {
      status: "contrary",
      means: "A jury-trial waiver: US procedure, a sign that disputes go to US courts.",
      all: [["jury"], ["waive*", "waiver"]],
    },
  ],
  examples: [
    { lang: "sv", text: "[[Tvister med anledning av detta avtal ska avgöras av svensk allmän domstol med Uppsala tingsrätt som första instans.]]", expect: "met" },
    { lang: "sv", text: "Parterna ska först försöka lösa tvisten genom förhandling. [[Tvist ska därefter slutligt avgöras genom skiljeförfarande enligt Stockholms Handelskammares Skiljedomsinstituts regler.]]", expect: "met" },
    { lang: "sv", text: "[[Tvist ska avgöras av domstol i Dublin, Irland.]]", expect: "weak" },
    { lang: "sv", text: "[[Eventuell tvist ska avgöras av amerikansk domstol i delstaten New York.]]", expect: "contrary" },
    { lang: "sv", text: "[[Tvister ska avgöras genom skiljeförfarande.]]", expect: "weak" },
    { lang: "sv", text: "Leverantören ska föra Kundens talan om tredje man gör gällande intrång i immateriella rättigheter.", expect: "missing" },
    { lang: "sv", text: "Kunden får säga upp avtalet om en domstol i ett lagakraftvunnet beslut funnit att upphandlingen var otillåten.", expect: "missing" },
    { lang: "sv", text: "Leverantören får lämna ut uppgifter om en svensk domstol beslutar det i en tvist.", expect: "missing" },
    { lang: "en", text: "[[Any dispute arising out of this Agreement shall be settled exclusively by the courts of Sweden, with the Stockholm District Court as first instance.]]", expect: "met" },
    { lang: "en", text: "[[Any dispute shall be finally settled by arbitration administered by the Arbitration Institute of the Stockholm Chamber of Commerce, seated in Stockholm.]]", expect: "met" },
    { lang: "en", text: "[[The parties submit to the exclusive jurisdiction of the courts of Amsterdam, the Netherlands.]]", expect: "weak" },
    { lang: "en", text: "[[Any claim arising from this annex is heard by the courts of the EU member state in which the customer has its seat.]]", expect: "weak" },
    { lang: "en", text: "[[All proceedings belong before the court identified in the Key Terms, and both parties accept its exclusive venue.]]", expect: "weak" },
    { lang: "en", text: "[[Claims must be brought only before the state courts sitting in King County, Washington.]]", expect: "contrary" },
    { lang: "en", text: "[[Disputes go to binding arbitration administered by JAMS in San Francisco.]]", expect: "contrary" },
    { lang: "en", text: "[[Both parties waive a jury in any claim under this agreement.]]", expect: "contrary" },
    { lang: "en", text: "If any provision is held invalid by a court of competent jurisdiction, the remaining provisions remain in force.", expect: "missing" },
    { lang: "en", text: "Supplier may disclose Customer Data if ordered to do so by a court in the United States.", expect: "missing" },
    { lang: "en", text: "The importer submits to the jurisdiction of the supervisory authority for compliance audits.", expect: "missing" },
    { lang: "en", text: "Transfers are made under the Standard Contractual Clauses (SCC) adopted by the European Commission.", expect: "missing" },
    {
      lang: "en",
      text: "[[Disputes shall be decided by the courts at the defendant's place of business.]]",
      expect: "todo-contrary",
      note: "The forum is named only through a party's seat; resolving it needs the parties' addresses (the engine gives weak at most).",
    },
  ],
};
