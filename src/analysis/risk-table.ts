// The risk assessment table as plain data (rows × columns aligned with SKL's four questions), rendered alike by Word, Excel and the CLI.
import { RULES } from "../rules";
import type { Lang, Localized, RequirementId, Rule } from "../rules/types";
import { AREA_LABEL, BAND_HANDLING, BAND_LABEL, CONTROL_LABEL, EXPOSURE_LABEL, MEASURE_LABEL, STATUS_LABEL } from "./labels";
import { MEASURE_EFFECT } from "./risk";
import type { Band, Evidence, OverallBand, Report } from "./types";

/** SKL's questions (2018): which requirements, can the supplier meet them, own adaptations, overall judgement; plus the control question. */
export const SKL_QUESTIONS = ["q1", "q2", "q3", "q4", "control"] as const;
export type SklQuestion = (typeof SKL_QUESTIONS)[number];

export const SKL_QUESTION_TEXT: Readonly<Record<SklQuestion, Localized>> = {
  q1: { sv: "1. Vilka säkerhetskrav behöver informationen?", en: "1. Which security requirements does the information need?" },
  q2: { sv: "2. Kan leverantören och tjänsten uppfylla kraven?", en: "2. Can the supplier and the service meet them?" },
  q3: { sv: "3. Vilka anpassningar i den egna miljön kompletterar?", en: "3. Which adaptations in our own environment complement them?" },
  q4: { sv: "4. Samlad riskbedömning", en: "4. Overall risk assessment" },
  control: { sv: "Kontrollfråga: hanteras informationen minst lika säkert som i dag?", en: "Control question: is the information handled at least as safely as today?" },
};

export const RISK_TABLE_COLUMNS = [
  "ruleId", "area", "requirement", "classification", "evidence", "status", "supplier", "measures",
  "likelihood", "consequence", "risk", "control", "remediation", "decision",
] as const;
export type RiskTableColumnKey = (typeof RISK_TABLE_COLUMNS)[number];

const HEADERS: Readonly<Record<RiskTableColumnKey, Localized>> = {
  ruleId: { sv: "Krav-ID", en: "Requirement ID" },
  area: { sv: "Område", en: "Area" },
  requirement: { sv: "Krav", en: "Requirement" },
  classification: { sv: "Informationsklassning (K-R-T)", en: "Classification (C-I-A)" },
  evidence: { sv: "Avtalsstöd (citat, plats)", en: "Contract evidence (quote, location)" },
  status: { sv: "Status", en: "Status" },
  supplier: { sv: "Leverantörens exponering", en: "Supplier exposure" },
  measures: { sv: "Kompletterande åtgärder i egen miljö", en: "Own-environment measures" },
  likelihood: { sv: "Sannolikhet (1–4)", en: "Likelihood (1–4)" },
  consequence: { sv: "Konsekvens (1–4)", en: "Consequence (1–4)" },
  risk: { sv: "Risknivå", en: "Risk level" },
  control: { sv: "Minst lika säkert som i dag?", en: "At least as safe as today?" },
  remediation: { sv: "Åtgärdsförslag", en: "Remediation" },
  decision: { sv: "Beslut, ansvarig, datum", en: "Decision, owner, date" },
};

const QUESTION_OF: Readonly<Record<RiskTableColumnKey, SklQuestion | null>> = {
  ruleId: null, area: null, requirement: null, classification: "q1", evidence: "q2", status: "q2", supplier: "q2", measures: "q3",
  likelihood: "q4", consequence: "q4", risk: "q4", control: "control", remediation: null, decision: "q4",
};

export interface RiskTableColumn {
  readonly key: RiskTableColumnKey;
  readonly header: string;
  readonly question: SklQuestion | null;
}

export interface RiskTableRow {
  readonly id: RequirementId;
  readonly band: Band | null;
  readonly cells: Readonly<Record<RiskTableColumnKey, string>>;
}

export interface RiskTable {
  readonly lang: Lang;
  readonly title: string;
  readonly columns: readonly RiskTableColumn[];
  readonly rows: readonly RiskTableRow[];
  readonly overall: { readonly band: OverallBand; readonly label: string; readonly handling: string; readonly reasons: readonly string[] };
  readonly questions: readonly { readonly key: SklQuestion; readonly text: string }[];
}

/** "§ 7.2 Revision, st. 14: «quote»" — where a reviewer finds the clause. */
export function describeEvidence(e: Evidence, lang: Lang): string {
  const where = lang === "sv" ? `stycke ${e.paragraph + 1}` : `paragraph ${e.paragraph + 1}`;
  return `${e.heading ? `${e.heading}, ` : ""}${where}: “${e.quote}”`;
}

/** Builds the table for a report. Every requirement gets a row; the decision column is left for the organisation. */
export function buildRiskTable(report: Report, rules: readonly Rule[] = RULES): RiskTable {
  const lang = report.outputLanguage;
  const { klassa, exposure, measures, controlQuestion, secretData } = report.inputs;
  const classification = `${klassa.K}-${klassa.R}-${klassa.T}${secretData ? (lang === "sv" ? " · sekretess/känsliga uppgifter" : " · secret/sensitive data") : ""}`;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const rows = report.requirements.map((r): RiskTableRow => {
    const rule = byId.get(r.id);
    const applied = measures.filter((m) => MEASURE_EFFECT[m].includes(r.id)).map((m) => MEASURE_LABEL[m][lang]);
    return {
      id: r.id,
      band: r.band,
      cells: {
        ruleId: r.id,
        area: AREA_LABEL[r.area][lang],
        requirement: rule ? rule.title[lang] : r.id,
        classification,
        evidence: r.evidence.slice(0, 2).map((e) => describeEvidence(e, lang)).join("\n") || (rule ? rule.placement[lang] : ""),
        status: STATUS_LABEL[r.status][lang],
        supplier: EXPOSURE_LABEL[exposure][lang],
        measures: applied.join("; "),
        likelihood: r.likelihood === null ? "" : String(r.likelihood),
        consequence: r.consequence === null ? "" : String(r.consequence),
        risk: r.risk === null || r.band === null ? "" : `${r.risk} ${BAND_LABEL[r.band][lang]}`,
        control: CONTROL_LABEL[controlQuestion][lang],
        remediation: r.status === "met" || r.status === "not-applicable" ? "" : r.remediation,
        decision: "",
      },
    };
  });
  return {
    lang,
    title: lang === "sv" ? `Riskbedömning: ${report.document.name}` : `Risk assessment: ${report.document.name}`,
    columns: RISK_TABLE_COLUMNS.map((key) => ({ key, header: HEADERS[key][lang], question: QUESTION_OF[key] })),
    rows,
    overall: {
      band: report.overall.band,
      label: BAND_LABEL[report.overall.band][lang],
      handling: BAND_HANDLING[report.overall.band][lang],
      reasons: report.overall.reasons.map((r) => r.text),
    },
    questions: SKL_QUESTIONS.map((key) => ({ key, text: SKL_QUESTION_TEXT[key][lang] })),
  };
}
