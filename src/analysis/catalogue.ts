// Compiles the rule catalogue once: shared term lists, one pre-filter scan and per-signal list references.
import type { ClauseSignal, Rule, Terms } from "../rules/types";
import { compileTerms, escapeRegExp, type CompiledTerms } from "./terms";

export interface CompiledSignal {
  readonly signal: ClauseSignal;
  /** Indexes into CompiledCatalogue.lists. */
  readonly all: readonly number[];
  readonly none: readonly number[];
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly signals: readonly CompiledSignal[];
}

export interface CompiledCatalogue {
  readonly rules: readonly CompiledRule[];
  /** Every distinct term list of the catalogue, compiled once. */
  readonly lists: readonly CompiledTerms[];
  /** One scan over a paragraph finds every place where some list could match. */
  readonly gate: RegExp;
  /** For a gate hit (lower case), the lists that may match around it. */
  readonly gateLists: ReadonlyMap<string, readonly number[]>;
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
      signal,
      all: signal.all.map(listIndex),
      none: (signal.none ?? []).map(listIndex),
    })),
  }));

  const wordLists = new Map<string, Set<number>>();
  lists.forEach((list, i) => {
    for (const w of list.gateWords) {
      const set = wordLists.get(w) ?? new Set<number>();
      set.add(i);
      wordLists.set(w, set);
    }
  });
  // The gate reports the longest word at each position; a longer word also stands for every gate word inside it.
  const words = [...wordLists.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const gateLists = new Map<string, readonly number[]>();
  for (const w of words) {
    const union = new Set<number>();
    for (const inner of words) if (w.includes(inner)) for (const i of wordLists.get(inner) ?? []) union.add(i);
    gateLists.set(w, [...union].sort((a, b) => a - b));
  }
  const gate = new RegExp(words.map(escapeRegExp).join("|"), "giu");
  return { rules: compiledRules, lists, gate, gateLists };
}
