// C3: no transfer to a third country without the buyer's documented instruction and a valid transfer tool.
import { NEGATION_EN, NEGATION_SV, OTHER_EU_EEA } from "../common";
import type { Rule, Terms } from "../types";
import {
  ANYWHERE, AUTHORISES, CUSTOMER_GRANTS, DATA_OBJECT, HOME, LAW_CONTEXT, NOT_A_PERMISSION, ONLY, OTHER_LICENCE, OUTSIDE_EU, PERMISSION,
  PRIOR_APPROVAL, PRIOR_OR_AUTHORITIES, PROHIBITION, SCC_CONTEXT, SCC_WORDS, STORE_PROCESS, TRANSFER, TRANSFER_TOOLS, WORLDWIDE,
} from "./terms";

// An exception that reopens a prohibition ("shall not transfer ... unless").
const UNLESS: Terms = ["unless", "except*", "save where", "såvida", "om inte", "utom", "med undantag"];

// A valid tool named in the same sentence: then a standing authorisation is a transfer under SCCs/adequacy (weak), not
// a blank cheque (contrary).
const TOOL_NAMED: Terms = ["adequa*", "standard contractual", "SCC", "SCCs", "standardavtalsklausul*", "adekvat*"];

// The act of transferring (a verb), not the noun in "subject to the provisions on data transfers".
const TRANSFER_VERB: Terms = [
  "transfer", "transferred", "transferring", "transmit", "transmitted", "överföra", "överför", "överförs", "föra över", "flytta",
  "flyttas",
];

// Model clauses for other purposes (AI procurement) share the words "standard contractual clauses".
// A permission given to the supplier to transfer ("may transfer", "får överföras"), as opposed to a prohibition.
const TRANSFER_PERMITTED: Terms = [
  "may ~3 transfer*", "may ~3 be transferred", "is permitted to ~2 transfer*", "are permitted to ~2 transfer*", "is entitled to ~2 transfer*",
  "får ~3 överför*", "får ~3 föras över", "har rätt att ~2 överför*", "äger rätt att ~2 överför*",
];
const OTHER_CLAUSES: Terms = ["procur*", "upphandl*", "artificial intelligence", "AI system*", "these standard contractual clauses"];

// Onward disclosure to third parties only on the exporter's documented instructions (the SCC onward-transfer rule).
const ONWARD_ON_INSTRUCTION: Terms = ["disclose ~6 third part*", "lämna* ut ~6 tredje part*"];
const DOCUMENTED_INSTRUCTION: Terms = ["documented instruction*", "dokumenterade instruktion*"];

// The repealed EU–US Privacy Shield (CJEU C-311/18): relying on it is no valid tool.
const PRIVACY_SHIELD: Terms = ["Privacy Shield"];
const SHIELD_HISTORY: Terms = ["invalid*", "ogiltig*", "no longer", "replaced", "ersatt*", "Schrems", "annull*", "struck down", "upphäv*"];

// A condition or the GDPR's territorial scope ("if", "data subjects in the EU") is not a limit on where data goes.
const CONDITION_OR_SCOPE: Terms = ["if", "to the extent", "subject to", "data subject*", "registrerad*"];

// Processing moved between cloud regions at the supplier's choice (e.g. for model inference).
const CROSS_REGION: Terms = ["cross region*", "across regions"];

// Transmission as one of the rights granted over the customer's content.
const TRANSMIT: Terms = ["transmit*", "transfer", "överföra"];

// Recitals and questions describe the law or ask for an answer; they bind no one.
const NOT_BINDING: Terms = ["should", "bör", "whether", "huruvida", "ange om", "beskriv*"];

export const thirdCountryTransfer: Rule = {
  id: "data-location/third-country-transfer",
  area: "data-location",
  code: "C3",
  title: { sv: "Överföring till tredjeland", en: "Third-country transfers" },
  requirement: {
    sv: "Ingen överföring till tredjeland utan myndighetens dokumenterade instruktion och ett giltigt överföringsverktyg (adekvansbeslut, eller standardavtalsklausuler med konsekvensbedömning och kompletterande åtgärder).",
    en: "No transfer to a third country without the buyer's documented instruction and a valid transfer tool (adequacy, or SCCs with a transfer impact assessment and supplementary measures).",
  },
  why: {
    sv: "Schrems II kräver att exportören bedömer mottagarlandets lagar; Data Privacy Framework gäller bara listade organisationer och är överklagat. Utan instruktionskrav kan leverantören flytta uppgifter till länder där myndigheter kan kräva ut dem.",
    en: "Schrems II requires the exporter to assess the destination's laws; the Data Privacy Framework only covers listed organisations and is under appeal. Without an instruction requirement the supplier can move data to countries whose authorities can compel disclosure.",
  },
  references: ["GDPR art. 28.3 a, 44–46", "EU-domstolen C-311/18 (Schrems II)", "EDPB Recommendations 01/2020", "Kommissionens beslut (EU) 2021/914"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Överföring till tredjeland kräver myndighetens förhandsgodkännande eller instruktion (eller sker inte alls).",
      en: "Third-country transfers need the buyer's prior approval or instruction (or do not happen at all).",
    },
    weak: {
      sv: "Överföringar regleras bara med ett överföringsverktyg (t.ex. standardavtalsklausuler) eller information i efterhand, utan myndighetens godkännande.",
      en: "Transfers are covered only by a transfer tool (e.g. SCCs) or notice, without the buyer's approval.",
    },
    contrary: {
      sv: "Myndigheten godkänner i förväg överföring till valfritt land eller utanför EU/EES.",
      en: "The buyer authorises transfers to any country or outside the EU/EEA in advance.",
    },
    missing: { sv: "Avtalet reglerar inte överföring till tredjeland.", en: "The agreement does not regulate third-country transfers." },
  },
  remediation: {
    sv: "Ange att överföring till tredjeland inte får ske utan myndighetens skriftliga instruktion; namnge tillåtna överföringar i en bilaga med verktyg, konsekvensbedömning (TIA) och kompletterande åtgärder, och en reservplan om Data Privacy Framework faller.",
    en: "State that no third-country transfer may happen without the buyer's written instruction; name permitted transfers in an annex with tool, transfer impact assessment and supplementary measures, and a fallback if the Data Privacy Framework falls.",
  },
  placement: {
    sv: "Personuppgiftsbiträdesavtalet, avsnittet om överföring till tredjeland.",
    en: "The data processing agreement, section on international transfers.",
  },
  signals: [
    {
      status: "met",
      means: "Transfers outside the EU/EEA need the buyer's prior (written) approval or documented instruction.",
      all: [OUTSIDE_EU, TRANSFER, PRIOR_APPROVAL],
      // The data subject's consent (GDPR art. 49) is a derogation, not the buyer's approval.
      none: [NOT_BINDING, ANYWHERE, ["data subject*", "registrerad*"]],
    },
    {
      status: "met",
      means: "A binding prohibition on transfers outside the EU/EEA.",
      all: [OUTSIDE_EU, PROHIBITION, TRANSFER],
      none: [UNLESS, NOT_BINDING],
    },
    {
      status: "met",
      means: "Processing only inside Sweden or the EU/EEA: no third-country transfer at all.",
      all: [HOME, ONLY, STORE_PROCESS],
      none: [UNLESS, NOT_BINDING, LAW_CONTEXT, OUTSIDE_EU, ANYWHERE, CONDITION_OR_SCOPE],
    },
    {
      status: "met",
      means: "Processing only inside a named EU/EEA country: no third-country transfer at all.",
      all: [OTHER_EU_EEA, ONLY, STORE_PROCESS],
      none: [UNLESS, NOT_BINDING, LAW_CONTEXT, OUTSIDE_EU, ANYWHERE, CONDITION_OR_SCOPE],
    },
    {
      status: "met",
      means: "Onward disclosure to third parties only on the buyer's documented instructions.",
      all: [ONWARD_ON_INSTRUCTION, DOCUMENTED_INSTRUCTION],
    },
    {
      status: "weak",
      means: "A transfer tool is named (SCCs, adequacy, DPF, BCR, TIA) without the buyer's approval of each transfer.",
      all: [TRANSFER_TOOLS],
      none: [OTHER_CLAUSES],
    },
    {
      status: "weak",
      means: "The standard contractual clauses are named as the transfer tool.",
      all: [SCC_WORDS, SCC_CONTEXT],
      none: [OTHER_CLAUSES],
    },
    {
      status: "weak",
      capsAtWeak: true,
      means: "The supplier may itself decide transfers to third countries as long as it uses a transfer tool: no instruction or approval per transfer, so storage clauses elsewhere cannot make this met.",
      all: [TRANSFER_PERMITTED, OUTSIDE_EU, [...TRANSFER_TOOLS, ...SCC_WORDS]],
      // A restatement of the GDPR ("pursuant to Article 46 … may transfer … only if") is the law, not a permission in the contract.
      none: [NEGATION_EN, NEGATION_SV, PRIOR_APPROVAL, OTHER_CLAUSES, ["pursuant to article*", "article #n", "artikel #n", "regulation (eu)", "förordning (eu)", "gdpr"]],
    },
    {
      status: "weak",
      means: "Transfers outside the EU/EEA are addressed (conditions, notice, templates).",
      all: [OUTSIDE_EU, TRANSFER],
    },
    {
      status: "contrary",
      means: "The supplier may transfer data anywhere ('to the United States or any other country', 'globally').",
      all: [ANYWHERE, TRANSFER_VERB, PERMISSION, DATA_OBJECT],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, TOOL_NAMED, NOT_A_PERMISSION],
    },
    {
      status: "contrary",
      means: "The customer authorises transfers outside the EU/EEA in advance, with no tool named.",
      all: [AUTHORISES, TRANSFER, OUTSIDE_EU, DATA_OBJECT],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV, TOOL_NAMED, PRIOR_OR_AUTHORITIES],
    },
    {
      status: "contrary",
      means: "Processing moves between regions at the supplier's choice ('cross-region inference').",
      all: [CROSS_REGION, STORE_PROCESS],
      none: [PROHIBITION, NEGATION_EN, NEGATION_SV],
    },
    {
      status: "contrary",
      means: "The customer grants the supplier a worldwide right to transmit its content.",
      all: [CUSTOMER_GRANTS, WORLDWIDE, TRANSMIT],
      none: [OTHER_LICENCE],
    },
    {
      status: "contrary",
      means: "Transfers rely on the EU–US Privacy Shield, invalidated in 2020.",
      all: [PRIVACY_SHIELD],
      none: [SHIELD_HISTORY],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "Uppgifterna lagras endast i Sverige.\n[[Personuppgifter får överföras till tredjeland om Leverantören har ingått EU-kommissionens standardavtalsklausuler med mottagaren.]]",
      expect: "weak",
      note: "A supplier-decided transfer under SCCs limits the requirement even when storage is said to be in Sweden.",
    },
    { lang: "en", text: "[[The Provider may transfer personal data to a third country provided that standard contractual clauses are in place.]]", expect: "weak" },
    { lang: "en", text: "Pursuant to Article 46 GDPR, a processor may transfer personal data to a third country only with appropriate safeguards such as standard contractual clauses.", expect: "weak", note: "A restatement of the law: the tool is named (weak) but it does not cap a met clause." },
    {
      lang: "sv",
      text: "[[Leverantören får inte överföra personuppgifter till land utanför EU/EES utan Kundens föregående skriftliga godkännande.]]",
      expect: "met",
    },
    { lang: "sv", text: "Tjänsten driftas i egen regi. [[All behandling av personuppgifter sker endast inom EU/EES.]]", expect: "met" },
    { lang: "sv", text: "[[Vid överföring till tredjeland tillämpas EU-kommissionens standardavtalsklausuler.]]", expect: "weak" },
    {
      lang: "sv",
      text: "[[Kunden godkänner att Leverantören överför personuppgifter till vilket land som helst där Leverantören har verksamhet.]]",
      expect: "contrary",
    },
    { lang: "sv", text: "Leverantören får inte överlåta uppdraget till tredje part utan Kundens godkännande.", expect: "missing" },
    { lang: "sv", text: "Fakturor ska överföras elektroniskt enligt Peppol.", expect: "missing" },
    {
      lang: "en",
      text: "[[Processor shall not transfer Personal Data outside the EEA except on Controller's prior written instruction and subject to a transfer impact assessment.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Transfers to third countries are made under the Standard Contractual Clauses.]]", expect: "weak" },
    {
      lang: "en",
      text: "[[Customer authorises Provider to transfer Customer Data to the United States and any other country where Provider operates.]]",
      expect: "contrary",
    },
    {
      lang: "en",
      text: "[[Transfers of Personal Data to the United States are made under the EU-U.S. Privacy Shield.]]",
      expect: "contrary",
    },
    { lang: "en", text: "Supplier may transfer this Agreement to an affiliate with notice to Customer.", expect: "missing" },
    { lang: "en", text: "Customer may transfer its licences to any other country office of Customer.", expect: "missing" },
    {
      lang: "en",
      text: "[[Provider may move Customer Data between its data centres in the US and the EU as it sees fit.]]",
      expect: "todo-contrary",
      note: "'Move' between named non-EU and EU places at the supplier's discretion: needs a place list joined to a permission.",
    },
    {
      lang: "en",
      text: "[[Supplier shall not, and shall ensure that its sub-processors do not, transfer Customer Data to any third country.]]",
      expect: "met",
    },
    { lang: "en", text: "[[Provider participates in the EU-U.S. Data Privacy Framework.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören ska informera Kunden innan personuppgifter överförs till tredjeland.]]", expect: "weak" },
    { lang: "en", text: "[[Provider may transfer and process Personal Data anywhere in the world.]]", expect: "contrary" },
    { lang: "en", text: "Payments shall be made by bank transfer within 30 days.", expect: "missing" },
    { lang: "sv", text: "Äganderätten till leveransen övergår till Kunden vid betalning.", expect: "missing" },
  ],
};
