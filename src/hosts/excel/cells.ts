// A1 addresses and cell values as office.js reads and writes them: boxes, formula-or-value reconstruction and text that must stay text.
import { columnLetter, type RegisterCell } from "../../analysis/register";

/** A rectangle of cells, 0-based like office.js rowIndex/columnIndex. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** "C5" for 0-based row 4, column 2. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col + 1)}${row + 1}`;
}

/** "A1:Q31" (a single cell stays "A1"). */
export function boxAddress(box: Box): string {
  const start = cellAddress(box.row, box.col);
  return box.rows === 1 && box.cols === 1 ? start : `${start}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

/** Smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/**
 * One cell as the merge should see it, from the `values` and `formulas` office.js returned for it.
 * A real formula is kept as its "=…" text (so user formulas survive); text that merely starts with = + - @
 * comes back without its protecting apostrophe, so the apostrophe is put back to keep it text when written.
 * A formula's text never equals its own result, which is what tells the two apart.
 */
export function cellFromExcel(value: unknown, formula: unknown): RegisterCell {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (typeof value === "string") return /^[=+\-@]/u.test(value) ? `'${value}` : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return value === null || value === undefined ? "" : String(value);
}

// Strings Excel would turn into a number, date, time, percentage or boolean when written through office.js.
const COERCED = [
  /^\s*[+-]?(?:\d[\d\s\u00a0]*(?:[.,]\d+)*|[.,]\d+)(?:e[+-]?\d+)?\s*%?\s*$/iu,
  /^\s*\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u,
  /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\s*$/iu,
  /^\s*(?:true|false|sant|falskt)\s*$/iu,
];

/**
 * A string written through office.js stays the same string when read back: an apostrophe keeps document names
 * such as "2024-05-01" or "1.2" from becoming dates or numbers (which would break the register's keys).
 * Formula strings and already protected strings are left alone.
 */
export function keepAsText(value: string): string {
  if (value.startsWith("'") || value.startsWith("=")) return value;
  if (/^[+\-@]/u.test(value) || COERCED.some((re) => re.test(value))) return `'${value}`;
  return value;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A Date as an Excel serial number (office.js cannot take Date objects). */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

/** A merged cell ready for Range.formulas: null stays null (cell unchanged), dates become serials, text stays text. */
export function toWritable(value: RegisterCell | undefined): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "string") return keepAsText(value);
  return value;
}

/** Is the cell empty as office.js reports it ("" for blank cells)? */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}
