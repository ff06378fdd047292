// Turns WordprocessingML (word/document.xml, word/styles.xml) into paragraphs with kinds, in one linear pass per part.
import type { ParagraphKind } from "../analysis/types";
import { ParagraphCollector } from "./paragraphs";
import { forEachAttribute, getAttribute, decodeEntities, scanXml, type XmlTokenHandler } from "./xml-scan";

const W_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main", // ISO "strict" OOXML
]);
const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Element prefixes as the part declares them on its root ("w" and "mc" by convention, but not by rule). */
interface Prefixes {
  readonly w: string;
  readonly mc: string;
}

function detectPrefixes(xml: string, tagStart: number, tagEnd: number): Prefixes {
  let w = "w";
  let mc = "mc";
  forEachAttribute(xml, tagStart, tagEnd, (name, value) => {
    if (name !== "xmlns" && !name.startsWith("xmlns:")) return;
    const prefix = name === "xmlns" ? "" : name.slice(6);
    if (W_NAMESPACES.has(value)) w = prefix;
    else if (value === MC_NAMESPACE) mc = prefix;
  });
  return { w, mc };
}

/** Local name of `name` if it is in the namespace bound to `prefix` ("" = default namespace), else undefined. */
function localName(name: string, prefix: string): string | undefined {
  if (prefix === "") return name.indexOf(":") < 0 ? name : undefined;
  return name.length > prefix.length + 1 && name.charCodeAt(prefix.length) === 0x3a && name.startsWith(prefix) ? name.slice(prefix.length + 1) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Styles: which paragraph styles are headings (and at what level) and which carry list numbering.

interface RawStyle {
  name?: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
}

export interface StyleInfo {
  /** Heading level 1–9, or undefined for a non-heading style. */
  readonly headingLevel?: number;
  readonly numbered: boolean;
}

/** Built-in style names are stored in English in styles.xml, but style ids (and hand-made styles) follow Word's UI language. */
const HEADING_NAME = /^(?:heading|rubrik|überschrift|berschrift|overskrift|otsikko|kop|titre|título|ttulo|titolo|nagłówek|nagwek)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|rubrik|titel|tittel|otsikko|titre|título|ttulo|titolo|tytuł|tytu)$/i;

/** Heading level from a style name or id ("heading 1", "Rubrik1", "Title"), if it looks like one. */
export function headingLevelFromName(name: string): number | undefined {
  const trimmed = name.trim();
  if (trimmed.length > 40) return undefined;
  const m = HEADING_NAME.exec(trimmed);
  if (m) return Number(m[1]);
  return TITLE_NAME.test(trimmed) ? 1 : undefined;
}

const PLAIN: StyleInfo = { numbered: false };

/** Resolves paragraph styles (following basedOn) into heading levels and numbering. */
export class StyleSheet {
  private readonly cache = new Map<string, StyleInfo>();

  constructor(private readonly styles: ReadonlyMap<string, RawStyle> = new Map()) {}

  info(styleId: string | undefined): StyleInfo {
    if (styleId === undefined) return PLAIN;
    const cached = this.cache.get(styleId);
    if (cached) return cached;
    const info = this.resolve(styleId);
    this.cache.set(styleId, info);
    return info;
  }

  private resolve(styleId: string): StyleInfo {
    let level: number | null | undefined; // null = explicitly body text (outline level 9)
    let numbered: boolean | undefined;
    const seen = new Set<string>();
    let id: string | undefined = styleId;
    // Walk the basedOn chain; the nearest style that says something wins. `seen` stops cycles.
    while (id !== undefined && !seen.has(id) && seen.size < 50) {
      seen.add(id);
      const s = this.styles.get(id);
      if (!s) {
        if (level === undefined) level = headingLevelFromName(id);
        break;
      }
      if (level === undefined) {
        if (s.outlineLvl !== undefined) level = s.outlineLvl <= 8 ? s.outlineLvl + 1 : null;
        else {
          const byName = (s.name !== undefined ? headingLevelFromName(s.name) : undefined) ?? headingLevelFromName(id);
          if (byName !== undefined) level = byName;
        }
      }
      if (numbered === undefined && s.numId !== undefined) numbered = s.numId !== "0";
      if (level !== undefined && numbered !== undefined) break;
      id = s.basedOn;
    }
    return level === undefined || level === null ? { numbered: numbered ?? false } : { headingLevel: level, numbered: numbered ?? false };
  }
}

/** Parses word/styles.xml. Malformed input yields whatever was read before the damage (styles only refine kinds). */
export function parseStyles(xml: string): StyleSheet {
  const styles = new Map<string, RawStyle>();
  let prefixes: Prefixes | undefined;
  let current: { id: string; paragraph: boolean; raw: RawStyle } | undefined;
  let inPPr = false;
  let skipDepth = 0;
  const attr = (tag: string, start: number, end: number, local: string): string | undefined =>
    getAttribute(tag, start, end, prefixes && prefixes.w !== "" ? `${prefixes.w}:${local}` : local);

  const handler: XmlTokenHandler = {
    open(name, src, start, end, selfClosing) {
      if (!prefixes) prefixes = detectPrefixes(src, start, end);
      if (skipDepth > 0) {
        if (!selfClosing) skipDepth++;
        return;
      }
      const local = localName(name, prefixes.w);
      if (local === undefined) return;
      switch (local) {
        case "style": {
          const id = attr(src, start, end, "styleId");
          const type = attr(src, start, end, "type");
          current = id !== undefined && !selfClosing ? { id, paragraph: type === undefined || type === "paragraph", raw: {} } : undefined;
          break;
        }
        case "pPrChange":
        case "rPr":
          // Old properties of tracked changes and run formatting say nothing about headings or lists.
          if (!selfClosing) skipDepth = 1;
          break;
        case "pPr":
          if (current && !selfClosing) inPPr = true;
          break;
        case "name":
          if (current) current.raw.name = attr(src, start, end, "val");
          break;
        case "basedOn":
          if (current) current.raw.basedOn = attr(src, start, end, "val");
          break;
        case "outlineLvl": {
          const v = Number(attr(src, start, end, "val"));
          if (current && inPPr && Number.isInteger(v) && v >= 0) current.raw.outlineLvl = v;
          break;
        }
        case "numId":
          if (current && inPPr) current.raw.numId = attr(src, start, end, "val");
          break;
      }
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      const local = prefixes ? localName(name, prefixes.w) : undefined;
      if (local === "pPr") inPPr = false;
      else if (local === "style") {
        if (current?.paragraph) styles.set(current.id, current.raw);
        current = undefined;
        inPPr = false;
      }
    },
    text() {},
  };
  scanXml(xml, handler);
  return new StyleSheet(styles);
}

// ---------------------------------------------------------------------------------------------
// The document body.

/** An open <w:p>: its text so far and the properties that decide its kind. */
interface OpenParagraph {
  readonly parts: string[];
  /** Which table cell (or the body, 0) the paragraph sits in: text carried over a deleted mark only joins within one container. */
  readonly container: number;
  readonly inCell: boolean;
  styleId?: string;
  outlineLvl?: number;
  numId?: string;
  hasNumPr: boolean;
  /** The paragraph mark itself is a tracked deletion: accepting changes joins this paragraph to the next. */
  markDeleted: boolean;
}

/** Text of a paragraph whose mark was deleted, waiting to be joined to the next paragraph in the same container. */
interface Carry {
  readonly text: string;
  readonly container: number;
  readonly kind: ParagraphKind;
  readonly level?: number;
}

/** Subtrees whose content is not the document's current text: tracked deletions/moves-away, old formatting, compatibility fallbacks. */
const SKIPPED_W = new Set([
  "del",
  "moveFrom",
  "delText",
  "delInstrText",
  "instrText",
  "pPrChange",
  "rPrChange",
  "sectPrChange",
  "tblPrChange",
  "tblPrExChange",
  "trPrChange",
  "tcPrChange",
  "tblGridChange",
  "numberingChange",
]);

export type DocumentParseOutcome = "ok" | "too-many-paragraphs" | "malformed";

function joinCarry(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return `${a} ${b}`;
}

/**
 * Reads body paragraphs from word/document.xml into `out`, in document order:
 * text from <w:t> (entities decoded), <w:tab/> → tab, <w:br/>/<w:cr/> → space; tracked insertions kept,
 * tracked deletions dropped; headings from styles or outline level, list items from numbering,
 * paragraphs inside <w:tc> as table cells (nested tables too). Text boxes appear once (the
 * mc:Fallback copy is skipped).
 */
export function parseDocumentXml(xml: string, styles: StyleSheet, out: ParagraphCollector): DocumentParseOutcome {
  let prefixes: Prefixes | undefined;
  const stack: OpenParagraph[] = [];
  const deletedRows: boolean[] = [];
  let skipDepth = 0;
  let inT = false;
  let runDepth = 0;
  let inPPr = false;
  let inTrPr = false;
  let cellDepth = 0;
  // Changes whenever a cell or table starts or ends, so a carried paragraph only joins a neighbour in the same cell.
  let containerSerial = 0;
  const containers: number[] = [0];
  let carry: Carry | undefined;

  const valName = (): string => (prefixes && prefixes.w !== "" ? `${prefixes.w}:val` : "val");

  const emit = (text: string, kind: ParagraphKind, level: number | undefined): void => {
    if (!out.add(text, kind, level)) handler.stopped = true;
  };

  const flushCarry = (): void => {
    if (carry) {
      const c = carry;
      carry = undefined;
      emit(c.text, c.kind, c.level);
    }
  };

  const finish = (p: OpenParagraph): void => {
    if (deletedRows.some((d) => d)) return;
    const text = p.parts.join("").trim();
    let kind: ParagraphKind;
    let level: number | undefined;
    const style = styles.info(p.styleId);
    const headingLevel = p.outlineLvl !== undefined ? (p.outlineLvl <= 8 ? p.outlineLvl + 1 : undefined) : style.headingLevel;
    const numbered = p.numId !== undefined ? p.numId !== "0" : p.hasNumPr || style.numbered;
    if (p.inCell) kind = "table-cell";
    else if (headingLevel !== undefined) {
      kind = "heading";
      level = headingLevel;
    } else kind = numbered ? "list-item" : "body";

    let full = text;
    if (carry) {
      if (carry.container === p.container) {
        full = joinCarry(carry.text, text);
        carry = undefined;
      } else flushCarry();
    }
    if (p.markDeleted && full.length > 0) {
      carry = level === undefined ? { text: full, container: p.container, kind } : { text: full, container: p.container, kind, level };
      return;
    }
    emit(full, kind, level);
  };

  const handler: XmlTokenHandler = {
    open(name, src, start, end, selfClosing) {
      if (!prefixes) prefixes = detectPrefixes(src, start, end);
      if (skipDepth > 0) {
        if (!selfClosing) skipDepth++;
        return;
      }
      const local = localName(name, prefixes.w);
      if (local === undefined) {
        if (!selfClosing && localName(name, prefixes.mc) === "Fallback") skipDepth = 1;
        return;
      }
      const top = stack[stack.length - 1];
      if (inPPr && top) {
        switch (local) {
          case "pStyle":
            top.styleId = getAttribute(src, start, end, valName());
            return;
          case "outlineLvl": {
            const v = Number(getAttribute(src, start, end, valName()));
            if (Number.isInteger(v) && v >= 0) top.outlineLvl = v;
            return;
          }
          case "numPr":
            top.hasNumPr = true;
            return;
          case "numId":
            top.numId = getAttribute(src, start, end, valName());
            return;
          case "del":
          case "moveFrom":
            // Inside the paragraph mark's run properties: the mark itself was deleted.
            top.markDeleted = true;
            if (!selfClosing) skipDepth = 1;
            return;
        }
      }
      if (inTrPr && (local === "del" || local === "moveFrom")) {
        if (deletedRows.length > 0) deletedRows[deletedRows.length - 1] = true;
        if (!selfClosing) skipDepth = 1;
        return;
      }
      if (SKIPPED_W.has(local)) {
        if (!selfClosing) skipDepth = 1;
        return;
      }
      switch (local) {
        case "p":
          if (!selfClosing) {
            stack.push({ parts: [], container: containers[containers.length - 1] ?? 0, inCell: cellDepth > 0, hasNumPr: false, markDeleted: false });
            inPPr = false;
          }
          break;
        case "pPr":
          if (!selfClosing && top) inPPr = true;
          break;
        case "r":
          if (!selfClosing) runDepth++;
          break;
        case "t":
          if (!selfClosing) inT = true;
          break;
        case "tab":
        case "ptab":
          if (runDepth > 0 && top) top.parts.push("\t");
          break;
        case "br":
        case "cr":
          if (runDepth > 0 && top) top.parts.push(" ");
          break;
        case "noBreakHyphen":
          if (runDepth > 0 && top) top.parts.push("-");
          break;
        case "tbl":
        case "tc":
          if (!selfClosing) {
            if (local === "tc") cellDepth++;
            containers.push(++containerSerial);
          }
          break;
        case "tr":
          if (!selfClosing) deletedRows.push(false);
          break;
        case "trPr":
          if (!selfClosing) inTrPr = true;
          break;
      }
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      const local = prefixes ? localName(name, prefixes.w) : undefined;
      switch (local) {
        case "t":
          inT = false;
          break;
        case "r":
          if (runDepth > 0) runDepth--;
          break;
        case "pPr":
          inPPr = false;
          break;
        case "p": {
          const p = stack.pop();
          inPPr = false;
          if (p) finish(p);
          break;
        }
        case "tbl":
        case "tc":
          if (local === "tc" && cellDepth > 0) cellDepth--;
          if (containers.length > 1) containers.pop();
          containerSerial++;
          flushCarry();
          break;
        case "tr":
          deletedRows.pop();
          break;
        case "trPr":
          inTrPr = false;
          break;
      }
    },
    text(src, start, end, cdata) {
      if (!inT || skipDepth > 0) return;
      const top = stack[stack.length - 1];
      if (!top) return;
      const raw = cdata ? src.slice(start, end) : decodeEntities(src, start, end);
      // A line break inside <w:t> is not a Word line break; Word shows it as a space.
      top.parts.push(raw.indexOf("\n") >= 0 || raw.indexOf("\r") >= 0 ? raw.replace(/\r\n|\r|\n/g, " ") : raw);
    },
  };

  const complete = scanXml(xml, handler);
  if (handler.stopped) return "too-many-paragraphs";
  if (!complete || prefixes === undefined) return "malformed";
  flushCarry();
  if (handler.stopped) return "too-many-paragraphs";
  return "ok";
}
