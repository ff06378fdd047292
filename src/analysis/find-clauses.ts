// Finds the clauses that bear on each requirement and decides each requirement's status from them.
import type { ClauseStatus, Lang, RequirementId, Status } from "../rules/types";
import type { CompiledCatalogue, CompiledSignal } from "./catalogue";
import { detectLanguage } from "./language";
import { splitSentences, type Sentence } from "./segment";
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

function looksLikeHeading(p: Paragraph): boolean {
  if (p.kind === "heading") return true;
  const t = p.text.trim();
  return t.length > 0 && t.length <= 90 && /^(?:\d{1,2}(?:\.\d{1,2})*\.?|§\s?\d+|[A-Z]\.|Bilaga|Annex|Appendix|Schedule|Exhibit)\s+\S/u.test(t) && !/[.;:]$/u.test(t) && t.split(/\s+/u).length <= 10;
}

function quoteWindow(text: string, s: Sentence, anchorStart: number, anchorEnd: number): { start: number; end: number } {
  if (s.end - s.start <= MAX_QUOTE) return { start: s.start, end: s.end };
  // Centre the window on the words that fired; then shrink it to whole words, so a quote never starts or ends mid-word.
  const mid = Math.floor((anchorStart + anchorEnd) / 2);
  let start = Math.max(s.start, Math.min(mid - MAX_QUOTE / 2, s.end - MAX_QUOTE));
  let end = Math.min(s.end, start + MAX_QUOTE);
  if (start > s.start && /\S/u.test(text[start - 1] ?? "")) while (start < end && /\S/u.test(text[start] ?? "")) start++;
  if (end < s.end && /\S/u.test(text[end] ?? "")) while (end > start && /\S/u.test(text[end - 1] ?? "")) end--;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : { start: Math.max(s.start, mid - MAX_QUOTE / 2), end: Math.min(s.end, mid + MAX_QUOTE / 2) };
}

/** The same letters as the term language's word edges (Latin scripts, digits, underscore); NaN (outside the text) is no letter. */
function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/**
 * Collects, per sentence, which term lists may match: one automaton pass records the literals present (at the
 * word edges their phrases need), then a list is a candidate when all literals of one of its phrases are present.
 */
function candidateLists(catalogue: CompiledCatalogue, folded: string, sentences: readonly Sentence[]): Map<number, Set<number>> {
  const present = new Map<number, number[]>();
  let si = 0;
  let found: number[] | undefined;
  // Hits arrive in order of their end position; starts are close enough to walk the sentences forward.
  catalogue.gate.scan(folded, (start, word) => {
    if (sentences[si] && start < sentences[si]!.start) {
      si = 0;
      found = undefined;
    }
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= start) {
      si++;
      found = undefined;
    }
    if (si >= sentences.length) return;
    const end = start + (catalogue.gate.words[word]?.length ?? 0);
    for (const v of catalogue.gateLists[word] ?? []) {
      // "om" must not count as the word "om" inside "kommun".
      if ((v.lead && isLetterCode(folded.charCodeAt(start - 1))) || (v.trail && isLetterCode(folded.charCodeAt(end)))) continue;
      found ??= present.get(si);
      if (!found) present.set(si, (found = []));
      found.push(v.id);
    }
  });
  // Presence is marked with a per-sentence stamp in reusable arrays: no set is built per sentence for the literals.
  const stamps = stampArrays(catalogue);
  const out = new Map<number, Set<number>>();
  for (const [s, vids] of present) {
    const token = ++stamps.token;
    // A word repeated in a sentence ("customer … customer") is checked once.
    const unique: number[] = [];
    for (const v of vids) {
      if (stamps.literal[v] === token) continue;
      stamps.literal[v] = token;
      unique.push(v);
    }
    let lists: Set<number> | undefined;
    for (const vid of unique) {
      for (const g of catalogue.phraseGates[vid] ?? []) {
        if (stamps.list[g.list] === token) continue;
        let all = true;
        for (const o of g.others) {
          if (stamps.literal[o] !== token) {
            all = false;
            break;
          }
        }
        if (!all) continue;
        stamps.list[g.list] = token;
        (lists ??= new Set<number>()).add(g.list);
      }
    }
    if (lists) out.set(s, lists);
  }
  return out;
}

const STAMPS = new WeakMap<CompiledCatalogue, { token: number; literal: Int32Array; list: Int32Array }>();

function stampArrays(catalogue: CompiledCatalogue): { token: number; literal: Int32Array; list: Int32Array } {
  let st = STAMPS.get(catalogue);
  if (!st || st.token > 2_000_000_000) {
    st = { token: 0, literal: new Int32Array(catalogue.phraseGates.length), list: new Int32Array(catalogue.lists.length) };
    STAMPS.set(catalogue, st);
  }
  return st;
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
  paragraphs.forEach((paragraph, pi) => {
    const text = paragraph.text;
    if (looksLikeHeading(paragraph)) {
      heading = text.trim().replace(/\s+/gu, " ").slice(0, 80);
      headingMatches = new Map();
    }
    if (text.trim().length === 0) return;
    const sentences = splitSentences(text, pi);
    // Term lists are compiled in lower case; one case-fold per paragraph keeps offsets (foldCase keeps length).
    const folded = foldCase(text);
    const candidates = candidateLists(catalogue, folded, sentences);
    if (candidates.size === 0) return;
    // Language only matters for signals limited to one language; detect it when first needed.
    let lang: Lang | undefined;
    const langOf = (): Lang => (lang ??= detectLanguage(text, documentLanguage));
    for (const [si, lists] of candidates) {
      const sentence = sentences[si];
      if (!sentence) continue;
      let slice: string | undefined;
      const matchCache = new Map<number, RegExpExecArray | null>();
      const test = (li: number): RegExpExecArray | null => {
        let m = matchCache.get(li);
        if (m === undefined) {
          m = catalogue.lists[li]?.regex.exec((slice ??= folded.slice(sentence.start, sentence.end))) ?? null;
          matchCache.set(li, m);
        }
        return m;
      };
      for (const li of lists) {
        for (const cs of catalogue.signalsByAnchor.get(li) ?? []) {
          // Every list must be able to match (its words occur in the sentence) before any pattern runs.
          if (!cs.all.every((l) => lists.has(l))) continue;
          if (cs.signal.lang && cs.signal.lang !== langOf()) continue;
          if (cs.heading >= 0 && !underHeading(cs.heading)) continue;
          const anchor = fires(cs, test, lists);
          if (anchor) recordHit(hits, cs.ruleId, cs, sentence, anchor, text, heading);
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

function fires(cs: CompiledSignal, test: (li: number) => RegExpExecArray | null, candidates: ReadonlySet<number>): RegExpExecArray | null {
  let anchor: RegExpExecArray | null = null;
  for (const li of cs.all) {
    const m = test(li);
    if (!m) return null;
    anchor ??= m;
  }
  // A `none` list whose words are absent cannot match: skip its pattern.
  for (const li of cs.none) if (candidates.has(li) && test(li)) return null;
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
