// Matches one sentence at a time against the catalogue: the pre-filter's literals, then only the patterns they allow.
import type { CompiledCatalogue, CompiledSignal } from "./catalogue";
import { bitCount, type LiteralSet } from "./literal-gates";
import type { Sentence } from "./segment";
import { foldCase } from "./terms";
import { isLetterCode } from "./word-gate";

/** Where a list matched in a sentence: offset into the sentence and length. */
export interface Anchor {
  readonly index: number;
  readonly length: number;
}

/**
 * What eachPresentSet does with each present set: stop at the first, stop at the first whose pattern matches, or
 * find the leftmost match.
 */
const ANY = 0;
const FIRST_MATCH = 1;
const LEFTMOST = 2;
type Visit = typeof ANY | typeof FIRST_MATCH | typeof LEFTMOST;

/**
 * Per-sentence matching state, reused across sentences and documents: marks stamped with the sentence's number
 * instead of sets or maps built per sentence (a megabyte of text has about 7,000 sentences).
 */
export class SentenceMatcher {
  /** Number of the current sentence; marks equal to it belong to this sentence. */
  private mark = 0;
  /**
   * Two entries per literal: seen[2 × id] === mark when literal id occurs in the sentence, and seen[2 × id + 1] is
   * where it first occurs (an offset into the paragraph).
   */
  private readonly seen: Int32Array;
  /** candidate[l] === mark: list l can match (all literals of one of its phrases occur). */
  private readonly candidate: Int32Array;
  /** rejected[l] === mark: list l cannot match. */
  private readonly rejected: Int32Array;
  /** tested[l] === mark: list l was matched against this sentence; matched[l] === mark: it matched. */
  private readonly tested: Int32Array;
  private readonly matched: Int32Array;
  /**
   * The literals present in the sentence, as a list (the first `presentCount`) and as a bit set (bit id of word
   * id >> 5).
   */
  private readonly present: Int32Array;
  private presentCount = 0;
  private readonly bits: Int32Array;
  /** The key lists the sentence woke (the first `keyCount`). */
  private readonly keys: Int32Array;
  /**
   * The signals the current sentence woke: the first `signalCount` (in the order their key lists woke: deterministic
   * for a given text; entries past the count are left over from earlier sentences). A count instead of an emptied
   * list: an emptied list gives its storage back and regrows.
   */
  get signals(): readonly CompiledSignal[] {
    return this.woken;
  }
  get signalCount(): number {
    return this.wokenCount;
  }
  private readonly woken: CompiledSignal[] = [];
  private wokenCount = 0;
  private text = "";
  private sentence: Sentence | undefined;
  private slice: string | undefined;

  private readonly listGates: CompiledCatalogue["listGates"];

  constructor(private readonly catalogue: CompiledCatalogue) {
    this.listGates = catalogue.listGates;
    const lists = catalogue.lists.length;
    this.seen = new Int32Array(catalogue.gate.patterns.length * 2);
    this.present = new Int32Array(catalogue.gate.patterns.length);
    this.keys = new Int32Array(lists);
    this.bits = new Int32Array((catalogue.gate.patterns.length >> 5) + 1);
    this.candidate = new Int32Array(lists);
    this.rejected = new Int32Array(lists);
    this.tested = new Int32Array(lists);
    this.matched = new Int32Array(lists);
  }

  /**
   * Moves to a sentence: one automaton pass records the literals present (at the word edges their phrases need);
   * a key list wakes when all literals of one of its phrases are present, and with it the signals it keys.
   */
  start(text: string, sentence: Sentence): void {
    this.moveTo(text, sentence);
    const { catalogue, candidate, present, bits, keys, mark, woken } = this;
    const count = this.presentCount;
    const { keyGateStart, keyGateData } = catalogue;
    let keyCount = 0;
    for (let i = 0; i < count; i++) {
      const id = present[i]!;
      // Entries: list, number of other literals, then (word, mask) of each.
      for (let k = keyGateStart[id]!, last = keyGateStart[id + 1]!; k < last; k += 2 + 2 * keyGateData[k + 1]!) {
        const list = keyGateData[k]!;
        if (candidate[list] === mark) continue;
        let all = true;
        for (let o = k + 2, end = o + 2 * keyGateData[k + 1]!; o < end && all; o += 2) all = (bits[keyGateData[o]!]! & keyGateData[o + 1]!) !== 0;
        if (all) {
          candidate[list] = mark;
          keys[keyCount++] = list;
        }
      }
    }
    let signalCount = 0;
    for (let i = 0; i < keyCount; i++) {
      const keyed = catalogue.signalsByKey[keys[i]!]!;
      for (let j = 0; j < keyed.length; j++) woken[signalCount++] = keyed[j]!;
    }
    this.wokenCount = signalCount;
  }

  /** Moves to a sentence and records the literals present in it (at the word edges their phrases need). */
  private moveTo(text: string, sentence: Sentence): void {
    if (this.mark > 2_000_000_000) {
      this.mark = 0;
      for (const a of [this.seen, this.candidate, this.rejected, this.tested, this.matched]) a.fill(0);
    }
    const mark = ++this.mark;
    const { present, bits } = this;
    this.text = text;
    this.sentence = sentence;
    this.slice = undefined;
    for (let i = 0; i < this.presentCount; i++) bits[present[i]! >> 5] = 0;
    const count = (this.presentCount = this.catalogue.gate.collect(text, sentence.start, sentence.end, this.seen, mark, present));
    for (let i = 0; i < count; i++) bits[present[i]! >> 5]! |= 1 << (present[i]! & 31);
  }

  /** Whether list `li` can match the sentence: all literals of one of its phrases occur (a necessary condition). */
  canMatch(li: number): boolean {
    if (this.candidate[li] === this.mark) return true;
    if (this.rejected[li] === this.mark) return false;
    let found = this.anyBit(this.listGates[li]!.singles);
    if (!found) found = this.eachPresentSet(li, ANY);
    if (found) this.candidate[li] = this.mark;
    else this.rejected[li] = this.mark;
    return found;
  }

  /** Whether one of the literals given as (word, mask) pairs occurs in the sentence. */
  private anyBit(pairs: Int32Array): boolean {
    const bits = this.bits;
    for (let i = 0; i < pairs.length; i += 2) if ((bits[pairs[i]!]! & pairs[i + 1]!) !== 0) return true;
    return false;
  }

  /**
   * Visits each literal set of list `li` that occurs in the sentence, as `visit` says; true when it stopped early.
   * The list's filed literals are intersected with the sentence's bit set word by word, so a list of a hundred places
   * costs a few operations when none of them occurs.
   */
  private eachPresentSet(li: number, visit: Visit): boolean {
    const { filed, setsByRank } = this.listGates[li]!;
    const bits = this.bits;
    for (let i = 0; i < filed.length; i += 3) {
      const mask = filed[i + 1]!;
      let hits = bits[filed[i]!]! & mask;
      while (hits !== 0) {
        const low = hits & -hits;
        hits ^= low;
        const sets = setsByRank[filed[i + 2]! + bitCount(mask & (low - 1))]!;
        for (let k = 0; k < sets.length; k++) {
          const set = sets[k]!;
          // The set's filed literal is the one found; a set of one literal needs nothing more.
          if (set.others.length !== 0 && !set.othersPresentIn(bits)) continue;
          // A switch, not a callback: one call site that always calls the same thing stays cheap in V8.
          if (visit === ANY || (visit === FIRST_MATCH && this.testPattern(set))) return true;
          if (visit === LEFTMOST) this.findLeftmost(set);
        }
      }
    }
    return false;
  }

  /** Whether list `li` matches the sentence: the patterns of its literal sets that occur, until one matches. */
  matches(li: number): boolean {
    if (this.tested[li] !== this.mark) {
      this.tested[li] = this.mark;
      // Plain words first: they need no pattern, and one of them is enough.
      const matched = this.canMatch(li) && (this.anyBit(this.listGates[li]!.plains) || this.eachPresentSet(li, FIRST_MATCH));
      this.matched[li] = matched ? this.mark : 0;
    }
    return this.matched[li] === this.mark;
  }

  /** List `li`'s leftmost match in the sentence (as its whole pattern would find it); the list must match. */
  private leftmost(li: number): Anchor {
    this.best = undefined;
    this.eachPresentSet(li, LEFTMOST);
    // matches(li) held, so some set matched.
    return this.best!;
  }

  private sliceOfSentence(): string {
    const s = this.sentence!;
    // Term lists are compiled in lower case; only sentences whose literals occur are lower-cased (foldCase keeps length).
    return (this.slice ??= foldCase(this.text.slice(s.start, s.end)));
  }

  /** Where literal `id` first occurs in the sentence (it must occur). */
  private firstAt(id: number): number {
    return this.seen[(id << 1) + 1]!;
  }

  /** The set's pattern, ready to search from where its literals first occur, less their longest lead-ins. */
  private patternFor(set: LiteralSet): RegExp {
    const pattern = set.pattern;
    let from = this.firstAt(set.filed) - set.maxLeads[0]!;
    for (let i = 0; i < set.others.length; i++) from = Math.max(from, this.firstAt(set.others[i]!) - set.maxLeads[i + 1]!);
    pattern.lastIndex = Math.max(0, from - this.sentence!.start);
    return pattern;
  }

  /** A set that is not plain runs its pattern (plain word sets match wherever the gate found their literal). */
  private testPattern(set: LiteralSet): boolean {
    return !set.plain && this.patternFor(set).test(this.sliceOfSentence());
  }

  /** Leftmost match so far of the list being searched, and the index of its phrase (the earlier phrase wins ties). */
  private best: Anchor | undefined;
  private bestPhrase = 0;
  private findLeftmost(set: LiteralSet): void {
    let found: Anchor | undefined;
    if (set.plain) {
      const start = this.firstAt(set.filed);
      let end = start + this.catalogue.gate.patterns[set.filed]!.word.length;
      // A word start ("kund*") takes the rest of the word, as its pattern's wildcard would.
      for (let n = 0; n < set.wildcard && end < this.sentence!.end && isLetterCode(this.text.charCodeAt(end)); n++) end++;
      found = { index: start - this.sentence!.start, length: end - start };
    } else {
      const m = this.patternFor(set).exec(this.sliceOfSentence());
      if (m) found = { index: m.index, length: m[0].length };
    }
    if (found && (!this.best || found.index < this.best.index || (found.index === this.best.index && set.firstPhrase < this.bestPhrase))) {
      this.best = found;
      this.bestPhrase = set.firstPhrase;
    }
  }

  /** Whether every `all` list can match: checked before any pattern runs. */
  mayFire(cs: CompiledSignal): boolean {
    const lists = cs.rarestFirst;
    for (let i = 0; i < lists.length; i++) if (!this.canMatch(lists[i]!)) return false;
    return true;
  }

  /** Whether the signal fires: all its lists match and no `none` list does. */
  fires(cs: CompiledSignal): boolean {
    // All lists must match, so the rarest runs first: most sentences fail there, and each pattern runs at most once.
    const all = cs.rarestFirst;
    for (let i = 0; i < all.length; i++) if (!this.matches(all[i]!)) return false;
    const none = cs.none;
    for (let i = 0; i < none.length; i++) if (this.matches(none[i]!)) return false;
    return true;
  }

  /**
   * Where a signal that fired in `sentence` matched first: its first `all` list's leftmost match, where a quote of a
   * long sentence centres. Asked only for the evidence that is kept, so only a few sentences are matched again.
   * It moves the matcher to `sentence`: call it only once the current sentence's signals are all checked.
   */
  anchor(text: string, sentence: Sentence, cs: CompiledSignal): Anchor {
    // No signals need waking here: the literals present are all `matches` and `leftmost` read.
    this.moveTo(text, sentence);
    const li = cs.all[0]!;
    // It matched when the signal fired; should the caller pass another sentence, the quote starts at its beginning.
    return this.matches(li) ? this.leftmost(li) : { index: 0, length: 0 };
  }
}
