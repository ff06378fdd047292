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

const BOUNDARY = /;(?=\s)|[.!?](?=["'”’)\]]?\s+["'“‘(]?[\p{Lu}\p{N}(•-])|[.!?](?=["'”’)\]]?\s*$)/gu;
/** Very long run-on text is cut into windows so a quote stays readable and a search in Word stays possible. */
const MAX_SENTENCE = 600;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]{1,8})$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  if (!before || before[1] === undefined) return false;
  const word = before[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

function openBrackets(segment: string): number {
  let depth = 0;
  for (const ch of segment) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
  }
  return depth;
}

/** Splits one paragraph's text into sentences; semicolons split too, as they separate list items in clauses. */
export function splitSentences(text: string, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s] ?? "")) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
    if (e <= s) return;
    for (let w = s; w < e; w += MAX_SENTENCE) {
      const we = Math.min(e, w + MAX_SENTENCE);
      out.push({ paragraph, start: w, end: we, text: text.slice(w, we) });
    }
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const dot = m.index;
    const segment = text.slice(start, dot);
    // "7." or "1.2." clause numbers and abbreviations do not end a sentence.
    if (text[dot] === "." && (/^\s*[\d.]*\d$/u.test(segment) || endsWithAbbreviation(text, dot))) continue;
    // A semicolon inside brackets separates items of one list ("Section 5 (a; b; c) survives"), not clauses.
    if (text[dot] === ";" && openBrackets(segment) > 0) continue;
    push(start, dot + 1);
    start = dot + 1;
  }
  push(start, text.length);
  return out;
}
