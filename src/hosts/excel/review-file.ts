// Reviews a contract file picked in Excel's task pane, entirely in the browser: bytes in, a report or a coded error out (no upload anywhere).
import { reviewParagraphs } from "../../analysis/review";
import type { Override, Paragraph, Report, RiskInputs } from "../../analysis/types";
import { errorMessage, readDocumentBytes, type ReadErrorCode } from "../../documents";
import type { Lang } from "../../rules/types";

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ReviewFileResult =
  | { readonly ok: true; readonly report: Report; readonly paragraphs: Paragraph[] }
  | { readonly ok: false; readonly code: ReadErrorCode; readonly message: string };

export type ReadFileResult =
  | { readonly ok: true; readonly name: string; readonly paragraphs: Paragraph[] }
  | { readonly ok: false; readonly code: ReadErrorCode; readonly message: string };

/** Reads a picked file into paragraphs; an empty document is a failure here, since there is nothing to review. */
export async function readContractFile(file: PickedFile, lang: Lang): Promise<ReadFileResult> {
  const read = await readDocumentBytes(file.name, file.bytes);
  if (!read.ok) return { ok: false, code: read.code, message: errorMessage(read.code, lang, read.details) };
  if (!read.paragraphs.some((p) => p.text.trim().length > 0)) return { ok: false, code: "empty-document", message: errorMessage("empty-document", lang) };
  return { ok: true, name: file.name, paragraphs: read.paragraphs };
}

/**
 * Reads and reviews one file with the given settings; messages and register values follow the UI language.
 * Never throws: readDocumentBytes returns coded failures, and the engine is pure.
 */
export async function reviewContractFile(
  file: PickedFile,
  inputs: Partial<RiskInputs>,
  lang: Lang,
  overrides: readonly Override[] = [],
): Promise<ReviewFileResult> {
  const read = await readContractFile(file, lang);
  if (!read.ok) return read;
  const report = reviewParagraphs(read.paragraphs, { name: file.name, inputs, outputLanguage: lang, overrides });
  return { ok: true, report, paragraphs: read.paragraphs };
}
