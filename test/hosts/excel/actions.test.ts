// Tests the Excel.run wrappers: each action runs in one Excel.run, failures come back as coded messages, never as thrown errors.
import { createExcelActions } from "../../../src/hosts/excel/actions";
import { ALL_CAPABILITIES } from "../../../src/hosts/excel/capabilities";
import { FakeExcel } from "./fake-excel";
import { makeReport, REQS } from "./reports";

const original = (globalThis as { Excel?: unknown }).Excel;
afterEach(() => {
  (globalThis as { Excel?: unknown }).Excel = original;
});

function withExcel(fake: FakeExcel): jest.Mock {
  const run = jest.fn((batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(fake.context));
  (globalThis as { Excel?: unknown }).Excel = { run };
  return run;
}

test("updateRegister runs in Excel.run and returns the summary", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Blad1");
  const run = withExcel(fake);
  const actions = createExcelActions("sv", { capabilities: ALL_CAPABILITIES });
  const result = await actions.updateRegister([makeReport("a.docx", "sv", REQS)]);
  expect(result).toMatchObject({ ok: true, value: { added: 5, sheetName: "Riskregister" } });
  expect(run).toHaveBeenCalledTimes(1);
});

test("an office.js failure becomes { ok: false, code, message } in the UI language", async () => {
  const fake = new FakeExcel({ failSync: { at: 1, code: "InvalidOperationInCellEditMode" } });
  fake.addSheet("Blad1");
  withExcel(fake);
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const result = await createExcelActions("en", { capabilities: ALL_CAPABILITIES }).planSelectedCells();
  expect(result).toEqual({ ok: false, code: "InvalidOperationInCellEditMode", message: "Excel is editing a cell. Press Enter or Esc and try again." });
  spy.mockRestore();
});

test("outside Excel the actions say Excel is needed instead of throwing", async () => {
  delete (globalThis as { Excel?: unknown }).Excel;
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const result = await createExcelActions("sv", { capabilities: ALL_CAPABILITIES }).reviewSelectedCells(false);
  expect(result).toMatchObject({ ok: false, code: "NotExcel" });
  spy.mockRestore();
});

test("reviewSelectedCells uses the settings given, else getInputs", async () => {
  const fake = new FakeExcel();
  fake.addSheet("Krav").set("A2", [["Avtalet ska tolkas enligt svensk rätt."]]);
  fake.select("Krav", "A2");
  withExcel(fake);
  const getInputs = jest.fn(() => ({ secretData: true }));
  const result = await createExcelActions("sv", { capabilities: ALL_CAPABILITIES, getInputs }).reviewSelectedCells(false);
  expect(result).toMatchObject({ ok: true, value: { written: true, reviewed: 1 } });
  expect(getInputs).toHaveBeenCalled();
});

test("reviewFile reads a File in the task pane and never throws on bad input", async () => {
  const actions = createExcelActions("en", { capabilities: ALL_CAPABILITIES });
  const good = await actions.reviewFile(new File(["Avtalet ska tolkas enligt svensk rätt."], "avtal.txt"));
  expect(good).toMatchObject({ ok: true, value: { report: { document: { name: "avtal.txt" }, outputLanguage: "en" } } });
  const bad = await actions.reviewFile(new File(["x"], "avtal.pdf"));
  expect(bad).toMatchObject({ ok: false, code: "unsupported-type" });
  const broken = { name: "x.txt", arrayBuffer: () => Promise.reject(new Error("gone")) } as unknown as File;
  expect(await actions.readFile(broken)).toMatchObject({ ok: false, code: "read-failed" });
});
