// Finds every occurrence of many words in one pass over a text (Aho–Corasick), to pick the sentences worth matching.
//
// Why not one big regular-expression alternation: with ~2,000 words V8 tries the alternatives at every position
// (about 5 MB/s here); the automaton reads each character once, whatever the number of words.

/** A word to find; `lead` / `trail`: it must start / end at a word edge ("om" is not the word "om" in "kommun"). */
export interface GatePattern {
  readonly word: string;
  readonly lead: boolean;
  readonly trail: boolean;
}

const CHAR_CODES = 0x10000;

/** The term language's letters (Latin scripts, digits, underscore): a word edge is a change between letter and not. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** The letters of a pattern word, as character codes. */
function lettersOf(word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) if (isLetterCode(word.charCodeAt(i))) out.push(word.charCodeAt(i));
  return out;
}

/**
 * Whether `word` stands in `text` at `start` as the automaton would read it with a class for every letter: each
 * letter the same after case folding, and a non-letter wherever the word has one.
 */
function spells(text: string, start: number, word: string, lower: Uint16Array): boolean {
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const t = lower[text.charCodeAt(start + k)]!;
    if (isLetterCode(w) ? t !== w : isLetterCode(t)) return false;
  }
  return true;
}

let LOWER: Uint16Array | undefined;

/** Each UTF-16 code unit's lower case (itself when that would change the length, as `foldCase` does). */
function lowerCaseTable(): Uint16Array {
  if (!LOWER) {
    LOWER = new Uint16Array(CHAR_CODES);
    for (let c = 0; c < CHAR_CODES; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  return LOWER;
}

/** Class of every character that is no letter (and a virtual one before and after the text): a word edge. */
const EDGE = 0;
/** Class of letters that no pattern contains, and of the pattern letters too rare to get a class of their own. */
const OTHER_LETTER = 1;
/**
 * At most this many classes (a power of two): a state's row of 16-bit entries is then 64 bytes, a cache line, and the
 * table half the size it is with 33 to 64 classes (measured a fifth faster). Today's catalogue uses 41 letters (a–z,
 * å, ä, ö, ü, è and digits); the 11 that the fewest patterns use (today z, ü, è and most digits) share OTHER_LETTER,
 * and a pattern containing one is checked against the text where the automaton reports it.
 */
const MAX_CLASSES = 32;

/**
 * Characters are first mapped to a small alphabet: the letters patterns use get a class each (up to MAX_CLASSES),
 * other letters share one, and every non-letter is the edge class. Word edges are then ordinary symbols ("om" as a
 * whole word is searched as edge-o-m-edge), so an occurrence needs no checking afterwards (unless its word has a
 * letter without a class of its own), and the transition table has nodes × classes entries: under a megabyte
 * instead of tens, which keeps it in the processor's cache. Entries are 16-bit state numbers (half the cache of 32-bit
 * ones; measured 7 % faster), and states where patterns end are numbered last, so the scan loop needs one comparison
 * to know there is nothing to report. A state's row is padded to a power of two, so the next row is found with a
 * shift: a multiplication in the loop's chain of dependent steps cost about a tenth of the scan.
 *
 * A non-letter inside a pattern ("u.s", "iso/iec") matches any non-letter: the gate may let a little more through
 * than the patterns it guards, never less.
 */
export class WordGate {
  /** Character code → class (EDGE for non-letters, OTHER_LETTER for letters without a class of their own). */
  private readonly classOf: Uint8Array;
  /** log2 of a state's row length (the number of classes, rounded up to a power of two). */
  private readonly shift: number;
  /** Full transition function (goto + failure): delta[(state << shift) + class] = next state. */
  private readonly delta: Uint16Array | Int32Array;
  /** States numbered from this one on have patterns ending in them. */
  private readonly firstOutput: number;
  /**
   * Pattern ids ending at state s (incl. through failure links): outFlat[outStart[s] … outStart[s + 1]). With the
   * three arrays below, what `run` reads; `collect` reads a packed copy (see collectOver).
   */
  private readonly outStart: Int32Array;
  private readonly outFlat: Int32Array;
  private readonly lengths: Int32Array;
  /** 1 for patterns that end with a trailing edge symbol. */
  private readonly trails: Uint8Array;
  /** 1 for patterns with a letter that has no class of its own: where the automaton reports one, the text is checked. */
  private readonly inexact: Uint8Array;

  /** Pattern words must be lower case (texts need not be); pattern ids are their indexes. */
  constructor(readonly patterns: readonly GatePattern[]) {
    // Letters by how many patterns use them; the most used get classes of their own.
    const uses = new Map<number, number>();
    for (const { word } of patterns) for (const c of new Set(lettersOf(word))) uses.set(c, (uses.get(c) ?? 0) + 1);
    const own = [...uses].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CLASSES - 2).map(([c]) => c);
    const K = own.length + 2;
    this.classOf = new Uint8Array(CHAR_CODES);
    const letterClass = new Int32Array(CHAR_CODES);
    own.sort((a, b) => a - b).forEach((c, i) => (letterClass[c] = i + 2));
    this.inexact = Uint8Array.from(patterns.map(({ word }) => (lettersOf(word).some((c) => letterClass[c] === 0) ? 1 : 0)));
    // Case is folded here, so the text needs no lower-casing: "Leverantören" walks like "leverantören".
    const lower = lowerCaseTable();
    for (let c = 0; c < CHAR_CODES; c++) {
      const f = lower[c]!;
      this.classOf[c] = letterClass[f] || (isLetterCode(f) ? OTHER_LETTER : EDGE);
    }

    // The trie over the patterns as class strings, edges included: goto[node × K + class] = child, or 0 for none
    // (no edge leads back to the root). Its size is bounded by the patterns' total length.
    let symbolsTotal = 1;
    for (const p of patterns) symbolsTotal += p.word.length + 2;
    let goto = new Int32Array(symbolsTotal * K);
    let n = 1;
    const out: number[][] = [[]];
    patterns.forEach(({ word, lead, trail }, id) => {
      if (word.length === 0) return;
      let node = 0;
      const step = (c: number): void => {
        let to = goto[node * K + c]!;
        if (to === 0) {
          to = n++;
          out.push([]);
          goto[node * K + c] = to;
        }
        node = to;
      };
      if (lead) step(EDGE);
      for (let i = 0; i < word.length; i++) step(this.classOf[word.charCodeAt(i)]!);
      if (trail) step(EDGE);
      out[node]!.push(id);
    });
    goto = goto.slice(0, n * K);
    // The trie's own edges, before failure transitions fill the table (for the numbering below).
    const trieChild = goto.slice();
    // Breadth-first, so a node's failure target (a shorter suffix) is complete before the node itself; missing
    // transitions are filled from the failure target's, which makes goto the full transition function.
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < K; c++) if (goto[c]! !== 0) queue.push(goto[c]!);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      const f = fail[node]!;
      if (out[f]!.length > 0) out[node] = [...out[node]!, ...out[f]!];
      for (let c = 0; c < K; c++) {
        const child = goto[node * K + c]!;
        if (child === 0) goto[node * K + c] = goto[f * K + c]!;
        else {
          fail[child] = goto[f * K + c]!;
          queue.push(child);
        }
      }
    }
    // Renumber: the root first, states without output next, states with output last; within each group in trie
    // depth-first order, so most states along a word are adjacent rows (adjacent cache lines, which the processor
    // fetches ahead; a state where a pattern ends sits in the other group). Measured a few per cent faster for the
    // whole review than breadth-first order.
    const depthFirst: number[] = [];
    const stack = [0];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s !== 0) depthFirst.push(s);
      for (let c = K - 1; c >= 0; c--) if (trieChild[s * K + c]! !== 0) stack.push(trieChild[s * K + c]!);
    }
    const withOutput = depthFirst.filter((s) => out[s]!.length > 0);
    const order = [0, ...depthFirst.filter((s) => out[s]!.length === 0), ...withOutput];
    const rank = new Int32Array(n);
    order.forEach((s, r) => (rank[s] = r));
    this.firstOutput = n - withOutput.length;
    const shift = (this.shift = Math.ceil(Math.log2(K)));
    this.delta = n <= 0x10000 ? new Uint16Array(n << shift) : new Int32Array(n << shift);
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    order.forEach((s, r) => {
      for (let c = 0; c < K; c++) this.delta[(r << shift) + c] = rank[goto[s * K + c]!]!;
      this.outStart[r] = flat.length;
      flat.push(...out[s]!);
    });
    this.outStart[n] = flat.length;
    this.outFlat = Int32Array.from(flat);
    this.lengths = Int32Array.from(patterns.map((p) => p.word.length));
    this.trails = Uint8Array.from(patterns.map((p) => (p.trail ? 1 : 0)));
    const { classOf, delta, firstOutput, outStart, outFlat, lengths, trails, inexact } = this;
    this.collect = collectOver({ classOf, delta, shift, firstOutput, outStart, outFlat, lengths, trails, inexact }, patterns.map((p) => p.word));
  }

  /**
   * Runs the automaton over text[from, to), starting from the character before `from` (or the text's start edge)
   * and ending with the character at `to` (or the text's end edge), so word edges see the text around the range.
   * Calls `report(id, end)` for each pattern whose word lies inside the range and ends at `end`. This is the plain
   * walk, which `scan` and the tests use; the engine uses `collect`, the same walk written for speed.
   */
  private run(text: string, from: number, to: number, report: (id: number, end: number) => void): void {
    const { classOf, delta, shift, firstOutput, outStart, outFlat, lengths, trails, inexact, patterns } = this;
    const lower = lowerCaseTable();
    const spelled = (id: number, end: number): boolean => inexact[id] === 0 || spells(text, end - lengths[id]!, patterns[id]!.word, lower);
    let state = delta[from > 0 ? classOf[text.charCodeAt(from - 1)]! : EDGE]!;
    for (let i = from; i < to; i++) {
      state = delta[(state << shift) + classOf[text.charCodeAt(i)]!]!;
      if (state < firstOutput) continue;
      for (let o = outStart[state]!, last = outStart[state + 1]!; o < last; o++) {
        const id = outFlat[o]!;
        // A word end found one character later (after its trailing edge) ends at i; a word must start in the range.
        const end = i + 1 - trails[id]!;
        if (end - lengths[id]! >= from && spelled(id, end)) report(id, end);
      }
    }
    // The character after the range can only complete a trailing edge.
    state = delta[(state << shift) + (to < text.length ? classOf[text.charCodeAt(to)]! : EDGE)]!;
    if (state < firstOutput) return;
    for (let o = outStart[state]!, last = outStart[state + 1]!; o < last; o++) {
      const id = outFlat[o]!;
      if (trails[id] === 1 && to - lengths[id]! >= from && spelled(id, to)) report(id, to);
    }
  }

  /**
   * Calls `visit(start, id)` for every occurrence of a pattern inside text[from, to) at the word edges it needs
   * (edges look at the characters just outside the range too).
   */
  scan(text: string, visit: (start: number, id: number) => void, from = 0, to = text.length): void {
    this.run(text, from, to, (id, end) => visit(end - this.lengths[id]!, id));
  }

  /**
   * Writes to `found` each pattern id that occurs in text[from, to) at its word edges, once, and returns how many it
   * wrote. `seen` has two entries per pattern: `seen[2 × id]` is set to `mark` for found ids (the caller picks a new
   * mark per range, so nothing needs clearing) and `seen[2 × id + 1]` to where the first occurrence starts. Side by
   * side, so a hit touches one place (measured a few per cent faster for the whole review than two arrays). Typed
   * arrays rather than a pushed list: a list emptied per sentence gives its storage back and regrows. Buffers with less
   * room than every pattern needs throw: a typed array drops writes past its end, which would lose hits silently.
   */
  readonly collect: (text: string, from: number, to: number, seen: Int32Array, mark: number, found: Int32Array) => number;
}

/**
 * The same walk as `WordGate.run`, written for speed: this loop is the engine's hottest. A closure over the tables
 * rather than a method: V8 then holds them as constants instead of reloading them from the object (measured about a
 * fifth faster). The loop only reads characters; hits go to `report`, a fixed inner function with one caller, which
 * V8 treats far better than a caller's callback per hit (that cost a third more).
 */
function collectOver(tables: GateTables, words: readonly string[]): WordGate["collect"] {
  const { classOf, delta, shift, firstOutput, outStart, outFlat, lengths, trails, inexact } = tables;
  const lower = lowerCaseTable();
  // Each output as (id, length << 2 | trail << 1 | inexact), side by side: a hit reads one place instead of four
  // arrays (measured a few per cent faster for the whole review).
  const outs = new Int32Array(outFlat.length * 2);
  outFlat.forEach((id, o) => {
    outs[2 * o] = id;
    outs[2 * o + 1] = (lengths[id]! << 2) | (trails[id]! << 1) | inexact[id]!;
  });
  /** Records the patterns that end at state `state` after reading character `i`; returns the new count. */
  const report = (text: string, state: number, i: number, from: number, to: number, seen: Int32Array, mark: number, found: Int32Array, count: number): number => {
    for (let o = outStart[state]! << 1, outEnd = outStart[state + 1]! << 1; o < outEnd; o += 2) {
      const id = outs[o]!;
      const info = outs[o + 1]!;
      const wordEnd = i + 1 - ((info >> 1) & 1);
      const wordStart = wordEnd - (info >> 2);
      if (seen[id << 1] === mark || wordStart < from || wordEnd > to) continue;
      if ((info & 1) === 1 && !spells(text, wordStart, words[id]!, lower)) continue;
      seen[id << 1] = mark;
      seen[(id << 1) + 1] = wordStart;
      found[count++] = id;
    }
    return count;
  };
  return (text, from, to, seen, mark, found) => {
    if (seen.length < 2 * words.length || found.length < words.length) throw new RangeError("collect: `seen` needs two entries and `found` one per pattern");
    let count = 0;
    let state = delta[from > 0 ? classOf[text.charCodeAt(from - 1)]! : EDGE]!;
    // The character after the range is read too (it can complete a trailing edge); after the text's end, the edge.
    const last = to < text.length ? to : to - 1;
    for (let i = from; i <= last; i++) {
      state = delta[(state << shift) + classOf[text.charCodeAt(i)]!]!;
      if (state >= firstOutput) count = report(text, state, i, from, to, seen, mark, found, count);
    }
    if (last < to) {
      state = delta[(state << shift) + EDGE]!;
      if (state >= firstOutput) count = report(text, state, to, from, to, seen, mark, found, count);
    }
    return count;
  };
}

/** The tables `collectOver` reads. */
interface GateTables {
  readonly classOf: Uint8Array;
  readonly delta: Uint16Array | Int32Array;
  readonly shift: number;
  readonly firstOutput: number;
  readonly outStart: Int32Array;
  readonly outFlat: Int32Array;
  readonly lengths: Int32Array;
  readonly trails: Uint8Array;
  readonly inexact: Uint8Array;
}
