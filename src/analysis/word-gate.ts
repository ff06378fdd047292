// Finds every occurrence of many words in one pass over a text (Aho–Corasick), to pick the sentences worth matching.
//
// Why not one big regular-expression alternation: with ~2,000 words V8 tries the alternatives at every position
// (about 5 MB/s here); the automaton reads each character once, whatever the number of words.

export interface WordHit {
  readonly position: number;
  readonly word: number;
}

/** Characters below this code get a dense transition table (ASCII and Latin-1, so å/ä/ö/é are fast too). */
const DENSE = 256;

export class WordGate {
  /** Transitions per node: character code → node. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Word ids ending at each node, including those reached through failure links. */
  private readonly out: number[][] = [[]];

  /** `words` must already be case-folded; ids are their indexes. */
  constructor(readonly words: readonly string[]) {
    words.forEach((w, id) => {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let to = this.next[node]!.get(c);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[node]!.set(c, to);
        }
        node = to;
      }
      if (w.length > 0) this.out[node]!.push(id);
    });
    // Breadth-first: each node's failure link is the longest proper suffix that is also a path from the root.
    const queue: number[] = [...this.next[0]!.values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      for (const [c, child] of this.next[node]!) {
        queue.push(child);
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child]!]!;
        if (inherited.length > 0) this.out[child] = [...this.out[child]!, ...inherited];
      }
    }
    // Precompute the full transition function (goto + failure) for dense characters: one array read per character.
    const n = this.next.length;
    this.dense = new Int32Array(n * DENSE);
    for (const node of [0, ...queue]) {
      for (let c = 0; c < DENSE; c++) {
        const direct = this.next[node]!.get(c);
        this.dense[node * DENSE + c] = direct ?? (node === 0 ? 0 : this.dense[this.fail[node]! * DENSE + c]!);
      }
    }
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let i = 0; i < n; i++) {
      this.outStart[i] = flat.length;
      flat.push(...this.out[i]!);
    }
    this.outStart[n] = flat.length;
    this.outFlat = Int32Array.from(flat);
    this.lengths = Int32Array.from(words.map((w) => w.length));
  }

  private readonly dense: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outFlat: Int32Array;
  private readonly lengths: Int32Array;

  /** Calls `visit(start, wordId)` for every occurrence. Linear in the text. */
  scan(text: string, visit: (start: number, word: number) => void): void {
    let node = 0;
    const { next, fail, dense, outStart, outFlat, lengths } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < DENSE) node = dense[node * DENSE + c]!;
      else {
        let to = next[node]!.get(c);
        while (to === undefined && node !== 0) {
          node = fail[node]!;
          to = next[node]!.get(c);
        }
        node = to ?? 0;
      }
      const from = outStart[node]!;
      const to = outStart[node + 1]!;
      for (let k = from; k < to; k++) {
        const id = outFlat[k]!;
        visit(i + 1 - lengths[id]!, id);
      }
    }
  }
}
