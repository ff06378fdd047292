// Catalogue invariants: all 27 fixed ids once and in order, complete sv/en texts, enough examples, compilable terms.
import { compileTerms } from "../../src/analysis/terms";
import { RULES } from "../../src/rules";
import { LANGS, REQUIREMENT_IDS, type Rule } from "../../src/rules/types";

const firing = (r: Rule, lang: string) => r.examples.filter((e) => e.lang === lang && ["met", "weak", "contrary"].includes(e.expect));
const nearMiss = (r: Rule, lang: string) => r.examples.filter((e) => e.lang === lang && e.expect === "missing");

describe("the requirement catalogue", () => {
  test("has exactly one rule per fixed requirement id, in the fixed order", () => {
    expect(RULES.map((r) => r.id)).toEqual([...REQUIREMENT_IDS]);
  });

  test.each(RULES.map((r) => [r.id, r] as const))("%s is complete in both languages", (_id, rule) => {
    expect(rule.id.startsWith(`${rule.area}/`)).toBe(true);
    expect(rule.aspects.length).toBeGreaterThan(0);
    expect(rule.references.length).toBeGreaterThan(0);
    expect(rule.signals.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const text of [rule.title, rule.requirement, rule.why, rule.remediation, rule.placement, ...Object.values(rule.messages)]) {
        expect(text[lang].trim().length).toBeGreaterThan(0);
      }
    }
  });

  test.each(RULES.map((r) => [r.id, r] as const))("%s has at least two firing and two near-miss examples per language", (_id, rule) => {
    for (const lang of LANGS) {
      expect(firing(rule, lang).length).toBeGreaterThanOrEqual(2);
      expect(nearMiss(rule, lang).length).toBeGreaterThanOrEqual(2);
    }
  });

  test.each(RULES.map((r) => [r.id, r] as const))("%s has an example for every status its signals can give", (_id, rule) => {
    const given = new Set(rule.signals.map((s) => s.status));
    const shown = new Set(rule.examples.map((e) => e.expect.replace("todo-", "")));
    for (const status of given) expect(shown.has(status)).toBe(true);
  });

  test.each(RULES.map((r) => [r.id, r] as const))("%s has term lists that compile", (_id, rule) => {
    for (const s of rule.signals) for (const list of [...s.all, ...(s.none ?? [])]) expect(() => compileTerms(list)).not.toThrow();
  });

  test("messages for every status are distinct within a rule (a reviewer can tell them apart)", () => {
    for (const rule of RULES) {
      for (const lang of LANGS) {
        const msgs = Object.values(rule.messages).map((m) => m[lang]);
        expect(new Set(msgs).size).toBe(msgs.length);
      }
    }
  });
});
