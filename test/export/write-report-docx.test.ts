// Writes the .docx report for a real review and reopens it with jszip: the risk table must hold the header and every requirement's row.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { reviewParagraphs } from "../../src/analysis/review";
import { buildRiskTable } from "../../src/analysis/risk-table";
import { BAND_COLOUR } from "../../src/analysis/labels";
import { writeReportDocx } from "../../src/export/write-report-docx";
import type { Lang } from "../../src/rules/types";

const sample = readFileSync(join(__dirname, "../../samples/molntjanstavtal-utkast.txt"), "utf8");
const paragraphs = sample.split(/\r?\n/u).map((text) => ({ text }));

/** The document part's text per table row (runs joined), so assertions read like the table a user sees. */
async function tableRows(bytes: Uint8Array): Promise<{ xml: string; rows: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/gu) ?? [];
  expect(tables).toHaveLength(1);
  const rows = (tables[0]!.match(/<w:tr[ >][\s\S]*?<\/w:tr>/gu) ?? []).map((row) =>
    [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(" | "),
  );
  return { xml, rows };
}

describe.each<Lang>(["sv", "en"])("writeReportDocx (%s)", (lang) => {
  const report = reviewParagraphs(paragraphs, { name: "molntjanstavtal-utkast.docx", inputs: { klassa: { K: 3, R: 2, T: 2 }, secretData: true, exposure: "unknown" }, outputLanguage: lang });
  const table = buildRiskTable(report);

  it("produces a valid package whose table has the header and one row per requirement", async () => {
    const bytes = await writeReportDocx(report);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const { xml, rows } = await tableRows(bytes);
    expect(rows).toHaveLength(report.requirements.length + 1);
    for (const column of table.columns) expect(rows[0]).toContain(column.header.replace(/&/gu, "&amp;"));
    report.requirements.forEach((r, i) => expect(rows[i + 1]!.startsWith(r.id)).toBe(true));
    // The title, the overall band and the header row repeating on every page.
    expect(xml).toContain(table.title);
    expect(xml).toContain(table.overall.label);
    expect(xml).toContain("<w:tblHeader");
    for (const row of table.rows) if (row.band) expect(xml).toContain(`w:fill="${BAND_COLOUR[row.band]}"`);
  });

  it("keeps the contract's quotes in the evidence column", async () => {
    const { rows } = await tableRows(await writeReportDocx(report));
    const quoted = report.requirements.filter((r) => r.evidence.length > 0);
    expect(quoted.length).toBeGreaterThan(0);
    const escape = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
    for (const r of quoted) expect(rows.some((row) => row.includes(escape(r.evidence[0]!.quote)))).toBe(true);
  });
});
