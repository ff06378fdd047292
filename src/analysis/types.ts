// Engine input and output: paragraphs in, a review report out. Plain data, shared by every host.
import type { Area, Aspect, ClauseStatus, Lang, RequirementId, Status } from "../rules/types";

/** How a paragraph sat in its document; readers fill it in where the format tells. */
export const PARAGRAPH_KINDS = ["body", "heading", "list-item", "table-cell"] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/** One paragraph of the document, in reading order (table cells become paragraphs of their own). */
export interface Paragraph {
  readonly text: string;
  readonly kind?: ParagraphKind;
  /** Heading level (1 = top) for headings. */
  readonly level?: number;
}

/** Where a finding stands in the document: paragraph index, character offsets in that paragraph's text, and the text itself. */
export interface Evidence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The document's own words (whitespace collapsed), never a paraphrase. */
  readonly quote: string;
  /** What this clause alone says about the requirement. */
  readonly status: ClauseStatus;
  /** The nearest heading above the clause, to say where it is ("7.2 Revision"). */
  readonly heading?: string;
}

export const EXPOSURES = ["yes", "no", "unknown"] as const;
/** Is the supplier (or its group) subject to third-country laws that can compel disclosure (CLOUD Act, FISA 702)? */
export type Exposure = (typeof EXPOSURES)[number];

export const MEASURES = ["customer-held-keys", "secret-data-excluded", "pseudonymisation"] as const;
/** Compensating measures in the buyer's own environment (SKL question 3). */
export type Measure = (typeof MEASURES)[number];

export const CONTROL_ANSWERS = ["yes", "no", "unknown"] as const;
/** SKL's control question: is the information handled at least as safely as today? */
export type ControlAnswer = (typeof CONTROL_ANSWERS)[number];

/** KLASSA level 0–4 per aspect. */
export type KlassaLevel = 0 | 1 | 2 | 3 | 4;
export type Klassa = Readonly<Record<Aspect, KlassaLevel>>;

/** Everything the risk model needs besides the document. */
export interface RiskInputs {
  readonly klassa: Klassa;
  /** OSL-secret information or sensitive personal data in scope (precautionary principle). */
  readonly secretData: boolean;
  readonly exposure: Exposure;
  readonly measures: readonly Measure[];
  readonly controlQuestion: ControlAnswer;
}

export const BANDS = ["low", "medium", "high", "very-high"] as const;
export type Band = (typeof BANDS)[number];
/** The overall verdict can also be "stop": KLASSA 4 goes to the security-protection process, not this model. */
export type OverallBand = Band | "stop";

/**
 * A reviewer's decision to set a requirement's status by hand, with the reason. `quote` is the evidence the
 * reviewer saw (absent when it was missing), so a later review can tell whether the decision still fits.
 */
export interface Override {
  readonly id: RequirementId;
  readonly status: Exclude<Status, "not-applicable">;
  readonly justification: string;
  readonly quote?: string;
  /** ISO date of the decision. */
  readonly date?: string;
}

/** An override as applied to a new review: the engine's own status, and whether the decision needs a fresh look. */
export interface AppliedOverride {
  readonly engineStatus: Status;
  readonly justification: string;
  /** The evidence the reviewer decided on is gone or changed: the decision must be checked again. */
  readonly attention: boolean;
}

/** One requirement's outcome: status, evidence and risk. */
export interface RequirementResult {
  readonly id: RequirementId;
  readonly area: Area;
  readonly status: Status;
  readonly evidence: readonly Evidence[];
  /** Null when not scored (not applicable). */
  readonly likelihood: number | null;
  readonly consequence: number | null;
  readonly risk: number | null;
  readonly band: Band | null;
  readonly message: string;
  readonly remediation: string;
  /** Present when a reviewer set the status by hand. */
  readonly override?: AppliedOverride;
}

export interface AreaSummary {
  readonly area: Area;
  readonly band: Band | null;
  readonly counts: Readonly<Record<Status, number>>;
}

/** Why the overall band is what it is, as stable codes plus text in the report's language. */
export interface OverallReason {
  readonly code: "worst-area" | "critical-gap" | "control-question" | "klassa-4" | "no-contract-text";
  readonly requirement?: RequirementId;
  readonly text: string;
}

export interface Overall {
  readonly band: OverallBand;
  readonly reasons: readonly OverallReason[];
}

export interface DocumentInfo {
  readonly name: string;
  /** Dominant language of the document ("sv" or "en"). */
  readonly language: Lang;
  readonly paragraphs: number;
  /** Does the text bind anyone (a contract, DPA, terms, tender) or only discuss (guidance, memo)? */
  readonly binding: boolean;
}

/** The engine's whole answer for one document. Serialises to the CLI's JSON contract (schema version 1). */
export interface Report {
  readonly schemaVersion: 1;
  readonly document: DocumentInfo;
  /** Language of messages and table headers. */
  readonly outputLanguage: Lang;
  readonly inputs: RiskInputs;
  /** Which inputs were left at their defaults (shown to the user). */
  readonly defaults: readonly (keyof RiskInputs)[];
  readonly requirements: readonly RequirementResult[];
  readonly areas: readonly AreaSummary[];
  readonly overall: Overall;
}
