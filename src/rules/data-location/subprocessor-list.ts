// C4: the agreement itself lists each sub-processor with its function and where it processes the data.
import { EXTERNAL_REFERENCE, NON_EU, OTHER_EU_EEA } from "../common";
import type { Rule, Terms } from "../types";
import { HOME } from "./terms";

// Sub-processors and sub-contractors, in both languages.
const SUBPROCESSOR: Terms = [
  "sub processor*", "subprocessor*", "sub processing", "underbiträd*", "underleverantör*", "sub contractor*", "subcontractor*",
];
// A list or where to find one.
const LIST: Terms = [
  "list", "lists", "listed", "listing", "lista", "listan", "listor", "förteckning*", "redovis*", "bilaga*", "annex*", "appendix*",
  "schedule*",
  "exhibit*", "website", "webbplats*", "available at", "information about", "information om", "such as", "t.ex", "exempelvis",
];

// The list itself (an annex heading or the words that introduce it): "List of sub-processors", "Förteckning över
// underbiträden", "the following sub-processors", "Aktiva underbiträden".
const LIST_HEADING: Terms = [
  "list of ~2 sub processors", "list of ~2 subprocessors", "list of ~2 sub contractors", "list of ~2 subcontractors",
  "sub processors as of", "subprocessors as of", "underbiträden per",
  "following sub processors", "following subprocessors", "following sub contractors", "following subcontractors",
  "förteckning över ~3 underbiträden", "lista över ~3 underbiträden", "förteckning över ~3 underleverantörer",
  "lista över ~3 underleverantörer",
  "följande underbiträden", "följande underleverantörer", "godkända underbiträden", "aktiva underbiträden", "anlitade underbiträden",
];
// The list is elsewhere (another annex, a website, a defined term): a reference, not the list.
const REFERENCE: Terms = [
  ...EXTERNAL_REFERENCE, "framgår av", "anges i", "angivna i", "enligt bilaga", "se bilaga", "see", "can be found", "listed in",
  "set out in",
  "set forth in", "as specified", "specified in", "referred to in", "defined in", "means", "avses", "url", "upon request", "på begäran",
  "available", "tillgänglig*", "here", "här",
];
// An annex title standing alone ("Bilaga 2 – Lista över underbiträden") may be the annex or a list of annexes
// referring to it; only the list's own wording counts.
const ANNEX_TITLE: Terms = ["bilaga #n", "annex #n", "appendix #n", "schedule #n", "exhibit #n", "bilaga i*", "annex i*", "appendix i*"];
// Obligations about a list (to keep, update or notify it) rather than the list itself.
const DUTY: Terms = [
  "shall", "will", "must", "may", "ska", "skall", "får", "maintain*", "keep", "upprätta*", "underhålla*", "föra", "update*", "uppdater*",
  "notify*", "inform*", "object*", "invänd*", "change*", "ändring*", "intends", "avser",
];

// A relative clause ("the list of sub-contractors which ...") is running text about a list, not the list.
const RELATIVE_CLAUSE: Terms = ["which", "that", "who", "som", "vilka"];

// Where each sub-processor processes the data (the column or field that makes the list useful to the buyer).
const LOCATION: Terms = [
  "location*", "country", "countries", "land", "länder", "plats*", "lokalisering*", "where ~3 processed", "var ~3 behandl*",
  "server location*",
];
// What each does (function, nature of the tasks, processing activities).
const FUNCTION: Terms = [
  "function*", "nature of", "tasks", "activities", "purpose*", "services concerned", "description of ~2 processing",
  "funktion*", "uppgifter", "behandling*", "ändamål*", "tjänst*",
];

// A named hosting or mail service with its country ("en server hos Hetzner i Finland", "managed by OUTSCALE ... France").
const SERVER: Terms = ["server", "servers", "servrar*", "servern", "datacenter*", "data centre*", "data center*"];
const OPERATED_BY: Terms = ["hos", "tjänsten", "operated by", "managed by", "provided by", "hosted by", "drivs av", "levereras av"];
// Physical security of the server rooms says nothing about who runs them.
const PHYSICAL: Terms = ["physical* ~3 secur*", "card key", "fysisk*"];
const ANY_PLACE: Terms = [...HOME, ...OTHER_EU_EEA, ...NON_EU];

export const subprocessorList: Rule = {
  id: "data-location/subprocessor-list",
  area: "data-location",
  code: "C4",
  title: { sv: "Förteckning över underbiträden", en: "Sub-processor list" },
  requirement: {
    sv: "En bilaga förtecknar varje underbiträde med funktion, kategorier av uppgifter och plats för lagring och åtkomst.",
    en: "An annex lists each sub-processor with its function, data categories and locations (storage and access).",
  },
  why: {
    sv: "Myndigheten måste veta vilka som behandlar uppgifterna och i vilka länder för att kunna bedöma röjanderisk och tredjelandsöverföringar (GDPR art. 28). En lista på en webbplats kan ändras utan att avtalet ändras.",
    en: "The buyer must know who processes the data and in which countries to assess disclosure risk and third-country transfers (GDPR art. 28). A list on a website can change without the contract changing.",
  },
  references: ["GDPR art. 28.2, 28.4", "EDPB Guidelines 07/2020", "EDPB CEF 2023 (molntjänster i offentlig sektor)", "SKR: Molntjänster i offentlig sektor"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: { sv: "Avtalet innehåller en förteckning över underbiträden (med funktion och plats).", en: "The agreement contains a list of sub-processors (with function and location)." },
    weak: {
      sv: "Underbiträden anges bara genom hänvisning (webbplats, annan bilaga) eller utan land och funktion.",
      en: "Sub-processors are given only by reference (website, another annex) or without country and function.",
    },
    contrary: { sv: "Avtalet utesluter en förteckning över underbiträden.", en: "The agreement rules out a sub-processor list." },
    missing: { sv: "Avtalet innehåller ingen förteckning över underbiträden.", en: "The agreement contains no sub-processor list." },
  },
  remediation: {
    sv: "Bifoga en fullständig förteckning över underbiträden med namn, organisationsnummer, funktion, kategorier av uppgifter och land för lagring och åtkomst; ändringar endast enligt kravet om godkännande av underleverantörer.",
    en: "Annex a complete list of sub-processors with name, company number, function, data categories and the country of storage and access; changes only under the sub-contractor approval requirement.",
  },
  placement: {
    sv: "En bilaga till personuppgiftsbiträdesavtalet (t.ex. ”Bilaga 2 – Underbiträden”).",
    en: "An annex to the data processing agreement (e.g. 'Annex 3 – Sub-processors').",
  },
  signals: [
    {
      status: "met",
      means: "The list itself: an annex heading or the words that introduce the listed sub-processors.",
      all: [LIST_HEADING],
      none: [REFERENCE, DUTY, ANNEX_TITLE, RELATIVE_CLAUSE],
    },
    {
      status: "met",
      means: "A list of sub-processors that states where each processes the data (and what it does).",
      all: [SUBPROCESSOR, LIST, LOCATION, FUNCTION],
      none: [REFERENCE],
    },
    {
      status: "met",
      means: "A named hosting or service provider with the country of its servers.",
      all: [SERVER, OPERATED_BY, ANY_PLACE],
      none: [REFERENCE, PHYSICAL],
    },
    {
      status: "weak",
      means: "Sub-processors are listed or referred to (another annex, a website, examples) without the list itself.",
      all: [SUBPROCESSOR, LIST],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "Bilaga 2 Underbiträden\n[[Förteckning över underbiträden]]\nCloudbolaget AB, drift, Stockholm.",
      expect: "met",
    },
    { lang: "sv", text: "[[Plattformen körs på en server hos Nordhost i Sverige.]]", expect: "met" },
    { lang: "sv", text: "[[Godkända underbiträden vid avtalets ingående framgår av Bilaga 3.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören ska föra en förteckning över de underleverantörer som anlitas.]]", expect: "weak" },
    { lang: "sv", text: "Leverantören får inte anlita underbiträden utan Kundens skriftliga godkännande.", expect: "missing" },
    { lang: "sv", text: "Förteckning över bilagor: Bilaga 1 Prislista.", expect: "missing" },
    {
      lang: "en",
      text: "[[Supplier shall maintain a list of its subprocessors stating for each the processing activities and the country where data is processed.]]",
      expect: "met",
    },
    { lang: "en", text: "[[The current list of Subprocessors is available at https://example.com/subprocessors.]]", expect: "weak" },
    { lang: "en", text: "[[Provider uses subprocessors such as cloud hosting providers.]]", expect: "weak" },
    { lang: "en", text: "Supplier shall not engage any subprocessor without Customer's prior written consent.", expect: "missing" },
    { lang: "en", text: "The price list in Schedule 2 applies to all orders.", expect: "missing" },
    {
      lang: "en",
      text: "[[Subprocessors]]\nAcme Hosting Ltd | Infrastructure | Ireland",
      expect: "todo-met",
      note: "An annex that is only a table under a one-word heading: cells are separate paragraphs, so the list is not recognised.",
    },
    { lang: "en", text: "[[Provider uses the sub-processors listed at trust.example.com.]]", expect: "weak" },
    { lang: "sv", text: "[[Underleverantörer som anlitas framgår av bilaga 4.]]", expect: "weak" },
    { lang: "en", text: "Provider shall impose on each subprocessor the same data protection obligations.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska informera Kunden om nya underbiträden.", expect: "missing" },
  ],
};
