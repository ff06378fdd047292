// Tests "Review selected cells" against the fake host: where results go, conflict detection before writing, replace, clipping and constant syncs.
import { describeExcelError, ExcelHostError } from "../../../src/hosts/excel/errors";
import { MAX_REVIEW_ROWS, planReviewCells, RESULT_HEADERS, reviewRow, reviewSelectedCells } from "../../../src/hosts/excel/review-cells";
import { FakeExcel, FakeOfficeError } from "./fake-excel";

const LAW = "Avtalet ska tolkas enligt svensk rätt.";
const STORAGE = "Leverantören ska lagra all data inom EU/EES.";
const NOTHING = "Leveransen sker i tre etapper.";

function sheetWithList(rows: readonly string[], from = "A2"): FakeExcel {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Krav");
  sheet.set("A1", [["Krav"]]);
  sheet.set(from, rows.map((r) => [r]));
  return fake;
}

describe("planning", () => {
  test("results go to the three columns right of the selection with a header above, in two syncs", async () => {
    const fake = sheetWithList([LAW, STORAGE, NOTHING]);
    fake.select("Krav", "A2:A4");
    const plan = await planReviewCells(fake.context);
    expect(plan).toEqual({ sheetName: "Krav", selectionAddress: "A2:A4", targetAddress: "B1:D4", rows: 3, conflicts: [] });
    expect(fake.syncCount).toBe(2);
  });

  test("non-empty target cells are reported; empty rows and our own header are not conflicts", async () => {
    const fake = sheetWithList([LAW, "", STORAGE]);
    const sheet = fake.sheet("Krav");
    sheet.set("C1", [[RESULT_HEADERS[1]!.en]]);
    sheet.set("B3", [["anteckning på tom rad"]]);
    sheet.set("C4", [["min kommentar"]]);
    sheet.set("D1", [["Annat"]]);
    fake.select("Krav", "A2:A4");
    const plan = await planReviewCells(fake.context);
    expect(plan.conflicts).toEqual(["D1", "C4"]);
    expect(plan.rows).toBe(2);
  });

  test("a selection starting in row 1 takes that row as the list's header", async () => {
    const fake = sheetWithList([LAW, STORAGE]);
    fake.select("Krav", "A1:A3");
    const plan = await planReviewCells(fake.context);
    expect(plan).toMatchObject({ selectionAddress: "A2:A3", targetAddress: "B1:D3", rows: 2 });
  });

  test("a whole-column selection is clipped to the used cells, across all selected columns", async () => {
    const fake = sheetWithList([LAW, STORAGE]);
    fake.sheet("Krav").set("B2", [["(bilaga 3)"]]);
    fake.select("Krav", "A:B");
    const plan = await planReviewCells(fake.context);
    expect(plan).toMatchObject({ selectionAddress: "A2:B3", targetAddress: "C1:E3", rows: 2 });
  });
});

describe("writing", () => {
  test("writes ids, statuses and band per row, a bold header, and leaves empty rows alone", async () => {
    const fake = sheetWithList([LAW, "", STORAGE, NOTHING]);
    fake.select("Krav", "A2:A5");
    const outcome = await reviewSelectedCells(fake.context, {}, "sv");
    expect(outcome).toMatchObject({ written: true, reviewed: 3, addressed: 2 });
    expect(fake.syncCount).toBe(3);
    const sheet = fake.sheet("Krav");
    expect(sheet.grid("B1:D1")[0]).toEqual(RESULT_HEADERS.map((h) => h.sv));
    expect(sheet.format("C1").bold).toBe(true);
    expect(sheet.value("B2")).toBe("foreign-jurisdiction/governing-law");
    expect(sheet.value("C2")).toBe("Uppfyllt");
    expect(sheet.value("D2")).toMatch(/risk$/u);
    expect(String(sheet.value("B4"))).toContain("data-location/storage-location");
    expect(String(sheet.value("C4")).split("; ")).toHaveLength(String(sheet.value("B4")).split("; ").length);
    expect(sheet.value("C5")).toBe("Inget krav berörs");
    expect(sheet.cell("B3")).toBeUndefined();
    expect([...sheet.written].sort()).not.toContain("B3");
  });

  test("with conflicts and no replace, nothing is written; with replace the cells are overwritten", async () => {
    const fake = sheetWithList([LAW, STORAGE]);
    fake.sheet("Krav").set("C3", [["min kommentar"]]);
    fake.select("Krav", "A2:A3");
    const before = fake.snapshot();

    const asked = await reviewSelectedCells(fake.context, {}, "en");
    expect(asked).toEqual({ written: false, plan: expect.objectContaining({ conflicts: ["C3"] }) as unknown });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncCount).toBe(2);

    const replaced = await reviewSelectedCells(fake.context, {}, "en", { replace: true });
    expect(replaced.written).toBe(true);
    expect(fake.sheet("Krav").value("C3")).toBe(reviewRow(STORAGE, {}, "en").cells[1]);
    expect(fake.sheet("Krav").value("B1")).toBe(RESULT_HEADERS[0]!.en);
  });

  test("sync count is the same for 10 and 1,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const fake = sheetWithList(Array.from({ length: n }, (_, i) => (i % 2 ? LAW : `${NOTHING} ${i}`)));
      fake.select("Krav", `A2:A${n + 1}`);
      await reviewSelectedCells(fake.context, {}, "sv");
      counts.push(fake.syncCount);
    }
    expect(counts).toEqual([3, 3]);
  });
});

describe("refusals", () => {
  test("an empty selection says what to select", async () => {
    const fake = sheetWithList([LAW]);
    fake.select("Krav", "F10:F20");
    const error = await planReviewCells(fake.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(describeExcelError(error, "sv").message).toMatch(/ingen text/u);
  });

  test("only the header row selected is nothing to review", async () => {
    const fake = sheetWithList([LAW]);
    fake.select("Krav", "A1");
    await expect(planReviewCells(fake.context)).rejects.toMatchObject({ code: "NoText" });
  });

  test(`more than ${MAX_REVIEW_ROWS} rows is refused before anything is read`, async () => {
    const fake = sheetWithList(Array.from({ length: MAX_REVIEW_ROWS + 1 }, (_, i) => `rad ${i}`));
    fake.select("Krav", `A2:A${MAX_REVIEW_ROWS + 2}`);
    await expect(planReviewCells(fake.context)).rejects.toMatchObject({ code: "TooManyRows" });
    expect(fake.syncCount).toBe(1);
  });

  test("a multi-area selection fails with Excel's InvalidSelection, shown as a clear message", async () => {
    const fake = sheetWithList([LAW]);
    fake.select("Krav", "A2,A4");
    const error = await planReviewCells(fake.context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(describeExcelError(error, "en")).toMatchObject({ code: "InvalidSelection", message: expect.stringMatching(/continuous range/u) as unknown as string });
  });
});

describe("one row as a short text", () => {
  test("lists only requirements the text addresses", () => {
    expect(reviewRow(LAW, {}, "en").ids).toEqual(["foreign-jurisdiction/governing-law"]);
    expect(reviewRow(NOTHING, {}, "en")).toEqual({ ids: [], cells: ["", "No requirement addressed", ""] });
  });
});
