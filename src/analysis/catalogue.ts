// Compiles the rule catalogue once: shared term lists, one pre-filter scan and per-signal list references.
import type { ClauseSignal, Rule, Terms } from "../rules/types";
import { compileTerms, type CompiledTerms } from "./terms";
import { WordGate } from "./word-gate";

export interface CompiledSignal {
  readonly ruleId: Rule["id"];
  readonly signal: ClauseSignal;
  /** Indexes into CompiledCatalogue.lists. */
  readonly all: readonly number[];
  readonly none: readonly number[];
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly signals: readonly CompiledSignal[];
}

/** A gate word as some phrases need it: at a word start and/or end, or anywhere (compounds). */
export interface GateVariant {
  readonly lead: boolean;
  readonly trail: boolean;
  readonly lists: readonly number[];
}

export interface CompiledCatalogue {
  readonly rules: readonly CompiledRule[];
  /** Every distinct term list of the catalogue, compiled once. */
  readonly lists: readonly CompiledTerms[];
  /** One scan over a paragraph finds every place where some list could match. */
  readonly gate: WordGate;
  /** For each gate word (by id): its variants by word edges, each with the lists that may match around it. */
  readonly gateLists: readonly (readonly GateVariant[])[];
  /** Signals by the index of their first `all` list: a sentence only wakes the signals its words can anchor. */
  readonly signalsByAnchor: ReadonlyMap<number, readonly CompiledSignal[]>;
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
  const compiledRules = rules.map((rule) => ({
    rule,
    signals: rule.signals.map((signal) => ({
      ruleId: rule.id,
      signal,
      all: signal.all.map(listIndex),
      none: (signal.none ?? []).map(listIndex),
    })),
  }));

  const variants = new Map<string, Map<string, { lead: boolean; trail: boolean; lists: Set<number> }>>();
  lists.forEach((list, i) => {
    for (const g of list.gateWords) {
      const byEdges = variants.get(g.word) ?? new Map();
      variants.set(g.word, byEdges);
      const key = `${g.lead}${g.trail}`;
      const v = byEdges.get(key) ?? { lead: g.lead, trail: g.trail, lists: new Set<number>() };
      byEdges.set(key, v);
      v.lists.add(i);
    }
  });
  const words = [...variants.keys()].sort();
  const gate = new WordGate(words);
  const gateLists = words.map((w) => [...(variants.get(w)?.values() ?? [])].map((v) => ({ lead: v.lead, trail: v.trail, lists: [...v.lists].sort((a, b) => a - b) })));
  const signalsByAnchor = new Map<number, CompiledSignal[]>();
  for (const r of compiledRules) {
    for (const cs of r.signals) {
      const anchor = cs.all[0];
      if (anchor === undefined) continue;
      signalsByAnchor.set(anchor, [...(signalsByAnchor.get(anchor) ?? []), cs]);
    }
  }
  return { rules: compiledRules, lists, gate, gateLists, signalsByAnchor };
}
