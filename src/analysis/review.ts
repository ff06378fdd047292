// The engine's entry point: paragraphs in, a complete review report (statuses, evidence, risk, overall) out.
import { RULES } from "../rules";
import { AREAS, REQUIREMENT_IDS, STATUSES, type Lang, type RequirementId, type Rule, type Status } from "../rules/types";
import { compileCatalogue, type CompiledCatalogue } from "./catalogue";
import { isBindingText } from "./document-kind";
import { findClauses } from "./find-clauses";
import { AREA_LABEL, BAND_LABEL, STATUS_LABEL } from "./labels";
import { detectDocumentLanguage } from "./language";
import { bandOf, BAND_ORDER, consequenceOf, DEFAULT_INPUTS, likelihoodOf, worstBand } from "./risk";
import type { AppliedOverride, AreaSummary, Overall, OverallBand, OverallReason, Override, Paragraph, Report, RequirementResult, RiskInputs } from "./types";

export interface ReviewOptions {
  /** File or document name shown in reports. */
  readonly name?: string;
  /** Risk inputs; anything left out takes the default and is listed in `report.defaults`. */
  readonly inputs?: Partial<RiskInputs>;
  /** Language of messages; "auto" (default) follows the document. */
  readonly outputLanguage?: Lang | "auto";
  /** Force the document language instead of detecting it. */
  readonly documentLanguage?: Lang | "auto";
  /** Reviewer decisions to apply on top of the engine's statuses. */
  readonly overrides?: readonly Override[];
}

let defaultCatalogue: CompiledCatalogue | undefined;

/** The built-in catalogue, compiled on first use and then reused (compiling is the expensive part). */
export function builtInCatalogue(): CompiledCatalogue {
  defaultCatalogue ??= compileCatalogue(RULES);
  return defaultCatalogue;
}

/** Fills in defaults and reports which inputs were defaulted. */
export function resolveInputs(partial: Partial<RiskInputs> = {}): { inputs: RiskInputs; defaults: (keyof RiskInputs)[] } {
  const keys = Object.keys(DEFAULT_INPUTS) as (keyof RiskInputs)[];
  const defaults = keys.filter((k) => partial[k] === undefined);
  return { inputs: { ...DEFAULT_INPUTS, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) }, defaults };
}

/**
 * Reviews one document. Pure and deterministic: the same paragraphs and options always give the same report.
 * @example reviewParagraphs([{ text: "Detta avtal ska tolkas enligt svensk rätt." }], { inputs: { klassa: { K: 3, R: 2, T: 2 } } })
 */
export function reviewParagraphs(paragraphs: readonly Paragraph[], options: ReviewOptions = {}, catalogue = builtInCatalogue()): Report {
  const language = options.documentLanguage && options.documentLanguage !== "auto" ? options.documentLanguage : detectDocumentLanguage(paragraphs);
  const lang = options.outputLanguage && options.outputLanguage !== "auto" ? options.outputLanguage : language;
  const { inputs, defaults } = resolveInputs(options.inputs);
  const binding = isBindingText(paragraphs);
  // Guidance, memos and white papers discuss the topics but bind no one: nothing in them is a clause.
  const clauses = binding ? findClauses(catalogue, paragraphs, language) : new Map();

  const overrides = new Map((options.overrides ?? []).map((o) => [o.id, o]));
  const requirements = catalogue.rules.map(({ rule }) => scoreRequirement(rule, clauses.get(rule.id), inputs, lang, overrides.get(rule.id)));
  const areas = AREAS.map((area) => summariseArea(area, requirements));
  const overall = decideOverall(catalogue.rules.map((r) => r.rule), requirements, areas, inputs, lang, binding);
  return {
    schemaVersion: 1,
    document: { name: options.name ?? "", language, paragraphs: paragraphs.length, binding },
    outputLanguage: lang,
    inputs,
    defaults,
    requirements,
    areas,
    overall,
  };
}

function statusFor(rule: Rule, found: Status | undefined, inputs: RiskInputs): Status {
  // Security protection only applies when security-classified information (KLASSA 4) is in scope.
  if (rule.id === "confidentiality/security-protection" && !found && inputs.klassa.K < 4) return "not-applicable";
  return found ?? "missing";
}

/**
 * Applies a reviewer's decision. It still fits when the evidence the reviewer saw is still there (or, for a
 * decision on a missing clause, when the clause is still missing); otherwise it stays but asks for attention.
 */
export function applyOverride(engineStatus: Status, evidence: RequirementResult["evidence"], override: Override): AppliedOverride {
  const norm = (s: string): string => s.replace(/\s+/gu, " ").trim();
  const stillThere = override.quote === undefined ? evidence.length === 0 : evidence.some((e) => norm(e.quote) === norm(override.quote ?? ""));
  return { engineStatus, justification: override.justification, attention: !stillThere };
}

function scoreRequirement(
  rule: Rule,
  found: { status: Status; evidence: RequirementResult["evidence"] } | undefined,
  inputs: RiskInputs,
  lang: Lang,
  override?: Override,
): RequirementResult {
  const engineStatus = statusFor(rule, found?.status, inputs);
  const applied = override ? applyOverride(engineStatus, found?.evidence ?? [], override) : undefined;
  const status = override ? override.status : engineStatus;
  const likelihood = likelihoodOf(rule, status, inputs);
  const consequence = status === "not-applicable" ? null : consequenceOf(rule, inputs.klassa, inputs.secretData, inputs.measures);
  const risk = likelihood !== null && consequence !== null ? likelihood * consequence : null;
  const message = status === "not-applicable" ? STATUS_LABEL["not-applicable"][lang] : rule.messages[status][lang];
  return {
    id: rule.id,
    area: rule.area,
    status,
    evidence: found?.evidence ?? [],
    likelihood,
    consequence,
    risk,
    band: risk === null ? null : bandOf(risk),
    message,
    remediation: rule.remediation[lang],
    ...(applied && { override: applied }),
  };
}

function summariseArea(area: AreaSummary["area"], requirements: readonly RequirementResult[]): AreaSummary {
  const inArea = requirements.filter((r) => r.area === area);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, inArea.filter((r) => r.status === s).length])) as Record<Status, number>;
  return { area, band: worstBand(inArea.map((r) => r.band)), counts };
}

const REASON_TEXT = {
  "worst-area": { sv: (a: string, b: string) => `Högsta risknivå finns inom ${a} (${b}).`, en: (a: string, b: string) => `The highest risk is in ${a} (${b}).` },
  "critical-gap": { sv: (r: string, s: string) => `Kritiskt krav ${r} (${s}) med betydande konsekvens: minst hög risk.`, en: (r: string, s: string) => `Critical requirement ${r} is ${s} with a significant consequence: at least high risk.` },
  "control-question": { sv: () => "Kontrollfrågan besvarades nej: informationen hanteras mindre säkert än i dag, minst hög risk.", en: () => "The control question was answered no: the information would be handled less safely than today, at least high risk." },
  "klassa-4": { sv: () => "KLASSA-nivå 4 (synnerligen allvarlig skada): ärendet hör till säkerhetsskyddsprocessen, inte denna riskmodell.", en: () => "KLASSA level 4 (exceptionally serious harm): this belongs to the security-protection process, not this risk model." },
  "no-contract-text": { sv: () => "Dokumentet innehåller inga bindande avtalsvillkor (t.ex. en vägledning eller promemoria); alla krav saknas därför.", en: () => "The document contains no binding contract terms (e.g. guidance or a memo), so every requirement is missing." },
} as const;

function decideOverall(rules: readonly Rule[], requirements: readonly RequirementResult[], areas: readonly AreaSummary[], inputs: RiskInputs, lang: Lang, binding: boolean): Overall {
  const reasons: OverallReason[] = [];
  if (!binding) reasons.push({ code: "no-contract-text", text: REASON_TEXT["no-contract-text"][lang]() });
  if (inputs.klassa.K === 4 || inputs.klassa.R === 4 || inputs.klassa.T === 4) {
    reasons.push({ code: "klassa-4", text: REASON_TEXT["klassa-4"][lang]() });
    return { band: "stop", reasons };
  }
  let rank = -1;
  const worstArea = [...areas].filter((a) => a.band).sort((a, b) => BAND_ORDER.indexOf(b.band!) - BAND_ORDER.indexOf(a.band!))[0];
  if (worstArea?.band) {
    rank = BAND_ORDER.indexOf(worstArea.band);
    reasons.push({ code: "worst-area", text: REASON_TEXT["worst-area"][lang](AREA_LABEL[worstArea.area][lang], BAND_LABEL[worstArea.band][lang]) });
  }
  const critical = new Set(rules.filter((r) => r.critical).map((r) => r.id));
  for (const r of requirements) {
    if (critical.has(r.id) && (r.status === "missing" || r.status === "contrary") && (r.consequence ?? 0) >= 3) {
      rank = Math.max(rank, BAND_ORDER.indexOf("high"));
      reasons.push({ code: "critical-gap", requirement: r.id as RequirementId, text: REASON_TEXT["critical-gap"][lang](r.id, STATUS_LABEL[r.status][lang].toLowerCase()) });
    }
  }
  if (inputs.controlQuestion === "no") {
    rank = Math.max(rank, BAND_ORDER.indexOf("high"));
    reasons.push({ code: "control-question", text: REASON_TEXT["control-question"][lang]() });
  }
  const band: OverallBand = BAND_ORDER[Math.max(0, rank)] ?? "low";
  return { band, reasons };
}

/** Every requirement id, in catalogue order (the JSON contract always lists all of them). */
export const ALL_REQUIREMENT_IDS: readonly RequirementId[] = REQUIREMENT_IDS;
