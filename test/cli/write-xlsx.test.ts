// Writes review workbooks and reopens the bytes (exceljs and the raw XML) to check the table, formulas, validations, formats and matrix.
import { Workbook, type Worksheet } from "exceljs";
import JSZip from "jszip";
import { buildRegisterRows, REGISTER_COLUMNS, REGISTER_TABLE_NAME, registerHeaders } from "../../src/analysis/register";
import { reviewParagraphs } from "../../src/analysis/review";
import { bandOf } from "../../src/analysis/risk";
import type { Report, RequirementResult } from "../../src/analysis/types";
import type { Area, Lang, RequirementId, Status } from "../../src/rules/types";
import { writeReportWorkbook } from "../../src/cli/write-xlsx";

interface Req { readonly id: RequirementId; readonly status: Status; readonly l: number; readonly c: number }

/**
 * A hand-built report (the rules are still being written, so the workbook is tested on fixed findings):
 * every status, evidence with a heading, and a not-applicable requirement that stays out of the register.
 */
function makeReport(name: string, lang: Lang, reqs: readonly Req[]): Report {
  const requirements: RequirementResult[] = reqs.map((r) => {
    const na = r.status === "not-applicable";
    const risk = na ? null : r.l * r.c;
    return {
      id: r.id,
      area: r.id.split("/")[0] as Area,
      status: r.status,
      evidence: r.status === "met" || r.status === "weak" || r.status === "contrary"
        ? [{ paragraph: 4, start: 0, end: 20, quote: lang === "sv" ? "Kunden har rätt att genomföra revision." : "The customer may audit the supplier.", status: r.status, heading: "7.2 Revision" }]
        : [],
      likelihood: na ? null : r.l,
      consequence: na ? null : r.c,
      risk,
      band: risk === null ? null : bandOf(risk),
      message: "",
      remediation: lang === "sv" ? "Lägg till en revisionsklausul." : "Add an audit clause.",
    };
  });
  return {
    schemaVersion: 1,
    document: { name, language: lang, paragraphs: 10, binding: true },
    outputLanguage: lang,
    inputs: { klassa: { K: 3, R: 2, T: 2 }, secretData: true, exposure: "unknown", measures: ["customer-held-keys"], controlQuestion: "unknown" },
    defaults: ["exposure"],
    requirements,
    areas: [],
    overall: {
      band: "high",
      reasons: [{ code: "worst-area", text: lang === "sv" ? "Högsta risknivå finns inom Kontrollrätt (Hög risk)." : "The highest risk is in Control rights (High risk)." }],
    },
  };
}

const REQS: readonly Req[] = [
  { id: "control-rights/audit-right", status: "met", l: 1, c: 3 },
  { id: "control-rights/log-access", status: "weak", l: 2, c: 3 },
  { id: "foreign-jurisdiction/governing-law", status: "contrary", l: 4, c: 4 },
  { id: "data-location/storage-location", status: "missing", l: 4, c: 3 },
  { id: "confidentiality/survival", status: "missing", l: 3, c: 2 },
  { id: "confidentiality/security-protection", status: "not-applicable", l: 0, c: 0 },
];
const svReport = makeReport("molnavtal.docx", "sv", REQS);
const enReport = makeReport("cloud-terms.docx", "en", REQS.slice(1, 5));

async function open(bytes: Uint8Array): Promise<{ wb: Workbook; zip: JSZip }> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { wb, zip: await JSZip.loadAsync(bytes) };
}

/** The worksheet XML of a sheet by its name, found through workbook.xml and its relationships. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = name.replace(/'/gu, "&apos;");
  const rid = new RegExp(`<sheet[^>]*name="${escaped}"[^>]*r:id="([^"]+)"`, "u").exec(workbook)?.[1];
  const target = new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*Target="([^"]+)"`, "u").exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`, "u").exec(rels)?.[1];
  const path = target!.startsWith("/") ? target!.slice(1) : `xl/${target}`;
  return zip.file(path)!.async("string");
}

interface Box { c1: number; r1: number; c2: number; r2: number }
function box(ref: string): Box {
  const [a, b = a] = ref.split(":");
  const p = (s: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/u.exec(s)!;
    return [[...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), Number(m[2])];
  };
  const [c1, r1] = p(a!);
  const [c2, r2] = p(b!);
  return { c1, r1, c2, r2 };
}
const overlaps = (x: Box, y: Box): boolean => x.c1 <= y.c2 && y.c1 <= x.c2 && x.r1 <= y.r2 && y.r1 <= x.r2;

function formulaOf(ws: Worksheet, address: string): string | undefined {
  const v = ws.getCell(address).value as { formula?: string } | null;
  return v && typeof v === "object" && "formula" in v ? v.formula : undefined;
}

describe.each([
  ["sv", [svReport, enReport], { register: "Riskregister", matrix: "Riskmatris", assessment: "Riskbedömning" }],
  ["en", [enReport], { register: "Risk register", matrix: "Risk matrix", assessment: "Risk assessment" }],
] as const)("workbook in %s", (lang, reports, names) => {
  let wb: Workbook;
  let zip: JSZip;
  const rows = buildRegisterRows(reports as readonly Report[], lang);
  const last = 1 + rows.length;

  beforeAll(async () => {
    ({ wb, zip } = await open(await writeReportWorkbook(reports as readonly Report[], lang)));
  });

  test("sheet names are localised", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([names.register, names.matrix, names.assessment]);
  });

  test("the register is a real Excel table with the model's columns", async () => {
    const tableFiles = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/u.test(f));
    expect(tableFiles).toHaveLength(1);
    const xml = await zip.file(tableFiles[0]!)!.async("string");
    expect(xml).toContain(`name="${REGISTER_TABLE_NAME}"`);
    expect(xml).toContain(`ref="A1:Q${last}"`);
    const columns = [...xml.matchAll(/<tableColumn [^>]*name="([^"]+)"/gu)].map((m) => m[1]);
    expect(columns).toEqual(registerHeaders(lang));
    const ws = wb.getWorksheet(names.register)!;
    expect(ws.getRow(1).values).toEqual([undefined, ...registerHeaders(lang)]);
    expect(ws.getCell(`A${last}`).value).toBe(rows.at(-1)!.ruleId);
  });

  test("risk and band are live formulas with cached results", () => {
    const ws = wb.getWorksheet(names.register)!;
    rows.forEach((row, i) => {
      const r = i + 2;
      expect(formulaOf(ws, `J${r}`)).toBe(`IF(AND(ISNUMBER(H${r}),ISNUMBER(I${r})),H${r}*I${r},"")`);
      expect(formulaOf(ws, `K${r}`)).toMatch(new RegExp(`^IF\\(ISNUMBER\\(J${r}\\)`, "u"));
      expect(ws.getCell(`J${r}`).result).toBe(row.values.risk);
      expect(ws.getCell(`K${r}`).result).toBe(row.values.band);
      expect(ws.getCell(`H${r}`).value).toBe(row.values.computedLikelihood);
    });
  });

  test("data validations: one clean, non-overlapping range per user column", async () => {
    const xml = await sheetXml(zip, names.register);
    const validations = [...xml.matchAll(/<dataValidation [^>]*>[\s\S]*?<\/dataValidation>/gu)].map((m) => m[0]);
    const sqrefs = validations.map((v) => /sqref="([^"]+)"/u.exec(v)![1]!);
    expect(sqrefs.sort()).toEqual([`H2:H${last}`, `I2:I${last}`, `N2:N${last}`].sort());
    const boxes = sqrefs.map(box);
    boxes.forEach((a, i) => boxes.forEach((b, j) => i < j && expect(overlaps(a, b)).toBe(false)));
    expect(validations.every((v) => /type="list"/u.test(v))).toBe(true);
    // Quotes are XML-escaped inside the attribute-free formula element.
    const formula1 = (v: string | undefined): string => /<formula1>([\s\S]*?)<\/formula1>/u.exec(v ?? "")![1]!.replace(/&quot;/gu, '"');
    expect(formula1(validations.find((v) => v.includes(`H2:H${last}`)))).toBe('"1,2,3,4"');
    expect(formula1(validations.find((v) => v.includes(`I2:I${last}`)))).toBe('"1,2,3,4"');
    const decisions = lang === "sv" ? "Godta,Godta med åtgärder,Undanta information,Avstå" : "Accept,Accept with measures,Exclude information,Walk away";
    expect(formula1(validations.find((v) => v.includes(`N2:N${last}`)))).toBe(`"${decisions}"`);
  });

  test("band colours are conditional formats, not static fills", async () => {
    const xml = await sheetXml(zip, names.register);
    const cf = /<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/u.exec(xml);
    expect(cf?.[1]).toBe(`J2:K${last}`);
    expect([...cf![2]!.matchAll(/<cfRule type="expression"/gu)]).toHaveLength(4);
    expect(cf![2]).toContain("AND(ISNUMBER($J2),$J2&gt;=12)");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(styles).toMatch(/<dxfs count="4">/u);
    expect(styles).toContain("FFC62828");
    const ws = wb.getWorksheet(names.register)!;
    for (const a of ["J2", "K2", `K${last}`]) expect((ws.getCell(a).fill as { pattern?: string } | undefined)?.pattern ?? "none").toBe("none");
  });

  test("frozen header and widths", () => {
    const ws = wb.getWorksheet(names.register)!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    REGISTER_COLUMNS.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBe(c.width));
  });

  test("matrix cells COUNTIFS the register's likelihood, consequence and state columns, with cached counts", () => {
    const ws = wb.getWorksheet(names.matrix)!;
    const sheet = `'${names.register}'!`;
    let total = 0;
    for (let r = 4; r <= 7; r++) {
      for (const c of ["C", "D", "E", "F"]) {
        const f = formulaOf(ws, `${c}${r}`)!;
        expect(f).toMatch(/^COUNTIFS\(/u);
        expect(f).toContain(`${sheet}$H:$H,${8 - r}`);
        expect(f).toContain(`${sheet}$I:$I,${c.charCodeAt(0) - 66}`);
        expect(f).toContain(`${sheet}$Q:$Q,"<>`);
        total += ws.getCell(`${c}${r}`).result as number;
        expect((ws.getCell(`${c}${r}`).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toMatch(/^FF(2E7D32|F9A825|EF6C00|C62828)$/u);
      }
    }
    expect(total).toBe(rows.length);
    expect((ws.getCell("F4").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFC62828");
    expect((ws.getCell("C7").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FF2E7D32");
    expect(ws.getCell("A4").value).toBe(lang === "sv" ? "Sannolikhet" : "Likelihood");
    expect(ws.getCell("C2").value).toBe(lang === "sv" ? "Konsekvens" : "Consequence");
    expect(ws.getCell("B4").value).toBe(lang === "sv" ? "4 Mycket hög" : "4 Very high");
    expect(ws.getCell("F3").value).toBe(lang === "sv" ? "4 Allvarlig" : "4 Severe");
  });

  test("assessment sheet: overall band, reasons and SKL questions above each report's table", () => {
    const ws = wb.getWorksheet(names.assessment)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)));
    for (const report of reports) {
      const title = report.outputLanguage === "sv" ? `Riskbedömning: ${report.document.name}` : `Risk assessment: ${report.document.name}`;
      const at = texts.indexOf(title);
      expect(at).toBeGreaterThanOrEqual(0);
      for (const reason of report.overall.reasons) expect(texts).toContain(reason.text);
      expect(texts).toContain(report.outputLanguage === "sv" ? "4. Samlad riskbedömning" : "4. Overall risk assessment");
      expect(texts).toContain(report.outputLanguage === "sv" ? "Avtalsstöd (citat, plats)" : "Contract evidence (quote, location)");
      for (const r of report.requirements) expect(texts).toContain(r.id);
    }
  });
});

test("an empty register still makes a valid table with one blank row", async () => {
  const { wb, zip } = await open(await writeReportWorkbook([], "sv"));
  const xml = await zip.file("xl/tables/table1.xml")!.async("string");
  expect(xml).toContain('ref="A1:Q2"');
  expect(wb.getWorksheet("Riskmatris")).toBeDefined();
  const sheet = await sheetXml(zip, "Riskregister");
  expect(sheet).toContain('sqref="H2:H2"');
});

test("a report straight from the engine round-trips: one register row per scored requirement", async () => {
  const report = reviewParagraphs(
    [
      { text: "Avtal om molntjänst", kind: "heading", level: 1 },
      { text: "Detta avtal ska tolkas enligt svensk rätt." },
      { text: "Kunden har rätt att genomföra revision hos leverantören med 30 dagars varsel." },
    ],
    { name: "utkast.docx", inputs: { klassa: { K: 3, R: 2, T: 2 } } },
  );
  const { wb } = await open(await writeReportWorkbook([report], "sv"));
  const ws = wb.getWorksheet("Riskregister")!;
  const scored = report.requirements.filter((r) => r.status !== "not-applicable").length;
  expect(ws.getTable(REGISTER_TABLE_NAME)).toBeDefined();
  expect(ws.rowCount).toBe(1 + Math.max(1, scored));
}, 120_000); // the first review compiles the whole rule catalogue
