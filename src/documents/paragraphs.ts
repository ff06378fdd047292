// Collects reader output into engine paragraphs: trims, drops empties, splits overlong paragraphs and enforces the paragraph limit.
import type { Paragraph, ParagraphKind } from "../analysis/types";
import { MAX_PARAGRAPHS, MAX_PARAGRAPH_CHARS } from "./limits";

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Where to cut an overlong paragraph: the last whitespace in the back half of the window, else the window's end (never inside a surrogate pair). */
function cutPoint(text: string, max: number): number {
  for (let i = max; i > max / 2; i--) {
    if (isWhitespace(text.charCodeAt(i))) return i;
  }
  const c = text.charCodeAt(max - 1);
  return c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
}

/** Accumulates paragraphs in reading order. Readers stop as soon as `add` returns false (limit exceeded). */
export class ParagraphCollector {
  readonly paragraphs: Paragraph[] = [];
  /** Set once more than `maxParagraphs` non-empty paragraphs were offered. */
  tooMany = false;

  constructor(
    readonly maxParagraphs: number = MAX_PARAGRAPHS,
    readonly maxChars: number = MAX_PARAGRAPH_CHARS,
  ) {}

  /**
   * Adds one paragraph. Ends are trimmed (internal whitespace is kept: it is the quote source);
   * empty text is skipped. Text longer than `maxChars` becomes several consecutive paragraphs of the
   * same kind, so the engine never sees an unbounded string. Returns false when the limit is exceeded.
   */
  add(text: string, kind: ParagraphKind, level?: number): boolean {
    if (this.tooMany) return false;
    // Soft hyphens (U+00AD) and zero-width characters are invisible line-break hints: "Loca\u00ADtion" is "Location".
    let rest = text.replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/gu, "").trim();
    while (rest.length > 0) {
      let piece = rest;
      if (rest.length > this.maxChars) {
        const cut = cutPoint(rest, this.maxChars);
        piece = rest.slice(0, cut).trimEnd();
        rest = rest.slice(cut).trimStart();
      } else {
        rest = "";
      }
      if (piece.length === 0) continue;
      if (this.paragraphs.length >= this.maxParagraphs) {
        this.tooMany = true;
        return false;
      }
      this.paragraphs.push(kind === "heading" && level !== undefined ? { text: piece, kind, level } : { text: piece, kind });
    }
    return true;
  }
}
