// Creates or updates the risk register (a real Excel table) and the 4×4 risk matrix from review reports, merging with what the user typed.
import {
  buildMatrix,
  buildRegisterRows,
  findRegisterSheet,
  mergeRegister,
  REGISTER_COLUMNS,
  REGISTER_TABLE_NAME,
  registerColumn,
  registerConditionalFormats,
  registerValidations,
  SHEET_NAMES,
  type BandFormatRule,
  type MatrixModel,
  type MergeSummary,
  type RegisterCell,
} from "../../analysis/register";
import type { Report } from "../../analysis/types";
import { REQUIREMENT_IDS, type Lang, type Localized } from "../../rules/types";
import type { ExcelCapabilities } from "./capabilities";
import { ExcelHostError } from "./errors";
import { boxAddress, boxesOverlap, cellFromExcel, isBlank, sameBox, toWritable, unionBox, type Box } from "./cells";

export type RegisterWarningCode = "no-data-validation" | "no-conditional-formats" | "no-freeze-panes" | "table-blocked";

export interface RegisterWarning {
  readonly code: RegisterWarningCode;
  readonly message: string;
}

export interface RegisterUpdateResult extends MergeSummary {
  readonly warnings: readonly RegisterWarning[];
  /** The register sheet's name (the user's own name if they renamed it). */
  readonly sheetName: string;
  readonly matrixSheetName: string;
  /** Data rows in the register after the update (user rows included). */
  readonly rows: number;
  /** True when the register sheet was created by this run. */
  readonly created: boolean;
  /** Language of the register's headers and words (an existing register keeps its own). */
  readonly lang: Lang;
}

const WARNINGS: Readonly<Record<RegisterWarningCode, Localized>> = {
  "no-data-validation": {
    sv: "Den här Excel-versionen saknar dataverifiering (ExcelApi 1.8), så rullistorna för sannolikhet, konsekvens och beslut lades inte till. Registret fungerar ändå; skriv 1–4 för hand.",
    en: "This Excel version lacks data validation (ExcelApi 1.8), so the drop-downs for likelihood, consequence and decision were not added. The register still works; type 1–4 by hand.",
  },
  "no-conditional-formats": {
    sv: "Den här Excel-versionen saknar villkorsstyrd formatering (ExcelApi 1.6), så risknivåerna färgas inte. Registret, formlerna och matrisen fungerar ändå.",
    en: "This Excel version lacks conditional formatting (ExcelApi 1.6), so the risk levels are not coloured. The register, its formulas and the matrix still work.",
  },
  "no-freeze-panes": {
    sv: "Rubrikraden kunde inte låsas (kräver ExcelApi 1.7). Registret fungerar ändå.",
    en: "The header row could not be frozen (needs ExcelApi 1.7). The register still works.",
  },
  "table-blocked": {
    sv: "Registret blev ingen Excel-tabell eftersom en annan tabell ligger i vägen på bladet. Raderna är ändå skrivna och formlerna fungerar.",
    en: "The register was not made an Excel table because another table is in the way on the sheet. The rows are written and the formulas work.",
  },
};

function warning(code: RegisterWarningCode, lang: Lang): RegisterWarning {
  return { code, message: WARNINGS[code][lang] };
}

// ---------------------------------------------------------------------------------------------------------
// Reading: what the workbook holds, gathered in two syncs whatever the register's size.

interface TableOnSheet {
  readonly name: string;
  readonly box: Box;
}

/** The register sheet as read: its used range (values and formulas) and the tables on it. */
export interface RegisterSnapshot {
  readonly sheetName: string;
  /** Used range (values only); an empty sheet reads as A1 with "". */
  readonly used: Box & { readonly values: readonly (readonly unknown[])[]; readonly formulas: readonly (readonly unknown[])[] };
  readonly tables: readonly TableOnSheet[];
}

// ---------------------------------------------------------------------------------------------------------
// Planning: pure, so the merge and every decision can be tested without Excel.

export type TablePlan =
  | { readonly kind: "create"; readonly box: Box }
  | { readonly kind: "keep"; readonly name: string }
  | { readonly kind: "resize"; readonly name: string; readonly box: Box; readonly rename: boolean }
  | { readonly kind: "blocked" };

export interface RegisterPlan {
  readonly sheetName: string;
  readonly createSheet: boolean;
  readonly lang: Lang;
  /** The register block: header + rows; null cells are left untouched (office.js semantics). */
  readonly write: { readonly box: Box; readonly formulas: (string | number | boolean | null)[][] };
  /** Rows appended by this run (they get wrap, top alignment and a date format), or null. */
  readonly appended: Box | null;
  /** 0-based sheet column of the date column. */
  readonly dateColumn: number;
  /** Widths (points) for columns this run added; existing columns keep the user's widths. */
  readonly widths: readonly { readonly col: number; readonly points: number }[];
  readonly table: TablePlan;
  readonly validations: readonly { readonly address: string; readonly source: string; readonly key: string }[];
  readonly conditionalFormats: { readonly addresses: readonly string[]; readonly rules: readonly BandFormatRule[] } | null;
  /** Range for freezePanes.freezeAt (header rows and the first column), when the sheet is new or blank. */
  readonly freeze: string | null;
  readonly matrix: { readonly sheetName: string; readonly create: boolean; readonly model: MatrixModel };
  readonly summary: MergeSummary;
  readonly rows: number;
  readonly warnings: readonly RegisterWarning[];
}

/** Excel column width in characters → points (Calibri 11: 7 px per character + 5 px padding, 0.75 pt per px). */
export function widthInPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

const REQUIREMENT_ID_SET: ReadonlySet<string> = new Set(REQUIREMENT_IDS);

const RULE_ID_HEADERS = new Set([registerColumn("ruleId").header.sv, registerColumn("ruleId").header.en, "ruleId"].map((h) => h.toLowerCase()));

function isRuleIdHeader(value: unknown): boolean {
  return typeof value === "string" && RULE_ID_HEADERS.has(value.trim().toLowerCase());
}

/** The header's language by vote over known headers; undefined when it does not tell (new or neutral header). */
export function headerLanguage(header: readonly unknown[]): Lang | undefined {
  let sv = 0, en = 0;
  for (const cell of header) {
    if (typeof cell !== "string") continue;
    const h = cell.trim();
    for (const c of REGISTER_COLUMNS) {
      if (c.header.sv === c.header.en) continue;
      if (h === c.header.sv) sv++;
      if (h === c.header.en) en++;
    }
  }
  return sv > en ? "sv" : en > sv ? "en" : undefined;
}

/** Which sheet holds the matrix: either language's name, exact first, then ignoring case and spaces. */
export function findMatrixSheet(names: readonly string[]): string | undefined {
  const wanted = [SHEET_NAMES.matrix.sv, SHEET_NAMES.matrix.en];
  return names.find((n) => wanted.includes(n)) ?? names.find((n) => wanted.some((w) => w.toLowerCase() === n.trim().toLowerCase()));
}

/**
 * Decides everything the write will do. The register's origin (header row, first column) is the register
 * table's if there is one, else a table whose header holds the requirement-id column (a table the user made,
 * or one left without its name by an interrupted run), else the first row holding that header, else the used
 * range's corner. The block from there down to the first blank row after the table is merged (see below);
 * cells left of, above or below it are never read into the merge and never written.
 */
export function planRegister(
  snapshot: RegisterSnapshot | undefined,
  sheetNames: readonly string[],
  reports: readonly Report[],
  uiLang: Lang,
  capabilities: ExcelCapabilities,
): RegisterPlan {
  const warnings: RegisterWarning[] = [];
  const used = snapshot?.used;
  const usedBlank = !used || used.values.every((row) => row.every(isBlank));
  const at = (r: number, c: number): unknown => (used && !usedBlank ? used.values[r - used.row]?.[c - used.col] : undefined);

  const registerTable = snapshot?.tables.find((t) => t.name.toLowerCase() === REGISTER_TABLE_NAME.toLowerCase());
  const adopted = registerTable
    ? undefined
    : snapshot?.tables.find((t) => Array.from({ length: t.box.cols }, (_, i) => at(t.box.row, t.box.col + i)).some(isRuleIdHeader));
  const table = registerTable ?? adopted;

  let origin = { row: 0, col: 0 };
  if (table) origin = { row: table.box.row, col: table.box.col };
  else if (used && !usedBlank) {
    const headerRow = used.values.findIndex((row) => row.some(isRuleIdHeader));
    origin = { row: used.row + Math.max(0, headerRow), col: used.col };
  }

  const lastRow = used ? used.row + used.rows - 1 : -1;
  const lastCol = used ? used.col + used.cols - 1 : -1;
  const rowBlank = (r: number, fromCol: number, toCol: number): boolean => {
    if (!used || usedBlank || r < used.row || r > lastRow) return true;
    for (let c = Math.max(fromCol, used.col); c <= Math.min(toCol, lastCol); c++) if (!isBlank(at(r, c))) return false;
    return true;
  };
  /** The block from the origin down to `endRow`, as the merge should see it (cells outside the used range are blank). */
  const gridTo = (endRow: number): RegisterCell[][] => {
    const out: RegisterCell[][] = [];
    if (!used || usedBlank) return out;
    for (let r = origin.row; r <= endRow; r++) {
      const line: RegisterCell[] = [];
      for (let c = origin.col; c <= lastCol; c++) {
        const inside = r >= used.row && c >= used.col;
        line.push(inside ? cellFromExcel(used.values[r - used.row]?.[c - used.col], used.formulas[r - used.row]?.[c - used.col]) : "");
      }
      out.push(line);
    }
    return out;
  };

  // The register is the block from the header down to the first fully blank row after the table (notes the user
  // keeps a blank row below stay outside it). New rows go right after that block when the rows there are blank;
  // otherwise the block runs to the used range's end, so appended rows can never land on anything.
  let blockEnd = lastRow;
  if (used && !usedBlank) {
    blockEnd = Math.max(origin.row, table ? table.box.row + table.box.rows - 1 : origin.row);
    while (blockEnd < lastRow && !rowBlank(blockEnd + 1, origin.col, lastCol)) blockEnd++;
    // A blank row inside the register (one the user inserted between groups) must not hide the rows under it
    // from the merge, or their keys would be appended again.
    const headerCells = Array.from({ length: lastCol - origin.col + 1 }, (_, i) => at(origin.row, origin.col + i));
    const idCol = headerCells.findIndex(isRuleIdHeader);
    if (idCol >= 0) {
      for (let r = blockEnd + 1; r <= lastRow; r++) {
        if (REQUIREMENT_ID_SET.has(String(at(r, origin.col + idCol) ?? "").trim())) {
          blockEnd = lastRow;
          break;
        }
      }
    }
  }
  let grid = gridTo(blockEnd);
  const lang = (grid[0] && headerLanguage(grid[0])) ?? uiLang;
  const rows = buildRegisterRows(reports, lang);
  const mergeOptions = { lang, headerRow: origin.row + 1, firstColumn: origin.col + 1 } as const;
  let merged = mergeRegister(grid, rows, mergeOptions);
  const appendedRows = merged.values.length - Math.max(1, grid.length);
  if (blockEnd < lastRow && appendedRows > 0) {
    const landing = Array.from({ length: appendedRows }, (_, i) => blockEnd + 1 + i);
    if (!landing.every((r) => rowBlank(r, origin.col, origin.col + merged.values[0]!.length - 1))) {
      grid = gridTo(lastRow);
      merged = mergeRegister(grid, rows, mergeOptions);
    }
  }
  const gridWidth = grid[0]?.length ?? 0;
  const width = merged.values[0]!.length;

  // Only cells whose content changes are sent; everything else is null, which office.js leaves untouched, so a
  // user's formulas, spills and typed values are never even rewritten with themselves.
  const formulas = merged.values.map((row, r) =>
    row.map((cell, c) => {
      const before = grid[r]?.[c] ?? "";
      return cell === before || (isBlank(cell) && isBlank(before)) ? null : toWritable(cell);
    }),
  );
  const write = { box: { row: origin.row, col: origin.col, rows: merged.values.length, cols: width }, formulas };
  const dataRows = merged.values.length - 1;
  const appended = merged.values.length > grid.length && dataRows > 0
    ? { row: origin.row + Math.max(1, grid.length), col: origin.col, rows: merged.values.length - Math.max(1, grid.length), cols: width }
    : null;
  const created = snapshot === undefined;
  const widths = REGISTER_COLUMNS.map((c) => ({ col: origin.col + merged.layout.index[c.key], points: widthInPoints(c.width) })).filter((w) => created || w.col - origin.col >= gridWidth);

  // An Excel table needs a data row; an empty register keeps one blank row, as the CLI writes it.
  const wanted: Box = { row: origin.row, col: origin.col, rows: Math.max(2, merged.values.length), cols: width };
  let tablePlan: TablePlan;
  if (table) {
    const box = unionBox(table.box, wanted);
    tablePlan = sameBox(box, table.box) && table === registerTable ? { kind: "keep", name: table.name } : { kind: "resize", name: table.name, box, rename: table !== registerTable };
  } else if (snapshot?.tables.some((t) => boxesOverlap(t.box, wanted))) {
    tablePlan = { kind: "blocked" };
    warnings.push(warning("table-blocked", uiLang));
  } else {
    tablePlan = { kind: "create", box: wanted };
  }

  const rowCount = Math.max(1, dataRows);
  let validations: RegisterPlan["validations"] = [];
  if (capabilities.dataValidation) {
    validations = registerValidations(rowCount, lang, merged.layout).map((v) => ({ key: v.key, address: v.range, source: v.values.join(",") }));
  } else warnings.push(warning("no-data-validation", uiLang));

  let conditionalFormats: RegisterPlan["conditionalFormats"] = null;
  if (capabilities.conditionalFormats) {
    const cf = registerConditionalFormats(rowCount, merged.layout);
    conditionalFormats = { addresses: cf.range.split(" "), rules: cf.rules };
  } else warnings.push(warning("no-conditional-formats", uiLang));

  // A new or still blank sheet gets the frozen header; on a sheet the user already shaped, their panes stay.
  let freeze: string | null = null;
  if (created || usedBlank) {
    if (capabilities.freezePanes) freeze = boxAddress({ row: 0, col: 0, rows: origin.row + 1, cols: origin.col + 1 });
    else warnings.push(warning("no-freeze-panes", uiLang));
  }

  const sheetName = snapshot?.sheetName ?? SHEET_NAMES.register[lang];
  const existingMatrix = findMatrixSheet(sheetNames);
  const model = buildMatrix(lang, [], { registerSheet: sheetName, layout: merged.layout });
  return {
    sheetName,
    createSheet: created,
    lang,
    write,
    appended,
    dateColumn: origin.col + merged.layout.index.date,
    widths,
    table: tablePlan,
    validations,
    conditionalFormats,
    freeze,
    matrix: { sheetName: existingMatrix ?? model.sheetName, create: existingMatrix === undefined, model },
    summary: merged.summary,
    rows: dataRows,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing: every change is queued into one final batch, after all reads, so a failure in any earlier sync
// leaves the workbook untouched, and the values land in a single Range.formulas call.

const VALIDATION_TEXT: Readonly<Record<Lang, { title: string; level: string; decision: string }>> = {
  sv: { title: "Ogiltigt värde", level: "Ange 1, 2, 3 eller 4.", decision: "Välj ett beslut i listan." },
  en: { title: "Invalid value", level: "Enter 1, 2, 3 or 4.", decision: "Choose a decision from the list." },
};

function queueRegister(context: Excel.RequestContext, plan: RegisterPlan, capabilities: ExcelCapabilities): void {
  const sheets = context.workbook.worksheets;
  const ws = plan.createSheet ? sheets.add(plan.sheetName) : sheets.getItem(plan.sheetName);

  // Values first, in one call: a later failure (a table collision, say) then leaves complete rows that the
  // next run recognises and merges, never a half-written row.
  ws.getRange(boxAddress(plan.write.box)).formulas = plan.write.formulas;

  if (plan.appended) {
    const rows = ws.getRange(boxAddress(plan.appended));
    rows.format.wrapText = true;
    rows.format.verticalAlignment = "Top";
    ws.getRange(boxAddress({ row: plan.appended.row, col: plan.dateColumn, rows: plan.appended.rows, cols: 1 })).numberFormat = Array.from({ length: plan.appended.rows }, () => ["yyyy-mm-dd"]);
  }
  for (const w of plan.widths) ws.getRange(boxAddress({ row: 0, col: w.col, rows: 1, cols: 1 })).format.columnWidth = w.points;

  const t = plan.table;
  if (t.kind === "create") {
    const table = ws.tables.add(boxAddress(t.box), true);
    table.name = REGISTER_TABLE_NAME;
    table.style = "TableStyleMedium2";
  } else if (t.kind === "resize") {
    let table = context.workbook.tables.getItem(t.name);
    if (capabilities.tableResize) table.resize(boxAddress(t.box));
    else {
      // Without table.resize (before ExcelApi 1.13) the table is rebuilt over the grown range; the cells keep their contents.
      table.convertToRange();
      table = ws.tables.add(boxAddress(t.box), true);
      table.style = "TableStyleMedium2";
    }
    if (t.rename || !capabilities.tableResize) table.name = REGISTER_TABLE_NAME;
  }

  const text = VALIDATION_TEXT[plan.lang];
  for (const v of plan.validations) {
    const dv = ws.getRange(v.address).dataValidation;
    // A rule is only replaced cleanly after clear(); re-runs would otherwise collide with the previous rule.
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: v.source } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: text.title, message: v.key === "decision" ? text.decision : text.level };
  }

  if (plan.conditionalFormats) {
    for (const address of plan.conditionalFormats.addresses) {
      const range = ws.getRange(address);
      // The band rules are the engine's: replacing them (not adding more) keeps re-runs from piling up copies.
      range.conditionalFormats.clearAll();
      for (const rule of plan.conditionalFormats.rules) {
        const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        cf.custom.rule.formula = `=${rule.formula}`;
        cf.custom.format.fill.color = `#${rule.fill}`;
        cf.custom.format.font.color = `#${rule.font}`;
        cf.custom.format.font.bold = true;
      }
    }
  }
  if (plan.freeze) ws.freezePanes.freezeAt(plan.freeze);

  queueMatrix(context, plan, capabilities);
  ws.activate();
}

function parseCell(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/u.exec(address)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function queueMatrix(context: Excel.RequestContext, plan: RegisterPlan, capabilities: ExcelCapabilities): void {
  const m = plan.matrix.model;
  const sheets = context.workbook.worksheets;
  const ws = plan.matrix.create ? sheets.add(plan.matrix.sheetName) : sheets.getItem(plan.matrix.sheetName);

  // All text and formulas as one array over the matrix's area; null leaves any other cell there alone.
  const cells = new Map<string, string>();
  cells.set(m.title.address, m.title.text);
  cells.set(m.note.address, m.note.text);
  cells.set(m.consequenceAxis.range.split(":")[0]!, m.consequenceAxis.text);
  cells.set(m.likelihoodAxis.range.split(":")[0]!, m.likelihoodAxis.text);
  for (const l of [...m.likelihoodLevels, ...m.consequenceLevels, ...m.legend]) cells.set(l.address, l.text);
  for (const c of m.cells) cells.set(c.address, `=${c.formula}`);
  const points = [...cells.keys()].map(parseCell);
  const box: Box = { row: 0, col: 0, rows: Math.max(...points.map((p) => p.row)) + 1, cols: Math.max(...points.map((p) => p.col)) + 1 };
  const grid: (string | null)[][] = Array.from({ length: box.rows }, () => Array.from({ length: box.cols }, () => null));
  for (const [address, value] of cells) {
    const p = parseCell(address);
    grid[p.row]![p.col] = value.startsWith("=") ? value : toWritable(value) as string;
  }
  ws.getRange(boxAddress(box)).formulas = grid;

  const title = ws.getRange(m.title.address).format.font;
  title.bold = true;
  title.size = 14;
  for (const axis of [m.consequenceAxis, m.likelihoodAxis]) {
    const range = ws.getRange(axis.range);
    range.merge(false);
    range.format.font.bold = true;
    range.format.horizontalAlignment = "Center";
    range.format.verticalAlignment = "Center";
  }
  if (capabilities.freezePanes) ws.getRange(m.likelihoodAxis.range).format.textOrientation = 90;
  for (const label of [...m.likelihoodLevels, ...m.consequenceLevels]) {
    const f = ws.getRange(label.address).format;
    f.font.bold = true;
    f.horizontalAlignment = "Center";
    f.verticalAlignment = "Center";
    f.wrapText = true;
  }
  // The matrix cells are the engine's own display, so static fills by band are right here (the counts are live).
  for (const c of m.cells) {
    const f = ws.getRange(c.address).format;
    f.fill.color = `#${c.fill}`;
    f.font.color = `#${c.font}`;
    f.font.bold = true;
    f.font.size = 14;
    f.horizontalAlignment = "Center";
    f.verticalAlignment = "Center";
  }
  for (const item of m.legend) {
    const f = ws.getRange(item.address).format;
    f.fill.color = `#${item.fill}`;
    f.font.color = `#${item.font}`;
  }
  const firstCell = parseCell(m.cells[0]!.address).row;
  ws.getRange(`${firstCell + 1}:${firstCell + 4}`).format.rowHeight = 36;
  m.columnWidths.forEach((w, i) => (ws.getRange(boxAddress({ row: 0, col: i, rows: 1, cols: 1 })).format.columnWidth = widthInPoints(w)));
}

/**
 * Creates or updates the register and matrix. Three syncs whatever the register's size: (1) sheet and table
 * names, (2) the register sheet's used range (values and formulas) and its tables, (3) every write. On a new
 * workbook step 2 is skipped. Requirement sets are taken from `capabilities`; missing optional ones become
 * warnings, and the register works without them.
 */
export async function createOrUpdateRegister(
  context: Excel.RequestContext,
  reports: readonly Report[],
  lang: Lang,
  capabilities: ExcelCapabilities,
): Promise<RegisterUpdateResult> {
  if (!capabilities.basic) throw new ExcelHostError("NotImplemented");
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  await context.sync();

  const names = sheets.items.map((s) => s.name);
  const tableList = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const registerName = findRegisterSheet(names.map((name) => ({ name, tables: tableList.filter((t) => t.sheet === name).map((t) => t.name) })));

  let snapshot: RegisterSnapshot | undefined;
  if (registerName !== undefined) {
    const used = wb.worksheets.getItem(registerName).getUsedRange(true).load("values,formulas,rowIndex,columnIndex,rowCount,columnCount");
    const onSheet = tableList
      .filter((t) => t.sheet === registerName)
      .map((t) => ({ name: t.name, range: wb.tables.getItem(t.name).getRange().load("rowIndex,columnIndex,rowCount,columnCount") }));
    await context.sync();
    snapshot = {
      sheetName: registerName,
      used: { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount, values: used.values, formulas: used.formulas },
      tables: onSheet.map((t) => ({ name: t.name, box: { row: t.range.rowIndex, col: t.range.columnIndex, rows: t.range.rowCount, cols: t.range.columnCount } })),
    };
  }

  const plan = planRegister(snapshot, names, reports, lang, capabilities);
  queueRegister(context, plan, capabilities);
  await context.sync();
  return {
    ...plan.summary,
    warnings: plan.warnings,
    sheetName: plan.sheetName,
    matrixSheetName: plan.matrix.sheetName,
    rows: plan.rows,
    created: plan.createSheet,
    lang: plan.lang,
  };
}
