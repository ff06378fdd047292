// Inserts Word comments on the quoted text of findings, all in one batch (three syncs for any number of comments).
import type { CommentItem } from "./actions";
import { planSearch, queueSearch, rangeOf, type QueuedSearch } from "./find-ranges";

/**
 * Needs WordApi 1.4 (the caller checks). Findings whose paragraph has changed since the review are skipped and
 * counted, never commented on the wrong text. The comments are queued together and written by one sync, so a
 * failure leaves no half of them behind.
 */
export async function insertComments(context: Word.RequestContext, items: readonly CommentItem[]): Promise<{ inserted: number; skipped: number }> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const queued: { item: CommentItem; search: QueuedSearch }[] = [];
  let skipped = 0;
  for (const item of items) {
    const paragraph = paragraphs.items[item.evidence.paragraph];
    const plan = planSearch(item.evidence, paragraph?.text);
    if (!plan.ok || !paragraph) skipped++;
    else queued.push({ item, search: queueSearch(paragraph, plan) });
  }
  if (queued.length === 0) return { inserted: 0, skipped };
  await context.sync();
  let inserted = 0;
  for (const { item, search } of queued) {
    const range = rangeOf(search);
    if (!range) {
      skipped++;
      continue;
    }
    range.insertComment(item.text);
    inserted++;
  }
  if (inserted > 0) await context.sync();
  return { inserted, skipped };
}
