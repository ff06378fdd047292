// Test helper: runs one rule over one example and reports the status and the quoted span (shared by the example runner and the eval tools).
import { compileCatalogue } from "../../src/analysis/catalogue";
import { findClauses } from "../../src/analysis/find-clauses";
import type { Rule, RuleExample } from "../../src/rules/types";

export interface ExampleOutcome {
  status: string;
  quote?: string;
  expectedQuote?: string;
}

const MARK = /\[\[([\s\S]*?)\]\]/u;

/** Strips the [[ ]] marker and returns the plain text plus the marked part. */
export function parseExample(text: string): { plain: string; marked?: string } {
  const m = MARK.exec(text);
  const plain = text.replace(/\[\[|\]\]/gu, "");
  return m?.[1] !== undefined ? { plain, marked: m[1] } : { plain };
}

const compiled = new Map<Rule, ReturnType<typeof compileCatalogue>>();

/** Runs `rule` alone on the example's text (each line a paragraph) in the example's language. */
export function runExample(rule: Rule, example: RuleExample): ExampleOutcome {
  let catalogue = compiled.get(rule);
  if (!catalogue) compiled.set(rule, (catalogue = compileCatalogue([rule])));
  const { plain, marked } = parseExample(example.text);
  const paragraphs = plain.split("\n").map((text) => ({ text }));
  const found = findClauses(catalogue, paragraphs, example.lang).get(rule.id);
  return { status: found?.status ?? "missing", quote: found?.evidence[0]?.quote, expectedQuote: marked };
}
