// A small linear XML tokenizer for Office parts: tags, text and entities in one pass, with no DOM and no backtracking regexes.

/** Receives tokens in document order. Names are qualified ("w:p"); positions index into the scanned string. */
export interface XmlTokenHandler {
  /** `tagStart`..`tagEnd` spans the whole start tag including "<" and ">" (use getAttribute on it). */
  open(name: string, xml: string, tagStart: number, tagEnd: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw character data between tags (entities not yet decoded); `cdata` data is literal. */
  text(xml: string, start: number, end: number, cdata: boolean): void;
  /** Set to true to stop scanning early (e.g. when a limit is reached). */
  stopped?: boolean;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f; // /
const QUOTE = 0x22; // "
const APOS = 0x27; // '

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH || c === GT;
}

/**
 * Scans `xml` once, calling the handler for each start tag, end tag and text run. Comments,
 * processing instructions and DOCTYPE are skipped (custom entities are never expanded, so
 * "billion laughs" has nothing to work with). Returns false when the markup is cut off mid-tag.
 */
export function scanXml(xml: string, h: XmlTokenHandler): boolean {
  const len = xml.length;
  let i = 0;
  while (i < len) {
    if (h.stopped) return true;
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      h.text(xml, i, len, false);
      return true;
    }
    if (lt > i) h.text(xml, i, lt, false);
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) return false;
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) return false;
        h.text(xml, lt + 9, end, true);
        i = end + 3;
      } else {
        // DOCTYPE or similar: skip it, including an internal subset in [...]. The "[" search stops at ">" so it stays local.
        const gt = xml.indexOf(">", lt);
        if (gt < 0) return false;
        let bracket = -1;
        for (let k = lt + 2; k < gt; k++) {
          if (xml.charCodeAt(k) === 0x5b /* [ */) {
            bracket = k;
            break;
          }
        }
        if (bracket >= 0) {
          const close = xml.indexOf("]", bracket);
          if (close < 0) return false;
          const gt2 = xml.indexOf(">", close);
          if (gt2 < 0) return false;
          i = gt2 + 1;
        } else {
          i = gt + 1;
        }
      }
      continue;
    }
    if (c1 === 0x3f /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) return false;
      i = end + 2;
      continue;
    }
    // Find the end of the tag, honouring quoted attribute values (which may contain ">").
    let j = lt + 1;
    let quote = 0;
    for (; j < len; j++) {
      const c = xml.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) {
        quote = c;
      } else if (c === GT) {
        break;
      }
    }
    if (j >= len) return false;
    if (c1 === SLASH) {
      let k = lt + 2;
      while (k < j && !isNameEnd(xml.charCodeAt(k))) k++;
      h.close(xml.slice(lt + 2, k));
    } else {
      let k = lt + 1;
      while (k < j && !isNameEnd(xml.charCodeAt(k))) k++;
      const selfClosing = xml.charCodeAt(j - 1) === SLASH;
      h.open(xml.slice(lt + 1, k), xml, lt, j + 1, selfClosing);
    }
    i = j + 1;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Calls `visit` with each attribute (qualified name, decoded value) of the start tag xml[tagStart..tagEnd)
 * until it returns true. Linear in the tag's length.
 */
export function forEachAttribute(xml: string, tagStart: number, tagEnd: number, visit: (name: string, value: string) => boolean | void): void {
  let i = tagStart + 1;
  // Skip the element name.
  while (i < tagEnd && !isNameEnd(xml.charCodeAt(i))) i++;
  while (i < tagEnd) {
    while (i < tagEnd && (isSpace(xml.charCodeAt(i)) || xml.charCodeAt(i) === SLASH)) i++;
    const nameStart = i;
    while (i < tagEnd) {
      const c = xml.charCodeAt(i);
      if (c === 0x3d /* = */ || isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    const attrName = xml.slice(nameStart, i);
    while (i < tagEnd && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3d) {
      if (i === nameStart) i++; // stray character: step over it so the loop always advances
      continue;
    }
    i++;
    while (i < tagEnd && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    let valueStart: number;
    let valueEnd: number;
    if (q === QUOTE || q === APOS) {
      valueStart = i + 1;
      valueEnd = valueStart;
      while (valueEnd < tagEnd && xml.charCodeAt(valueEnd) !== q) valueEnd++;
      if (valueEnd >= tagEnd) return;
      i = valueEnd + 1;
    } else {
      valueStart = i;
      while (i < tagEnd && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== GT) i++;
      valueEnd = i;
    }
    if (visit(attrName, decodeEntities(xml, valueStart, valueEnd)) === true) return;
  }
}

/** The decoded value of attribute `name` (qualified, e.g. "w:val") in the start tag xml[tagStart..tagEnd), or undefined. */
export function getAttribute(xml: string, tagStart: number, tagEnd: number, name: string): string | undefined {
  let found: string | undefined;
  forEachAttribute(xml, tagStart, tagEnd, (attrName, value) => {
    if (attrName !== name) return false;
    found = value;
    return true;
  });
  return found;
}

/** A Map, not an object literal, so names like "constructor" are not found on the prototype. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"]]);

/**
 * Decodes the five XML entities and numeric references in xml[start..end). Unknown entities stay
 * literal; invalid code points become U+FFFD. Work is bounded by the range (every search is local),
 * so decoding many small text nodes of a large part stays linear overall.
 */
export function decodeEntities(xml: string, start = 0, end = xml.length): string {
  const s = xml.slice(start, end);
  let a = s.indexOf("&");
  if (a < 0) return s;
  let out = "";
  let i = 0;
  while (a >= 0) {
    out += s.slice(i, a);
    // Entity names are short: look for ";" within a few characters only.
    let semi = -1;
    for (let k = a + 1; k < s.length && k <= a + 12; k++) {
      if (s.charCodeAt(k) === 0x3b /* ; */) {
        semi = k;
        break;
      }
    }
    let replacement: string | undefined;
    if (semi > a + 1) {
      const body = s.slice(a + 1, semi);
      if (body.charCodeAt(0) === 0x23 /* # */) {
        const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
        const digits = hex ? body.slice(2) : body.slice(1);
        if (digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
          const cp = parseInt(digits, hex ? 16 : 10);
          replacement = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : "\ufffd";
        }
      } else {
        replacement = NAMED_ENTITIES.get(body);
      }
    }
    if (replacement === undefined) {
      out += "&";
      i = a + 1;
    } else {
      out += replacement;
      i = semi + 1;
    }
    a = s.indexOf("&", i);
  }
  return out + s.slice(i);
}
