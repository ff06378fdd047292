// Selects a finding's clause in the document (three syncs: read paragraphs, search, select).
import type { Evidence } from "../../analysis/types";
import type { LocateOutcome } from "./actions";
import { planSearch, queueSearch, rangeOf } from "./find-ranges";

export async function locateEvidence(context: Word.RequestContext, evidence: Evidence): Promise<LocateOutcome> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const paragraph = paragraphs.items[evidence.paragraph];
  const plan = planSearch(evidence, paragraph?.text);
  if (!plan.ok || !paragraph) return plan.ok ? "gone" : plan.reason;
  const found = queueSearch(paragraph, plan);
  await context.sync();
  const range = rangeOf(found);
  if (!range) return "changed";
  range.select();
  await context.sync();
  return "selected";
}
