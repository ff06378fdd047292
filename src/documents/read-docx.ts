// Reads a .docx (bytes) into paragraphs, refusing encrypted, legacy, corrupt and zip-bomb files before they cost memory.
/// <reference path="./jszip-lib.d.ts" />
// "jszip/lib/index" is the same module as "jszip"; importing it by path keeps jszip's Node-only typings out of the pure build.
import JSZip from "jszip/lib/index";
import { describeException, readFailure, type ReadFailure, type ReadResult } from "./errors";
import { MAX_COMPRESSION_RATIO, MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES, RATIO_CHECK_MIN_BYTES } from "./limits";
import { ParagraphCollector } from "./paragraphs";
import { parseDocumentXml, parseStyles, StyleSheet } from "./docx-parse";
import { createUtf8Decoder } from "./text-decoding";
import { scanXml, getAttribute } from "./xml-scan";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): used by legacy .doc and by password-protected (encrypted) .docx. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const DEFAULT_DOCUMENT_PART = "word/document.xml";

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP_MAGIC);
export const isCfb = (bytes: Uint8Array): boolean => startsWith(bytes, CFB_MAGIC);

/** True if `text` occurs in `bytes` as UTF-16LE (how CFB stores stream names). */
function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const n = text.length * 2;
  const first = text.charCodeAt(0) & 0xff;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + n <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (bytes[i + 2 * k] !== (c & 0xff) || bytes[i + 2 * k + 1] !== c >> 8) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * A CFB file named .docx is either an encrypted OOXML package (streams "EncryptionInfo" and
 * "EncryptedPackage") or a legacy Word file that was renamed (stream "WordDocument"). Without
 * either marker the safest guess, and the common case, is an encrypted document.
 */
export function classifyCfb(bytes: Uint8Array): ReadFailure {
  if (containsUtf16le(bytes, "EncryptedPackage") || containsUtf16le(bytes, "EncryptionInfo")) return readFailure("encrypted-docx");
  if (containsUtf16le(bytes, "WordDocument")) return readFailure("legacy-doc");
  return readFailure("encrypted-docx");
}

type ZipEntry = JSZip.ZipObject;

interface DeclaredSizes {
  readonly compressed: number;
  readonly uncompressed: number;
}

/** The sizes the zip's central directory declares for an entry (JSZip keeps them on the entry's internal `_data`). */
function declaredSizes(entry: ZipEntry): DeclaredSizes | undefined {
  const data = entry._data as { compressedSize?: unknown; uncompressedSize?: unknown } | null | undefined;
  if (typeof data !== "object" || data === null) return undefined;
  const { compressedSize, uncompressedSize } = data;
  if (typeof compressedSize !== "number" || typeof uncompressedSize !== "number") return undefined;
  if (!(compressedSize >= 0) || !(uncompressedSize >= 0)) return undefined;
  return { compressed: compressedSize, uncompressed: uncompressedSize };
}

/** Refuses an entry from its declared sizes alone, before a single byte is inflated. */
function checkDeclared(name: string, sizes: DeclaredSizes | undefined, budget: number): ReadFailure | undefined {
  if (!sizes) return undefined;
  if (sizes.uncompressed > budget) {
    return readFailure("zip-bomb", { entry: name, reason: "declared-size", size: sizes.uncompressed, limit: MAX_DECOMPRESSED_BYTES });
  }
  if (sizes.uncompressed > RATIO_CHECK_MIN_BYTES) {
    const ratio = sizes.uncompressed / Math.max(sizes.compressed, 1);
    if (ratio > MAX_COMPRESSION_RATIO) {
      return readFailure("zip-bomb", { entry: name, reason: "ratio", ratio: Math.round(ratio), limit: MAX_COMPRESSION_RATIO });
    }
  }
  return undefined;
}

type Inflated = { readonly ok: true; readonly text: string; readonly bytes: number } | { readonly ok: false; readonly failure: ReadFailure };

/**
 * Inflates one entry as UTF-8 text, chunk by chunk, and stops as soon as it yields more than it
 * declared or more than `cap` bytes: the declared sizes are only the archive's claim, and a
 * crafted zip can lie. Pausing the stream stops JSZip from inflating further.
 */
function inflateText(entry: ZipEntry, declared: number | undefined, cap: number): Promise<Inflated> {
  return new Promise<Inflated>((resolve) => {
    let done = false;
    const finish = (result: Inflated): void => {
      if (!done) {
        done = true;
        resolve(result);
      }
    };
    const decoder = createUtf8Decoder(false);
    const parts: string[] = [];
    let total = 0;
    let stream: JSZip.StreamHelper;
    try {
      stream = entry.internalStream("uint8array");
    } catch {
      finish({ ok: false, failure: readFailure("corrupt-docx", { reason: "unzip-failed" }) });
      return;
    }
    stream.on("data", (chunk) => {
      if (done) return;
      total += chunk.length;
      if (declared !== undefined && total > declared) {
        stream.pause();
        finish({ ok: false, failure: readFailure("zip-bomb", { entry: entry.name, reason: "size-mismatch", size: declared }) });
        return;
      }
      if (total > cap) {
        stream.pause();
        finish({ ok: false, failure: readFailure("zip-bomb", { entry: entry.name, reason: "actual-size", limit: MAX_DECOMPRESSED_BYTES }) });
        return;
      }
      parts.push(decoder.decode(chunk, { stream: true }));
    });
    stream.on("error", () => finish({ ok: false, failure: readFailure("corrupt-docx", { reason: "unzip-failed" }) }));
    stream.on("end", () => {
      if (done) return;
      parts.push(decoder.decode());
      finish({ ok: true, text: parts.join(""), bytes: total });
    });
    stream.resume();
  });
}

/** Finds the main document part through the package relationships (_rels/.rels); most files use word/document.xml, a few e.g. word/document2.xml. */
function mainPartFromRels(relsXml: string): string | undefined {
  let target: string | undefined;
  const handler = {
    stopped: false,
    open(name: string, xml: string, start: number, end: number): void {
      if (name !== "Relationship" && !name.endsWith(":Relationship")) return;
      const type = getAttribute(xml, start, end, "Type") ?? "";
      if (!type.endsWith("/officeDocument") || getAttribute(xml, start, end, "TargetMode") === "External") return;
      target = getAttribute(xml, start, end, "Target");
      handler.stopped = true;
    },
    close(): void {},
    text(): void {},
  };
  scanXml(relsXml, handler);
  if (target === undefined) return undefined;
  const path = target.replace(/^\/+/, "");
  return path.length > 0 && path.length < 300 && !path.includes("..") ? path : undefined;
}

/** Tracks how many uncompressed bytes this file may still yield across every part read. */
class Budget {
  remaining = MAX_DECOMPRESSED_BYTES;
}

async function readPart(entry: ZipEntry, budget: Budget): Promise<Inflated> {
  const sizes = declaredSizes(entry);
  const refused = checkDeclared(entry.name, sizes, budget.remaining);
  if (refused) return { ok: false, failure: refused };
  const result = await inflateText(entry, sizes?.uncompressed, budget.remaining);
  if (result.ok) budget.remaining -= result.bytes;
  return result;
}

/**
 * Reads a .docx file's body paragraphs. Never throws: expected failures (corrupt, encrypted,
 * legacy .doc, zip bomb, empty, too many paragraphs) come back as `{ ok: false, code }`.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  try {
    return await readDocxOrThrow(bytes);
  } catch (error) {
    return readFailure("read-failed", { reason: describeException(error) });
  }
}

async function readDocxOrThrow(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) return readFailure("too-large", { size: bytes.length, limit: MAX_FILE_BYTES });
  if (isCfb(bytes)) return classifyCfb(bytes);
  if (!isZip(bytes)) return readFailure("corrupt-docx", { reason: "not-zip" });

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return readFailure("corrupt-docx", { reason: "unzip-failed" });
  }
  const budget = new Budget();

  // Locate the main document part. A damaged relationships part is not fatal (fall back to the usual name); a bomb is.
  let documentPath = DEFAULT_DOCUMENT_PART;
  const rels = zip.file("_rels/.rels");
  if (rels && !rels.dir) {
    const relsText = await readPart(rels, budget);
    if (!relsText.ok && relsText.failure.code === "zip-bomb") return relsText.failure;
    const fromRels = relsText.ok ? mainPartFromRels(relsText.text) : undefined;
    if (fromRels !== undefined && zip.file(fromRels)) documentPath = fromRels;
  }
  const documentEntry = zip.file(documentPath);
  if (!documentEntry || documentEntry.dir) return readFailure("corrupt-docx", { reason: "missing-part", part: documentPath });
  const stylesPath = `${documentPath.slice(0, documentPath.lastIndexOf("/") + 1)}styles.xml`;
  const stylesEntry = zip.file(stylesPath);

  // Check every part's declared size together before inflating any of them.
  const docSizes = declaredSizes(documentEntry);
  const stylesSizes = stylesEntry ? declaredSizes(stylesEntry) : undefined;
  const docRefused = checkDeclared(documentEntry.name, docSizes, budget.remaining);
  if (docRefused) return docRefused;
  if (stylesEntry && stylesSizes) {
    const stylesRefused = checkDeclared(stylesEntry.name, stylesSizes, budget.remaining - (docSizes?.uncompressed ?? 0));
    if (stylesRefused) return stylesRefused;
  }

  const documentXml = await readPart(documentEntry, budget);
  if (!documentXml.ok) return documentXml.failure;

  let styles = new StyleSheet();
  if (stylesEntry && !stylesEntry.dir) {
    const stylesXml = await readPart(stylesEntry, budget);
    if (!stylesXml.ok && stylesXml.failure.code === "zip-bomb") return stylesXml.failure;
    // Styles only refine paragraph kinds; a damaged styles part falls back to recognising style ids by name.
    if (stylesXml.ok) styles = parseStyles(stylesXml.text);
  }

  const out = new ParagraphCollector();
  const outcome = parseDocumentXml(documentXml.text, styles, out);
  if (outcome === "too-many-paragraphs") return readFailure("too-many-paragraphs", { limit: out.maxParagraphs });
  if (outcome === "malformed") return readFailure("corrupt-docx", { reason: "bad-xml", part: documentPath });
  if (out.paragraphs.length === 0) return readFailure("empty-document");
  return { ok: true, paragraphs: out.paragraphs };
}
