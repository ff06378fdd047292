// Finds the Word range of quoted evidence: via the paragraph the engine named and a short search inside it.
import type { Evidence } from "../../analysis/types";

/** Word's search takes at most 255 characters; shorter anchors also survive small edits elsewhere in the clause. */
export const MAX_ANCHOR = 120;

const collapse = (s: string): string => s.replace(/\s+/gu, " ").trim();
// Characters Word's search treats specially or cannot match literally (^p, tabs, breaks).
const UNSEARCHABLE = /[\^\t\n\r\v\f\u000b]/u;

/** The longest part of `text` without unsearchable characters at its start (or end), at most MAX_ANCHOR long, cut at a word edge. */
export function anchorOf(text: string, from: "start" | "end"): string {
  const part = from === "start" ? text.split(UNSEARCHABLE)[0] ?? "" : text.split(UNSEARCHABLE).pop() ?? "";
  if (part.length <= MAX_ANCHOR) return part.trim();
  if (from === "start") {
    const cut = part.slice(0, MAX_ANCHOR);
    const space = cut.lastIndexOf(" ");
    return (space > MAX_ANCHOR / 2 ? cut.slice(0, space) : cut).trim();
  }
  const cut = part.slice(part.length - MAX_ANCHOR);
  const space = cut.indexOf(" ");
  return (space >= 0 && space < MAX_ANCHOR / 2 ? cut.slice(space + 1) : cut).trim();
}

/** How to find one piece of evidence in its paragraph's current text, or why it cannot be found. */
export type SearchPlan = { readonly ok: true; readonly start: string; readonly end: string | null } | { readonly ok: false; readonly reason: "changed" | "gone" };

/**
 * Checks the paragraph still holds the quote and plans the search: one anchor when the clause is short, a start
 * and an end anchor (later joined with expandTo) when it is long. Never searches for the wrong text.
 */
export function planSearch(evidence: Evidence, paragraphText: string | undefined): SearchPlan {
  if (paragraphText === undefined) return { ok: false, reason: "gone" };
  let exact = paragraphText.slice(evidence.start, evidence.end);
  if (collapse(exact) !== collapse(evidence.quote)) {
    // The paragraph was edited before the clause: find the same words elsewhere in it, or give up.
    const at = paragraphText.indexOf(evidence.quote);
    if (at < 0) return { ok: false, reason: "changed" };
    exact = evidence.quote;
  }
  exact = exact.trim();
  if (!exact) return { ok: false, reason: "changed" };
  if (exact.length <= MAX_ANCHOR && !UNSEARCHABLE.test(exact)) return { ok: true, start: exact, end: null };
  const start = anchorOf(exact, "start");
  const end = anchorOf(exact, "end");
  if (!start || !end) return { ok: false, reason: "changed" };
  return { ok: true, start, end: end === start ? null : end };
}

/** Search options: exact case, whole text; no wildcards so punctuation is literal. */
export const SEARCH_OPTIONS = { matchCase: true, matchWildcards: false } as const;

export interface QueuedSearch {
  readonly start: Word.RangeCollection;
  readonly end: Word.RangeCollection | null;
}

/** Queues the searches for a plan inside a paragraph (no sync here: callers batch many and sync once). */
export function queueSearch(paragraph: Word.Paragraph, plan: Extract<SearchPlan, { ok: true }>): QueuedSearch {
  const start = paragraph.search(plan.start, SEARCH_OPTIONS);
  start.load("items");
  let end: Word.RangeCollection | null = null;
  if (plan.end) {
    end = paragraph.search(plan.end, SEARCH_OPTIONS);
    end.load("items");
  }
  return { start, end };
}

/** After the sync: the range of the whole quote, or null when the searches found nothing. */
export function rangeOf(found: QueuedSearch): Word.Range | null {
  const first = found.start.items[0];
  if (!first) return null;
  if (!found.end) return first;
  const last = found.end.items[found.end.items.length - 1];
  return last ? first.expandTo(last) : null;
}
