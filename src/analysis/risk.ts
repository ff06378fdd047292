// The risk model: KLASSA levels and clause statuses become likelihood, consequence, risk and bands (SKL's question 4).
import type { Area, Aspect, RequirementId, Rule, Status } from "../rules/types";
import type { Band, Klassa, Measure, RiskInputs } from "./types";

/** Defaults follow a cautious reading: a typical case-management service (2-2-2) and unknown supplier exposure. */
export const DEFAULT_INPUTS: RiskInputs = {
  klassa: { K: 2, R: 2, T: 2 },
  secretData: false,
  exposure: "unknown",
  measures: [],
  controlQuestion: "unknown",
};

/** Likelihood from clause status (1 low … 4 very high): how likely the contract fails to prevent the harm. */
export const BASE_LIKELIHOOD: Readonly<Record<Exclude<Status, "not-applicable">, number>> = { met: 1, weak: 2, missing: 3, contrary: 4 };

/** Areas where a contract cannot override foreign law, so a supplier exposed to it raises the likelihood (eSam 2018). */
export const EXPOSURE_AREAS: readonly Area[] = ["foreign-jurisdiction", "data-location", "confidentiality"];

/**
 * Which requirements a compensating measure really protects. Customer-held keys help only where the threat is
 * someone reading stored data; keeping secret data out helps wherever the threat is disclosure abroad.
 */
export const MEASURE_EFFECT: Readonly<Record<Measure, readonly RequirementId[]>> = {
  "customer-held-keys": [
    "confidentiality/encryption-keys",
    "data-location/storage-location",
    "data-location/third-country-transfer",
    "foreign-jurisdiction/authority-requests",
    "foreign-jurisdiction/legal-basis-for-disclosure",
  ],
  "secret-data-excluded": [
    "foreign-jurisdiction/ownership-exposure",
    "foreign-jurisdiction/authority-requests",
    "foreign-jurisdiction/legal-basis-for-disclosure",
    "data-location/storage-location",
    "data-location/support-access",
    "data-location/third-country-transfer",
    "confidentiality/disclosure-exceptions",
    "confidentiality/public-records-requests",
  ],
  pseudonymisation: ["data-location/third-country-transfer", "data-location/support-access", "confidentiality/no-secondary-use"],
};

/** Risk bands by L×C: 1–3 low, 4–6 medium, 8–9 high, 12–16 very high. */
export function bandOf(risk: number): Band {
  if (risk >= 12) return "very-high";
  if (risk >= 8) return "high";
  if (risk >= 4) return "medium";
  return "low";
}

export const BAND_ORDER: readonly Band[] = ["low", "medium", "high", "very-high"];

export function worstBand(bands: readonly (Band | null)[]): Band | null {
  let worst = -1;
  for (const b of bands) if (b) worst = Math.max(worst, BAND_ORDER.indexOf(b));
  return worst < 0 ? null : (BAND_ORDER[worst] ?? null);
}

/** Likelihood for one requirement, with the exposure (+1) and compensation (−1) modifiers, kept within 1–4. */
export function likelihoodOf(rule: Pick<Rule, "id" | "area">, status: Status, inputs: RiskInputs): number | null {
  if (status === "not-applicable") return null;
  let l = BASE_LIKELIHOOD[status];
  if (inputs.exposure !== "no" && EXPOSURE_AREAS.includes(rule.area)) l += 1;
  if (inputs.measures.some((m) => MEASURE_EFFECT[m].includes(rule.id))) l -= 1;
  return Math.min(4, Math.max(1, l));
}

/** KLASSA level 0–3 maps to consequence 1–4 (level 4 is outside the model and maps to 4 plus an overall stop). */
export function consequenceOf(rule: Pick<Rule, "aspects">, klassa: Klassa, secretData: boolean, measures: readonly Measure[] = []): number {
  const level = Math.max(...rule.aspects.map((a: Aspect) => klassa[a]));
  let c = Math.min(4, level + 1);
  // Precautionary principle (SKL 2018): secret or sensitive data in scope puts every confidentiality-driven
  // requirement at least at "significant", unless that data is kept out of the service.
  if (secretData && rule.aspects.includes("K") && !measures.includes("secret-data-excluded")) c = Math.max(c, 3);
  return c;
}
