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

// Letters and digits of the Latin scripts (incl. å, ä, ö, é, ü, ø, ß). Deliberately not \p{L}: with the i and u
// flags every \p{L} class is expanded with its case closure, which made compiling the catalogue take seconds.
const LETTER = "[\\w\\u00C0-\\u024F\\u1E00-\\u1EFF]";
const NOT_LETTER = "[^\\w\\u00C0-\\u024F\\u1E00-\\u1EFF]";
/** Upper bounds (characters) of a wildcard, a separator between words, a word in a gap and a macro's match. */
export const WILDCARD = 30;
const SEPARATOR_MAX = 12;
const GAP_WORD_MAX = 40;
const MACRO_MAX_LENGTH = 40;
/** Words in a phrase may be separated by whitespace or punctuation ("shall, within 24 hours"). */
const SEP = `${NOT_LETTER}{1,${SEPARATOR_MAX}}`;
const WORD = `${LETTER}{1,${GAP_WORD_MAX}}`;

const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fourteen", "fifteen",
  "twenty", "thirty", "forty", "forty-eight", "sixty", "seventy-two", "ninety",
  "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "tolv", "fjorton", "femton",
  "tjugo", "tjugofyra", "trettio", "fyrtioåtta", "sextio", "sjuttiotvå", "nittio",
];

/** Named building blocks usable as `#name` tokens. Each is a bounded, non-overlapping pattern. */
const MACROS: Readonly<Record<string, string>> = {
  // 24, 1,5, "twenty-four (24)", "tjugofyra"
  n: `(?:\\d{1,4}(?:[.,]\\d{1,2})?|(?:${NUMBER_WORDS.join("|")})(?:${NOT_LETTER}{1,3}\\(\\d{1,4}\\))?|${LETTER}{2,12}(?:-${LETTER}{2,12})?\\s{0,2}\\(\\d{1,4}\\))`,
  // a year in a date or a law reference: 2009, 2020
  year: "(?:19|20)\\d\\d",
};

export class TermSyntaxError extends Error {}

/**
 * Lower-cases text without changing its length, so match offsets stay offsets into the original text.
 * (A few characters, such as "İ", lower-case to two code units; they are kept as they are.)
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Escapes regular-expression syntax; only syntax characters, since the `u` flag rejects other escapes such as "\\-". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

interface CompiledToken {
  /** The token's pattern without word edges (edges are added once per phrase group, see compileTerms). */
  source: string;
  /** The literal part (lower case), used to pre-filter sentences cheaply. */
  literal: string;
  /** The literal itself must start / end at a word edge (no wildcard on that side). */
  literalLead: boolean;
  literalTrail: boolean;
  /** The token must start at a word start / end at a word end. */
  leadEdge: boolean;
  trailEdge: boolean;
  /** At most this many characters come before the literal / in the whole token. */
  maxBefore: number;
  maxLength: number;
}

function compileToken(token: string): CompiledToken | { gap: number } {
  const gap = /^~(\d)$/.exec(token);
  if (gap) return { gap: Number(gap[1]) };
  const macro = /^#(\w+)$/.exec(token);
  if (macro) {
    const body = MACROS[macro[1] ?? ""];
    if (!body) throw new TermSyntaxError(`Unknown macro ${token}`);
    return { source: body, literal: "", literalLead: false, literalTrail: false, leadEdge: true, trailEdge: true, maxBefore: 0, maxLength: MACRO_MAX_LENGTH };
  }
  const prefixWild = token.startsWith("*");
  const suffixWild = token.endsWith("*") && token.length > 1;
  const core = token.slice(prefixWild ? 1 : 0, suffixWild ? -1 : undefined);
  if (core.length === 0 || core.includes("*")) throw new TermSyntaxError(`Bad wildcard in "${token}"`);
  let source = escapeRegExp(core.toLowerCase());
  if (prefixWild) source = `${LETTER}{0,${WILDCARD}}${source}`;
  if (suffixWild) source = `${source}${LETTER}{0,${WILDCARD}}`;
  // Word edges only where the literal itself begins or ends with a letter; "(2020:914)" needs none.
  const literalLead = !prefixWild && isWordChar(core[0]);
  const literalTrail = !suffixWild && isWordChar(core[core.length - 1]);
  return {
    source,
    literal: core.toLowerCase(),
    literalLead,
    literalTrail,
    leadEdge: prefixWild || isWordChar(core[0]),
    trailEdge: literalTrail,
    maxBefore: prefixWild ? WILDCARD : 0,
    maxLength: core.length + (prefixWild ? WILDCARD : 0) + (suffixWild ? WILDCARD : 0),
  };
}

/**
 * Whether the phrase is one whole word, or a word start ("leverantör*"), of letters only: then the gate's finding
 * of its literal at the word edges already is a match, and no pattern needs to run.
 */
export function isPlainWord(term: string): boolean {
  const tokens = compileTerm(term).tokens;
  const t = tokens[0]?.token;
  return tokens.length === 1 && t !== undefined && t.literal.length > 0 && t.maxBefore === 0 && t.literalLead && [...t.literal].every((ch) => LETTER_RE.test(ch));
}

const LETTER_RE = new RegExp(`^${LETTER}$`);

/**
 * How far before `literal` (at its word edges) a match of the phrase can start: where a search for the phrase may
 * begin when the literal's first occurrence is known. Infinity when the phrase does not contain the literal.
 */
export function maxLeadBefore(term: string, literal: GateWord): number {
  let lead = Infinity;
  let before = 0;
  compileTerm(term).tokens.forEach(({ token, gapBefore }, i) => {
    if (i > 0) before += gapBefore * (SEPARATOR_MAX + GAP_WORD_MAX) + SEPARATOR_MAX;
    if (token.literal === literal.word && token.literalLead === literal.lead && token.literalTrail === literal.trail) {
      lead = Math.max(lead === Infinity ? 0 : lead, before + token.maxBefore);
    }
    before += token.maxLength;
  });
  return lead;
}

/** One token of a phrase after parsing: its pattern, the gap before it, and its word edges. */
interface PhraseToken {
  readonly gapBefore: number;
  readonly token: CompiledToken;
  /** The token as written (with the gap), used to merge phrases that begin alike. */
  readonly key: string;
}

/** A literal a sentence must contain for a phrase to match, and whether it must stand at word edges. */
export interface GateWord {
  readonly word: string;
  readonly lead: boolean;
  readonly trail: boolean;
}

/** A parsed phrase: its tokens and the literal words a sentence must contain. */
export interface CompiledTerm {
  readonly tokens: readonly PhraseToken[];
  readonly literals: readonly GateWord[];
}

/** Parses one phrase of the term language. Throws TermSyntaxError on malformed phrases (a catalogue bug). */
export function compileTerm(term: string): CompiledTerm {
  const tokens: PhraseToken[] = [];
  const literals: GateWord[] = [];
  let pendingGap = 0;
  for (const raw of term.trim().split(/\s+/)) {
    const t = compileToken(raw);
    if ("gap" in t) {
      if (tokens.length === 0) throw new TermSyntaxError(`"${term}" cannot start with a gap`);
      pendingGap = t.gap;
      continue;
    }
    tokens.push({ gapBefore: pendingGap, token: t, key: `${pendingGap}|${raw.toLowerCase()}` });
    pendingGap = 0;
    if (t.literal) literals.push({ word: t.literal, lead: t.literalLead, trail: t.literalTrail });
  }
  if (pendingGap > 0) throw new TermSyntaxError(`"${term}" cannot end with a gap`);
  if (literals.every((l) => l.word.length < 2)) throw new TermSyntaxError(`"${term}" needs a literal word to anchor it`);
  return { tokens, literals };
}

/** A trie of phrases: phrases that begin with the same tokens share one branch of the pattern. */
interface TrieNode {
  readonly children: Map<string, { readonly step: PhraseToken; readonly node: TrieNode }>;
  /** A phrase ends here; `trailEdge` says whether its last token must end at a word end. */
  ends: { trailEdge: boolean }[];
}

const newNode = (): TrieNode => ({ children: new Map(), ends: [] });

function separator(gap: number): string {
  return gap > 0 ? `(?:${SEP}${WORD}){0,${gap}}${SEP}` : SEP;
}

/** The pattern for everything that may follow `node`. Inside a phrase separators are non-letters, so only the outer edges need checks. */
function emitNode(node: TrieNode): string {
  const alternatives: string[] = [];
  if (node.ends.some((e) => !e.trailEdge)) alternatives.push("");
  else if (node.ends.length > 0) alternatives.push(`(?!${LETTER})`);
  for (const { step, node: child } of node.children.values()) alternatives.push(`${separator(step.gapBefore)}${step.token.source}${emitNode(child)}`);
  if (alternatives.length === 1) return alternatives[0] ?? "";
  return `(?:${alternatives.join("|")})`;
}

function emitFirst(children: TrieNode["children"]): string {
  return [...children.values()].map(({ step, node }) => `${step.token.source}${emitNode(node)}`).join("|");
}

/** Longer literals are rarer; a literal that must stand as a whole word is rarer than the same letters inside words. */
export function gateScore(g: GateWord): number {
  return g.word.length + (g.lead ? 2 : 0) + (g.trail ? 2 : 0);
}

/** A term list compiled to one regular expression plus the cheap pre-filter words. */
export interface CompiledTerms {
  readonly regex: RegExp;
  /** For each phrase, its most telling literal: a sentence that contains none of these cannot match. */
  readonly gateWords: readonly GateWord[];
  /** Every literal of every phrase: a phrase can only match where all of its literals occur. */
  readonly phrases: readonly (readonly GateWord[])[];
  /** The phrases as written. */
  readonly terms: readonly string[];
}

/**
 * Compiles a Terms list (an alternation of phrases) into one case-insensitive Unicode regular expression.
 * Phrases are merged into a trie ("within ~2 sweden", "within ~2 ireland" share "within ~2"), and phrases are
 * grouped by whether they start at a word start, so each edge check appears once per list: term lists built
 * from place lists stay small, compile fast and fail fast inside words.
 */
export function compileTerms(terms: readonly string[]): CompiledTerms {
  if (terms.length === 0) throw new TermSyntaxError("Empty term list");
  const compiled = terms.map(compileTerm);
  const roots = { edge: newNode(), free: newNode() };
  for (const c of compiled) {
    const first = c.tokens[0];
    if (!first) continue;
    let node = first.token.leadEdge ? roots.edge : roots.free;
    for (const step of c.tokens) {
      let next = node.children.get(step.key);
      if (!next) node.children.set(step.key, (next = { step, node: newNode() }));
      node = next.node;
    }
    node.ends.push({ trailEdge: c.tokens[c.tokens.length - 1]?.token.trailEdge ?? false });
  }
  const alternatives: string[] = [];
  if (roots.edge.children.size > 0) alternatives.push(`(?<!${LETTER})(?:${emitFirst(roots.edge.children)})`);
  if (roots.free.children.size > 0) alternatives.push(emitFirst(roots.free.children));
  // No i/u flags: text is lower-cased once per paragraph (foldCase) and terms at compile time, which makes the
  // large alternations several times faster in V8 than case-insensitive Unicode matching.
  const regex = new RegExp(alternatives.join("|"));
  const gateWords = compiled.map((c) => c.literals.reduce((a, b) => (gateScore(b) > gateScore(a) ? b : a)));
  return { regex, gateWords, phrases: compiled.map((c) => c.literals), terms };
}
