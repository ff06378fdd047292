// Entry point for every host: picks the reader from the file name and returns paragraphs or a coded error, never an exception.
import { describeException, readFailure, type ReadResult } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { isZip, readDocx } from "./read-docx";
import { readText } from "./read-text";

export { READ_ERROR_CODES, errorMessage, readFailure, type ReadErrorCode, type ReadErrorDetails, type ReadFailure, type ReadResult } from "./errors";
export {
  BINARY_SNIFF_BYTES,
  LIMITS_SUMMARY,
  MAX_COMPRESSION_RATIO,
  MAX_CONTROL_CHAR_RATIO,
  MAX_DECOMPRESSED_BYTES,
  MAX_FILE_BYTES,
  MAX_PARAGRAPHS,
  MAX_PARAGRAPH_CHARS,
  RATIO_CHECK_MIN_BYTES,
} from "./limits";
export { readDocx } from "./read-docx";
export { readText, type TextFormat } from "./read-text";

/** How a file is read, decided by its extension alone (so hosts can refuse a file before reading it). */
export type DocumentFormat = "docx" | "txt" | "md" | "legacy-doc";

/** Extensions read, lower case with the dot; .docm/.dotx/.dotm are the same package format as .docx. */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  ".docx": "docx",
  ".docm": "docx",
  ".dotx": "docx",
  ".dotm": "docx",
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".doc": "legacy-doc",
  ".dot": "legacy-doc",
};

/** The extension of a file name or path, lower case with the dot ("" if none). Handles "/" and "\" separators. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** The reader for a file name, or undefined when the type is not supported. */
export function documentFormatOf(name: string): DocumentFormat | undefined {
  const ext = extensionOf(name);
  return Object.prototype.hasOwnProperty.call(DOCUMENT_EXTENSIONS, ext) ? DOCUMENT_EXTENSIONS[ext] : undefined;
}

/**
 * Reads a document's bytes into paragraphs, choosing the reader by the extension of `name`
 * (.docx, .txt, .md/.markdown; .doc is refused as legacy-doc unless it is really a .docx inside).
 * Never throws.
 */
export async function readDocumentBytes(name: string, bytes: Uint8Array): Promise<ReadResult> {
  try {
    const format = documentFormatOf(name);
    if (format === undefined) return readFailure("unsupported-type", { extension: extensionOf(name) });
    if (bytes.length > MAX_FILE_BYTES) return readFailure("too-large", { size: bytes.length, limit: MAX_FILE_BYTES });
    switch (format) {
      case "docx":
        return await readDocx(bytes);
      case "legacy-doc":
        // A .docx saved under a .doc name is common; read it rather than ask the user to rename it.
        return isZip(bytes) ? await readDocx(bytes) : readFailure("legacy-doc");
      case "txt":
      case "md":
        return readText(bytes, format);
    }
  } catch (error) {
    return readFailure("read-failed", { reason: describeException(error) });
  }
}
