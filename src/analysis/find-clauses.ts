// Finds the clauses that bear on each requirement and decides each requirement's status from them.
import type { ClauseStatus, Lang, RequirementId, Status } from "../rules/types";
import type { CompiledCatalogue, CompiledSignal } from "./catalogue";
import { detectLanguage } from "./language";
import { splitSentences, type Sentence } from "./segment";
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

function looksLikeHeading(p: Paragraph): boolean {
  if (p.kind === "heading") return true;
  const t = p.text.trim();
  return t.length > 0 && t.length <= 90 && /^(?:\d{1,2}(?:\.\d{1,2})*\.?|§\s?\d+|[A-Z]\.|Bilaga|Annex|Appendix|Schedule|Exhibit)\s+\S/u.test(t) && !/[.;:]$/u.test(t) && t.split(/\s+/u).length <= 10;
}

function quoteWindow(text: string, s: Sentence, anchorStart: number, anchorEnd: number): { start: number; end: number } {
  if (s.end - s.start <= MAX_QUOTE) return { start: s.start, end: s.end };
  // Centre the window on the words that fired, then widen to word edges inside the sentence.
  const mid = Math.floor((anchorStart + anchorEnd) / 2);
  let start = Math.max(s.start, Math.min(mid - MAX_QUOTE / 2, s.end - MAX_QUOTE));
  let end = Math.min(s.end, start + MAX_QUOTE);
  while (start > s.start && /\S/u.test(text[start - 1] ?? "") && start > mid - MAX_QUOTE / 2 - 20) start--;
  while (end < s.end && /\S/u.test(text[end] ?? "") && end < start + MAX_QUOTE + 20) end++;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** Collects, per sentence, which term lists may match (from one gate scan per paragraph). */
function candidateLists(catalogue: CompiledCatalogue, text: string, sentences: readonly Sentence[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  const gate = catalogue.gate;
  gate.lastIndex = 0;
  let si = 0;
  for (let m = gate.exec(text); m; m = gate.exec(text)) {
    const pos = m.index;
    // Step one character, not past the match: overlapping words ("audit" inside "subprocessor audits") all count.
    gate.lastIndex = pos + 1;
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= pos) si++;
    if (si >= sentences.length) break;
    const lists = catalogue.gateLists.get(m[0].toLowerCase());
    if (!lists) continue;
    let set = out.get(si);
    if (!set) out.set(si, (set = new Set<number>()));
    for (const l of lists) set.add(l);
  }
  return out;
}

/**
 * Scans the paragraphs once and returns each requirement's clause status and evidence. Contrary wins over met,
 * met over weak; a signal marked `capsAtWeak` limits a met requirement to weak. Nothing found means missing.
 */
export function findClauses(
  catalogue: CompiledCatalogue,
  paragraphs: readonly Paragraph[],
  documentLanguage: Lang,
): Map<RequirementId, ClauseFindings> {
  const hits = new Map<RequirementId, { evidence: Evidence[]; best: number; capped: boolean; seen: Set<string> }>();
  let heading: string | undefined;
  paragraphs.forEach((paragraph, pi) => {
    const text = paragraph.text;
    if (looksLikeHeading(paragraph)) heading = text.trim().replace(/\s+/gu, " ").slice(0, 80);
    if (text.trim().length === 0) return;
    const sentences = splitSentences(text, pi);
    const candidates = candidateLists(catalogue, text, sentences);
    if (candidates.size === 0) return;
    const lang = detectLanguage(text, documentLanguage);
    for (const [si, lists] of candidates) {
      const sentence = sentences[si];
      if (!sentence) continue;
      const matchCache = new Map<number, RegExpExecArray | null>();
      const test = (li: number): RegExpExecArray | null => {
        if (!lists.has(li)) return null;
        let m = matchCache.get(li);
        if (m === undefined) {
          m = catalogue.lists[li]?.regex.exec(sentence.text) ?? null;
          matchCache.set(li, m);
        }
        return m;
      };
      for (const { rule, signals } of catalogue.rules) {
        for (const cs of signals) {
          const anchor = fires(cs, lang, test);
          if (!anchor) continue;
          recordHit(hits, rule.id, cs, sentence, anchor, text, heading);
        }
      }
    }
  });
  const out = new Map<RequirementId, ClauseFindings>();
  for (const [id, h] of hits) {
    let status: ClauseStatus = h.best === 3 ? "contrary" : h.best === 2 ? "met" : "weak";
    if (status === "met" && h.capped) status = "weak";
    // Evidence for the deciding status first, then the rest, each in document order.
    const evidence = [...h.evidence]
      .sort((a, b) => Number(b.status === status) - Number(a.status === status) || a.paragraph - b.paragraph || a.start - b.start)
      .slice(0, MAX_EVIDENCE);
    out.set(id, { status, evidence });
  }
  return out;
}

function fires(cs: CompiledSignal, lang: Lang, test: (li: number) => RegExpExecArray | null): RegExpExecArray | null {
  if (cs.signal.lang && cs.signal.lang !== lang) return null;
  let anchor: RegExpExecArray | null = null;
  for (const li of cs.all) {
    const m = test(li);
    if (!m) return null;
    anchor ??= m;
  }
  for (const li of cs.none) if (test(li)) return null;
  return anchor;
}

function recordHit(
  hits: Map<RequirementId, { evidence: Evidence[]; best: number; capped: boolean; seen: Set<string> }>,
  id: RequirementId,
  cs: CompiledSignal,
  sentence: Sentence,
  anchor: RegExpExecArray,
  text: string,
  heading: string | undefined,
): void {
  let h = hits.get(id);
  if (!h) hits.set(id, (h = { evidence: [], best: 0, capped: false, seen: new Set() }));
  const status = cs.signal.status;
  h.best = Math.max(h.best, RANK[status]);
  if (cs.signal.capsAtWeak) h.capped = true;
  const key = `${sentence.paragraph}:${sentence.start}:${status}`;
  if (h.seen.has(key)) return;
  h.seen.add(key);
  // Keep the evidence list bounded on huge documents, but never drop the strongest kind of clause.
  if (h.evidence.length >= MAX_EVIDENCE * 4 && !h.evidence.every((e) => RANK[e.status] < RANK[status])) return;
  const anchorStart = sentence.start + anchor.index;
  const { start, end } = quoteWindow(text, sentence, anchorStart, anchorStart + anchor[0].length);
  h.evidence.push({
    paragraph: sentence.paragraph,
    start,
    end,
    quote: text.slice(start, end).replace(/\s+/gu, " "),
    status,
    ...(heading !== undefined ? { heading } : {}),
  });
}
