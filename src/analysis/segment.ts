// Splits a paragraph into sentences (clauses) with their offsets, so each finding quotes one clause.

/** A sentence inside paragraph `paragraph`, at [start, end) of that paragraph's text. */
export interface Sentence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Abbreviations after which a period does not end a sentence (Swedish and English legal text).
const ABBREVIATIONS = new Set([
  "t.ex", "ex", "bl.a", "bl", "d.v.s", "dvs", "s.k", "m.m", "o.d", "p", "kap", "st", "nr", "jfr", "resp", "ca", "enl", "f.d",
  "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "art", "arts", "no", "nos", "sec", "para", "cf", "vs", "u.s", "mr", "ms",
  "dr", "av", "ff", "fig", "ref", "approx", "min", "max", "llc", "s.a", "b.v", "n.v", "gmbh", "ab",
]);
/** A longer run of letters and dots before a period cannot be an abbreviation. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/** Words of up to 6 Latin-1 characters as numbers (char codes in base 256, exact in 48 bits): lookups make no string. */
const KEY_LENGTH = 6;
const key = (word: string): number => [...word].reduce((k, ch) => k * 256 + ch.charCodeAt(0), 0);
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].filter((a) => a.length <= KEY_LENGTH).map(key));

/** Very long run-on text is cut into windows so a quote stays readable and a search in Word stays possible. */
const MAX_SENTENCE = 600;

// Sentence boundaries, as one regex:
//   ;(?=\s) | [.!?](?=["'”’)\]]?\s+["'“‘(]?[\p{Lu}\p{N}(•-]) | [.!?](?=["'”’)\]]?\s*$)
// splitSentences runs on every paragraph. That /u regex with its \p{Lu} lookahead, and a slice and a regex per period
// for the exceptions, cost more than the rest of the split, so the rule is checked by character code below; the tests
// compare the result with the regex.

/** The characters of /\s/u (also what String.prototype.trim removes), which are all in the Basic Multilingual Plane. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x2000) return c === 0xa0 || c === 0x1680;
  return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** " ' ” ’ ) ] may close a sentence before its end mark. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
}

/** " ' “ ‘ ( may open the next sentence. */
function isOpener(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28;
}

// Candidate boundaries: ";" before whitespace, and end marks before whitespace or the end (after an optional closer).
// A plain regex finds them faster than a loop over every character code; endsSentence then checks the rest of the rule.
const MARKS = /;(?=\s)|[.!?](?=["'”’)\]]?(?:\s|$))/g;
const BRACKETS = /[()[\]]/g;
const SENTENCE_START = /[\p{Lu}\p{N}(•-]/uy;

/** Whether a sentence can start at `i`: an uppercase letter, a number, "(", "•" or "-". */
function startsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 40 || c === 45;
  // Beyond ASCII the Unicode classes decide (Å, É, ², Ⅻ, surrogate pairs); sticky, so no substring is made.
  SENTENCE_START.lastIndex = i;
  return SENTENCE_START.test(text);
}

/** Whether the ".", "!" or "?" at `i` (and an optional closing quote or bracket) ends the text or precedes a sentence. */
function endsSentence(text: string, i: number): boolean {
  let j = i + 1;
  if (j < text.length && isCloser(text.charCodeAt(j))) j++;
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return true;
  if (k === j) return false;
  return startsSentence(text, k) || (isOpener(text.charCodeAt(k)) && startsSentence(text, k + 1));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether [start, dot) is a clause number such as "7" or "1.2" (the text /^\s*[\d.]*\d$/u matches). */
function isClauseNumber(text: string, start: number, dot: number): boolean {
  let i = dot - 1;
  if (i < start || !isDigit(text.charCodeAt(i))) return false;
  while (i >= start && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i--;
  while (i >= start && isSpace(text.charCodeAt(i))) i--;
  return i < start;
}

/** The letters of /\p{L}/u below U+0100. */
function isLatin1Letter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
}

/** Whether the letters and dots (at most 8 characters) before the period at `dot` are an abbreviation or an initial. */
function endsWithAbbreviation(text: string, dot: number): boolean {
  const from = Math.max(0, dot - 8);
  let i = dot;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    // Other scripts, case mappings that change length ("İ") and surrogate pairs take the general path.
    if (c >= 0x100) return endsWithAbbreviationAnyScript(text, dot);
    if (c !== 46 && !isLatin1Letter(c)) break;
    // Longer than any abbreviation already, whatever comes before (all are shorter than the 8-character window).
    if (dot - i >= MAX_ABBREVIATION) return false;
  }
  const length = dot - i;
  // A single letter is an initial ("J. Smith"); toLowerCase keeps a Latin-1 letter one letter.
  if (length === 1) return text.charCodeAt(i) !== 46;
  if (length === 0) return false;
  if (length > KEY_LENGTH) return ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
  let lowerKey = 0;
  for (let k = i; k < dot; k++) {
    const c = text.charCodeAt(k);
    // toLowerCase in Latin-1: A-Z and À-Þ (but ×) move up by 32.
    lowerKey = lowerKey * 256 + ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);
  }
  return ABBREVIATION_KEYS.has(lowerKey);
}

/** The same check by regex, for runs with characters beyond Latin-1. */
function endsWithAbbreviationAnyScript(text: string, dot: number): boolean {
  const before = /([\p{L}.]{1,8})$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  if (!before || before[1] === undefined) return false;
  const word = before[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** A sentence whose text is cut from the paragraph only when read: the engine works with the offsets alone. */
class ParagraphSentence implements Sentence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly #paragraphText: string;
  constructor(paragraph: number, start: number, end: number, paragraphText: string) {
    this.paragraph = paragraph;
    this.start = start;
    this.end = end;
    this.#paragraphText = paragraphText;
  }
  get text(): string {
    return this.#paragraphText.slice(this.start, this.end);
  }
}

/** Adds the sentence text[from, to), trimmed, in windows of at most MAX_SENTENCE characters. */
function pushTrimmed(out: Sentence[], text: string, paragraph: number, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  for (let w = s; w < e; w += MAX_SENTENCE) {
    out.push(new ParagraphSentence(paragraph, w, Math.min(e, w + MAX_SENTENCE), text));
  }
}

/** Splits one paragraph's text into sentences; semicolons split too, as they separate list items in clauses. */
export function splitSentences(text: string, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  if (text.length === 0) return out;
  let start = 0;
  // Bracket depth of text[start, scanned), kept up to date so that many semicolons do not rescan the sentence;
  // `bracket` is the first bracket at or after `scanned` (text.length when there is none).
  let depth = 0;
  let scanned = 0;
  let bracket = -1;
  MARKS.lastIndex = 0;
  // Most paragraphs end with their last mark: stopping there saves a regex call that would find nothing.
  while (MARKS.lastIndex < text.length && MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 59) {
      // A semicolon inside brackets separates items of one list ("Section 5 (a; b; c) survives"), not clauses.
      for (;;) {
        if (bracket < scanned) {
          BRACKETS.lastIndex = scanned;
          bracket = BRACKETS.test(text) ? BRACKETS.lastIndex - 1 : text.length;
        }
        if (bracket >= i) break;
        const b = text.charCodeAt(bracket);
        if (b === 40 || b === 91) depth++;
        else if (depth > 0) depth--; // ")" or "]"
        scanned = bracket + 1;
      }
      scanned = i;
      if (depth > 0) continue;
    } else {
      if (!endsSentence(text, i)) continue;
      // "7." or "1.2." clause numbers and abbreviations do not end a sentence.
      if (c === 46 && (isClauseNumber(text, start, i) || endsWithAbbreviation(text, i))) continue;
    }
    pushTrimmed(out, text, paragraph, start, i + 1);
    start = i + 1;
    depth = 0;
    scanned = start;
  }
  pushTrimmed(out, text, paragraph, start, text.length);
  return out;
}
