// Runs every example of every rule: the examples are the rules' tests; todo-* examples are known gaps (test.failing).
import { RULES } from "../../src/rules";
import type { RuleExample } from "../../src/rules/types";
import { runExample } from "./rule-examples";

const label = (e: RuleExample): string => `${e.lang} ${e.expect}: ${e.text.replace(/\[\[|\]\]/gu, "").slice(0, 90)}`;

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  const real = rule.examples.filter((e) => !e.expect.startsWith("todo-"));
  const gaps = rule.examples.filter((e) => e.expect.startsWith("todo-"));

  test.each(real.map((e) => [label(e), e] as const))("%s", (_l, example) => {
    const outcome = runExample(rule, example);
    expect(outcome.status).toBe(example.expect);
    if (outcome.expectedQuote !== undefined) expect(outcome.quote).toBe(outcome.expectedQuote.replace(/\s+/gu, " ").trim());
  });

  if (gaps.length > 0) {
    // A known gap that starts passing turns red here, so it gets promoted to a real example.
    test.failing.each(gaps.map((e) => [label(e), e] as const))("known gap: %s", (_l, example) => {
      const outcome = runExample(rule, example);
      expect(outcome.status).toBe(example.expect.replace("todo-", ""));
      if (outcome.expectedQuote !== undefined) expect(outcome.quote).toBe(outcome.expectedQuote.replace(/\s+/gu, " ").trim());
    });
  }
});
