// Tests the Excel register writer against the fake host: creation, re-run merge with user edits, CLI workbooks, missing requirement sets, failing syncs and constant sync counts.
import { Workbook } from "exceljs";
import {
  bandFormula,
  REGISTER_COLUMNS,
  REGISTER_TABLE_NAME,
  registerHeaders,
  registerKey,
  riskFormula,
  STATE_LABEL,
} from "../../../src/analysis/register";
import type { Report } from "../../../src/analysis/types";
import { writeReportWorkbook } from "../../../src/cli/write-xlsx";
import { ALL_CAPABILITIES, detectCapabilities } from "../../../src/hosts/excel/capabilities";
import { describeExcelError, ExcelHostError } from "../../../src/hosts/excel/errors";
import { createOrUpdateRegister, widthInPoints } from "../../../src/hosts/excel/write-register";
import { colLetters, FakeExcel, FakeOfficeError, type Scalar, type SheetState } from "./fake-excel";
import { makeReport, manyReports, REQS, type Req } from "./reports";

const col = (key: string): string => colLetters(REGISTER_COLUMNS.findIndex((c) => c.key === key));
const LAST = colLetters(REGISTER_COLUMNS.length - 1); // Q

function used(sheet: SheetState): Scalar[][] {
  const box = sheet.usedBox()!;
  return sheet.formulaGrid(`A1:${colLetters(box.col + box.cols - 1)}${box.row + box.rows}`);
}

/** Engine keys (rule id + source) of the register's rows, to check nothing is duplicated. */
function keys(sheet: SheetState): string[] {
  const grid = used(sheet);
  const header = grid[0]!;
  const id = header.indexOf("Krav-ID") >= 0 ? header.indexOf("Krav-ID") : header.indexOf("Requirement ID");
  const src = header.indexOf("Källdokument") >= 0 ? header.indexOf("Källdokument") : header.indexOf("Source document");
  return grid.slice(1).filter((r) => String(r[id]).includes("/")).map((r) => registerKey(String(r[id]), String(r[src])));
}

const svReport = makeReport("molnavtal.docx", "sv", REQS);

describe("creating the register on an empty workbook", () => {
  test("writes the table, live formulas, validations, band rules, frozen header, widths and the matrix in two syncs", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);

    expect(result).toMatchObject({ added: 5, updated: 0, closed: 0, unchanged: 0, warnings: [], sheetName: "Riskregister", matrixSheetName: "Riskmatris", rows: 5, created: true, lang: "sv" });
    expect(fake.syncCount).toBe(2);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Blad1", "Riskregister", "Riskmatris"]);

    const reg = fake.sheet("Riskregister");
    expect(reg.grid(`A1:${LAST}1`)[0]).toEqual(registerHeaders("sv"));
    expect(reg.value("A2")).toBe("control-rights/audit-right");
    expect(reg.value(`${col("state")}6`)).toBe("Öppen");
    expect(reg.formula(`${col("risk")}2`)).toBe(`=${riskFormula(2)}`);
    expect(reg.formula(`${col("band")}6`)).toBe(`=${bandFormula(6, "sv")}`);
    // Blank user cells stay truly blank (not "" strings, not 0).
    expect(reg.cell(`${col("measures")}2`)).toBeUndefined();

    const table = fake.table(REGISTER_TABLE_NAME)!;
    expect(table.sheet.name).toBe("Riskregister");
    expect(table.address).toBe(`A1:${LAST}6`);

    for (const key of ["likelihood", "consequence"]) {
      expect(reg.validation(`${col(key)}2`)?.rule?.list?.source).toBe("1,2,3,4");
      expect(reg.validation(`${col(key)}6`)?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    }
    expect(reg.validation(`${col("decision")}4`)?.rule?.list?.source).toBe("Godta,Godta med åtgärder,Undanta information,Avstå");
    expect(reg.validation(`${col("computedLikelihood")}2`)).toBeUndefined();

    const cfs = reg.conditionalFormatsAt(`${col("risk")}2`);
    expect(cfs).toHaveLength(4);
    expect(cfs.every((cf) => cf.type === "Custom" && cf.formula!.startsWith("=AND(ISNUMBER($J2)"))).toBe(true);
    expect(new Set(cfs.map((cf) => cf.fill))).toEqual(new Set(["#2E7D32", "#F9A825", "#EF6C00", "#C62828"]));
    expect(reg.conditionalFormatsAt(`${col("band")}6`)).toHaveLength(4);
    expect(reg.conditionalFormatsAt(`${col("measures")}2`)).toHaveLength(0);

    expect(reg.frozen).toBe("A1");
    expect(reg.columnWidths.get(4)).toBe(widthInPoints(60));
    expect(reg.format(`${col("evidence")}3`)).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    expect(fake.active?.name).toBe("Riskregister");

    const matrix = fake.sheet("Riskmatris");
    expect(matrix.value("A1")).toBe("Riskmatris: antal öppna risker");
    expect(matrix.value("B4")).toBe("4 Mycket hög");
    expect(matrix.value("C3")).toBe("1 Försumbar");
    expect(matrix.formula("F4")).toBe(`=COUNTIFS('Riskregister'!$H:$H,4,'Riskregister'!$I:$I,4,'Riskregister'!$Q:$Q,"<>Stängd",'Riskregister'!$Q:$Q,"<>Closed")`);
    expect(matrix.format("F4").fill).toBe("#C62828");
    expect(matrix.format("C7").fill).toBe("#2E7D32");
    expect(matrix.format("A4").textOrientation).toBe(90);
    expect(matrix.merges.map((m) => [m.row, m.col, m.rows, m.cols])).toEqual([[1, 2, 1, 4], [3, 0, 4, 1]]);
    expect(matrix.rowHeights.get(3)).toBe(36);
  });

  test("uses English sheet names and headers when the UI is English", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const result = await createOrUpdateRegister(fake.context, [makeReport("cloud.docx", "en", REQS)], "en", ALL_CAPABILITIES);
    expect(result.sheetName).toBe("Risk register");
    expect(result.matrixSheetName).toBe("Risk matrix");
    expect(fake.sheet("Risk register").grid(`A1:${LAST}1`)[0]).toEqual(registerHeaders("en"));
    expect(fake.sheet("Risk matrix").formula("C4")).toContain("'Risk register'!$H:$H");
  });

  test("an empty review still makes a valid table (header plus one blank row)", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const result = await createOrUpdateRegister(fake.context, [], "sv", ALL_CAPABILITIES);
    expect(result.rows).toBe(0);
    expect(fake.table(REGISTER_TABLE_NAME)!.address).toBe(`A1:${LAST}2`);
  });
});

describe("re-running on a register the user has edited", () => {
  async function prefilled(): Promise<FakeExcel> {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    const reg = fake.sheet("Riskregister");
    // The user's own work: measures, owner, decision and date on row 2; a likelihood override on row 3; an extra
    // column with a formula; and an own risk row under the table.
    reg.set(`${col("measures")}2`, [["Kryptera säkerhetskopior", "Anna", "Godta med åtgärder", 45413]]);
    reg.set(`${col("likelihood")}3`, [[1]]);
    reg.set("R1", [["Kommentar"], ["viktigt"], ["=H3*2"]]);
    reg.setRaw("R5", { value: "-inte en formel" });
    reg.set("A7", [["Egen risk: leverantörens ekonomi"]]);
    reg.set(`${col("likelihood")}7`, [[3, 3]]);
    reg.set(`${col("measures")}7`, [["Följ upp kvartalsvis"]]);
    for (const s of fake.sheets) s.written.clear();
    return fake;
  }

  const changed: readonly Req[] = [
    { id: "control-rights/audit-right", status: "weak", l: 2, c: 3 }, // updated
    // log-access is gone: closed
    { id: "foreign-jurisdiction/governing-law", status: "contrary", l: 4, c: 4 },
    { id: "data-location/storage-location", status: "missing", l: 4, c: 3 },
    { id: "confidentiality/survival", status: "missing", l: 3, c: 2 },
    { id: "data-location/deletion", status: "missing", l: 3, c: 3 }, // new
  ];

  test("keeps every user value and formula, reports n new/updated/closed, and never duplicates a key", async () => {
    const fake = await prefilled();
    const reg = fake.sheet("Riskregister");
    const before = used(reg);
    const result = await createOrUpdateRegister(fake.context, [makeReport("molnavtal.docx", "sv", changed)], "sv", ALL_CAPABILITIES);

    expect(result).toMatchObject({ added: 1, updated: 1, closed: 1, unchanged: 3, created: false });
    expect(fake.syncCount).toBe(2 + 3);

    // User-owned cells: identical, and not even rewritten.
    for (const address of [`${col("measures")}2`, `${col("owner")}2`, `${col("decision")}2`, `${col("date")}2`, `${col("likelihood")}3`, "R1", "R2", "R3", "R5", "A7", "L7"]) {
      expect(reg.formula(address)).toEqual(before[Number(address.slice(1)) - 1]![colIndexOf(address)]);
      expect(reg.written.has(address)).toBe(false);
    }
    expect(reg.formula("R3")).toBe("=H3*2");
    expect(reg.value("R5")).toBe("-inte en formel");

    // Row 2 (audit right) refreshed: status and computed likelihood follow the engine, and so does the
    // likelihood the user never changed; row 3 (log access) is closed but keeps the user's override.
    expect(reg.value(`${col("status")}2`)).toBe("Svagt");
    expect(reg.value(`${col("likelihood")}2`)).toBe(2);
    expect(reg.value(`${col("state")}3`)).toBe(STATE_LABEL.closed.sv);
    expect(reg.value(`${col("likelihood")}3`)).toBe(1);

    // The new requirement is appended after the user's own row, with live formulas for its own row.
    expect(reg.value("A8")).toBe("data-location/deletion");
    expect(reg.formula(`${col("risk")}8`)).toBe(`=${riskFormula(8)}`);
    expect(reg.format(`${col("evidence")}8`).wrapText).toBe(true);
    expect(keys(reg)).toEqual([...new Set(keys(reg))]);
    expect(keys(reg)).toHaveLength(6);

    // The table grows to cover the new row and the user's extra column.
    expect(fake.table(REGISTER_TABLE_NAME)!.address).toBe("A1:R8");
    expect(fake.tables).toHaveLength(1);
    // Validations and band rules follow the new size; rules are replaced, never piled up.
    expect(reg.validation(`${col("likelihood")}8`)?.rule?.list?.source).toBe("1,2,3,4");
    expect(reg.conditionalFormatsAt(`${col("risk")}8`)).toHaveLength(4);
    expect(reg.conditionalFormatsAt(`${col("risk")}2`)).toHaveLength(4);
    // The header the user already has is not rewritten either.
    expect(reg.written.has("A1")).toBe(false);
  });

  test("running again with the same findings changes nothing", async () => {
    const fake = await prefilled();
    await createOrUpdateRegister(fake.context, [makeReport("molnavtal.docx", "sv", changed)], "sv", ALL_CAPABILITIES);
    const reg = fake.sheet("Riskregister");
    const once = used(reg);
    reg.written.clear();
    const again = await createOrUpdateRegister(fake.context, [makeReport("molnavtal.docx", "sv", changed)], "sv", ALL_CAPABILITIES);
    expect(again).toMatchObject({ added: 0, updated: 0, closed: 0, unchanged: 6 });
    expect(used(reg)).toEqual(once);
    expect(reg.written.size).toBe(0);
  });

  test("another contract's rows are added beside the first one's, which are not closed", async () => {
    const fake = await prefilled();
    const result = await createOrUpdateRegister(fake.context, [makeReport("annat-avtal.docx", "sv", REQS)], "sv", ALL_CAPABILITIES);
    expect(result).toMatchObject({ added: 5, closed: 0 });
    expect(keys(fake.sheet("Riskregister"))).toHaveLength(10);
  });
});

function colIndexOf(address: string): number {
  const letters = /^[A-Z]+/u.exec(address)![0];
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Loads an xlsx (as the CLI writes it) into the fake: cells, formulas, tables and merges, exactly as stored. */
async function fakeFromXlsx(bytes: Uint8Array): Promise<FakeExcel> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const fake = new FakeExcel();
  wb.eachSheet((ws) => {
    const sheet = fake.addSheet(ws.name);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const address = `${colLetters(c - 1)}${r}`;
        const v = cell.value as unknown;
        if (v && typeof v === "object" && "formula" in v) {
          const f = v as { formula: string; result?: unknown };
          sheet.setRaw(address, { formula: `=${f.formula}`, value: (f.result as Scalar | undefined) ?? 0 });
        } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") sheet.setRaw(address, { value: v });
      }),
    );
    for (const m of (ws as unknown as { model: { merges: string[] } }).model.merges) {
      const [a, b] = m.split(":");
      const [p, q] = [a!, b!].map((x) => ({ col: colIndexOf(x), row: Number(/\d+/u.exec(x)![0]) - 1 }));
      sheet.merges.push({ row: p!.row, col: p!.col, rows: q!.row - p!.row + 1, cols: q!.col - p!.col + 1 });
    }
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef: string } }[]) fake.addTable(ws.name, t.table.tableRef, t.table.name);
  });
  return fake;
}

describe("a workbook written by the CLI", () => {
  test("is recognised and updated in place: same sheets, same table, no duplicates, untouched cells stay unwritten", async () => {
    const fake = await fakeFromXlsx(await writeReportWorkbook([svReport], "sv"));
    expect(fake.table(REGISTER_TABLE_NAME)!.address).toBe(`A1:${LAST}6`);

    const same = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    expect(same).toMatchObject({ added: 0, updated: 0, closed: 0, unchanged: 5, created: false, sheetName: "Riskregister", matrixSheetName: "Riskmatris" });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Riskregister", "Riskmatris", "Riskbedömning"]);
    expect(fake.sheet("Riskregister").written.size).toBe(0);

    const next = await createOrUpdateRegister(fake.context, [makeReport("molnavtal.docx", "sv", [...REQS, { id: "data-location/deletion", status: "missing", l: 3, c: 3 }])], "sv", ALL_CAPABILITIES);
    expect(next).toMatchObject({ added: 1, unchanged: 5 });
    expect(fake.tables.map((t) => [t.name, t.address])).toEqual([[REGISTER_TABLE_NAME, `A1:${LAST}7`]]);
    expect(keys(fake.sheet("Riskregister"))).toHaveLength(6);
  });

  test("an English CLI workbook stays English when the task pane is Swedish", async () => {
    const fake = await fakeFromXlsx(await writeReportWorkbook([makeReport("terms.docx", "en", REQS)], "en"));
    const result = await createOrUpdateRegister(fake.context, [makeReport("terms.docx", "en", REQS.slice(1))], "sv", ALL_CAPABILITIES);
    expect(result).toMatchObject({ lang: "en", sheetName: "Risk register", matrixSheetName: "Risk matrix", closed: 1, unchanged: 4, added: 0 });
    const reg = fake.sheet("Risk register");
    expect(reg.value(`${col("state")}2`)).toBe("Closed");
    expect(reg.value(`${col("status")}3`)).toBe("Weak");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Risk register", "Risk matrix", "Risk assessment"]);
  });
});

describe("requirement sets missing (Office 2019-style hosts)", () => {
  test("ExcelApi 1.5: the register and matrix are written without validation, colours or freeze panes, with warnings", async () => {
    const fake = new FakeExcel({ apiVersion: "1.5" });
    fake.addSheet("Blad1");
    const caps = detectCapabilities(fake.requirements);
    expect(caps).toEqual({ basic: true, conditionalFormats: false, freezePanes: false, dataValidation: false, tableResize: false });

    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", caps);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-data-validation", "no-conditional-formats", "no-freeze-panes"]);
    expect(result.warnings[0]!.message).toMatch(/fungerar ändå/u);
    const reg = fake.sheet("Riskregister");
    expect(reg.formula(`${col("risk")}2`)).toBe(`=${riskFormula(2)}`);
    expect(reg.validations.size).toBe(0);
    expect(reg.conditionalFormats).toHaveLength(0);
    expect(fake.table(REGISTER_TABLE_NAME)!.address).toBe(`A1:${LAST}6`);

    // Growing the table without table.resize (ExcelApi 1.13): rebuilt over the larger range, name kept.
    const grown = await createOrUpdateRegister(fake.context, [makeReport("molnavtal.docx", "sv", [...REQS, { id: "data-location/deletion", status: "missing", l: 3, c: 3 }])], "sv", caps);
    expect(grown.added).toBe(1);
    expect(fake.tables.map((t) => [t.name, t.address])).toEqual([[REGISTER_TABLE_NAME, `A1:${LAST}7`]]);
  });

  test("ExcelApi 1.7 (no data validation): colours and freeze panes yes, drop-downs no", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    fake.addSheet("Blad1");
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", detectCapabilities(fake.requirements));
    expect(result.warnings.map((w) => w.code)).toEqual(["no-data-validation"]);
    expect(fake.sheet("Riskregister").conditionalFormats.length).toBeGreaterThan(0);
  });

  test("below ExcelApi 1.2 nothing is attempted and the user gets a clear message", async () => {
    const fake = new FakeExcel({ apiVersion: "1.1" });
    const error = await createOrUpdateRegister(fake.context, [svReport], "sv", detectCapabilities(fake.requirements)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(fake.syncCount).toBe(0);
    expect(describeExcelError(error, "sv").message).toMatch(/stöder inte/u);
  });
});

describe("a failing sync", () => {
  test("in the read phase (sync 2 of 3) leaves the workbook exactly as it was", async () => {
    const fake = await fakeFromXlsx(await writeReportWorkbook([svReport], "sv"));
    const before = fake.snapshot();
    const failing = Object.assign(fake, { options: { failSync: { at: 2, code: "GeneralException" } } });
    await expect(createOrUpdateRegister(failing.context, [makeReport("molnavtal.docx", "sv", REQS.slice(2))], "sv", ALL_CAPABILITIES)).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.snapshot()).toEqual(before);
  });

  test("when the final batch is rejected whole, nothing is written", async () => {
    const fake = new FakeExcel({ failSync: { at: 2, code: "AccessDenied" } });
    fake.addSheet("Blad1");
    const before = fake.snapshot();
    const error = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(describeExcelError(error, "en")).toEqual({ code: "AccessDenied", message: expect.stringMatching(/protected/u) as unknown as string });
    expect(fake.snapshot()).toEqual(before);
  });

  test("interrupted anywhere inside the final batch, the next run completes the same register (no half rows, no duplicates)", async () => {
    const reference = new FakeExcel();
    reference.addSheet("Blad1");
    await createOrUpdateRegister(reference.context, [svReport], "sv", ALL_CAPABILITIES);
    const total = reference.batches[1]!;
    const expected = used(reference.sheet("Riskregister"));

    for (let afterOps = 0; afterOps <= total; afterOps += 7) {
      const fake = new FakeExcel({ failSync: { at: 2, afterOps } });
      fake.addSheet("Blad1");
      await expect(createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES)).rejects.toBeInstanceOf(FakeOfficeError);
      // Values go in one call: the register sheet either has no rows or all of them.
      if (fake.hasSheet("Riskregister")) expect([0, 6]).toContain(fake.sheet("Riskregister").usedBox()?.rows ?? 0);

      const retry = Object.assign(fake, { options: {} });
      const result = await createOrUpdateRegister(retry.context, [svReport], "sv", ALL_CAPABILITIES);
      const reg = fake.sheet("Riskregister");
      expect(used(reg)).toEqual(expected);
      expect(result.added + result.unchanged).toBe(5);
      expect(fake.tables.map((t) => [t.name, t.address])).toEqual([[REGISTER_TABLE_NAME, `A1:${LAST}6`]]);
      expect(reg.conditionalFormatsAt(`${col("risk")}2`)).toHaveLength(4);
      expect(fake.sheets.filter((s) => /^Risk/u.test(s.name)).map((s) => s.name)).toEqual(["Riskregister", "Riskmatris"]);
      expect(fake.sheet("Riskmatris").formula("C4")).toMatch(/^=COUNTIFS/u);
    }
  });
});

describe("a constant number of syncs", () => {
  async function syncs(reports: readonly Report[]): Promise<{ create: number; update: number; rows: number }> {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const created = await createOrUpdateRegister(fake.context, reports, "sv", ALL_CAPABILITIES);
    const create = fake.syncCount;
    await createOrUpdateRegister(fake.context, reports.map((r, i) => (i % 2 === 0 ? makeReport(r.document.name, "sv", REQS) : r)), "sv", ALL_CAPABILITIES);
    return { create, update: fake.syncCount - create, rows: created.rows };
  }

  test("30 rows and 3,000 rows take the same syncs (2 to create, 3 to update)", async () => {
    const small = await syncs(manyReports(2, 15));
    const large = await syncs(manyReports(200, 15));
    expect(small).toEqual({ create: 2, update: 3, rows: 30 });
    expect(large).toEqual({ create: 2, update: 3, rows: 3000 });
  });
});

describe("keys survive Excel's own coercion", () => {
  test("document names that look like dates, numbers or formulas are stored as text and matched on re-run", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    const reports = ["2024-05-01", "-utkast.docx", "=avtal.docx", "1.5"].map((n) => makeReport(n, "sv", REQS.slice(0, 2)));
    await createOrUpdateRegister(fake.context, reports, "sv", ALL_CAPABILITIES);
    const reg = fake.sheet("Riskregister");
    expect([2, 4, 6, 8].map((r) => reg.value(`${col("source")}${r}`))).toEqual(["2024-05-01", "-utkast.docx", "=avtal.docx", "1.5"]);
    const again = await createOrUpdateRegister(fake.context, reports, "sv", ALL_CAPABILITIES);
    expect(again).toMatchObject({ added: 0, unchanged: 8 });
  });
});

describe("where the register is", () => {
  test("a renamed register sheet is found by its table, and the matrix counts that sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    fake.sheet("Riskregister").name = "Mina risker";
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    expect(result).toMatchObject({ sheetName: "Mina risker", unchanged: 5, created: false });
    expect(fake.hasSheet("Riskregister")).toBe(false);
    expect(fake.sheet("Riskmatris").formula("C4")).toContain("'Mina risker'!$H:$H");
  });

  test("a register the user turned into their own table (Ctrl+T) is adopted and renamed, not duplicated", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    fake.table(REGISTER_TABLE_NAME)!.name = "Tabell1";
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    expect(result.unchanged).toBe(5);
    expect(fake.tables.map((t) => t.name)).toEqual([REGISTER_TABLE_NAME]);
  });

  test("a register below the user's title rows keeps its place", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Riskregister");
    sheet.set("A1", [["Riskregister för upphandling 2025"]]);
    sheet.set("A3", [registerHeaders("sv"), ["control-rights/audit-right", "", "", "", "", 1, 3, 1, 3, "", "", "Egen åtgärd", "", "", "", "molnavtal.docx", "Öppen"]]);
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    expect(result).toMatchObject({ added: 4, updated: 1 });
    expect(sheet.value("A1")).toBe("Riskregister för upphandling 2025");
    expect(sheet.value(`${col("measures")}4`)).toBe("Egen åtgärd");
    expect(sheet.formula(`${col("risk")}4`)).toBe(`=IF(AND(ISNUMBER(H4),ISNUMBER(I4)),H4*I4,"")`);
    expect(fake.table(REGISTER_TABLE_NAME)!.address).toBe(`A3:${LAST}8`);
  });

  test("notes kept a blank row below the table stay outside it; new rows fill the gap only when it is blank", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Blad1");
    await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    const reg = fake.sheet("Riskregister");
    reg.set("A9", [["Anteckning: granskat med jurist 2025-03-01"]]);
    const withDeletion = makeReport("molnavtal.docx", "sv", [...REQS, { id: "data-location/deletion", status: "missing", l: 3, c: 3 }]);

    const one = await createOrUpdateRegister(fake.context, [withDeletion], "sv", ALL_CAPABILITIES);
    expect(one.added).toBe(1);
    expect(reg.value("A7")).toBe("data-location/deletion");
    expect(fake.table(REGISTER_TABLE_NAME)!.address).toBe(`A1:${LAST}7`);
    expect(reg.value("A9")).toBe("Anteckning: granskat med jurist 2025-03-01");

    // Two more rows would land on the note: the block then runs to the note, and the rows go after it.
    const more = makeReport("molnavtal.docx", "sv", [...REQS, { id: "data-location/deletion", status: "missing", l: 3, c: 3 }, { id: "data-location/exit-and-export", status: "missing", l: 3, c: 3 }, { id: "confidentiality/encryption-keys", status: "missing", l: 3, c: 3 }]);
    const two = await createOrUpdateRegister(fake.context, [more], "sv", ALL_CAPABILITIES);
    expect(two.added).toBe(2);
    expect(reg.value("A9")).toBe("Anteckning: granskat med jurist 2025-03-01");
    expect([reg.value("A10"), reg.value("A11")]).toEqual(["data-location/exit-and-export", "confidentiality/encryption-keys"]);
    expect(keys(reg)).toHaveLength(8);
  });

  test("a blank row the user inserted between register rows does not hide the rows below it (no duplicates)", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Riskregister");
    const row = (id: string) => [id, "", "", "", "", 1, 3, 1, 3, "", "", "", "", "", "", "molnavtal.docx", "Öppen"];
    sheet.set("A1", [registerHeaders("sv"), row("control-rights/audit-right"), row("control-rights/log-access")]);
    sheet.set("A5", [row("foreign-jurisdiction/governing-law"), row("data-location/storage-location")]);
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    expect(result.added).toBe(1);
    expect(keys(sheet)).toHaveLength(5);
    expect(keys(sheet)).toEqual([...new Set(keys(sheet))]);
  });

  test("another table in the way: the rows are still written and the user is told", async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Riskregister");
    sheet.set("A1", [["Leverantör", "Kontakt"], ["Acme", "a@acme.se"]]);
    fake.addTable("Riskregister", "A1:B2", "Leverantorer");
    const result = await createOrUpdateRegister(fake.context, [svReport], "sv", ALL_CAPABILITIES);
    expect(result.warnings.map((w) => w.code)).toContain("table-blocked");
    expect(sheet.value("A2")).toBe("Acme");
    expect(keys(sheet)).toHaveLength(5);
    expect(fake.tables.map((t) => t.name)).toEqual(["Leverantorer"]);
  });
});
