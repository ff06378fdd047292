// Finds the clauses that bear on each requirement and decides each requirement's status from them.
import type { ClauseStatus, Lang, RequirementId, Status } from "../rules/types";
import type { CompiledCatalogue, CompiledSignal } from "./catalogue";
import { SentenceMatcher } from "./sentence-matcher";
import { detectLanguage } from "./language";
import { isSpace, splitSentences, type Sentence } from "./segment";
import { foldCase } from "./terms";
import type { Evidence, Paragraph } from "./types";

/** Quotes longer than this are cut to a window around the matched words (Word searches at most 255 characters). */
export const MAX_QUOTE = 240;
/** Evidence kept per requirement: enough for a reviewer, bounded for huge documents. */
export const MAX_EVIDENCE = 8;

export interface ClauseFindings {
  readonly status: Exclude<Status, "not-applicable">;
  readonly evidence: readonly Evidence[];
}


const RANK: Readonly<Record<ClauseStatus, number>> = { contrary: 3, met: 2, weak: 1 };

/** Length of the text without leading and trailing whitespace, counted without copying it. */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Words that label an appendix heading ("Bilaga 3 Priser", "Annex 2 Security"). */
const HEADING_WORDS = ["Bilaga", "Annex", "Appendix", "Schedule", "Exhibit"];
/** A numbered or labelled heading: "4.2 Revision", "§ 7 Sekretess", "A. Scope", "Bilaga 3 …", "Annex 2 …". */
export const HEADING_START = new RegExp(`^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|§\\s?\\d+|[A-Z]\\.|${HEADING_WORDS.join("|")})\\s+\\S`, "u");
const HEADING_WORD_INITIALS = new Set(HEADING_WORDS.map((w) => w.charCodeAt(0)));

/**
 * Whether the text's first non-space character can start a numbered heading as HEADING_START reads it: a digit, "§",
 * or a capital (an "A." label, or the initial of one of its words). Most paragraphs fail here, without a trimmed copy
 * or a regex. (A test checks that whatever HEADING_START accepts passes here.)
 */
export function mayStartHeading(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || c === 0xa7) return true;
  if (c < 65 || c > 90) return false;
  return text.charCodeAt(i + 1) === 46 || HEADING_WORD_INITIALS.has(c);
}

function looksLikeHeading(p: Paragraph, length: number): boolean {
  if (p.kind === "heading") return true;
  if (length === 0 || length > 90 || !mayStartHeading(p.text)) return false;
  const t = p.text.trim();
  return HEADING_START.test(t) && !/[.;:]$/u.test(t) && t.split(/\s+/u).length <= 10;
}

/** The part of sentence `s` to quote: all of it, or for a long one a window around `anchor()` (asked only then). */
function quoteWindow(text: string, s: Sentence, anchor: () => { start: number; end: number }): { start: number; end: number } {
  if (s.end - s.start <= MAX_QUOTE) return { start: s.start, end: s.end };
  // Centre the window on the words that fired; then shrink it to whole words, so a quote never starts or ends mid-word.
  const { start: anchorStart, end: anchorEnd } = anchor();
  const mid = Math.floor((anchorStart + anchorEnd) / 2);
  let start = Math.max(s.start, Math.min(mid - MAX_QUOTE / 2, s.end - MAX_QUOTE));
  let end = Math.min(s.end, start + MAX_QUOTE);
  // (Every index read below lies inside the sentence.)
  const space = (i: number): boolean => isSpace(text.charCodeAt(i));
  if (start > s.start && !space(start - 1)) while (start < end && !space(start)) start++;
  if (end < s.end && !space(end)) while (end > start && !space(end - 1)) end--;
  while (start < end && space(start)) start++;
  while (end > start && space(end - 1)) end--;
  return end > start ? { start, end } : { start: Math.max(s.start, mid - MAX_QUOTE / 2), end: Math.min(s.end, mid + MAX_QUOTE / 2) };
}

const MATCHERS = new WeakMap<CompiledCatalogue, SentenceMatcher>();

/**
 * Scans the paragraphs once and returns each requirement's clause status and evidence. Contrary wins over met,
 * met over weak; a signal marked `capsAtWeak` limits a met requirement to weak. Nothing found means missing.
 */
export function findClauses(
  catalogue: CompiledCatalogue,
  paragraphs: readonly Paragraph[],
  documentLanguage: Lang,
): Map<RequirementId, ClauseFindings> {
  const hits = new Map<RequirementId, Hits>();
  let matcher = MATCHERS.get(catalogue);
  if (!matcher) MATCHERS.set(catalogue, (matcher = new SentenceMatcher(catalogue)));
  let heading: string | undefined;
  // Heading lists are matched once per heading, not per sentence.
  let headingMatches = new Map<number, boolean>();
  const underHeading = (li: number): boolean => {
    let m = headingMatches.get(li);
    if (m === undefined) {
      m = heading !== undefined && (catalogue.lists[li]?.regex.test(foldCase(heading)) ?? false);
      headingMatches.set(li, m);
    }
    return m;
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const paragraph = paragraphs[pi]!;
    const text = paragraph.text;
    const length = trimmedLength(text);
    if (looksLikeHeading(paragraph, length)) {
      heading = text.trim().replace(/\s+/gu, " ").slice(0, 80);
      headingMatches = new Map();
    }
    if (length === 0) continue;
    const sentences = splitSentences(text, pi);
    // Language only matters for signals limited to one language; detect it when first needed.
    let lang: Lang | undefined;
    for (const sentence of sentences) {
      matcher.start(text, sentence);
      for (let i = 0; i < matcher.signalCount; i++) {
        const cs = matcher.signals[i]!;
        if (!matcher.mayFire(cs)) continue;
        if (cs.signal.lang && cs.signal.lang !== (lang ??= detectLanguage(text, documentLanguage))) continue;
        if (cs.heading >= 0 && !underHeading(cs.heading)) continue;
        if (matcher.fires(cs)) recordHit(hits, cs, sentence, text, heading);
      }
    }
  }
  const out = new Map<RequirementId, ClauseFindings>();
  for (const [id, h] of hits) {
    let status: ClauseStatus = h.best === 3 ? "contrary" : h.best === 2 ? "met" : "weak";
    if (status === "met" && h.capped) status = "weak";
    // Evidence for the deciding status first, then the rest, each in document order.
    const evidence = [...h.found]
      .sort((a, b) => Number(b.status === status) - Number(a.status === status) || a.sentence.paragraph - b.sentence.paragraph || a.sentence.start - b.sentence.start)
      .slice(0, MAX_EVIDENCE)
      .map((e) => toEvidence(e, matcher));
    out.set(id, { status, evidence });
  }
  return out;
}

/** Evidence found so far for one requirement; quotes are cut at the end, for the evidence that is kept. */
interface Hits {
  readonly found: PendingEvidence[];
  best: number;
  capped: boolean;
  /** The last sentence recorded per status rank: one piece of evidence per sentence and status. */
  readonly last: (Sentence | undefined)[];
}

interface PendingEvidence {
  readonly sentence: Sentence;
  readonly text: string;
  /** The signal that fired (a quote of a long sentence centres on where it matched). */
  readonly signal: CompiledSignal;
  readonly status: ClauseStatus;
  readonly heading: string | undefined;
}

function recordHit(hits: Map<RequirementId, Hits>, cs: CompiledSignal, sentence: Sentence, text: string, heading: string | undefined): void {
  let h = hits.get(cs.ruleId);
  if (!h) hits.set(cs.ruleId, (h = { found: [], best: 0, capped: false, last: [] }));
  const status = cs.signal.status;
  const rank = RANK[status];
  // A hit is dropped below only when one as strong is kept, so the strongest status seen so far is also kept.
  const strongestKept = h.best;
  h.best = Math.max(h.best, rank);
  if (cs.signal.capsAtWeak) h.capped = true;
  if (h.last[rank] === sentence) return;
  h.last[rank] = sentence;
  // Keep the evidence list bounded on huge documents, but never drop the strongest kind of clause.
  if (h.found.length >= MAX_EVIDENCE * 4 && strongestKept >= rank) return;
  h.found.push({ sentence, text, signal: cs, status, heading });
}

function toEvidence(e: PendingEvidence, matcher: SentenceMatcher): Evidence {
  const { start, end } = quoteWindow(e.text, e.sentence, () => {
    const anchor = matcher.anchor(e.text, e.sentence, e.signal);
    return { start: e.sentence.start + anchor.index, end: e.sentence.start + anchor.index + anchor.length };
  });
  return {
    paragraph: e.sentence.paragraph,
    start,
    end,
    quote: e.text.slice(start, end).replace(/\s+/g, " "),
    status: e.status,
    ...(e.heading !== undefined ? { heading: e.heading } : {}),
  };
}
