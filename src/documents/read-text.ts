// Reads plain text and Markdown (bytes) into paragraphs: encoding detection, binary sniffing, and paragraph splitting that undoes hard wrapping.
import type { ParagraphKind } from "../analysis/types";
import { readFailure, type ReadResult } from "./errors";
import { BINARY_SNIFF_BYTES, MAX_CONTROL_CHAR_RATIO, MAX_FILE_BYTES } from "./limits";
import { ParagraphCollector } from "./paragraphs";
import { decodeUtf16, decodeUtf8Strict, decodeWindows1252, createUtf8Decoder } from "./text-decoding";

export type TextFormat = "txt" | "md";

/** File signatures of common binary formats that are sometimes renamed to .txt; refusing them up front gives a clear error. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip (.docx, .xlsx, .odt)
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // CFB (.doc, .xls, encrypted Office)
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/**
 * UTF-16 without a byte order mark: in Latin-script text nearly every other byte is zero. The bar
 * is high (≥90% zeros on one side, ~none on the other) so binary files with NULs are not mistaken for it.
 */
function sniffBomlessUtf16(bytes: Uint8Array): "le" | "be" | undefined {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES) >> 1;
  if (n < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= 0.9 * n && zeroEven <= 0.01 * n) return "le";
  if (zeroEven >= 0.9 * n && zeroOdd <= 0.01 * n) return "be";
  return undefined;
}

/** Decodes text files: UTF-8 (BOM stripped), UTF-16 LE/BE (with BOM, or recognised without), else strict UTF-8 falling back to windows-1252 for older Swedish files. */
export function decodeText(bytes: Uint8Array): string {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return createUtf8Decoder(false).decode(bytes.subarray(3));
  if (hasPrefix(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), true);
  if (hasPrefix(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), false);
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16 === "le");
  return decodeUtf8Strict(bytes) ?? decodeWindows1252(bytes);
}

/** True when the start of the decoded text has NUL characters or more than a trace of other control characters (or undecodable bytes). */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_SNIFF_BYTES);
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) suspicious++;
    } else if (c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd) {
      suspicious++;
    }
  }
  // A few stray controls (a DOS end-of-file mark, a pasted escape) do not make a short file binary.
  return suspicious > 3 && suspicious / n > MAX_CONTROL_CHAR_RATIO;
}

// --- Line classification. Every pattern is anchored and applied to a short head of the line, so no input can make them slow.

const HEAD = 48;
/** Bullets (markdown and typographic) and ordered markers: "- ", "* ", "+ ", "• ", "– ", "1. ", "1) ", "a) ", "(a) ", "(iv) ". */
const LIST_ITEM = /^(?:[-*+•–]|\d{1,3}[.)]|[a-zåäö]\)|\((?:\d{1,3}|[a-zåäö]|[ivx]{1,6})\))[ \t]/i;
/** Bullet markers that are pure markup in Markdown (removed from the text there). */
const MD_BULLET = /^[-*+•][ \t]+/;
/** Clause numbers that start a new paragraph even in hard-wrapped text: "7.2 ", "7.2.1 ", "12. ", "§ 7". */
const CLAUSE_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})+\.?[ \t]|\d{1,3}\.[ \t]|§[ \t]?\d)/;
const ATX_HEADING = /^(#{1,6})(?:[ \t]|$)/;
const TABLE_ROW = /^\|/;

/** A line made only of one repeated rule character (≥3, spaces allowed): a Markdown thematic break, or a decorative separator in plain text. */
function ruleChar(trimmed: string, chars: string): string | undefined {
  const first = trimmed[0];
  if (first === undefined || !chars.includes(first)) return undefined;
  let count = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (ch === first) count++;
    else if (ch !== " " && ch !== "\t") return undefined;
  }
  return count >= 3 ? first : undefined;
}

/** A Markdown setext underline ("===" or "---" with nothing else): level 1 or 2. */
function setextLevel(trimmed: string): 1 | 2 | undefined {
  const first = trimmed[0];
  if (first !== "=" && first !== "-") return undefined;
  for (let i = 0; i < trimmed.length; i++) if (trimmed[i] !== first) return undefined;
  return first === "=" ? 1 : 2;
}

/** Text of an ATX heading line without the opening and optional closing #s. */
function atxText(trimmed: string, hashes: number): string {
  let text = trimmed.slice(hashes).trim();
  let k = text.length;
  while (k > 0 && text[k - 1] === "#") k--;
  if (k < text.length && (k === 0 || text[k - 1] === " " || text[k - 1] === "\t")) text = text.slice(0, k).trimEnd();
  return text;
}

/** Cells of a Markdown table row ("| a | b |"), honouring "\|" escapes. */
function tableCells(trimmed: string): string[] {
  let row = trimmed.startsWith("|") ? trimmed.slice(1) : trimmed;
  if (row.endsWith("|") && !row.endsWith("\\|")) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = "";
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === "\\" && row[i + 1] === "|") {
      cell += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

const TABLE_SEPARATOR_CELL = /^:?-+:?$/;

/**
 * Markdown inline markup that is not the document's wording: **bold**, __bold__, [text](url),
 * ![alt](src), <https://…> autolinks, `code` and backslash escapes. Each pattern excludes its own
 * delimiters from the repeated part, so matching stays linear.
 */
export function stripMarkdownInline(text: string): string {
  if (!/[*_[`<\\]/.test(text)) return text;
  return text
    .replace(/!?\[([^[\]\n]*)\]\(([^()\s]*)(?:[ \t]+"[^"\n]*")?\)/g, "$1")
    .replace(/<((?:https?|mailto):[^<>\s]*)>/g, "$1")
    .replace(/\*\*([^*\s](?:[^*]*[^*\s])?)\*\*/g, "$1")
    .replace(/(^|[^\w])__([^_\s](?:[^_]*[^_\s])?)__(?!\w)/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, "$1");
}

/** Skips YAML front matter ("---" … "---" at the very top of a Markdown file), which is metadata, not text. */
function frontMatterEnd(lines: readonly string[]): number {
  // Only when the next line looks like "key: value", so a document that merely opens with a rule keeps its text.
  if (lines[0]?.trim() !== "---" || !/^[A-Za-z_][\w-]{0,40}:/.test(lines[1] ?? "")) return 0;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const t = lines[i]?.trim();
    if (t === "---" || t === "...") return i + 1;
  }
  return 0;
}

interface Pending {
  parts: string[];
  kind: ParagraphKind;
  level?: number;
}

/** Splits decoded text into paragraphs; exported for tests of the splitting rules alone. */
export function textToParagraphs(text: string, format: TextFormat, out: ParagraphCollector): void {
  const md = format === "md";
  const lines = text.replace(/\r\n?|\u2028/g, "\n").replace(/\f/g, "\n").replace(/\u2029/g, "\n\n").split("\n");
  let pending: Pending | undefined;

  const clean = (s: string): string => (md ? stripMarkdownInline(s) : s);
  const flush = (): boolean => {
    if (!pending) return true;
    const p = pending;
    pending = undefined;
    return out.add(clean(p.parts.join(" ")), p.kind, p.level);
  };
  const start = (textPart: string, kind: ParagraphKind, level?: number): boolean => {
    const ok = flush();
    pending = level === undefined ? { parts: [textPart], kind } : { parts: [textPart], kind, level };
    return ok;
  };

  for (let i = md ? frontMatterEnd(lines) : 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      if (!flush()) return;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const head = trimmed.slice(0, HEAD);

    if (md && indent <= 3) {
      // Setext underline turns the paragraph above into a heading; otherwise "---" is a rule.
      const setext = setextLevel(trimmed);
      if (setext !== undefined && pending && pending.kind === "body") {
        pending.kind = "heading";
        pending.level = setext;
        if (!flush()) return;
        continue;
      }
      if (ruleChar(trimmed, "-*_") !== undefined) {
        if (!flush()) return;
        continue;
      }
      const atx = ATX_HEADING.exec(head);
      if (atx) {
        const hashes = (atx[1] as string).length;
        if (!start(atxText(trimmed, hashes), "heading", hashes) || !flush()) return;
        continue;
      }
    }
    if (!md && ruleChar(trimmed, "=-_*~") !== undefined) {
      // Decorative separators in plain text end a paragraph and carry no wording.
      if (!flush()) return;
      continue;
    }
    if (TABLE_ROW.test(head)) {
      if (!flush()) return;
      if (md) {
        const cells = tableCells(trimmed);
        if (cells.every((c) => TABLE_SEPARATOR_CELL.test(c.replace(/[ \t]/g, "")))) continue;
        for (const cell of cells) if (!out.add(clean(cell), "table-cell")) return;
      } else if (!out.add(trimmed, "body")) return;
      continue;
    }
    if (LIST_ITEM.test(head)) {
      const itemText = md ? trimmed.replace(MD_BULLET, "") : trimmed;
      if (!start(itemText, "list-item")) return;
      continue;
    }
    if (CLAUSE_NUMBER.test(head) || ATX_HEADING.test(head)) {
      if (!start(trimmed, "body")) return;
      continue;
    }
    // An ordinary line: continues a hard-wrapped paragraph, or starts one.
    if (pending && pending.kind !== "heading") pending.parts.push(trimmed);
    else if (!start(trimmed, "body")) return;
  }
  flush();
}

/**
 * Reads a .txt or .md file. Never throws: binary content, empty text and too many paragraphs come
 * back as `{ ok: false, code }`. Markdown markup is removed; plain text is kept as written.
 */
export function readText(bytes: Uint8Array, format: TextFormat): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) return readFailure("too-large", { size: bytes.length, limit: MAX_FILE_BYTES });
  if (BINARY_SIGNATURES.some((sig) => hasPrefix(bytes, sig))) return readFailure("binary-content");
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    return readFailure("binary-content");
  }
  if (looksBinary(text)) return readFailure("binary-content");
  // Old DOS/Windows editors ended files with a SUB (Ctrl-Z) end-of-file mark; it is not text.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end--;
  if (end < text.length) text = text.slice(0, end);
  const out = new ParagraphCollector();
  textToParagraphs(text, format, out);
  if (out.tooMany) return readFailure("too-many-paragraphs", { limit: out.maxParagraphs });
  if (out.paragraphs.length === 0) return readFailure("empty-document");
  return { ok: true, paragraphs: out.paragraphs };
}
