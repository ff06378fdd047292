// What the task pane can ask of Word; implemented with Word.run in create-word-actions.ts and by fakes in tests.
import type { Evidence, Paragraph } from "../../analysis/types";
import type { RiskTable } from "../../analysis/risk-table";

/** Which Word features this Office build supports (checked once at start, never by trying and failing). */
export interface WordCapabilities {
  /** WordApi 1.4: comments. Missing on Office 2019/2021 volume licence. */
  readonly comments: boolean;
  /** WordApi 1.3: tables, list and table information on paragraphs. */
  readonly tables: boolean;
}

/** A comment to insert on the quoted text of one finding. */
export interface CommentItem {
  readonly evidence: Evidence;
  readonly text: string;
}

export type LocateOutcome = "selected" | "changed" | "gone";

export interface WordActions {
  readonly capabilities: WordCapabilities;
  /** Reads the body once: every paragraph (incl. table cells and empty ones, so indexes match Word's). */
  readParagraphs(): Promise<Paragraph[]>;
  /** Selects the quoted clause; says so when the paragraph changed or disappeared since the review. */
  locate(evidence: Evidence): Promise<LocateOutcome>;
  comment(items: readonly CommentItem[]): Promise<{ inserted: number; skipped: number }>;
  /** Inserts the risk table at the cursor, or replaces the one inserted before (never a second copy). */
  insertTable(table: RiskTable): Promise<"inserted" | "replaced">;
  highlight(evidence: readonly Evidence[]): Promise<number>;
  removeHighlights(): Promise<number>;
}
