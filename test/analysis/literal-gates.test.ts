// The pre-filter is only ever a shortcut: wherever a term list's pattern matches, the gate must let the sentence through.
import * as fs from "node:fs";
import * as path from "node:path";
import { builtInCatalogue } from "../../src/analysis/review";
import { splitSentences } from "../../src/analysis/segment";
import { foldCase } from "../../src/analysis/terms";
import { RULES } from "../../src/rules";

/** Every example sentence of every rule, and every sentence of the bundled sample contracts. */
function sentences(): string[] {
  const out = RULES.flatMap((r) => r.examples.map((e) => e.text.replace(/\[\[|\]\]/gu, "")));
  const dir = path.join(__dirname, "..", "..", "samples");
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
    for (const p of fs.readFileSync(path.join(dir, f), "utf8").split(/\n/u)) out.push(...splitSentences(p, 0).map((s) => s.text));
  }
  return out;
}

/** Calls `visit` for each test sentence with its lower-cased text, the literals found and their first occurrences. */
function eachSentence(visit: (text: string, folded: string, present: ReadonlySet<number>, firstAt: (id: number) => number) => void): void {
  const { gate } = builtInCatalogue();
  const seen = new Int32Array(gate.patterns.length * 2);
  sentences().forEach((text, i) => {
    const folded = foldCase(text);
    const found = new Int32Array(gate.patterns.length);
    const count = gate.collect(folded, 0, folded.length, seen, i + 1, found);
    visit(text, folded, new Set(found.subarray(0, count)), (id) => seen[2 * id + 1]!);
  });
}

test("every list whose pattern matches a sentence has all literals of one of its sets in that sentence", () => {
  const { lists, listGates } = builtInCatalogue();
  let checked = 0;
  eachSentence((text, folded, present) => {
    lists.forEach((list, li) => {
      if (!list.regex.test(folded)) return;
      checked++;
      const passes = listGates[li]!.sets.some((s) => present.has(s.filed) && s.others.every((o) => present.has(o)));
      if (!passes) throw new Error(`list ${li} (${list.regex.source.slice(0, 80)}…) matches but its gate rejects: ${text}`);
    });
  });
  expect(checked).toBeGreaterThan(5000);
});

test("the gate does filter: common words alone wake no signal", () => {
  const { gate, keyGateStart, keyGateData } = builtInCatalogue();
  const folded = foldCase("The customer and the supplier shall, and the parties will.");
  const buffer = new Int32Array(gate.patterns.length);
  const found = [...buffer.subarray(0, gate.collect(folded, 0, folded.length, new Int32Array(gate.patterns.length * 2), 1, buffer))];
  expect(found.length).toBeGreaterThan(0);
  const present = (word: number, mask: number): boolean => found.some((id) => id >> 5 === word && ((1 << (id & 31)) & mask) !== 0);
  const woken: number[] = [];
  for (const id of found) {
    for (let k = keyGateStart[id]!; k < keyGateStart[id + 1]!; k += 2 + 2 * keyGateData[k + 1]!) {
      let all = true;
      for (let o = k + 2; o < k + 2 + 2 * keyGateData[k + 1]!; o += 2) all &&= present(keyGateData[o]!, keyGateData[o + 1]!);
      if (all) woken.push(keyGateData[k]!);
    }
  }
  expect(woken).toEqual([]);
});

test("a set's pattern never matches before any of its literals' first occurrence less that literal's longest lead-in", () => {
  const { listGates } = builtInCatalogue();
  let checked = 0;
  eachSentence((text, folded, present, firstAt) => {
    for (const { sets } of listGates) {
      for (const set of sets) {
        if (!present.has(set.filed) || !set.others.every((o) => present.has(o))) continue;
        const whole = new RegExp(set.pattern.source, "g");
        for (let m = whole.exec(folded); m; m = whole.exec(folded)) {
          checked++;
          [set.filed, ...set.others].forEach((id, k) => {
            if (m.index < firstAt(id) - set.maxLeads[k]!) throw new Error(`${set.terms.join(" | ")} matches at ${m.index} in: ${text}`);
          });
          whole.lastIndex = m.index + 1;
        }
      }
    }
  });
  expect(checked).toBeGreaterThan(5000);
});

test("a plain word set matches exactly where the gate found its literal first", () => {
  const { listGates } = builtInCatalogue();
  let checked = 0;
  eachSentence((text, folded, present, firstAt) => {
    for (const { sets } of listGates) {
      for (const set of sets) {
        if (!set.plain || !present.has(set.filed)) continue;
        checked++;
        const m = new RegExp(set.pattern.source).exec(folded);
        if (m?.index !== firstAt(set.filed)) throw new Error(`${set.terms.join(" | ")}: gate at ${firstAt(set.filed)}, pattern at ${m?.index} in: ${text}`);
      }
    }
  });
  expect(checked).toBeGreaterThan(5000);
});
