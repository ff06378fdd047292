// Highlights flagged clauses inside tagged content controls, so they can be removed later without touching other highlights.
import type { Evidence } from "../../analysis/types";
import { planSearch, queueSearch, rangeOf } from "./find-ranges";

/** Tag of the invisible content controls that mark our highlights. */
export const HIGHLIGHT_TAG = "avtalskoll-highlight";
export const HIGHLIGHT_COLOUR = "Yellow";

/** Three syncs whatever the number of clauses: read paragraphs, search, write. */
export async function highlightEvidence(context: Word.RequestContext, evidence: readonly Evidence[]): Promise<number> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const searches = evidence.flatMap((e) => {
    const paragraph = paragraphs.items[e.paragraph];
    const plan = planSearch(e, paragraph?.text);
    return plan.ok && paragraph ? [queueSearch(paragraph, plan)] : [];
  });
  if (searches.length === 0) return 0;
  await context.sync();
  let marked = 0;
  for (const search of searches) {
    const range = rangeOf(search);
    if (!range) continue;
    const cc = range.insertContentControl();
    cc.tag = HIGHLIGHT_TAG;
    cc.title = "Avtalskoll";
    cc.appearance = "Hidden";
    cc.font.highlightColor = HIGHLIGHT_COLOUR;
    marked++;
  }
  if (marked > 0) await context.sync();
  return marked;
}

/** Removes only our highlights: clears the colour inside our tagged controls and removes the controls, keeping the text. */
export async function removeHighlights(context: Word.RequestContext): Promise<number> {
  const controls = context.document.contentControls.getByTag(HIGHLIGHT_TAG);
  controls.load("items");
  await context.sync();
  for (const cc of controls.items) {
    cc.font.highlightColor = null as unknown as string;
    cc.delete(true);
  }
  if (controls.items.length > 0) await context.sync();
  return controls.items.length;
}
