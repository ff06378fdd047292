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

const LETTERS = Uint8Array.from({ length: CHAR_CODES }, (_, c) => (isLetterCode(c) ? 1 : 0));
const LEAD = 1;
const TRAIL = 2;

/**
 * Characters are first mapped to a small alphabet (each character used in some word gets its own class, all
 * others share class 0), so the transition table has nodes × classes entries: about a megabyte instead of tens,
 * which keeps it in the processor's cache. Rows are stored pre-multiplied (a state is its row's offset), and
 * states with words ending in them are numbered last, so the scan loop needs one comparison to know there is
 * nothing to report.
 */
export class WordGate {
  /** Character code → class (0: a character no word contains). */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly classes: number;
  /** Full transition function (goto + failure): delta[state + class] = next state (a row offset). */
  private readonly delta: Int32Array;
  /** States at or above this offset have words ending in them. */
  private readonly firstOutput: number;
  /** Pattern ids ending at state s (incl. through failure links): outFlat[outStart[s / classes] …]. */
  private readonly outStart: Int32Array;
  private readonly outFlat: Int32Array;
  private readonly lengths: Int32Array;
  private readonly edges: Uint8Array;

  /** Pattern words must already be case-folded; pattern ids are their indexes. */
  constructor(readonly patterns: readonly GatePattern[]) {
    const codes = new Set<number>();
    for (const { word } of patterns) for (let i = 0; i < word.length; i++) codes.add(word.charCodeAt(i));
    const K = (this.classes = codes.size + 1);
    this.classOf = K < 256 ? new Uint8Array(CHAR_CODES) : new Uint16Array(CHAR_CODES);
    let k = 1;
    for (const c of [...codes].sort((a, b) => a - b)) this.classOf[c] = k++;

    // The trie over distinct words, with transitions by class.
    const next: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    patterns.forEach(({ word }, id) => {
      if (word.length === 0) return;
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const c = this.classOf[word.charCodeAt(i)]!;
        let to = next[node]!.get(c);
        if (to === undefined) {
          to = next.length;
          next.push(new Map());
          out.push([]);
          next[node]!.set(c, to);
        }
        node = to;
      }
      out[node]!.push(id);
    });
    // Breadth-first, so a node's failure target (a shorter suffix) is complete before the node itself.
    const n = next.length;
    const goto = new Int32Array(n * K);
    const fail = new Int32Array(n);
    for (const [c, child] of next[0]!) goto[c] = child;
    const queue: number[] = [...next[0]!.values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      const f = fail[node]!;
      if (out[f]!.length > 0) out[node] = [...out[node]!, ...out[f]!];
      for (let c = 0; c < K; c++) {
        const child = next[node]!.get(c);
        if (child === undefined) goto[node * K + c] = goto[f * K + c]!;
        else {
          goto[node * K + c] = child;
          fail[child] = goto[f * K + c]!;
          queue.push(child);
        }
      }
    }
    // Renumber: the root first, states without output next, states with output last.
    const order = [0, ...queue.filter((s) => out[s]!.length === 0), ...queue.filter((s) => out[s]!.length > 0)];
    const rank = new Int32Array(n);
    order.forEach((s, r) => (rank[s] = r));
    this.firstOutput = (n - queue.filter((s) => out[s]!.length > 0).length) * K;
    this.delta = new Int32Array(n * K);
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    order.forEach((s, r) => {
      for (let c = 0; c < K; c++) this.delta[r * K + c] = rank[goto[s * K + c]!]! * K;
      this.outStart[r] = flat.length;
      flat.push(...out[s]!);
    });
    this.outStart[n] = flat.length;
    this.outFlat = Int32Array.from(flat);
    this.lengths = Int32Array.from(patterns.map((p) => p.word.length));
    this.edges = Uint8Array.from(patterns.map((p) => (p.lead ? LEAD : 0) | (p.trail ? TRAIL : 0)));
  }

  /** Whether pattern `id` ending before `end` stands at the word edges it needs. */
  private atEdges(text: string, id: number, end: number): boolean {
    const e = this.edges[id]!;
    if (e === 0) return true;
    const start = end - this.lengths[id]!;
    if (e & LEAD && start > 0 && LETTERS[text.charCodeAt(start - 1)] === 1) return false;
    return !(e & TRAIL && end < text.length && LETTERS[text.charCodeAt(end)] === 1);
  }

  /**
   * Calls `visit(start, id)` for every occurrence of a pattern inside text[from, to) at the word edges it needs
   * (edges look at the characters just outside the range too). Occurrences arrive in order of their end.
   */
  scan(text: string, visit: (start: number, id: number) => void, from = 0, to = text.length): void {
    const { classOf, delta, firstOutput, outStart, outFlat, lengths } = this;
    const K = this.classes;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = delta[state + classOf[text.charCodeAt(i)]!]!;
      if (state < firstOutput) continue;
      const row = state / K;
      for (let o = outStart[row]!, last = outStart[row + 1]!; o < last; o++) {
        const id = outFlat[o]!;
        if (this.atEdges(text, id, i + 1)) visit(i + 1 - lengths[id]!, id);
      }
    }
  }

  /**
   * Appends to `found` each pattern id that occurs in text[from, to) at its word edges, once: `seen[id]` is set to
   * `mark` for found ids (the caller picks a new mark per range, so nothing needs clearing).
   */
  collect(text: string, from: number, to: number, seen: Int32Array, mark: number, found: number[]): void {
    const { classOf, delta, firstOutput, outStart, outFlat } = this;
    const K = this.classes;
    let state = 0;
    for (let i = from; i < to; i++) {
      state = delta[state + classOf[text.charCodeAt(i)]!]!;
      if (state < firstOutput) continue;
      const row = state / K;
      for (let o = outStart[row]!, last = outStart[row + 1]!; o < last; o++) {
        const id = outFlat[o]!;
        if (seen[id] === mark || !this.atEdges(text, id, i + 1)) continue;
        seen[id] = mark;
        found.push(id);
      }
    }
  }
}
