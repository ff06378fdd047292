// What the task pane can ask of Excel, as promises that never throw; createExcelActions wraps each in Excel.run (the only place that calls it).
import type { Override, Paragraph, Report, RiskInputs } from "../../analysis/types";
import { errorMessage, type ReadErrorCode } from "../../documents";
import type { Lang } from "../../rules/types";
import { detectCapabilities, type ExcelCapabilities } from "./capabilities";
import { describeExcelError } from "./errors";
import { planReviewCells, reviewSelectedCells, type ReviewCellsOutcome, type ReviewCellsPlan } from "./review-cells";
import { readContractFile, reviewContractFile } from "./review-file";
import { createOrUpdateRegister, type RegisterUpdateResult } from "./write-register";

/** Success with a value, or a coded failure with a message ready to show. */
export type ActionOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string; readonly message: string };

export interface ExcelActions {
  readonly capabilities: ExcelCapabilities;
  /** Reads and reviews a picked file in the task pane (no upload). */
  reviewFile(file: File, inputs?: Partial<RiskInputs>): Promise<ActionOutcome<{ report: Report; paragraphs: Paragraph[] }>>;
  /** Reads a picked file into paragraphs only, for shells that run the engine themselves (e.g. in a worker). */
  readFile(file: File): Promise<ActionOutcome<{ name: string; paragraphs: Paragraph[] }>>;
  /** Where results of "Review selected cells" would go and which non-empty cells they would overwrite. */
  planSelectedCells(): Promise<ActionOutcome<ReviewCellsPlan>>;
  /** Reviews the selected rows; without `replace` nothing is written when cells would be overwritten. */
  reviewSelectedCells(replace: boolean, inputs?: Partial<RiskInputs>): Promise<ActionOutcome<ReviewCellsOutcome>>;
  /** Creates or updates the risk register and matrix from the given reports. */
  updateRegister(reports: readonly Report[]): Promise<ActionOutcome<RegisterUpdateResult>>;
}

export interface ExcelActionOptions {
  /** Review settings used when a call passes none. */
  readonly getInputs?: () => Partial<RiskInputs>;
  /** Reviewer overrides applied to file reviews. */
  readonly getOverrides?: () => readonly Override[];
  readonly capabilities?: ExcelCapabilities;
}

/** The file's bytes: Blob.arrayBuffer where the engine has it, FileReader otherwise (older Office webviews). */
function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Picked-file bytes, or a read-failed result (a file deleted or locked after picking, a revoked permission). */
async function pickedFile(file: File, lang: Lang): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; code: ReadErrorCode; message: string }> {
  try {
    return { ok: true, name: file.name, bytes: await fileBytes(file) };
  } catch {
    return { ok: false, code: "read-failed", message: errorMessage("read-failed", lang) };
  }
}

/** The real thing: each action is one Excel.run batch; every failure becomes a message, never a thrown stack. */
export function createExcelActions(lang: Lang, options: ExcelActionOptions = {}): ExcelActions {
  const capabilities = options.capabilities ?? detectCapabilities();
  const inputsOf = (inputs?: Partial<RiskInputs>): Partial<RiskInputs> => inputs ?? options.getInputs?.() ?? {};
  const guard = async <T>(work: () => Promise<T>): Promise<ActionOutcome<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      // Developer detail goes to the console only; the user sees one sentence.
      console.error("Avtalskoll (Excel):", (error as { code?: unknown })?.code ?? error, (error as { debugInfo?: unknown })?.debugInfo ?? "");
      const { code, message } = describeExcelError(error, lang);
      return { ok: false, code, message };
    }
  };

  return {
    capabilities,
    async reviewFile(file, inputs) {
      const picked = await pickedFile(file, lang);
      if (!picked.ok) return picked;
      const result = await reviewContractFile(picked, inputsOf(inputs), lang, options.getOverrides?.() ?? []);
      return result.ok ? { ok: true, value: { report: result.report, paragraphs: result.paragraphs } } : { ok: false, code: result.code, message: result.message };
    },
    async readFile(file) {
      const picked = await pickedFile(file, lang);
      if (!picked.ok) return picked;
      const result = await readContractFile(picked, lang);
      return result.ok ? { ok: true, value: { name: result.name, paragraphs: result.paragraphs } } : { ok: false, code: result.code, message: result.message };
    },
    planSelectedCells: () => guard(() => Excel.run((context) => planReviewCells(context))),
    reviewSelectedCells: (replace, inputs) => guard(() => Excel.run((context) => reviewSelectedCells(context, inputsOf(inputs), lang, { replace }))),
    updateRegister: (reports) => guard(() => Excel.run((context) => createOrUpdateRegister(context, reports, lang, capabilities))),
  };
}
