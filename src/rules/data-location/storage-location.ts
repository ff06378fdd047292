// C1: customer data, incl. backups, is stored and processed only in agreed places (Sweden or the EU/EEA).
import { NEGATION_EN, NEGATION_SV, NON_EU, OTHER_EU_EEA } from "../common";
import type { Rule, Terms } from "../types";
import {
  ANYWHERE, AUTHORISES, BACKUPS, CUSTOMER_GRANTS, EXCEPTIONS, GROUP_OR_THIRD_PARTY, HOME, LAW_CONTEXT, ONLY, OTHER_LICENCE, OUTSIDE_EU,
  NOT_A_PERMISSION, PRIOR_OR_AUTHORITIES, PROHIBITION, STORE_PROCESS, TRANSFER, WORLDWIDE,
} from "./terms";

// A definite statement of where data is kept ("are stored in", "lagras i", "all behandling sker"), not a
// possibility ("may be stored") and not the word "processor".
const STORED_DEFINITE: Terms = [
  "stored", "hosted", "resides", "reside", "processed", "processing ~4 take* place", "storage ~4 take* place",
  "lagras", "lagrad*", "förvaras", "sparas", "driftas", "hostas", "behandlas", "behandling* ~4 sker", "lagring* ~4 sker", "placerad*",
];

// A location field or heading ("Plats för behandling", "Data location"): the topic is there, the commitment is not.
const LOCATION_FIELD: Terms = [
  "plats för behandling*", "lagringsplats*", "driftplats*", "behandlingsplats*", "location of ~2 processing",
  "processing location*", "data location*", "data residency", "storage location*", "hosting location*",
];

// Where the data subjects are (the scope of the GDPR), not where the data is kept.
const DATA_SUBJECTS: Terms = ["data subject*", "registrerad*", "individuals located", "residents"];
// A definition of a term ("Restricted Country means any country outside the EEA") sets no location.
const DEFINITION: Terms = ["means", "avses", "definieras", "defined as"];

// Possibility, not commitment ("may be stored", "kan lagras").
const POSSIBILITY: Terms = ["may", "might", "can", "could", "får", "kan"];

// Questions and placeholders in tenders and templates ("ange om data lagras inom EU") describe, not commit.
const QUESTION: Terms = ["whether", "huruvida", "ange om", "ange var", "state where", "describe", "beskriv*", "redovisa*"];

// The supplier or customer picks a region or data centre: a location, but not a contractual limit (weak).
const LOCATION_CHOICE: Terms = ["region*", "datacenter*", "data cent*", "location*", "geographic*", "plats*", "lokalisering*", "zone*"];
const CHOOSE: Terms = ["select*", "chose*", "choos*", "chosen", "elect", "elects", "elected", "välj*", "vald*", "valt", "väljer"];

// Where backups go: a site named without saying in which country (weak).
const SITE: Terms = [
  "off site", "offsite", "location*", "site", "facilit*", "plats*", "anläggning*", "datacenter*", "data cent*", "remote site*",
];

// A present-tense fact ("the Processor does not currently transfer"), not a binding promise.
const STATUS_QUO: Terms = [
  "does not", "do not", "currently", "as of the effective date", "at the date of", "vid tidpunkten", "för närvarande", "i dagsläget",
  "sker ingen", "sker inte",
];

// The SCC definition of the data importer: an entity in a third country receives the data.
const IMPORTER: Terms = ["data importer*", "dataimportör*"];
const THIRD_COUNTRY: Terms = ["third countr*", "tredjeland*", "tredje land*"];
const RECEIVING: Terms = ["receiv*", "mottag*", "tar emot"];

// Backup power and generators are about electricity, not about where copies of data are kept.
const POWER: Terms = ["power", "generator*", "ström*", "elförsörjning*"];

// Hearings, arbitration and venues have places too, but no data.
const HEARINGS: Terms = ["arbitrat*", "skiljeförfarande*", "hearing*", "venue", "customers)"];
// A named foreign law ("subject to United States HIPAA regulations", "California Consumer Privacy Act") is not a place of storage.
const LAW_NAMES: Terms = ["act", "regulation*", "subject to", "förordning*"];

// A transfer to the group or third parties that is still controlled: prior approval, a plan announced in advance,
// or a condition ("only if", "unless").
const CONTROLLED_TRANSFER: Terms = [
  "prior", "intend*", "avser", "föregående", "godkänn*", "approv*", "consent*", "only", "unless", "provided that", "if", "om", "endast",
  "enbart",
];

// The named storage place is outside the EU/EEA ("stored in the United States"): strict verbs, since the shared
// list of non-EU places also holds US states that appear in court and law clauses.
const STORE_STRICT: Terms = ["stored", "store", "storing", "hosted", "processed", "lagras", "lagra", "behandlas", "hosting", "resides"];

export const storageLocation: Rule = {
  id: "data-location/storage-location",
  area: "data-location",
  code: "C1",
  title: { sv: "Lagrings- och behandlingsplats", en: "Storage and processing location" },
  requirement: {
    sv: "All kunddata, inklusive säkerhetskopior, repliker, loggar och metadata, lagras och behandlas endast på överenskomna platser (Sverige eller EU/EES), och flytt kräver skriftligt godkännande.",
    en: "All customer data, incl. backups, replicas, logs and metadata, is stored and processed only in agreed places (Sweden or the EU/EEA), and moving it needs prior written approval.",
  },
  why: {
    sv: "Lagring utanför EU/EES är en tredjelandsöverföring (GDPR kap. V, Schrems II) och gör uppgifterna åtkomliga för främmande myndigheter. Myndigheten måste veta i vilka länder uppgifterna finns för att kunna göra sin sekretess- och riskbedömning.",
    en: "Storage outside the EU/EEA is a third-country transfer (GDPR Chapter V, Schrems II) and exposes the data to foreign authorities. The buyer must know the countries to make its secrecy and risk assessment.",
  },
  references: ["GDPR kap. V (art. 44–49)", "EU-domstolen C-311/18 (Schrems II)", "eSam: Molntjänster och röjande (2023)", "SKR: Molntjänster i offentlig sektor"],
  aspects: ["K", "T"],
  critical: true,
  messages: {
    met: { sv: "Uppgifterna lagras och behandlas endast inom Sverige eller EU/EES.", en: "Data is stored and processed only within Sweden or the EU/EEA." },
    weak: {
      sv: "Lagringsplatsen anges men med undantag, som ett val i beställningen eller utan bindande begränsning (t.ex. säkerhetskopior utan land).",
      en: "The storage location is stated but with exceptions, as an ordering choice or without a binding limit (e.g. backups with no country).",
    },
    contrary: {
      sv: "Leverantören får lagra eller behandla uppgifter i valfritt land eller utanför EU/EES.",
      en: "The supplier may store or process data in any country or outside the EU/EEA.",
    },
    missing: { sv: "Avtalet anger inte var uppgifterna lagras och behandlas.", en: "The agreement does not say where data is stored and processed." },
  },
  remediation: {
    sv: "Ange i en bilaga var varje kategori av uppgifter (inklusive säkerhetskopior, katastrofåterställning, loggar och metadata) lagras och behandlas – Sverige eller EU/EES – och att platsen inte får ändras utan myndighetens skriftliga godkännande.",
    en: "Annex the location of each data category (incl. backups, disaster recovery, logs and metadata) – Sweden or the EU/EEA – and state that it may not change without the buyer's prior written approval.",
  },
  placement: {
    sv: "Avsnittet om behandling av personuppgifter/dataskydd eller en bilaga om driftplats och säkerhetskopiering.",
    en: "The data protection section or an annex on hosting location and backups.",
  },
  signals: [
    {
      status: "met",
      means: "Data is stored or processed only inside Sweden or the EU/EEA, without exceptions.",
      all: [HOME, ONLY, STORE_PROCESS],
      none: [EXCEPTIONS, QUESTION, LAW_CONTEXT, NON_EU, ANYWHERE, OUTSIDE_EU, DATA_SUBJECTS],
    },
    {
      status: "met",
      means: "Data is stored or processed only in a named EU/EEA country, without exceptions.",
      all: [OTHER_EU_EEA, ONLY, STORE_PROCESS],
      none: [EXCEPTIONS, QUESTION, LAW_CONTEXT, NON_EU, ANYWHERE, OUTSIDE_EU],
    },
    {
      status: "met",
      means: "A binding prohibition on storing, processing or moving data outside the EU/EEA (at most with the buyer's prior approval).",
      all: [OUTSIDE_EU, PROHIBITION, [...STORE_PROCESS, ...TRANSFER]],
      none: [EXCEPTIONS, QUESTION, STATUS_QUO],
    },
    {
      status: "met",
      means: "A definite statement that data is kept in Sweden, the EU/EEA or Europe ('all processing takes place within the EU').",
      all: [HOME, STORED_DEFINITE],
      none: [EXCEPTIONS, QUESTION, LAW_CONTEXT, NON_EU, ANYWHERE, OUTSIDE_EU, CHOOSE, NEGATION_EN, NEGATION_SV, POSSIBILITY],
    },
    {
      status: "met",
      means: "A definite statement that data is kept in a named EU/EEA country ('stored in data centres located in France').",
      all: [OTHER_EU_EEA, STORED_DEFINITE],
      none: [EXCEPTIONS, QUESTION, LAW_CONTEXT, NON_EU, ANYWHERE, OUTSIDE_EU, CHOOSE, NEGATION_EN, NEGATION_SV, POSSIBILITY],
    },
    {
      status: "weak",
      means: "EU/EEA storage, but with exceptions or conditions.",
      all: [HOME, ONLY, STORE_PROCESS, EXCEPTIONS],
      none: [QUESTION, ANYWHERE, LAW_CONTEXT, DATA_SUBJECTS],
    },
    {
      status: "weak",
      means: "Data is said to be kept in Sweden or the EU/EEA, but with exceptions.",
      all: [HOME, [...STORED_DEFINITE, ...STORE_PROCESS], EXCEPTIONS],
      none: [QUESTION, ANYWHERE, LAW_CONTEXT, DATA_SUBJECTS, NON_EU],
    },
    {
      status: "weak",
      means: "Storage or processing outside the EU/EEA allowed on conditions (adequacy, consent, safeguards).",
      all: [OUTSIDE_EU, STORE_PROCESS, EXCEPTIONS],
      none: [QUESTION, DEFINITION],
    },
    {
      status: "weak",
      means: "A present-tense statement that data is not moved outside the EU/EEA, without a binding limit.",
      all: [OUTSIDE_EU, STATUS_QUO, [...STORE_PROCESS, ...TRANSFER]],
    },
    {
      status: "weak",
      means: "The region or data centre is a choice made when ordering, not a contractual limit.",
      all: [LOCATION_CHOICE, CHOOSE, STORE_PROCESS],
      none: [ANYWHERE, LAW_CONTEXT, HEARINGS],
    },
    {
      status: "weak",
      means: "A location field or heading (a template to fill in, or a topic without a commitment).",
      all: [LOCATION_FIELD],
    },
    {
      status: "weak",
      means: "Backups kept at another site without saying in which country.",
      all: [BACKUPS, SITE],
      none: [POWER],
    },
    {
      status: "contrary",
      means: "Data may be stored, processed or moved anywhere ('any country where we or our subprocessors operate', 'globally', 'worldwide').",
      all: [ANYWHERE, [...STORE_PROCESS, ...TRANSFER]],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, OTHER_LICENCE, NOT_A_PERMISSION],
    },
    {
      status: "contrary",
      means: "The supplier moves data to its affiliates, sub-processors or third parties outside the EU/EEA as a matter of course.",
      all: [OUTSIDE_EU, TRANSFER, GROUP_OR_THIRD_PARTY],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, CONTROLLED_TRANSFER],
    },
    {
      status: "contrary",
      means: "The customer authorises transfers outside the EU/EEA in advance.",
      all: [AUTHORISES, TRANSFER, [...OUTSIDE_EU, ...ANYWHERE]],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, PRIOR_OR_AUTHORITIES],
    },
    {
      status: "contrary",
      means: "The customer grants the supplier a worldwide right over its content, with no limit on where it is kept.",
      all: [CUSTOMER_GRANTS, WORLDWIDE],
      none: [OTHER_LICENCE],
    },
    {
      status: "contrary",
      means: "The document is a transfer instrument: the data importer receiving the data sits in a third country.",
      all: [IMPORTER, THIRD_COUNTRY, RECEIVING],
    },
    {
      status: "contrary",
      means: "Data is stored or processed in a named country outside the EU/EEA.",
      all: [NON_EU, STORE_STRICT],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, QUESTION, LAW_CONTEXT, HEARINGS, LAW_NAMES],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "Leverantören ansvarar för driften. [[Personuppgifterna lagras och behandlas endast inom EU/EES, inklusive säkerhetskopior.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Kunddata får inte lagras eller behandlas utanför EU/EES utan Kundens föregående skriftliga godkännande.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Uppgifterna lagras i Sverige, med undantag för supportärenden som kan hanteras av koncernbolag.]]",
      expect: "weak",
    },
    {
      lang: "sv",
      text: "[[Leverantören får lagra uppgifter i ett land utanför EU/EES om det finns ett beslut om adekvat skyddsnivå.]]",
      expect: "weak",
    },
    {
      lang: "sv",
      text: "[[Leverantören får behandla och lagra Kundens uppgifter i vilket land som helst där Leverantören eller dess underbiträden har verksamhet.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Leverantören ska följa EU:s dataskyddsförordning vid all behandling av personuppgifter.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska i anbudet ange om data lagras inom EU/EES.", expect: "missing" },
    { lang: "sv", text: "Kunden får inte överlåta avtalet till annan utan Leverantörens godkännande.", expect: "missing" },
    {
      lang: "en",
      text: "[[All Customer Data, including backups and logs, shall be stored and processed solely within the European Economic Area.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "Hosting is provided by a third party. [[Customer Data is stored in data centres located in Finland and Germany.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Customer may select the region in which its Customer Data will be stored when placing an Order.]]",
      expect: "weak",
    },
    { lang: "en", text: "[[Backup copies are kept at a secondary off-site facility.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[Provider may store and process Customer Data in the United States and any other country in which Provider or its subprocessors operate.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[Supplier transfers Customer Data to its affiliates outside the EEA to provide the Services.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[You grant us a worldwide, royalty-free licence to host, copy and transmit Your Content to provide the Services.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Each party shall process personal data in accordance with EU data protection law.", expect: "missing" },
    { lang: "en", text: "You will not export the Software to any country subject to a US embargo.", expect: "missing" },
    { lang: "en", text: "You grant us a worldwide licence to use any feedback you provide about the Services.", expect: "missing" },
    {
      lang: "en",
      text: "[[Customer Data at rest will remain in the EU Data Boundary, but diagnostic data may be sent to engineers in any location.]]",
      expect: "todo-contrary",
      note: "Residency that covers data at rest only, with telemetry going anywhere: needs clause-level reading of 'but'.",
    },
    {
      lang: "en",
      text: "[[Provider shall host the Service and all Customer Data, including replicas and backups, solely in Sweden.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören får inte flytta Kundens data till ett land utanför EU/EES.]]", expect: "met" },
    { lang: "sv", text: "[[Kunden väljer vilken region data ska lagras i vid beställning.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[Customer acknowledges that Customer Data may be transferred to and stored in the United States.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "[[Leverantören får behandla personuppgifter globalt.]]", expect: "contrary" },
    { lang: "en", text: "The Supplier is a company registered in Finland.", expect: "missing" },
    { lang: "en", text: "Supplier shall process personal data only in accordance with EU and Member State law.", expect: "missing" },
    { lang: "sv", text: "Kunden ansvarar för att lagra sina egna säkerhetskopior.", expect: "missing" },
  ],
};
