// Writes the review workbook (risk register table, 4×4 risk matrix, risk assessment) with exceljs from the shared register model; runs in Node (CLI) and the browser alike.
import { Workbook, type Cell, type Worksheet } from "exceljs";
import { BAND_COLOUR } from "../analysis/labels";
import {
  BAND_TEXT_COLOUR,
  buildMatrix,
  DEFAULT_LAYOUT,
  buildRegisterRows,
  REGISTER_COLUMNS,
  REGISTER_TABLE_NAME,
  registerConditionalFormats,
  registerValidations,
  SHEET_NAMES,
  type RegisterRow,
} from "../analysis/register";
import { buildRiskTable, type RiskTableColumnKey } from "../analysis/risk-table";
import type { Lang } from "../rules/types";
import type { Report } from "../analysis/types";

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex}` });
const solid = (hex: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: argb(hex) });

const VALIDATION_TEXT: Readonly<Record<Lang, { level: [string, string]; list: [string, string] }>> = {
  sv: { level: ["Ogiltigt värde", "Ange 1, 2, 3 eller 4."], list: ["Ogiltigt värde", "Välj ett beslut i listan."] },
  en: { level: ["Invalid value", "Enter 1, 2, 3 or 4."], list: ["Invalid value", "Choose a decision from the list."] },
};

/** Builds the workbook for one or more reviewed documents, in `lang`, and returns the .xlsx bytes. */
export async function writeReportWorkbook(reports: readonly Report[], lang: Lang): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = "Avtalskoll";
  // Cached results are written too, but Excel should still recalculate the live formulas when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  const rows = buildRegisterRows(reports, lang);
  writeRegister(wb.addWorksheet(SHEET_NAMES.register[lang]), rows, lang);
  writeMatrix(wb.addWorksheet(SHEET_NAMES.matrix[lang]), rows, lang);
  writeAssessment(wb.addWorksheet(SHEET_NAMES.assessment[lang]), reports);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeRegister(ws: Worksheet, rows: readonly RegisterRow[], lang: Lang): void {
  const { headerRow } = DEFAULT_LAYOUT;
  // An Excel table needs at least one data row; an empty register gets one blank row the user can fill in.
  const data = rows.length > 0
    ? rows.map((row, i) =>
        REGISTER_COLUMNS.map((c) => {
          const n = headerRow + 1 + i;
          if (c.key === "risk") return { formula: row.formulas.risk(n), result: row.values.risk };
          if (c.key === "band") return { formula: row.formulas.band(n), result: row.values.band };
          // Empty text becomes a truly blank cell, so Excel's blank filters and ISBLANK treat it as empty.
          const v = row.values[c.key];
          return v === "" ? null : v;
        }),
      )
    : [REGISTER_COLUMNS.map(() => null)];
  ws.addTable({
    name: REGISTER_TABLE_NAME,
    displayName: REGISTER_TABLE_NAME,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: REGISTER_COLUMNS.map((c) => ({ name: c.header[lang], filterButton: true })),
    rows: data,
  });

  REGISTER_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    for (let r = headerRow; r <= headerRow + data.length; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.alignment = { wrapText: true, vertical: "top", horizontal: c.kind === "integer-1-4" || c.key === "risk" ? "center" : undefined };
      if (c.kind === "date" && r > headerRow) cell.numFmt = "yyyy-mm-dd";
    }
  });
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: headerRow, topLeftCell: `B${headerRow + 1}`, activeCell: `B${headerRow + 1}` }];

  // One validation per column range: exceljs's per-cell validations are merged into overlapping sqrefs.
  const text = VALIDATION_TEXT[lang];
  for (const v of registerValidations(data.length, lang)) {
    const [errorTitle, error] = v.key === "decision" ? text.list : text.level;
    (ws as unknown as { dataValidations: { add(address: string, validation: object): void } }).dataValidations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.values.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle,
      error,
    });
  }

  const cf = registerConditionalFormats(data.length);
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: cf.rules.map((rule, i) => ({
      type: "expression" as const,
      priority: i + 1,
      formulae: [rule.formula],
      // Differential (dxf) fills take the colour from bgColor, unlike cell fills.
      style: { fill: { type: "pattern", pattern: "solid", bgColor: argb(rule.fill) }, font: { color: argb(rule.font), bold: true } },
    })),
  });
}

function writeMatrix(ws: Worksheet, rows: readonly RegisterRow[], lang: Lang): void {
  const m = buildMatrix(lang, rows);
  m.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const title = ws.getCell(m.title.address);
  title.value = m.title.text;
  title.font = { bold: true, size: 14 };

  ws.mergeCells(m.consequenceAxis.range);
  const cAxis = ws.getCell(m.consequenceAxis.range.split(":")[0]!);
  cAxis.value = m.consequenceAxis.text;
  cAxis.font = { bold: true };
  cAxis.alignment = { horizontal: "center" };

  ws.mergeCells(m.likelihoodAxis.range);
  const lAxis = ws.getCell(m.likelihoodAxis.range.split(":")[0]!);
  lAxis.value = m.likelihoodAxis.text;
  lAxis.font = { bold: true };
  lAxis.alignment = { horizontal: "center", vertical: "middle", textRotation: 90 };

  for (const label of [...m.likelihoodLevels, ...m.consequenceLevels]) {
    const cell = ws.getCell(label.address);
    cell.value = label.text;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  for (const c of m.cells) {
    const cell = ws.getCell(c.address);
    cell.value = { formula: c.formula, result: c.count };
    cell.fill = solid(c.fill);
    cell.font = { bold: true, size: 14, color: argb(c.font) };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    cell.border = thinBorder();
  }
  for (let r = 4; r <= 7; r++) ws.getRow(r).height = 36;

  ws.getCell(m.note.address).value = m.note.text;
  for (const item of m.legend) {
    const cell = ws.getCell(item.address);
    cell.value = item.text;
    cell.fill = solid(item.fill);
    cell.font = { color: argb(item.font) };
  }
}

function thinBorder(): Partial<Cell["border"]> {
  const side = { style: "thin" as const, color: argb("FFFFFF") };
  return { top: side, left: side, bottom: side, right: side };
}

const ASSESSMENT_WIDTH: Readonly<Record<RiskTableColumnKey, number>> = {
  ruleId: 28, area: 18, requirement: 30, classification: 16, evidence: 50, status: 13, supplier: 14, measures: 26,
  likelihood: 12, consequence: 12, risk: 18, control: 14, remediation: 45, decision: 24,
};

function writeAssessment(ws: Worksheet, reports: readonly Report[]): void {
  let r = 1;
  let widthsSet = false;
  for (const report of reports) {
    const table = buildRiskTable(report);
    const L = table.lang;
    if (!widthsSet) {
      table.columns.forEach((c, i) => (ws.getColumn(i + 1).width = ASSESSMENT_WIDTH[c.key]));
      widthsSet = true;
    }
    const title = ws.getCell(r++, 1);
    title.value = table.title;
    title.font = { bold: true, size: 14 };

    const overall = ws.getCell(r, 1);
    overall.value = L === "sv" ? "Samlad bedömning" : "Overall assessment";
    overall.font = { bold: true };
    const band = ws.getCell(r++, 2);
    band.value = table.overall.label;
    band.fill = solid(BAND_COLOUR[table.overall.band]);
    band.font = { bold: true, color: argb(table.overall.band === "stop" ? "FFFFFF" : BAND_TEXT_COLOUR[table.overall.band]) };
    ws.getCell(r++, 2).value = table.overall.handling;
    for (const reason of table.overall.reasons) ws.getCell(r++, 2).value = reason;

    r++;
    ws.getCell(r++, 1).value = L === "sv" ? "SKL:s frågor" : "SKL's questions";
    ws.getCell(r - 1, 1).font = { bold: true };
    for (const q of table.questions) ws.getCell(r++, 2).value = q.text;
    r++;

    const header = ws.getRow(r++);
    table.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = { bold: true, color: argb("FFFFFF") };
      cell.fill = solid("1F4E79");
      cell.alignment = { wrapText: true, vertical: "top" };
    });
    for (const row of table.rows) {
      const line = ws.getRow(r++);
      table.columns.forEach((c, i) => {
        const cell = line.getCell(i + 1);
        cell.value = row.cells[c.key];
        cell.alignment = { wrapText: true, vertical: "top" };
        if (c.key === "risk" && row.band) {
          // Static fills are fine here: this sheet is a snapshot of the review, not the living register.
          cell.fill = solid(BAND_COLOUR[row.band]);
          cell.font = { bold: true, color: argb(BAND_TEXT_COLOUR[row.band]) };
        }
      });
    }
    r += 2;
  }
}
