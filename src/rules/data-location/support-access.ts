// C2: support and remote/administrative access to customer data only from agreed places, by controlled staff.
import { NEGATION_EN, NEGATION_SV, NON_EU, OTHER_EU_EEA } from "../common";
import type { Rule, Terms } from "../types";
import {
  ACCESS, ACCESS_CONTROL, ANYWHERE, HOME, LAW_CONTEXT, NOT_A_PERMISSION, ONLY, OUTSIDE_EU, PRIOR_APPROVAL, PROHIBITION, STORE_PROCESS,
  SUPPORT_ACCESS, SUPPORT_STAFF,
} from "./terms";

// Locations fixed by the agreement or approved by the buyer ("agreed support locations", "godkända platser").
const AGREED_PLACES: Terms = [
  "agreed location*", "approved location*", "locations approved", "locations agreed", "designated location*", "specified location*",
  "överenskomn* plats*", "godkänd* plats*", "avtalad* plats*", "angiven plats", "angivna platser",
];

// Supplier staff who may reach customer data (English; "personal" is only Swedish staff, see STAFF_SV).
const STAFF_EN: Terms = ["staff", "employees", "personnel", "engineers", "administrators", "technicians"];
const STAFF_SV: Terms = ["personal", "personalen", "anställd*", "medarbetare", "tekniker*", "administratör*"];

// Processing in every country where the supplier or its sub-processors have operations or facilities: support
// and administration run from all of them.
const OPERATIONS: Terms = [
  "operate*", "operations", "facilities", "maintain* ~3 facilit*", "har verksamhet", "bedriver verksamhet", "verksamhet", "anläggningar",
];

// Where the work is performed (consultancy and outsourcing): at the buyer's premises or a place it names.
const PLACE_OF_PERFORMANCE: Terms = [
  "utför* ~4 på plats", "utför* ~4 på den plats", "utföras på plats*", "perform* ~4 at ~2 premises", "perform* ~4 on site",
  "perform* ~4 at the location*",
];

// The customer's own users reaching the service (not the supplier's support).
const CUSTOMER_USERS: Terms = [
  "end user*", "your users", "authorized users", "authorised users", "customer* ~1 access", "your access", "användare", "slutanvändare",
  "kundens åtkomst", "elever",
];

// Where support is given from ("support is provided from India", "support kan ges från vilket land som helst").
const SUPPORT_FROM: Terms = ["support ~4 from", "support ~4 från", "supporten ~4 från", "supportfunktion* ~4 från", "support ~3 locations"];

// An exception that reopens the limit ("except from the United States" names the one excluded country).
const EXCEPT: Terms = ["unless", "except*", "excluding", "other than", "såvida", "om inte", "utom", "förutom", "undantag*"];

// The helpdesk the customer calls (tickets, opening hours) is service, not access to data.
const HELPDESK: Terms = ["support ~4 requests", "support ticket*", "supportärende*", "customer support", "kundtjänst*"];

// Physical entry to buildings and data centres is not remote access to data.
const PHYSICAL_EN: Terms = ["physical", "premises", "building*", "visitor*", "data cent*", "card key", "entrant*", "facilit*"];
const PHYSICAL_SV: Terms = ["fysisk*", "lokal*", "byggnad*", "besökare"];

// Support that follows the working day around the globe: access from wherever the shift is.
const FOLLOW_THE_SUN: Terms = ["follow the sun", "round the clock ~3 global*"];
// Global support teams: contrary when they reach the customer's data.
const GLOBAL_SUPPORT: Terms = ["global support*", "globala support*", "globalt support*"];

// Support staff or any remote access: who may reach the data from elsewhere.
const SUPPORT_ANY: Terms = [...SUPPORT_ACCESS, ...SUPPORT_STAFF];

export const supportAccess: Rule = {
  id: "data-location/support-access",
  area: "data-location",
  code: "C2",
  title: { sv: "Support och fjärråtkomst", en: "Support and remote access" },
  requirement: {
    sv: "Support och administrativ åtkomst till kunddata sker endast från överenskomna platser, av namngivna roller och med kundens godkännande och loggning vid åtkomst till innehåll.",
    en: "Support and administrative access to customer data happens only from agreed locations, by named roles, with the customer's approval and logging for access to content.",
  },
  why: {
    sv: "Fjärråtkomst från ett land utanför EU/EES är en överföring till tredjeland, även om uppgifterna lagras i Sverige. Globala supportorganisationer gör att uppgifter kan läsas i länder vars myndigheter kan kräva ut dem.",
    en: "Remote access from outside the EU/EEA is a third-country transfer even if the data is stored in Sweden. Global support teams let data be read in countries whose authorities can compel disclosure.",
  },
  references: ["GDPR art. 44–46", "EDPB Recommendations 01/2020", "SKR: Molntjänster i offentlig sektor"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: { sv: "Support och fjärråtkomst sker endast från överenskomna platser inom Sverige/EU/EES.", en: "Support and remote access happen only from agreed locations within Sweden/the EU/EEA." },
    weak: {
      sv: "Åtkomsten för leverantörens personal regleras (behörighet, autentisering) men inte varifrån den sker.",
      en: "Access by supplier staff is controlled (authorisation, authentication) but not where it comes from.",
    },
    contrary: {
      sv: "Support eller administrativ åtkomst kan ske från valfri plats eller från alla länder där leverantören är verksam.",
      en: "Support or administrative access may come from anywhere or from every country where the supplier operates.",
    },
    missing: { sv: "Avtalet säger inget om varifrån support och fjärråtkomst sker.", en: "The agreement says nothing about where support and remote access come from." },
  },
  remediation: {
    sv: "Ange supportplatser (land) i en bilaga, att åtkomst till innehåll kräver kundens godkännande per tillfälle och loggas, och att åtkomst från tredjeland bara sker enligt avsnittet om tredjelandsöverföring.",
    en: "Annex the support locations (country), require the customer's approval per occasion for access to content with logging, and allow third-country access only under the transfer clause.",
  },
  placement: {
    sv: "Avsnittet om support och drift, eller säkerhetsbilagan om åtkomstkontroll.",
    en: "The support and operations section, or the security annex on access control.",
  },
  signals: [
    {
      status: "met",
      means: "Support or remote access only from Sweden, the EU/EEA or agreed locations.",
      all: [SUPPORT_ANY, ONLY, [...HOME, ...AGREED_PLACES]],
      none: [NEGATION_EN, NEGATION_SV, LAW_CONTEXT, ANYWHERE, OUTSIDE_EU],
    },
    {
      status: "met",
      means: "Support or remote access only from a named EU/EEA country.",
      all: [SUPPORT_ANY, ONLY, OTHER_EU_EEA],
      none: [NEGATION_EN, NEGATION_SV, LAW_CONTEXT, ANYWHERE, OUTSIDE_EU],
    },
    {
      status: "met",
      means: "No support or remote access from outside the EU/EEA.",
      all: [SUPPORT_ANY, PROHIBITION, OUTSIDE_EU],
      none: [EXCEPT],
    },
    {
      status: "weak",
      means: "Remote, administrative or support access is mentioned, without fixing where it comes from.",
      all: [SUPPORT_ACCESS],
      none: [CUSTOMER_USERS, HELPDESK],
    },
    {
      status: "weak",
      means: "Support staff reaching customer data, without fixing where they work from.",
      all: [SUPPORT_STAFF, ACCESS],
      none: [CUSTOMER_USERS],
    },
    {
      status: "weak",
      means: "Access by supplier staff is limited by authorisation or authentication (who, but not from where).",
      lang: "en",
      all: [STAFF_EN, ACCESS, ACCESS_CONTROL],
      none: [CUSTOMER_USERS, PHYSICAL_EN],
    },
    {
      status: "weak",
      means: "Access by supplier staff is limited by authorisation (who, but not from where).",
      lang: "sv",
      all: [STAFF_SV, ACCESS, ACCESS_CONTROL],
      none: [CUSTOMER_USERS, PHYSICAL_SV],
    },
    {
      status: "weak",
      means: "Access to customer content needs the customer's approval, but no location is set.",
      all: [SUPPORT_ACCESS, PRIOR_APPROVAL],
      none: [CUSTOMER_USERS],
    },
    {
      status: "weak",
      means: "The work is performed at the buyer's premises or a place it names (consultancy), without a rule for remote access.",
      all: [PLACE_OF_PERFORMANCE],
    },
    {
      status: "contrary",
      means: "Support or administrative access from anywhere ('follow-the-sun', 'global support teams', 'any location').",
      all: [[...SUPPORT_ANY, ...SUPPORT_FROM, ...STAFF_EN], ANYWHERE],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, CUSTOMER_USERS],
    },
    {
      status: "contrary",
      means: "Support or remote access from a named country outside the EU/EEA ('support is provided from India and the United States').",
      all: [[...SUPPORT_ANY, ...SUPPORT_FROM], NON_EU],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, LAW_CONTEXT, EXCEPT],
    },
    {
      status: "contrary",
      means: "A 'follow-the-sun' support model: access rotates between time zones around the world.",
      all: [FOLLOW_THE_SUN],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV],
    },
    {
      status: "contrary",
      means: "Global support teams reach the customer's data.",
      all: [GLOBAL_SUPPORT, ACCESS],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV],
    },
    {
      status: "contrary",
      means: "Processing in any country where the supplier or its sub-processors operate: support and administration from all of them.",
      all: [ANYWHERE, OPERATIONS, STORE_PROCESS],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, NOT_A_PERMISSION],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "[[Support och fjärråtkomst till Kundens data får endast ske från Sverige.]] Leverantören ska logga all åtkomst.",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantörens fjärråtkomst till systemen får inte ske från länder utanför EU/EES.]]", expect: "met" },
    { lang: "sv", text: "[[Endast behörig personal hos Leverantören har åtkomst till personuppgifterna.]]", expect: "weak" },
    { lang: "sv", text: "[[Konsulten ska utföra tjänsterna på plats hos Beställaren om inte annat avtalats.]]", expect: "weak" },
    {
      lang: "sv",
      text: "[[Leverantören tillämpar follow the sun-support och globala supportteam kan få åtkomst till Kundens data.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Kundens användare kan logga in i tjänsten var som helst ifrån.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska besvara supportärenden inom åtta timmar under kontorstid.", expect: "missing" },
    {
      lang: "en",
      text: "[[Remote access by Supplier support staff shall take place solely from agreed locations within the European Union.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Administrative access to production systems by Provider employees requires multi-factor authentication.]]",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[Provider's global support teams may access Customer Data from any location to resolve tickets.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[Customer Data may be processed in any country where Provider or its subprocessors operate facilities.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Customer may contact customer support by email during business hours.", expect: "missing" },
    { lang: "en", text: "Authorized Users may access the Service from any device.", expect: "missing" },
    { lang: "en", text: "Physical access to the data centre by visitors requires prior authorization by staff.", expect: "missing" },
    { lang: "en", text: "[[Second-line support is provided remotely from India and the United States.]]", expect: "contrary" },
    {
      lang: "en",
      text: "[[Support engineers in Bangalore and Seattle may connect to Customer systems.]]",
      expect: "todo-contrary",
      note: "Cities outside the shared non-EU place list, and 'connect' is not an access word: the clause is not found.",
    },
    {
      lang: "en",
      text: "[[Administrative access to Customer systems shall only be performed from Provider's offices in Finland.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Privileged access to Customer Data is granted on a just-in-time basis and logged.]]", expect: "weak" },
    { lang: "sv", text: "[[Support kan ges från vilket land som helst där Leverantören har personal.]]", expect: "contrary" },
    { lang: "en", text: "Provider offers remote training sessions for Customer staff.", expect: "missing" },
    { lang: "sv", text: "Kundens personal ska ha tillgång till utbildning.", expect: "missing" },
    { lang: "en", text: "Provider offers global support by phone around the clock.", expect: "missing" },
  ],
};
