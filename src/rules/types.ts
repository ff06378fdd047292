// The vocabulary of the requirement catalogue: areas, requirement ids, statuses and the shape of a rule.

/** Two UI and document languages. */
export const LANGS = ["sv", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

/** The four areas every review is grouped by. */
export const AREAS = ["control-rights", "foreign-jurisdiction", "data-location", "confidentiality"] as const;
export type Area = (typeof AREAS)[number];

/** The 27 fixed requirement ids. They appear in reports, Excel sheets and other tools and never change. */
export const REQUIREMENT_IDS = [
  "control-rights/audit-right",
  "control-rights/security-certification",
  "control-rights/log-access",
  "control-rights/subcontractor-approval",
  "control-rights/no-unilateral-change",
  "control-rights/change-of-control",
  "control-rights/incident-notification",
  "foreign-jurisdiction/governing-law",
  "foreign-jurisdiction/dispute-venue",
  "foreign-jurisdiction/ownership-exposure",
  "foreign-jurisdiction/authority-requests",
  "foreign-jurisdiction/legal-basis-for-disclosure",
  "foreign-jurisdiction/change-in-law",
  "data-location/storage-location",
  "data-location/support-access",
  "data-location/third-country-transfer",
  "data-location/subprocessor-list",
  "data-location/exit-and-export",
  "data-location/deletion",
  "confidentiality/confidentiality-obligation",
  "confidentiality/staff-undertakings",
  "confidentiality/survival",
  "confidentiality/encryption-keys",
  "confidentiality/public-records-requests",
  "confidentiality/disclosure-exceptions",
  "confidentiality/no-secondary-use",
  "confidentiality/security-protection",
] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/** What a document does about one requirement. */
export const STATUSES = ["met", "weak", "contrary", "missing", "not-applicable"] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses a clause can carry (missing and not-applicable are decided for the whole document). */
export type ClauseStatus = Extract<Status, "met" | "weak" | "contrary">;

/** KLASSA aspects: konfidentialitet, riktighet, tillgänglighet. */
export const ASPECTS = ["K", "R", "T"] as const;
export type Aspect = (typeof ASPECTS)[number];

/**
 * A term list matched inside one sentence. Each entry is a term in the small pattern language of
 * `src/analysis/terms.ts` (`revision*`, `*biträde*`, `prior ~2 approv*`, `#hours`), never a raw regular
 * expression, so every pattern is built from safe parts and has Unicode-aware word edges.
 */
export type Terms = readonly string[];

/**
 * One kind of clause that bears on a requirement. It fires on a sentence when every `all` list has a hit
 * and no `none` list has one. `lang` limits it to sentences in that language.
 */
export interface ClauseSignal {
  readonly status: ClauseStatus;
  /** What the clause means legally, for the reviewer reading the rule. */
  readonly means: string;
  readonly lang?: Lang;
  /** Every list must match somewhere in the sentence; the first list's hit anchors the reported span. */
  readonly all: readonly Terms[];
  /** If any of these lists matches the sentence, the signal does not fire (negations, exceptions, other party). */
  readonly none?: readonly Terms[];
  /**
   * The section heading above the sentence must match this list ("9 Confidentiality" for "The obligations in this
   * Section survive …"): for clauses whose topic is named only in their heading.
   */
  readonly heading?: Terms;
  /**
   * A weak signal that limits the requirement as a whole (e.g. "the supplier may meet its audit duty by
   * handing over its own reports"): it caps an otherwise met requirement at weak.
   */
  readonly capsAtWeak?: boolean;
}

/** Expected outcome of an example sentence. `todo-*` records a known gap that must stay visible. */
export const EXPECTATIONS = ["met", "weak", "contrary", "missing", "todo-met", "todo-weak", "todo-contrary", "todo-missing"] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/**
 * An example is a test. `[[...]]` marks the sentence the rule must quote as evidence (omit the marker to
 * check only the status). A `missing` example is a near miss: the rule must not fire on it.
 */
export interface RuleExample {
  readonly lang: Lang;
  readonly text: string;
  readonly expect: Expectation;
  /** Why this example exists (a known gap, a regression). */
  readonly note?: string;
}

/** One requirement of the catalogue: what it asks, why, how to fix it, how to recognise it, and its tests. */
export interface Rule {
  readonly id: RequirementId;
  readonly area: Area;
  /** The short code used in the research notes (A1 … D8). */
  readonly code: string;
  readonly title: Localized;
  /** The requirement in one sentence: what a good clause achieves. */
  readonly requirement: Localized;
  /** Why it matters (legal and practical reasons). */
  readonly why: Localized;
  /** Sources behind the requirement (laws, guidance). */
  readonly references: readonly string[];
  /** KLASSA aspects whose level sets the consequence. */
  readonly aspects: readonly Aspect[];
  /** A missing or contrary clause can raise the overall risk to at least high. */
  readonly critical: boolean;
  /** Messages per status, in both languages. */
  readonly messages: Readonly<Record<Exclude<Status, "not-applicable">, Localized>>;
  readonly remediation: Localized;
  /** Where such a clause usually goes, shown when it is missing. */
  readonly placement: Localized;
  readonly signals: readonly ClauseSignal[];
  readonly examples: readonly RuleExample[];
}
