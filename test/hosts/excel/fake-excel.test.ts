// Tests the fake Excel host itself, so the adapter tests rest on office.js behaviour and not on a lenient stand-in.
import { FakeExcel, FakeOfficeError, FORMULA_RESULT } from "./fake-excel";

function setup(options: ConstructorParameters<typeof FakeExcel>[0] = {}): { fake: FakeExcel; ctx: Excel.RequestContext } {
  const fake = new FakeExcel(options);
  fake.addSheet("Blad1").set("A1", [["a", 1], ["b", 2]]);
  return { fake, ctx: fake.context };
}

test("loaded properties are readable only after the sync that carried the load", async () => {
  const { ctx } = setup();
  const range = ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2").load("values,address");
  expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }) as unknown as Error);
  await ctx.sync();
  expect(range.values).toEqual([["a", 1], ["b", 2]]);
  expect(range.address).toBe("Blad1!A1:B2");
  expect(() => range.formulas).toThrow(/not available/u);
});

test("writes are queued until sync, null leaves a cell unchanged, and arrays are copied when set", async () => {
  const { fake, ctx } = setup();
  const grid: (string | number | null)[][] = [[null, "=B2*2"], ["c", null]];
  ctx.workbook.worksheets.getItem("Blad1").getRange("A1:B2").formulas = grid;
  grid[0]![0] = "changed later";
  expect(fake.sheet("Blad1").value("B1")).toBe(1);
  await ctx.sync();
  const s = fake.sheet("Blad1");
  expect(s.grid("A1:B2")).toEqual([["a", FORMULA_RESULT], ["c", 2]]);
  expect(s.formula("B1")).toBe("=B2*2");
});

test("a failing operation stops the batch; earlier operations stay applied (Excel has no transactions)", async () => {
  const { fake, ctx } = setup();
  const ws = ctx.workbook.worksheets.getItem("Blad1");
  ws.getRange("C1").values = [["first"]];
  ws.getRange("C2:C3").values = [["wrong shape"]];
  ws.getRange("C4").values = [["never"]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(fake.sheet("Blad1").value("C1")).toBe("first");
  expect(fake.sheet("Blad1").value("C4")).toBe("");
});

test("failSync rejects a whole sync or fails after k operations; loads of a failed sync never appear", async () => {
  const { fake, ctx } = setup({ failSync: { at: 1, afterOps: 1, code: "GeneralException" } });
  const ws = ctx.workbook.worksheets.getItem("Blad1");
  ws.getRange("D1").values = [["applied"]];
  const r = ws.getRange("A1").load("values");
  ws.getRange("D2").values = [["not applied"]];
  await expect(ctx.sync()).rejects.toBeInstanceOf(FakeOfficeError);
  expect(fake.sheet("Blad1").value("D1")).toBe("applied");
  expect(fake.sheet("Blad1").value("D2")).toBe("");
  expect(() => r.values).toThrow(/not available/u);
  expect(fake.syncCount).toBe(1);
});

test("methods newer than the host's ExcelApi version fail with ApiNotFound", async () => {
  const { ctx } = setup({ apiVersion: "1.7" });
  ctx.workbook.worksheets.getItem("Blad1").getRange("A1").dataValidation.clear();
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
});

test("strings are coerced as Excel does; an apostrophe keeps text", async () => {
  const { fake, ctx } = setup();
  ctx.workbook.worksheets.getItem("Blad1").getRange("A5:F5").formulas = [["12", "2024-05-01", "'2024-05-01", "-draft", "TRUE", "'=x"]];
  await ctx.sync();
  const s = fake.sheet("Blad1");
  expect(s.grid("A5:F5")[0]).toEqual([12, 45413, "2024-05-01", "#NAME?", true, "=x"]);
  expect(s.formula("F5")).toBe("=x");
  expect(s.cell("F5")?.formula).toBeUndefined();
});

test("tables: unique non-blank headers, no overlaps, resize keeps the header row, collections load nested names", async () => {
  const { fake, ctx } = setup();
  const s = fake.sheet("Blad1");
  s.set("A1", [["Namn", ""], ["x", "y"]]);
  const t = ctx.workbook.worksheets.getItem("Blad1").tables.add("A1:B2", true);
  t.name = "Mina";
  ctx.workbook.worksheets.getItem("Blad1").tables.add("B2:C3", true);
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  expect(s.grid("A1:B1")[0]).toEqual(["Namn", "Column2"]);
  expect(fake.table("Mina")!.address).toBe("A1:B2");

  ctx.workbook.tables.getItem("Mina").resize("A2:B5");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

  const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
  await ctx.sync();
  expect(tables.items.map((x) => [x.name, x.worksheet.name])).toEqual([["Mina", "Blad1"]]);
});

test("sheets: names unique ignoring case, getItem is case-insensitive, missing items fail at sync", async () => {
  const { ctx } = setup();
  ctx.workbook.worksheets.add("BLAD1");
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  ctx.workbook.worksheets.getItem("blad1").getRange("A1").load("values");
  await ctx.sync();
  ctx.workbook.worksheets.getItem("Saknas").getRange("A1").values = [["x"]];
  await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  const maybe = ctx.workbook.worksheets.getItemOrNullObject("Saknas");
  expect(() => maybe.isNullObject).toThrow(/not available/u);
  await ctx.sync();
  expect(maybe.isNullObject).toBe(true);
});
