// "Review selected cells": each selected row's text is reviewed by the engine and the results go to the three columns to its right, never over cells the user did not agree to replace.
import { BAND_LABEL, STATUS_LABEL } from "../../analysis/labels";
import { guardText } from "../../analysis/register";
import { reviewParagraphs } from "../../analysis/review";
import { BAND_ORDER } from "../../analysis/risk";
import type { Band, RiskInputs } from "../../analysis/types";
import type { Lang, Localized } from "../../rules/types";
import { boxAddress, cellAddress, isBlank, toWritable, type Box } from "./cells";
import { ExcelHostError } from "./errors";

/** More rows than this are refused up front: the engine runs in the task pane and a whole column would freeze it. */
export const MAX_REVIEW_ROWS = 2000;

export const RESULT_HEADERS: readonly Localized[] = [
  { sv: "Avtalskoll: krav-ID", en: "Avtalskoll: requirement IDs" },
  { sv: "Avtalskoll: status", en: "Avtalskoll: status" },
  { sv: "Avtalskoll: risknivå", en: "Avtalskoll: risk level" },
];

const NOTHING_ADDRESSED: Localized = { sv: "Inget krav berörs", en: "No requirement addressed" };

/** What the review would write, and which non-empty cells it would overwrite. */
export interface ReviewCellsPlan {
  readonly sheetName: string;
  /** The rows that are reviewed (the selection clipped to the sheet's used cells), e.g. "A2:A30". */
  readonly selectionAddress: string;
  /** Header row plus result rows, three columns right of the selection, e.g. "B1:D30". */
  readonly targetAddress: string;
  /** Rows with text to review. */
  readonly rows: number;
  /** A1 addresses of non-empty cells that would be overwritten (our own header text does not count). */
  readonly conflicts: readonly string[];
}

export type ReviewCellsOutcome =
  | { readonly written: false; readonly plan: ReviewCellsPlan }
  | { readonly written: true; readonly plan: ReviewCellsPlan; readonly reviewed: number; readonly addressed: number };

/** One row's result: requirement ids the text addresses, each one's status, and the worst band among them. */
export interface RowResult {
  readonly ids: readonly string[];
  readonly cells: readonly [string, string, string];
}

/**
 * Reviews one row as a short text of its own. Only requirements the text actually addresses (with evidence)
 * are listed: a requirement list row says nothing about the 26 other requirements, so "missing" would be noise.
 */
export function reviewRow(text: string, inputs: Partial<RiskInputs>, lang: Lang): RowResult {
  const report = reviewParagraphs([{ text }], { inputs, outputLanguage: lang });
  const hit = report.requirements.filter((r) => r.evidence.length > 0 && r.status !== "not-applicable");
  if (hit.length === 0) return { ids: [], cells: ["", NOTHING_ADDRESSED[lang], ""] };
  const worst = hit.reduce<Band | null>((w, r) => (r.band && (w === null || BAND_ORDER.indexOf(r.band) > BAND_ORDER.indexOf(w)) ? r.band : w), null);
  return {
    ids: hit.map((r) => r.id),
    cells: [hit.map((r) => r.id).join("; "), hit.map((r) => STATUS_LABEL[r.status][lang]).join("; "), worst ? BAND_LABEL[worst][lang] : ""],
  };
}

interface Prepared {
  readonly plan: ReviewCellsPlan;
  readonly target: Box;
  readonly texts: readonly { readonly row: number; readonly text: string }[];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/\s+/gu, " ").trim();
}

/**
 * Two syncs whatever the selection's size: (1) where the selection and the sheet's used cells are, (2) the
 * clipped selection's values and the target cells' contents. If the selection starts in row 1, that row is
 * taken as the list's own header (results get their header beside it); otherwise the header goes in the row
 * above the selection.
 */
async function prepare(context: Excel.RequestContext): Promise<Prepared> {
  const selection = context.workbook.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const ws = selection.worksheet.load("name");
  const used = ws.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const top = selection.rowIndex;
  const headerRow = top === 0 ? 0 : top - 1;
  const firstRow = top === 0 ? 1 : top;
  // Whole columns or rows select a million cells; only the used ones can hold text.
  const lastRow = Math.min(top + selection.rowCount - 1, used.rowIndex + used.rowCount - 1);
  const left = Math.max(selection.columnIndex, used.columnIndex);
  const right = Math.min(selection.columnIndex + selection.columnCount - 1, used.columnIndex + used.columnCount - 1);
  if (lastRow < firstRow || right < left) throw new ExcelHostError("NoText");
  if (lastRow - firstRow + 1 > MAX_REVIEW_ROWS) throw new ExcelHostError("TooManyRows");
  if (right + 3 > 16383) throw new ExcelHostError("InvalidSelection");

  const source: Box = { row: firstRow, col: left, rows: lastRow - firstRow + 1, cols: right - left + 1 };
  const target: Box = { row: headerRow, col: right + 1, rows: lastRow - headerRow + 1, cols: 3 };
  const sourceRange = ws.getRange(boxAddress(source)).load("values");
  const targetRange = ws.getRange(boxAddress(target)).load("formulas");
  await context.sync();

  const texts = sourceRange.values
    .map((row, i) => ({ row: firstRow + i, text: row.map(cellText).filter((s) => s.length > 0).join(" ") }))
    .filter((t) => t.text.length > 0);
  if (texts.length === 0) throw new ExcelHostError("NoText");

  const ours = new Set(RESULT_HEADERS.flatMap((h) => [h.sv, h.en]));
  const conflicts: string[] = [];
  const existing = targetRange.formulas;
  for (let c = 0; c < 3; c++) {
    const cell = existing[0]?.[c];
    if (!isBlank(cell) && !ours.has(String(cell))) conflicts.push(cellAddress(target.row, target.col + c));
  }
  for (const t of texts) {
    for (let c = 0; c < 3; c++) {
      if (!isBlank(existing[t.row - target.row]?.[c])) conflicts.push(cellAddress(t.row, target.col + c));
    }
  }
  return {
    plan: { sheetName: ws.name, selectionAddress: boxAddress(source), targetAddress: boxAddress(target), rows: texts.length, conflicts },
    target,
    texts,
  };
}

/** Reports where the results would go and which non-empty cells they would overwrite; writes nothing. */
export async function planReviewCells(context: Excel.RequestContext): Promise<ReviewCellsPlan> {
  return (await prepare(context)).plan;
}

/**
 * Reviews the selected rows and writes the results (one more sync). With conflicts and without
 * `replace: true` nothing is written and the plan comes back, so the task pane can ask first.
 */
export async function reviewSelectedCells(
  context: Excel.RequestContext,
  inputs: Partial<RiskInputs>,
  lang: Lang,
  options: { readonly replace?: boolean } = {},
): Promise<ReviewCellsOutcome> {
  const { plan, target, texts } = await prepare(context);
  if (plan.conflicts.length > 0 && options.replace !== true) return { written: false, plan };

  // Rows without text stay null: office.js leaves those cells exactly as they are.
  const grid: (string | null)[][] = Array.from({ length: target.rows }, () => [null, null, null]);
  grid[0] = RESULT_HEADERS.map((h) => toWritable(guardText(h[lang])) as string);
  let addressed = 0;
  for (const t of texts) {
    const result = reviewRow(t.text, inputs, lang);
    if (result.ids.length > 0) addressed++;
    grid[t.row - target.row] = result.cells.map((s) => (s === "" ? "" : (toWritable(guardText(s)) as string)));
  }
  const ws = context.workbook.worksheets.getItem(plan.sheetName);
  ws.getRange(boxAddress(target)).formulas = grid;
  ws.getRange(boxAddress({ ...target, rows: 1 })).format.font.bold = true;
  await context.sync();
  return { written: true, plan, reviewed: texts.length, addressed };
}
