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
  /** Index of the heading list, or -1 when the signal does not look at headings. */
  readonly heading: number;
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly signals: readonly CompiledSignal[];
}

/** A gate word as some phrases need it: at a word start and/or end, or anywhere (compounds). */
export interface GateVariant {
  /** Id of this (word, edges) pair, used to record which literals a sentence contains. */
  readonly id: number;
  readonly lead: boolean;
  readonly trail: boolean;
}

/** A phrase of a list, keyed by its most telling literal: the list is a candidate when all `others` occur too. */
export interface PhraseGate {
  readonly list: number;
  readonly others: readonly number[];
}

export interface CompiledCatalogue {
  readonly rules: readonly CompiledRule[];
  /** Every distinct term list of the catalogue, compiled once. */
  readonly lists: readonly CompiledTerms[];
  /** One scan over a paragraph finds every place where some list could match. */
  readonly gate: WordGate;
  /** For each gate word (by id): its variants by word edges. */
  readonly gateLists: readonly (readonly GateVariant[])[];
  /** For each variant id: the phrases whose most telling literal it is. */
  readonly phraseGates: readonly (readonly PhraseGate[])[];
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
      heading: signal.heading ? listIndex(signal.heading) : -1,
    })),
  }));

  // Every (literal, word edges) pair gets an id; the automaton searches each distinct literal once.
  const variantIds = new Map<string, number>();
  const variants = new Map<string, GateVariant[]>();
  const variantOf = (g: { word: string; lead: boolean; trail: boolean }): number => {
    const key = `${g.word}\u0000${g.lead}${g.trail}`;
    let id = variantIds.get(key);
    if (id === undefined) {
      id = variantIds.size;
      variantIds.set(key, id);
      variants.set(g.word, [...(variants.get(g.word) ?? []), { id, lead: g.lead, trail: g.trail }]);
    }
    return id;
  };
  const gatesById: PhraseGate[][] = [];
  const seenPhrase = new Set<string>();
  lists.forEach((list, li) => {
    list.phrases.forEach((literals, pi) => {
      const best = list.gateWords[pi];
      if (!best) return;
      const bestId = variantOf(best);
      // Two-letter words ("an", "in", "om") occur everywhere; as extra conditions they filter little and cost a gate hit every few characters.
      const others = [...new Set(literals.filter((l) => l.word.length >= 3).map(variantOf))].filter((v) => v !== bestId).sort((a, b) => a - b);
      const key = `${li}:${bestId}:${others.join(",")}`;
      if (seenPhrase.has(key)) return;
      seenPhrase.add(key);
      (gatesById[bestId] ??= []).push({ list: li, others });
    });
  });
  const words = [...variants.keys()].sort();
  const gate = new WordGate(words);
  const gateLists = words.map((w) => variants.get(w) ?? []);
  const phraseGates = Array.from({ length: variantIds.size }, (_, i) => gatesById[i] ?? []);
  const signalsByAnchor = new Map<number, CompiledSignal[]>();
  for (const r of compiledRules) {
    for (const cs of r.signals) {
      const anchor = cs.all[0];
      if (anchor === undefined) continue;
      signalsByAnchor.set(anchor, [...(signalsByAnchor.get(anchor) ?? []), cs]);
    }
  }
  return { rules: compiledRules, lists, gate, gateLists, phraseGates, signalsByAnchor };
}
