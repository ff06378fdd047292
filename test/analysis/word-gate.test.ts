// The word gate (Aho–Corasick) finds every occurrence of every word, overlapping ones included.
import fc from "fast-check";
import { WordGate } from "../../src/analysis/word-gate";

const hits = (words: string[], text: string) => {
  const out: [number, string][] = [];
  new WordGate(words).scan(text, (start, id) => out.push([start, words[id]!]));
  return out.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
};

test("finds overlapping and nested words, including Swedish letters", () => {
  expect(hits(["revision", "revisionsrätt", "rätt", "sion"], "revisionsrätten")).toEqual([
    [0, "revision"],
    [0, "revisionsrätt"],
    [4, "sion"],
    [9, "rätt"],
  ]);
  expect(hits(["biträde"], "underbiträdet och biträden")).toEqual([
    [5, "biträde"],
    [18, "biträde"],
  ]);
});

test("agrees with a naive search on random texts", () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[abå]{1,4}$/u), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abå ]{0,60}$/u), (words, text) => {
      const unique = [...new Set(words)];
      const naive: [number, string][] = [];
      for (const w of unique) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) naive.push([i, w]);
      naive.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
      expect(hits(unique, text)).toEqual(naive);
    }),
  );
});
