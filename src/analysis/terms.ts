// Compiles the catalogue's small term language into safe, Unicode-aware regular expressions.
//
// Term syntax (one string = one phrase; a rule's Terms list is an alternation of phrases):
//   revisionsrätt      a whole word (case-insensitive; å/ä/ö count as letters, unlike JavaScript's \b)
//   revision*          a word beginning with "revision" (inflection: revisionen, revisioner)
//   *biträde*          a word containing "biträde" (compounds: underbiträdet, personuppgiftsbiträden)
//   prior ~2 approv*   "prior", then at most two other words, then a word beginning with "approv"
//   within #n hours    #n is a number: 24, "twenty-four (24)", "tjugofyra", "en"
//   ISO/IEC 27001      punctuation is literal; words in a phrase may be separated by spaces or punctuation
//
// Why not raw regular expressions: every part compiled here is either a literal, a bounded gap or a class
// that cannot overlap its neighbour, so no pattern can backtrack catastrophically on hostile text, and the
// word edges are right for Swedish.

const LETTER = "[\\p{L}\\p{N}]";
const NOT_LETTER = "[^\\p{L}\\p{N}]";
/** Words in a phrase may be separated by whitespace or punctuation ("shall, within 24 hours"). */
const SEP = `${NOT_LETTER}{1,12}`;
const WORD = `${LETTER}{1,40}`;

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fourteen", "fifteen",
  "twenty", "thirty", "forty", "forty-eight", "sixty", "seventy-two", "ninety",
  "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "tolv", "fjorton", "femton",
  "tjugo", "tjugofyra", "trettio", "fyrtioåtta", "sextio", "sjuttiotvå", "nittio",
];

/** Named building blocks usable as `#name` tokens. Each is a bounded, non-overlapping pattern. */
const MACROS: Readonly<Record<string, string>> = {
  // 24, 1,5, "twenty-four (24)", "tjugofyra"
  n: `(?:\\d{1,4}(?:[.,]\\d{1,2})?|(?:${NUMBER_WORDS.join("|")})(?:${NOT_LETTER}{1,3}\\(\\d{1,4}\\))?|\\p{L}{2,12}(?:-\\p{L}{2,12})?\\s{0,2}\\(\\d{1,4}\\))`,
  // a year in a date or a law reference: 2009, 2020
  year: "(?:19|20)\\d\\d",
};

export class TermSyntaxError extends Error {}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

interface CompiledToken {
  source: string;
  /** The literal part (lower case), used to pre-filter sentences cheaply. */
  literal: string;
}

function compileToken(token: string): CompiledToken | { gap: number } {
  const gap = /^~(\d)$/.exec(token);
  if (gap) return { gap: Number(gap[1]) };
  const macro = /^#(\w+)$/.exec(token);
  if (macro) {
    const body = MACROS[macro[1] ?? ""];
    if (!body) throw new TermSyntaxError(`Unknown macro ${token}`);
    return { source: `(?<!${LETTER})${body}(?!${LETTER})`, literal: "" };
  }
  const prefixWild = token.startsWith("*");
  const suffixWild = token.endsWith("*") && token.length > 1;
  const core = token.slice(prefixWild ? 1 : 0, suffixWild ? -1 : undefined);
  if (core.length === 0 || core.includes("*")) throw new TermSyntaxError(`Bad wildcard in "${token}"`);
  let source = escapeRegExp(core);
  // Word edges only where the literal itself begins or ends with a letter; "(2020:914)" needs none.
  if (prefixWild) source = `${LETTER}{0,30}${source}`;
  if (isWordChar(core[0])) source = `(?<!${LETTER})${source}`;
  if (suffixWild) source = `${source}${LETTER}{0,30}`;
  else if (isWordChar(core[core.length - 1])) source = `${source}(?!${LETTER})`;
  return { source, literal: core.toLowerCase() };
}

/** A compiled phrase: its regular expression source and the literal words a sentence must contain. */
export interface CompiledTerm {
  readonly source: string;
  readonly literals: readonly string[];
}

/** Compiles one phrase of the term language. Throws TermSyntaxError on malformed phrases (a catalogue bug). */
export function compileTerm(term: string): CompiledTerm {
  const tokens = term.trim().split(/\s+/);
  const parts: string[] = [];
  const literals: string[] = [];
  let pendingGap = 0;
  for (const token of tokens) {
    const t = compileToken(token);
    if ("gap" in t) {
      if (parts.length === 0) throw new TermSyntaxError(`"${term}" cannot start with a gap`);
      pendingGap = t.gap;
      continue;
    }
    if (parts.length > 0) {
      parts.push(pendingGap > 0 ? `(?:${SEP}${WORD}){0,${pendingGap}}${SEP}` : SEP);
    }
    pendingGap = 0;
    parts.push(t.source);
    if (t.literal) literals.push(t.literal);
  }
  if (pendingGap > 0) throw new TermSyntaxError(`"${term}" cannot end with a gap`);
  if (literals.every((l) => l.length < 2)) throw new TermSyntaxError(`"${term}" needs a literal word to anchor it`);
  return { source: parts.join(""), literals };
}

/** A term list compiled to one regular expression plus the cheap pre-filter words. */
export interface CompiledTerms {
  readonly regex: RegExp;
  /** For each phrase, its longest literal: a sentence that contains none of these cannot match. */
  readonly gateWords: readonly string[];
}

/** Compiles a Terms list (an alternation of phrases) into one case-insensitive Unicode regular expression. */
export function compileTerms(terms: readonly string[]): CompiledTerms {
  if (terms.length === 0) throw new TermSyntaxError("Empty term list");
  const compiled = terms.map(compileTerm);
  const regex = new RegExp(compiled.map((c) => `(?:${c.source})`).join("|"), "iu");
  const gateWords = compiled.map((c) => c.literals.reduce((a, b) => (b.length > a.length ? b : a), ""));
  return { regex, gateWords };
}
