// Inserts the engine's risk assessment table as a real Word table inside one tagged content control; re-running replaces it in place.
import { BAND_COLOUR } from "../../analysis/labels";
import type { RiskTable } from "../../analysis/risk-table";

/** The tag that marks our table; a second run finds it and rebuilds the content inside, never a second copy. */
export const RISK_TABLE_TAG = "avtalskoll-risk-table";

// Readable text on each band colour (the same choice as the task pane badges).
const TEXT_ON: Readonly<Record<string, string>> = { "2E7D32": "#FFFFFF", F9A825: "#1A1A1A", EF6C00: "#1A1A1A", C62828: "#FFFFFF", "212121": "#FFFFFF" };

/** The table's cell values: header row plus one row per requirement. */
export function tableValues(table: RiskTable): string[][] {
  return [table.columns.map((c) => c.header), ...table.rows.map((r) => table.columns.map((c) => r.cells[c.key]))];
}

/**
 * Two syncs: one to find an earlier table (and whether the cursor sits in a table), one to write everything.
 * When replacing, only the content control's inside is cleared, so text outside it is never touched.
 */
export async function insertRiskTable(context: Word.RequestContext, table: RiskTable): Promise<"inserted" | "replaced"> {
  const existing = context.document.contentControls.getByTag(RISK_TABLE_TAG);
  existing.load("items");
  const selection = context.document.getSelection();
  const selectionTable = selection.parentTableOrNullObject;
  selectionTable.load("isNullObject");
  await context.sync();

  let cc: Word.ContentControl;
  let outcome: "inserted" | "replaced";
  const previous = existing.items[0];
  if (previous) {
    cc = previous;
    cc.clear();
    outcome = "replaced";
  } else {
    // A table cannot go inside another table's cell: then the assessment goes to the end of the document.
    const anchor = selectionTable.isNullObject ? selection.insertParagraph("", "After") : context.document.body.insertParagraph("", "End");
    cc = anchor.insertContentControl();
    cc.tag = RISK_TABLE_TAG;
    cc.title = table.title;
    cc.appearance = "BoundingBox";
    outcome = "inserted";
  }
  const values = tableValues(table);
  const t = cc.insertTable(values.length, table.columns.length, "End", values);
  t.headerRowCount = 1;
  t.styleBuiltIn = "GridTable4_Accent1" as Word.BuiltInStyleName;
  t.font.size = 8;
  const riskColumn = table.columns.findIndex((c) => c.key === "risk");
  table.rows.forEach((row, i) => {
    if (!row.band || riskColumn < 0) return;
    const cell = t.getCell(i + 1, riskColumn);
    const colour = BAND_COLOUR[row.band];
    cell.shadingColor = `#${colour}`;
    cell.body.font.color = TEXT_ON[colour] ?? "#000000";
  });
  const summary = cc.insertParagraph(`${table.overall.label}. ${table.overall.handling} ${table.overall.reasons.join(" ")}`, "Start");
  summary.styleBuiltIn = "Normal" as Word.BuiltInStyleName;
  const title = cc.insertParagraph(table.title, "Start");
  title.styleBuiltIn = "Heading2" as Word.BuiltInStyleName;
  await context.sync();
  return outcome;
}
