// Guesses whether text is Swedish or English from frequent function words (per document and per paragraph).
import type { Lang } from "../rules/types";

// Short, frequent words that are almost never shared between the two languages.
const SV = new Set(["och", "att", "som", "för", "av", "på", "är", "med", "det", "till", "den", "ska", "skall", "enligt", "eller", "inte", "om", "har", "de", "får", "vid", "från", "detta", "avtalet", "leverantören", "kunden", "också", "samt", "även", "inom", "utan", "ett", "en", "sådan", "där", "efter"]);
const EN = new Set(["the", "and", "of", "to", "is", "shall", "for", "or", "by", "with", "this", "that", "any", "not", "be", "will", "as", "are", "from", "its", "such", "agreement", "customer", "supplier", "may", "which", "other", "within", "under", "each", "without", "an", "all"]);

const WORDS = /[a-zåäöéü]+/giu;

/** Counts Swedish and English marker words in `text`, reading at most `limit` characters. */
export function languageScores(text: string, limit = 20000): { sv: number; en: number } {
  let sv = 0;
  let en = 0;
  const sample = text.length > limit ? text.slice(0, limit) : text;
  for (const m of sample.matchAll(WORDS)) {
    const w = m[0].toLowerCase();
    if (SV.has(w)) sv++;
    else if (EN.has(w)) en++;
  }
  // Swedish letters are a strong hint in short paragraphs.
  if (/[åäö]/iu.test(sample)) sv += 1;
  return { sv, en };
}

/** The more likely language, or `fallback` when the text says too little to tell (reads at most 600 characters). */
export function detectLanguage(text: string, fallback: Lang): Lang {
  const { sv, en } = languageScores(text, 600);
  if (sv + en < 2 || sv === en) return fallback;
  return sv > en ? "sv" : "en";
}

/** The dominant language of a document, sampled across its paragraphs. */
export function detectDocumentLanguage(paragraphs: readonly { text: string }[]): Lang {
  let sv = 0;
  let en = 0;
  let budget = 200000;
  for (const p of paragraphs) {
    if (budget <= 0) break;
    const s = languageScores(p.text, budget);
    budget -= p.text.length;
    sv += s.sv;
    en += s.en;
  }
  return sv > en ? "sv" : "en";
}
