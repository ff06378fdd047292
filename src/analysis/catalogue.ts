// Compiles the rule catalogue once: shared term lists, one pre-filter scan and per-signal list references.
import type { ClauseSignal, Rule, Terms } from "../rules/types";
import { planLiteralGates, type ListGate } from "./literal-gates";
import { compileTerms, type CompiledTerms } from "./terms";
import type { WordGate } from "./word-gate";

export interface CompiledSignal {
  readonly ruleId: Rule["id"];
  readonly signal: ClauseSignal;
  /** Indexes into CompiledCatalogue.lists. */
  readonly all: readonly number[];
  readonly none: readonly number[];
  /** Index of the heading list, or -1 when the signal does not look at headings. */
  readonly heading: number;
  /** The list of `all` whose words are rarest: a sentence only wakes the signal when this list can match. */
  readonly key: number;
  /** The `all` lists, rarest first: the order their patterns are tried in. */
  readonly rarestFirst: readonly number[];
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly signals: readonly CompiledSignal[];
}

export interface CompiledCatalogue {
  readonly rules: readonly CompiledRule[];
  /** Every distinct term list of the catalogue, compiled once. */
  readonly lists: readonly CompiledTerms[];
  /**
   * One scan over a sentence finds every literal some phrase needs. Its patterns are the literals with the word
   * edges they need ("om" as a whole word, "biträde" anywhere); a pattern's index is the literal's id.
   */
  readonly gate: WordGate;
  /** For each list: the literals its phrases need; the list can only match where all literals of one phrase occur. */
  readonly listGates: readonly ListGate[];
  /**
   * For each literal id, the literal sets of key lists filed under it, flattened for the per-sentence loop:
   * keyGateData[keyGateStart[id] …] holds, per set, its list, the number of other literals and their (word, mask).
   */
  readonly keyGateStart: Int32Array;
  readonly keyGateData: Int32Array;
  /** For each list: the signals it is the key of. */
  readonly signalsByKey: readonly (readonly CompiledSignal[])[];
}

/**
 * Compiles rules into a catalogue. Term lists that are the same array (shared from rules/common.ts) or have
 * the same content are compiled once, so the work per sentence grows with distinct lists, not with rules.
 */
export function compileCatalogue(rules: readonly Rule[]): CompiledCatalogue {
  const lists: CompiledTerms[] = [];
  const byKey = new Map<string, number>();
  const listIndex = (terms: Terms): number => {
    const key = JSON.stringify(terms);
    let i = byKey.get(key);
    if (i === undefined) {
      i = lists.length;
      lists.push(compileTerms(terms));
      byKey.set(key, i);
    }
    return i;
  };
  const signalLists = rules.map((rule) =>
    rule.signals.map((signal) => ({
      all: signal.all.map(listIndex),
      none: (signal.none ?? []).map(listIndex),
      heading: signal.heading ? listIndex(signal.heading) : -1,
    })),
  );

  const { gate, lists: listGates } = planLiteralGates(lists, rules);

  const compiledRules: CompiledRule[] = rules.map((rule, ri) => ({
    rule,
    signals: rule.signals.map((signal, si) => {
      const { all, none, heading } = signalLists[ri]![si]!;
      const rarestFirst = [...new Set(all)].sort((a, b) => listGates[a]!.commonness - listGates[b]!.commonness);
      return { ruleId: rule.id, signal, all, none, heading, key: rarestFirst[0]!, rarestFirst };
    }),
  }));

  const signalsByKey: CompiledSignal[][] = lists.map(() => []);
  for (const r of compiledRules) for (const cs of r.signals) signalsByKey[cs.key]!.push(cs);
  const keyGates: number[][] = gate.patterns.map(() => []);
  listGates.forEach(({ sets }, li) => {
    if (signalsByKey[li]!.length === 0) return;
    for (const { filed, others } of sets) keyGates[filed]!.push(li, others.length, ...others.flatMap((o) => [o >> 5, 1 << (o & 31)]));
  });
  const keyGateStart = new Int32Array(keyGates.length + 1);
  keyGates.forEach((g, id) => (keyGateStart[id + 1] = keyGateStart[id]! + g.length));
  return { rules: compiledRules, lists, gate, listGates, keyGateStart, keyGateData: Int32Array.from(keyGates.flat()), signalsByKey };
}
