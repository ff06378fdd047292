// Writes a .docx report of one review (overall verdict, SKL's questions and the full risk assessment table) with the docx package, in Node and the browser.
import { AlignmentType, BorderStyle, Document, HeadingLevel, PageOrientation, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { BAND_COLOUR } from "../analysis/labels";
import { buildRiskTable, type RiskTableColumnKey } from "../analysis/risk-table";
import type { OverallBand, Report } from "../analysis/types";
import type { Lang } from "../rules/types";

// Readable text on each band colour: the same choice as the Word table and the task pane badges (dark on yellow and orange).
const TEXT_ON: Readonly<Record<OverallBand, string>> = { low: "FFFFFF", medium: "1A1A1A", high: "1A1A1A", "very-high": "FFFFFF", stop: "FFFFFF" };

/** Relative column widths (the evidence and remediation columns carry most text). */
const WEIGHT: Readonly<Record<RiskTableColumnKey, number>> = {
  ruleId: 7, area: 6, requirement: 9, classification: 5, evidence: 16, status: 5, supplier: 5, measures: 7,
  likelihood: 4, consequence: 4, risk: 6, control: 5, remediation: 14, decision: 7,
};

// A4 landscape in twentieths of a point, minus 1.5 cm margins: 14 columns need the width.
const PAGE_WIDTH = 16838;
const PAGE_HEIGHT = 11906;
const MARGIN = 850;

const HEADINGS: Readonly<Record<Lang, { overall: string; questions: string; table: string; generated: string }>> = {
  sv: { overall: "Samlad bedömning", questions: "SKL:s frågor", table: "Riskbedömningstabell", generated: "Skapad av Avtalskoll. Automatisk granskning: bedömningen ska stämmas av av en jurist eller informationssäkerhetsansvarig." },
  en: { overall: "Overall assessment", questions: "SKL's questions", table: "Risk assessment table", generated: "Created by Avtalskoll. Automated review: have a lawyer or information security officer check the assessment." },
};

/** Cell text keeps its line breaks (the evidence column lists up to two quotes). */
function cellParagraphs(text: string, options: { bold?: boolean; color?: string } = {}): Paragraph[] {
  const lines = text.split("\n");
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 16, ...options })] }));
}

/** Builds the report for `report` (in the report's output language) and returns the .docx bytes. */
export async function writeReportDocx(report: Report): Promise<Uint8Array> {
  const table = buildRiskTable(report);
  const h = HEADINGS[table.lang];
  const usable = PAGE_WIDTH - 2 * MARGIN;
  const total = table.columns.reduce((sum, c) => sum + WEIGHT[c.key], 0);
  const widths = table.columns.map((c) => Math.floor((usable * WEIGHT[c.key]) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: "BFBFBF" };

  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: "auto", fill: "1F4E79" },
          children: cellParagraphs(c.header, { bold: true, color: "FFFFFF" }),
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) => {
          const banded = c.key === "risk" && row.band !== null;
          return new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            ...(banded && { shading: { type: ShadingType.CLEAR, color: "auto", fill: BAND_COLOUR[row.band!] } }),
            children: cellParagraphs(row.cells[c.key], banded ? { bold: true, color: TEXT_ON[row.band!] } : {}),
          });
        }),
      }),
  );

  const doc = new Document({
    creator: "Avtalskoll",
    title: table.title,
    sections: [
      {
        properties: { page: { size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(table.title)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(h.overall)] }),
          new Paragraph({
            children: [
              new TextRun({
                text: ` ${table.overall.label} `,
                bold: true,
                color: TEXT_ON[table.overall.band],
                shading: { type: ShadingType.CLEAR, color: "auto", fill: BAND_COLOUR[table.overall.band] },
              }),
            ],
          }),
          new Paragraph(table.overall.handling),
          ...table.overall.reasons.map((reason) => new Paragraph({ text: reason, bullet: { level: 0 } })),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(h.questions)] }),
          ...table.questions.map((q) => new Paragraph({ text: q.text })),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(h.table)] }),
          new Table({
            width: { size: usable, type: WidthType.DXA },
            columnWidths: widths,
            borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
            rows: [header, ...rows],
          }),
          new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 240 }, children: [new TextRun({ text: h.generated, italics: true, size: 16 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
