// Plans the cheap pre-filter: which literal words a sentence must contain before a term list's pattern can match.
import type { Rule } from "../rules/types";
import { compileTerms, foldCase, gateScore, isPlainWord, maxLeadBefore, WILDCARD, type CompiledTerms, type GateWord } from "./terms";
import { WordGate } from "./word-gate";

/**
 * The literal ids some phrases of a list need, filed under the rarest of them, with those phrases' own pattern:
 * where only this set's literals occur, only these phrases can match, and a small pattern runs ten to a hundred
 * times faster than the whole list's alternation (which for some lists has hundreds of phrases).
 */
export class LiteralSet {
  /** The other literals as (word, bit mask) pairs into a sentence's bit set of literals (bit `id` of word `id >> 5`). */
  readonly otherBits: Int32Array;
  private compiled: RegExp | undefined;

  constructor(
    readonly filed: number,
    readonly others: readonly number[],
    /** The phrases (term syntax) that need exactly these literals, in list order. */
    readonly terms: readonly string[],
    /** Index of the first of them in the list: among matches at the same place, the earlier phrase wins. */
    readonly firstPhrase: number,
    /**
     * For the filed literal and each other literal (in that order), how far before its first occurrence a match can
     * start: the search begins at the latest of these bounds.
     */
    readonly maxLeads: readonly number[],
    /**
     * All phrases are the filed literal as a whole word or word start ("kund*"): where the gate found it, it matches,
     * and a word start's match runs on over the word's letters (at most `wildcard` of them).
     */
    readonly plain: boolean,
    readonly wildcard: number,
  ) {
    this.otherBits = Int32Array.from(others.flatMap((id) => [id >> 5, 1 << (id & 31)]));
  }

  /** Whether the other literals are all in the sentence's bit set (the filed one is known to be, where this is asked). */
  othersPresentIn(present: Int32Array): boolean {
    const bits = this.otherBits;
    for (let i = 0; i < bits.length; i += 2) if ((present[bits[i]!]! & bits[i + 1]!) === 0) return false;
    return true;
  }

  /**
   * The pattern of just these phrases, compiled on first use (most sets never occur in a given document). It is
   * global: set `lastIndex` to where the search begins.
   */
  get pattern(): RegExp {
    return (this.compiled ??= new RegExp(compileTerms(this.terms).regex.source, "g"));
  }
}

/** What one term list needs: it can only match where all literals of one of its sets occur. */
export interface ListGate {
  /** Every distinct set, in list order. */
  readonly sets: readonly LiteralSet[];
  /** The filed literals of single-literal sets, merged per word as (word, mask) pairs: one test per word. */
  readonly singles: Int32Array;
  /** The same for plain sets only: where one of these literals occurs, the list matches without a pattern. */
  readonly plains: Int32Array;
  /**
   * The filed literals of all sets as (word, mask, rank) triples, and the sets filed under each literal by its rank:
   * the rank of a present literal is the triple's rank plus the number of lower mask bits that are set.
   */
  readonly filed: Int32Array;
  readonly setsByRank: readonly (readonly LiteralSet[])[];
  /** How common the list is: the rarity of its most common set (lower is rarer; see `rarity`). */
  readonly commonness: number;
}

/** Number of set bits in a 32-bit integer. */
export function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Literal ids as (word, mask) pairs in ascending order of word, one pair per word of a bit set. */
function maskPairs(ids: Iterable<number>): Int32Array {
  const masks = new Map<number, number>();
  for (const id of ids) masks.set(id >> 5, (masks.get(id >> 5) ?? 0) | (1 << (id & 31)));
  return Int32Array.from([...masks].sort((a, b) => a[0] - b[0]).flat());
}

export interface LiteralGates {
  /** Finds the literals; pattern index = literal id. */
  readonly gate: WordGate;
  readonly lists: readonly ListGate[];
}

/**
 * Plans the gates for compiled term lists. How common a literal is comes from the catalogue itself: the number
 * of rules whose example sentences contain it. Each phrase is filed under its rarest literal and also needs its
 * other literals, except two-letter words ("om", "to": they occur everywhere and would cost a gate hit every few
 * words) unless one is the rarest. Common words such as "only" or "enligt" do stay conditions: dropping them made
 * twice as many patterns run in vain. (Any subset of a phrase's literals is a correct pre-filter; this choice only
 * decides how fast it is.)
 */
export function planLiteralGates(lists: readonly CompiledTerms[], rules: readonly Rule[]): LiteralGates {
  // Every (literal, word edges) pair of every phrase, to measure how common each is.
  const all = new Literals();
  const phraseIds = lists.map((list) => list.phrases.map((literals) => [...new Set(literals.map((l) => all.id(l)))]));
  const spread = literalSpread(rules, new WordGate(all.words));
  // Among equally spread literals the longer one, and one that must stand at word edges, is rarer.
  const rarity = (v: number): number => spread[v]! * 1000 - gateScore(all.words[v]!);
  const rarest = (ids: readonly number[]): number => ids.reduce((a, b) => (rarity(b) < rarity(a) ? b : a));

  // Only the literals some phrase needs go into the final automaton, renumbered densely.
  const used = new Literals();
  const planned = phraseIds.map((phrases) =>
    phrases.map((ids) => {
      const filed = rarest(ids);
      const others = ids.filter((v) => v !== filed && all.words[v]!.word.length >= 3);
      return { filed: used.id(all.words[filed]!), others: others.map((v) => used.id(all.words[v]!)).sort((a, b) => a - b), rarity: rarity(filed) };
    }),
  );
  const gates = planned.map((phrases, li): ListGate => {
    const byKey = new Map<string, { filed: number; others: number[]; rarity: number; phrases: number[] }>();
    phrases.forEach((p, pi) => {
      const key = `${p.filed}:${p.others.join(",")}`;
      const found = byKey.get(key);
      if (found) found.phrases.push(pi);
      else byKey.set(key, { ...p, phrases: [pi] });
    });
    const terms = lists[li]!.terms;
    const sets = [...byKey.values()].map((s) => {
      const setTerms = s.phrases.map((pi) => terms[pi]!);
      const maxLeads = [s.filed, ...s.others].map((id) => Math.max(...setTerms.map((t) => maxLeadBefore(t, used.words[id]!))));
      const filedWord = used.words[s.filed]!;
      const plain = s.others.length === 0 && setTerms.every(isPlainWord);
      return { set: new LiteralSet(s.filed, s.others, setTerms, s.phrases[0]!, maxLeads, plain, filedWord.trail ? 0 : WILDCARD), rarity: s.rarity };
    });
    const setsByFiled = new Map<number, LiteralSet[]>();
    for (const { set } of sets) setsByFiled.set(set.filed, [...(setsByFiled.get(set.filed) ?? []), set]);
    // Ranks follow ascending literal ids, which is the order of the (word, mask) pairs and of the bits within a mask.
    const filedIds = [...setsByFiled.keys()].sort((a, b) => a - b);
    const pairs = maskPairs(filedIds);
    const filed: number[] = [];
    for (let i = 0, rank = 0; i < pairs.length; i += 2) {
      filed.push(pairs[i]!, pairs[i + 1]!, rank);
      rank += bitCount(pairs[i + 1]!);
    }
    return {
      sets: sets.map((s) => s.set),
      singles: maskPairs(sets.filter((s) => s.set.others.length === 0).map((s) => s.set.filed)),
      plains: maskPairs(sets.filter((s) => s.set.plain).map((s) => s.set.filed)),
      filed: Int32Array.from(filed),
      setsByRank: filedIds.map((id) => setsByFiled.get(id)!),
      commonness: Math.max(...sets.map((s) => s.rarity)),
    };
  });
  return { gate: new WordGate(used.words), lists: gates };
}

/** Numbers (literal, word edges) pairs. */
class Literals {
  readonly words: GateWord[] = [];
  private readonly ids = new Map<string, number>();

  id(g: GateWord): number {
    const key = `${g.word}\u0000${g.lead}${g.trail}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(key, id);
      this.words.push({ word: g.word, lead: g.lead, trail: g.trail });
    }
    return id;
  }
}

/** For each literal id: in how many rules' example sentences it occurs. */
function literalSpread(rules: readonly Rule[], gate: WordGate): Int32Array {
  const spread = new Int32Array(gate.patterns.length);
  const seen = new Int32Array(gate.patterns.length * 2).fill(-1);
  const found = new Int32Array(gate.patterns.length);
  rules.forEach((rule, ri) => {
    for (const example of rule.examples) {
      const folded = foldCase(example.text);
      const count = gate.collect(folded, 0, folded.length, seen, ri, found);
      for (let i = 0; i < count; i++) spread[found[i]!]!++;
    }
  });
  return spread;
}
