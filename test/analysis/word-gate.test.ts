// The word gate (Aho–Corasick) finds every occurrence of every word, overlapping ones included, at the word edges asked for.
import fc from "fast-check";
import { WordGate, type GatePattern } from "../../src/analysis/word-gate";

const anywhere = (word: string): GatePattern => ({ word, lead: false, trail: false });

const hits = (patterns: GatePattern[], text: string, from = 0, to = text.length) => {
  const out: [number, string][] = [];
  new WordGate(patterns).scan(text, (start, id) => out.push([start, patterns[id]!.word]), from, to);
  return out.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
};

test("finds overlapping and nested words, including Swedish letters", () => {
  expect(hits(["revision", "revisionsrätt", "rätt", "sion"].map(anywhere), "revisionsrätten")).toEqual([
    [0, "revision"],
    [0, "revisionsrätt"],
    [4, "sion"],
    [9, "rätt"],
  ]);
  expect(hits([anywhere("biträde")], "underbiträdet och biträden")).toEqual([
    [5, "biträde"],
    [18, "biträde"],
  ]);
});

test("word edges: a whole word, a word start, a word end; å/ä/ö count as letters", () => {
  const patterns: GatePattern[] = [
    { word: "om", lead: true, trail: true },
    { word: "rätt", lead: true, trail: false },
    { word: "avtal", lead: false, trail: true },
  ];
  expect(hits(patterns, "kommun om, rättigheter ansvarsrätt huvudavtal avtalet åom")).toEqual([
    [7, "om"],
    [11, "rätt"],
    [40, "avtal"],
  ]);
});

test("a range is scanned on its own, but its edges look at the characters around it", () => {
  const whole: GatePattern = { word: "om", lead: true, trail: true };
  expect(hits([whole], "xom om", 1, 3)).toEqual([]);
  expect(hits([whole], "x om y", 2, 4)).toEqual([[2, "om"]]);
});

test("collect reports each pattern once per mark", () => {
  const gate = new WordGate(["ska", "inte"].map(anywhere));
  const seen = new Int32Array(4);
  const found = new Int32Array(2);
  expect(gate.collect("ska inte, ska inte", 0, 18, seen, 1, found)).toBe(2);
  expect([...found]).toEqual([0, 1]);
  expect(gate.collect("ska", 0, 3, seen, 1, found)).toBe(0);
  expect(gate.collect("ska", 0, 3, seen, 2, found)).toBe(1);
  expect(found[0]).toBe(0);
  // A new mark records the new first occurrence, whatever the old one was.
  expect(gate.collect("x ska", 0, 5, seen, 3, found)).toBe(1);
  expect(seen[1]).toBe(2);
});

test("collect refuses buffers too small for every pattern (a typed array would drop the writes silently)", () => {
  const gate = new WordGate(["ska", "inte"].map(anywhere));
  expect(() => gate.collect("ska inte", 0, 8, new Int32Array(2), 1, new Int32Array(2))).toThrow(RangeError);
  expect(() => gate.collect("ska inte", 0, 8, new Int32Array(4), 1, new Int32Array(1))).toThrow(RangeError);
  expect(gate.collect("ska inte", 0, 8, new Int32Array(4), 1, new Int32Array(2))).toBe(2);
});

test("agrees with a naive search on random texts", () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[abå]{1,4}$/u), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abå ]{0,60}$/u), (words, text) => {
      const unique = [...new Set(words)];
      const naive: [number, string][] = [];
      for (const w of unique) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) naive.push([i, w]);
      naive.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
      expect(hits(unique.map(anywhere), text)).toEqual(naive);
    }),
  );
});

test("agrees with a naive search at word edges on random texts", () => {
  const letter = /[a-zåäö]/u;
  fc.assert(
    fc.property(
      fc.array(fc.record({ word: fc.stringMatching(/^[abå]{1,3}$/u), lead: fc.boolean(), trail: fc.boolean() }), { minLength: 1, maxLength: 6 }),
      fc.stringMatching(/^[abå .]{0,60}$/u),
      (patterns, text) => {
        const naive: [number, string][] = [];
        for (const p of patterns) {
          for (let i = text.indexOf(p.word); i >= 0; i = text.indexOf(p.word, i + 1)) {
            if (p.lead && letter.test(text[i - 1] ?? "")) continue;
            if (p.trail && letter.test(text[i + p.word.length] ?? "")) continue;
            naive.push([i, p.word]);
          }
        }
        naive.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
        expect(hits(patterns, text)).toEqual(naive);
      },
    ),
  );
});

test("with more letters than classes, the rarest letters share one and their words are checked in the text", () => {
  // Letters as the gate reads them (isLetterCode): ß is one too.
  const letter = /[a-z0-9_\u00c0-\u024f]/u;
  // Thirty letters that several patterns use get classes of their own; ü, è and 1–9 (used once, unless the random
  // words below use them more) usually share one.
  const common = "abcdefghijklmnopqrstuvwxyzåäö0";
  const fixed: GatePattern[] = [common, common, common, `${common}üè123456789`].map(anywhere);
  const word = fc.array(fc.constantFrom(..."abö0üè19"), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(
      fc.array(fc.record({ word, lead: fc.boolean(), trail: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(..."abö0üè19ÜÈßq .2"), { maxLength: 40 }).map((cs) => cs.join("")),
      (random, text) => {
        const patterns = [...fixed, ...random];
        const lower = text.toLowerCase();
        const naive: [number, string][] = [];
        const occurring = new Set<number>();
        patterns.forEach((p, id) => {
          for (let i = lower.indexOf(p.word); i >= 0; i = lower.indexOf(p.word, i + 1)) {
            if (p.lead && letter.test(lower[i - 1] ?? "")) continue;
            if (p.trail && letter.test(lower[i + p.word.length] ?? "")) continue;
            naive.push([i, p.word]);
            occurring.add(id);
          }
        });
        naive.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
        expect(hits(patterns, text)).toEqual(naive);
        const gate = new WordGate(patterns);
        const buffer = new Int32Array(patterns.length);
        const found = buffer.subarray(0, gate.collect(text, 0, text.length, new Int32Array(patterns.length * 2), 1, buffer));
        expect(new Set(found)).toEqual(occurring);
      },
    ),
  );
});

test("collect finds exactly the patterns scan finds, in any range, and where each first occurs", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ word: fc.stringMatching(/^[abå.]{1,3}$/u), lead: fc.boolean(), trail: fc.boolean() }), { minLength: 1, maxLength: 6 }),
      fc.stringMatching(/^[abå .]{0,40}$/u),
      fc.nat(40),
      fc.nat(40),
      (patterns, text, x, y) => {
        const [from, to] = [Math.min(x, y, text.length), Math.min(Math.max(x, y), text.length)];
        const gate = new WordGate(patterns);
        // Where each pattern first occurs in the range.
        const scanned = new Map<number, number>();
        gate.scan(text, (start, id) => scanned.set(id, Math.min(start, scanned.get(id) ?? start)), from, to);
        const buffer = new Int32Array(patterns.length);
        const seen = new Int32Array(patterns.length * 2);
        const found = [...buffer.subarray(0, gate.collect(text, from, to, seen, 1, buffer))];
        expect(new Map(found.map((id) => [id, seen[2 * id + 1]!]))).toEqual(scanned);
        expect(found).toHaveLength(scanned.size);
      },
    ),
  );
});

test("the text's case does not matter: the class table folds it (å/Å, ö/Ö too)", () => {
  const patterns: GatePattern[] = [{ word: "leverantören", lead: true, trail: true }, anywhere("biträde")];
  expect(hits(patterns, "LEVERANTÖREN och UnderBiträdet")).toEqual([
    [0, "leverantören"],
    [22, "biträde"],
  ]);
});
