// C6: after retrieval, all copies incl. backups are deleted within a fixed time, with written confirmation.
import { EU_EEA, SWEDEN } from "../common";
import type { Rule, Terms } from "../types";
import { BACKUPS, CONFIRMATION, CUSTOMER_DATA, DEADLINE, DELETE, WRONG_PARTY } from "./terms";

// The supplier commits (an obligation, not a description or a column heading such as "Bekräftelse på radering").
const OBLIGATION: Terms = [
  "shall", "will", "must", "undertakes", "agrees to", "is required to", "ska", "skall", "åtar sig", "förbinder sig", "är skyldig*",
];

// Other meanings of deletion: security incidents ("accidental destruction"), data-subject rights ("right to erasure"),
// edits of the contract text ("Intentionally deleted", "this provision is hereby deleted").
const OTHER_MEANING: Terms = [
  "accidental*", "unlawful*", "unauthori*", "breach*", "incident*", "oavsiktlig*", "olaglig*", "obehörig*", "personuppgiftsincident*",
  "right to erasure", "right to deletion", "right to be forgotten", "right to obtain ~4 erasure", "right to obtain ~4 deletion",
  "data subject* ~4 request*", "data subject* ~3 right*", "rights of ~3 data subject*", "registrerad* ~3 rätt*", "begäran ~3 registrerad*",
  "rätt till radering", "rätt att bli bortglömd", "rectif*", "rättelse*", "request* for erasure", "erasure request*",
  "intentionally deleted", "hereby deleted", "deleted and replaced", "provision* ~3 deleted", "theft", "stöld", "property",
  "inaccurate", "felaktig*", "outdated", "correct*", "block*", "korriger*", "rectification", "recording", "registrering", "definition*",
  "third part* ~3 may", "tredje part* ~3 kan", "protect* ~4 against", "skydd* ~4 mot", ...WRONG_PARTY,
];

// Retention allowed by the supplier's own backup, archive or record-retention routines: copies stay (weak).
const RETAIN: Terms = [
  "retain*", "keep", "kept", "behålla*", "behåller", "spara*", "sparas", "lagra*", "lagras", "isolate*", "overwritten", "skrivs över",
];
const STORAGE_PLACE: Terms = [...SWEDEN, ...EU_EEA, "datacenter*", "data centre*", "data center*", "belägna", "located in", "within the", "inom"];
const BACKUP_OR_POLICY: Terms = [
  ...BACKUPS, "retention polic*", "record retention", "retention schedule*", "gallringsrutin*", "ordinary course", "cannot reasonably",
];

// Deletion on the supplier's own terms: its policies, protocols or documentation decide when (weak).
const SUPPLIER_POLICY: Terms = [
  "in accordance with ~4 polic*", "according to ~6 polic*", "according to ~6 protocols", "in accordance with ~4 procedures",
  "in accordance with ~3 technical documentation", "in accordance with ~4 documentation", "deletion polic*", "deletion protocols",
  "enligt ~3 rutin*", "enligt ~3 policy*", "enligt ~3 riktlinjer",
];

// Periods longer than the 90 days the notes accept even for backups: a deadline in name only (weak).
const LONG_PERIOD: Terms = [
  "180 days", "(180) days", "one hundred eighty", "365 days", "six (6) months", "six months", "6 months", "twelve (12) months",
  "twelve months", "12 months", "one year", "1 year", "sex månader", "6 månader", "tolv månader", "12 månader", "ett år", "1 år",
];

// The supplier may keep the data on its own say-so: deletion is not assured at all (contrary).
const RIGHT_TO_RETAIN: Terms = [
  "right to retain", "entitled to retain", "may retain ~6 sole discretion", "retain* ~6 indefinitely", "retain* ~6 as long as it",
  "rätt att behålla", "får behålla ~6 eget gottfinnande", "behålla* ~6 obegränsad tid",
];
// ... unless the retention is bounded by law, backups or a period, which makes it weak (handled above).
const BOUNDED: Terms = [
  ...BACKUPS, "retention polic*", "required by", "krävs enligt", "law", "lag", "lagen", "to the extent", "no longer than", "#n days",
  "#n dagar",
];

export const deletion: Rule = {
  id: "data-location/deletion",
  area: "data-location",
  code: "C6",
  title: { sv: "Radering vid avtalets slut", en: "Deletion at the end of the contract" },
  requirement: {
    sv: "Efter återlämnandet raderas alla kopior, även säkerhetskopior och hos underbiträden, inom en fast tid och med skriftlig bekräftelse; radering sker bara på myndighetens instruktion.",
    en: "After return, all copies incl. backups and at sub-processors are deleted within a fixed time with written confirmation; deletion happens only on the buyer's instruction.",
  },
  why: {
    sv: "GDPR art. 28.3 g kräver radering eller återlämnande efter avslutad behandling, och dataförordningen kräver radering efter hämtning. Kvarliggande kopior hos leverantören fortsätter att vara åtkomliga för främmande myndigheter; gallringsbeslut enligt arkivlagen fattas av myndigheten.",
    en: "GDPR art. 28(3)(g) requires deletion or return when processing ends, and the Data Act requires erasure after retrieval. Copies left with the supplier stay reachable by foreign authorities; archive-law disposal decisions belong to the buyer.",
  },
  references: ["GDPR art. 28.3 g", "EDPB Guidelines 07/2020", "Dataförordningen (EU) 2023/2854 art. 25", "Arkivlagen (1990:782)"],
  aspects: ["K"],
  critical: false,
  messages: {
    met: {
      sv: "Uppgifterna raderas inom en fast tid och/eller med skriftlig bekräftelse.",
      en: "Data is deleted within a fixed time and/or with written confirmation.",
    },
    weak: {
      sv: "Radering nämns men utan tidsfrist eller bekräftelse, eller med undantag för säkerhetskopior och leverantörens egna rutiner.",
      en: "Deletion is mentioned but without deadline or confirmation, or with exceptions for backups and the supplier's own routines.",
    },
    contrary: {
      sv: "Leverantören får behålla kopior av uppgifterna efter eget gottfinnande.",
      en: "The supplier may keep copies of the data at its own discretion.",
    },
    missing: { sv: "Avtalet reglerar inte radering av uppgifterna vid avtalets slut.", en: "The agreement does not regulate deletion of the data at the end." },
  },
  remediation: {
    sv: "Ange att alla kopior, även säkerhetskopior och hos underbiträden, raderas senast 30 dagar efter återlämnandet (säkerhetskopior inom 90 dagar), endast på myndighetens instruktion, och att leverantören lämnar ett skriftligt intyg om radering.",
    en: "State that all copies, incl. backups and at sub-processors, are deleted no later than 30 days after return (backups within 90 days), only on the buyer's instruction, with a written certificate of deletion.",
  },
  placement: {
    sv: "Personuppgiftsbiträdesavtalet eller avsnittet om avtalets upphörande.",
    en: "The data processing agreement or the termination section.",
  },
  signals: [
    {
      status: "met",
      means: "The supplier deletes the data within a fixed time.",
      all: [DELETE, DEADLINE, OBLIGATION, CUSTOMER_DATA],
      none: [OTHER_MEANING],
    },
    {
      status: "met",
      means: "The supplier deletes the data and confirms or certifies it in writing.",
      all: [DELETE, CONFIRMATION, OBLIGATION],
      none: [OTHER_MEANING],
    },
    {
      status: "weak",
      means: "Deletion or destruction of the data is mentioned (e.g. 'return or delete') without deadline or confirmation.",
      all: [DELETE, CUSTOMER_DATA],
      none: [OTHER_MEANING],
    },
    {
      status: "weak",
      means: "Confirmation of deletion is asked for (a template field or heading), without an obligation and deadline.",
      all: [DELETE, CONFIRMATION],
      none: [OTHER_MEANING],
    },
    {
      status: "weak",
      capsAtWeak: true,
      means: "Copies may stay in backups, archives or under the supplier's retention routines.",
      all: [RETAIN, BACKUP_OR_POLICY],
      // Where backups are stored ("backups are stored only in Sweden") is a location clause, not retention after the end.
      none: [DEADLINE, OTHER_MEANING, STORAGE_PLACE],
    },
    {
      status: "weak",
      capsAtWeak: true,
      means: "Deletion follows the supplier's own policies, protocols or documentation.",
      all: [DELETE, SUPPLIER_POLICY],
      none: [OTHER_MEANING],
    },
    {
      status: "weak",
      capsAtWeak: true,
      means: "The deletion deadline is longer than 90 days.",
      all: [DELETE, LONG_PERIOD],
      none: [OTHER_MEANING],
    },
    {
      status: "contrary",
      means: "The supplier may keep copies of the data at its own discretion.",
      all: [RIGHT_TO_RETAIN, CUSTOMER_DATA],
      none: [BOUNDED],
    },
  ],
  examples: [
    { lang: "sv", text: "Kunddata, inklusive säkerhetskopior, ska lagras uteslutande i datacenter i Sverige.", expect: "missing", note: "Where backups are stored is not retention after termination." },
    { lang: "en", text: "All Customer Data, including backups, shall be stored only in data centres located in the EU.", expect: "missing" },
    {
      lang: "sv",
      text: "[[Leverantören ska radera samtliga personuppgifter, inklusive säkerhetskopior, senast 30 dagar efter avtalets upphörande och skriftligen bekräfta raderingen.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Efter avtalets slut ska Leverantören återlämna eller radera Kundens uppgifter.]]", expect: "weak" },
    {
      lang: "sv",
      text: "[[Leverantören ska radera uppgifterna inom 30 dagar.]] Kopior i säkerhetskopior får dock sparas enligt Leverantörens gallringsrutiner.",
      expect: "weak",
    },
    {
      lang: "sv",
      text: "[[Leverantören har rätt att behålla kopior av Kundens uppgifter efter avtalets upphörande.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Leverantören ska vidta åtgärder mot oavsiktlig förstöring eller förlust av personuppgifter.", expect: "missing" },
    { lang: "sv", text: "Den registrerade har rätt till radering av sina personuppgifter enligt artikel 17.", expect: "missing" },
    {
      lang: "en",
      text: "[[Within thirty (30) days after termination Supplier will delete all Customer Data, including backups, and certify the deletion in writing.]]",
      expect: "met",
    },
    {
      lang: "en",
      text: "[[Provider will delete Customer Data within 60 days.]] Provider may retain copies in accordance with its standard backup policies.",
      expect: "weak",
    },
    { lang: "en", text: "[[After termination your content will be deleted according to our regular deletion policies.]]", expect: "weak" },
    { lang: "en", text: "[[Supplier shall have the right to retain in its possession copies of Customer Data.]]", expect: "contrary" },
    { lang: "en", text: "Section 12.4 is intentionally deleted.", expect: "missing" },
    {
      lang: "en",
      text: "Supplier shall notify Customer within 24 hours of any accidental destruction of Customer Data.",
      expect: "missing",
    },
    {
      lang: "en",
      text: "[[Supplier will delete Customer Data when it is no longer needed for its legitimate business purposes.]]",
      expect: "todo-contrary",
      note: "Deletion timed by the supplier's own business needs is retention at its discretion; today it counts as a plain (weak) deletion clause.",
    },
    {
      lang: "sv",
      text: "[[Underbiträdet ska radera personuppgifterna och skriftligen bekräfta detta till Personuppgiftsbiträdet.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Provider will delete Customer Data within 180 days after termination.]]", expect: "weak" },
    { lang: "en", text: "[[Provider may keep copies in its archives in accordance with its record retention policy.]]", expect: "weak" },
    { lang: "en", text: "[[Vendor is entitled to retain copies of Customer Data for its own records.]]", expect: "contrary" },
    { lang: "en", text: "Provider shall implement measures against unauthorised deletion of Customer Data.", expect: "missing" },
    { lang: "sv", text: "Kunden har rätt till radering av felaktiga uppgifter.", expect: "missing" },
    { lang: "en", text: "[[Supplier shall not delete Customer Data without Customer's written instruction.]]", expect: "weak" },
  ],
};
