/** @jest-environment jsdom */
// The Excel panel with fake actions: each button calls its action, overwriting asks first, results, warnings and errors are shown.
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Report, RiskInputs } from "../../../src/analysis/types";
import type { ActionOutcome, ExcelActions } from "../../../src/hosts/excel/actions";
import { ALL_CAPABILITIES } from "../../../src/hosts/excel/capabilities";
import type { ReviewCellsOutcome, ReviewCellsPlan } from "../../../src/hosts/excel/review-cells";
import type { RegisterUpdateResult } from "../../../src/hosts/excel/write-register";
import { ExcelPanel } from "../../../src/taskpane/components/ExcelPanel";
import { makeReport, REQS } from "./reports";

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks (no layout); a no-op is enough here.
Object.assign(globalThis, { ResizeObserver: class { observe() {} unobserve() {} disconnect() {} } });

const INPUTS: RiskInputs = { klassa: { K: 3, R: 2, T: 2 }, secretData: true, exposure: "unknown", measures: [], controlQuestion: "unknown" };
const ok = <T,>(value: T): ActionOutcome<T> => ({ ok: true, value });
const plan = (conflicts: string[] = []): ReviewCellsPlan => ({ sheetName: "Krav", selectionAddress: "A2:A4", targetAddress: "B1:D4", rows: 3, conflicts });
const written: ReviewCellsOutcome = { written: true, plan: plan(), reviewed: 3, addressed: 2 };
const registerResult: RegisterUpdateResult = {
  added: 3, updated: 1, closed: 2, unchanged: 4, warnings: [{ code: "no-data-validation", message: "Inga rullistor i den här versionen." }],
  sheetName: "Riskregister", matrixSheetName: "Riskmatris", rows: 10, created: true, lang: "sv",
};

function fakeActions(overrides: Partial<ExcelActions> = {}): jest.Mocked<ExcelActions> {
  const report = makeReport("avtal.docx", "sv", REQS);
  return {
    capabilities: ALL_CAPABILITIES,
    reviewFile: jest.fn(async () => ok({ report, paragraphs: [] })),
    readFile: jest.fn(async (file: File) => ok({ name: file.name, paragraphs: [{ text: "x" }] })),
    planSelectedCells: jest.fn(async () => ok(plan())),
    reviewSelectedCells: jest.fn(async () => ok(written)),
    updateRegister: jest.fn(async () => ok(registerResult)),
    ...overrides,
  } as jest.Mocked<ExcelActions>;
}

function renderPanel(actions: ExcelActions, props: Partial<Parameters<typeof ExcelPanel>[0]> = {}) {
  const onReport = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPanel lang="sv" inputs={INPUTS} actions={actions} onReport={onReport} {...props} />
    </FluentProvider>,
  );
  return { onReport };
}

const file = new File(["Avtalet ska tolkas enligt svensk rätt."], "avtal.docx");

test("picking a file reviews it with the settings, shows the report and enables the register", async () => {
  const actions = fakeActions();
  const { onReport } = renderPanel(actions);
  const register = screen.getByRole("button", { name: "Skapa / uppdatera riskregister" });
  expect(register).toBeDisabled();
  expect(screen.getByText("Granska minst ett avtal först.")).toBeInTheDocument();

  fireEvent.change(screen.getByLabelText(/Välj avtalsfil/u), { target: { files: [file] } });
  await screen.findByText(/avtal\.docx är granskat/u);
  expect(actions.reviewFile).toHaveBeenCalledWith(file, INPUTS);
  expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ document: expect.objectContaining({ name: "avtal.docx" }) }));
  expect(register).toBeEnabled();
  expect(screen.getByText(/Tas med i registret: avtal\.docx/u)).toBeInTheDocument();
});

test("with the shell's engine, the file is only read here and reviewed through runReview", async () => {
  const actions = fakeActions();
  const report = makeReport("avtal.docx", "sv", REQS);
  const runReview = jest.fn(async () => report);
  const { onReport } = renderPanel(actions, { runReview });
  fireEvent.change(screen.getByLabelText(/Välj avtalsfil/u), { target: { files: [file] } });
  await screen.findByText(/avtal\.docx är granskat/u);
  expect(actions.readFile).toHaveBeenCalledWith(file);
  expect(actions.reviewFile).not.toHaveBeenCalled();
  expect(runReview).toHaveBeenCalledWith([{ text: "x" }], "avtal.docx");
  expect(onReport).toHaveBeenCalledWith(report);
});

test("a bad file shows the reader's message as an alert", async () => {
  const actions = fakeActions({ reviewFile: jest.fn(async () => ({ ok: false as const, code: "unsupported-type", message: "Filtypen .pdf stöds inte." })) });
  renderPanel(actions);
  fireEvent.change(screen.getByLabelText(/Välj avtalsfil/u), { target: { files: [new File(["x"], "a.pdf")] } });
  expect(await screen.findByRole("alert")).toHaveTextContent("Filtypen .pdf stöds inte.");
});

test("selected cells without conflicts are reviewed and written at once", async () => {
  const actions = fakeActions();
  renderPanel(actions);
  fireEvent.click(screen.getByRole("button", { name: "Granska markerade celler" }));
  await screen.findByText("3 rader granskade, 2 berör krav. Resultaten står i B1:D4.");
  expect(actions.planSelectedCells).toHaveBeenCalledTimes(1);
  expect(actions.reviewSelectedCells).toHaveBeenCalledWith(false, INPUTS);
  expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
});

test("conflicts open a confirm dialog: Replace writes with replace=true", async () => {
  const actions = fakeActions({ planSelectedCells: jest.fn(async () => ok(plan(["C3", "D4"]))) });
  renderPanel(actions);
  fireEvent.click(screen.getByRole("button", { name: "Granska markerade celler" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog).toHaveTextContent("2 celler i B1:D4 innehåller redan något (C3, D4)");
  expect(actions.reviewSelectedCells).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole("button", { name: "Ersätt" }));
  await screen.findByText(/3 rader granskade/u);
  expect(actions.reviewSelectedCells).toHaveBeenCalledWith(true, INPUTS);
  await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
});

test("conflicts: Cancel writes nothing and says so", async () => {
  const actions = fakeActions({ planSelectedCells: jest.fn(async () => ok(plan(["C3"]))) });
  renderPanel(actions);
  fireEvent.click(screen.getByRole("button", { name: "Granska markerade celler" }));
  await screen.findByRole("alertdialog");
  fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
  await screen.findByText("Inget skrevs i bladet.");
  expect(actions.reviewSelectedCells).not.toHaveBeenCalled();
});

test("cells filled in between plan and write: the action's fresh conflicts open the dialog", async () => {
  const actions = fakeActions({ reviewSelectedCells: jest.fn(async (replace: boolean) => ok(replace ? written : { written: false as const, plan: plan(["B2"]) })) });
  renderPanel(actions);
  fireEvent.click(screen.getByRole("button", { name: "Granska markerade celler" }));
  expect(await screen.findByRole("alertdialog")).toHaveTextContent("B2");
});

test("an Excel failure is an alert with the message, no stack", async () => {
  const actions = fakeActions({ planSelectedCells: jest.fn(async () => ({ ok: false as const, code: "InvalidSelection", message: "Markeringen kan inte användas." })) });
  renderPanel(actions);
  fireEvent.click(screen.getByRole("button", { name: "Granska markerade celler" }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Något gick fel");
  expect(alert).toHaveTextContent("Markeringen kan inte användas.");
});

test("the register records every report and shows counts, created sheets and warnings", async () => {
  const actions = fakeActions();
  const shown = makeReport("tidigare.docx", "sv", REQS);
  renderPanel(actions, { report: shown });
  fireEvent.change(screen.getByLabelText(/Välj avtalsfil/u), { target: { files: [file] } });
  await screen.findByText(/avtal\.docx är granskat/u);

  fireEvent.click(screen.getByRole("button", { name: "Skapa / uppdatera riskregister" }));
  await screen.findByText(/Riskregistret är uppdaterat: 3 nya, 1 uppdaterade, 2 stängda, 4 oförändrade\. Bladen Riskregister och Riskmatris skapades\./u);
  expect(actions.updateRegister.mock.calls[0]![0].map((r: Report) => r.document.name)).toEqual(["avtal.docx", "tidigare.docx"]);
  expect(screen.getByText("Inga rullistor i den här versionen.")).toBeInTheDocument();
});

test("buttons are disabled while the shell is busy", () => {
  renderPanel(fakeActions(), { busy: true, report: makeReport("a.docx", "sv", REQS) });
  expect(screen.getByRole("button", { name: "Granska en avtalsfil…" })).toBeDisabled();
  expect(screen.getByRole("button", { name: "Granska markerade celler" })).toBeDisabled();
  expect(screen.getByRole("button", { name: "Skapa / uppdatera riskregister" })).toBeDisabled();
});

test("English strings", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPanel lang="en" inputs={INPUTS} actions={fakeActions()} onReport={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getByRole("button", { name: "Review a contract file…" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Review selected cells" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Create / update risk register" })).toBeDisabled();
  expect(screen.getByRole("group", { name: "Excel actions" })).toBeInTheDocument();
});
