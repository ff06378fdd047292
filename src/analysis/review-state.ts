// What a document remembers between sessions: the review inputs and reviewers' overrides, with a safe parser for stored JSON.
import { REQUIREMENT_IDS, type RequirementId } from "../rules/types";
import { DEFAULT_INPUTS } from "./risk";
import { CONTROL_ANSWERS, EXPOSURES, MEASURES, type KlassaLevel, type Override, type RiskInputs } from "./types";

/** Stored in the document (Word settings, workbook settings) or the browser's storage. */
export interface ReviewState {
  readonly version: 1;
  readonly inputs: RiskInputs;
  readonly overrides: readonly Override[];
}

export const EMPTY_STATE: ReviewState = { version: 1, inputs: DEFAULT_INPUTS, overrides: [] };

const OVERRIDE_STATUSES = ["met", "weak", "contrary", "missing"] as const;
const MAX_TEXT = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const level = (v: unknown): KlassaLevel | undefined => (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 4 ? (v as KlassaLevel) : undefined);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => (typeof v === "string" && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/**
 * Reads stored state defensively: anything malformed (an older version, a hand-edited setting, another add-in's
 * data) falls back field by field to the defaults instead of failing the task pane.
 */
export function parseReviewState(raw: unknown): ReviewState {
  let data = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return EMPTY_STATE;
    }
  }
  if (!isObject(data) || data.version !== 1) return EMPTY_STATE;
  const i = isObject(data.inputs) ? data.inputs : {};
  const k = isObject(i.klassa) ? i.klassa : {};
  const inputs: RiskInputs = {
    klassa: { K: level(k.K) ?? DEFAULT_INPUTS.klassa.K, R: level(k.R) ?? DEFAULT_INPUTS.klassa.R, T: level(k.T) ?? DEFAULT_INPUTS.klassa.T },
    secretData: typeof i.secretData === "boolean" ? i.secretData : DEFAULT_INPUTS.secretData,
    exposure: oneOf(EXPOSURES, i.exposure) ?? DEFAULT_INPUTS.exposure,
    measures: Array.isArray(i.measures) ? [...new Set(i.measures.map((m) => oneOf(MEASURES, m)).filter((m) => m !== undefined))] : [],
    controlQuestion: oneOf(CONTROL_ANSWERS, i.controlQuestion) ?? DEFAULT_INPUTS.controlQuestion,
  };
  const overrides: Override[] = [];
  for (const o of Array.isArray(data.overrides) ? data.overrides : []) {
    if (!isObject(o)) continue;
    const id = oneOf(REQUIREMENT_IDS, o.id) as RequirementId | undefined;
    const status = oneOf(OVERRIDE_STATUSES, o.status);
    if (!id || !status || typeof o.justification !== "string" || overrides.some((x) => x.id === id)) continue;
    overrides.push({
      id,
      status,
      justification: o.justification.slice(0, MAX_TEXT),
      ...(typeof o.quote === "string" && { quote: o.quote.slice(0, MAX_TEXT) }),
      ...(typeof o.date === "string" && { date: o.date.slice(0, 40) }),
    });
  }
  return { version: 1, inputs, overrides };
}

export function serializeReviewState(state: ReviewState): string {
  return JSON.stringify(state);
}
