// Tells binding text (contracts, DPAs, terms, tenders) from text that only discusses the topics (guidance, memos).
import type { Paragraph } from "./types";

// A party named shortly before an obligation verb: "Leverantören ska", "Supplier shall", "we will", "Biträdet får inte".
const PARTY =
  /(?<![\p{L}\p{N}])(?:leverantör\p{L}*|kund\p{L}*|beställare\p{L}*|\p{L}*biträde\p{L}*|personuppgiftsansvarig\p{L}*|part\p{L}*|avrop\p{L}*|köpare\p{L}*|anbudsgivare\p{L}*|myndighet\p{L}*|supplier|customer|processor|sub-?processor|controller|provider|licensee|licensor|party|parties|we|you|company|contractor|tenant|landlord|seller|buyer|importer|exporter|vendor|client|recipient|discloser|user)(?![\p{L}\p{N}])/iu;
const OBLIGATION =
  /(?<![\p{L}\p{N}])(?:shall|must|will|agrees?|undertakes?|may not|is entitled|warrants?|hereby|ska|skall|åtar|förbinder|får|äger rätt|ansvarar|förpliktar|har rätt)(?![\p{L}\p{N}])/giu;
// The document talks about itself as an instrument: "detta avtal", "this Agreement", "Huvudavtalet".
const SELF_REFERENCE =
  /(?<![\p{L}\p{N}])(?:(?:detta|denna|dessa|nedanstående|föreliggande)\s+(?:avtal|bilaga|kontrakt|villkor|avropsförfrågan|upphandling|förfrågningsunderlag|instruktion|personuppgiftsbiträdesavtal|kravspecifikation|ramavtal)\p{L}*|huvudavtalet|personuppgiftsbiträdet|(?:this|these|the present)\s+(?:agreement|addendum|dpa|contract|terms|lease|amendment|exhibit|schedule|clauses|annex)|hereunder|herein|hereby)(?![\p{L}\p{N}])/giu;

// Reported speech about another instrument ("Enligt avtalet ska Microsoft …", "According to the DPA, …") binds no one
// here: memos and assessments are full of it.
const REPORTED = /^\s*(?:enligt|genom|according to|as stated in|under the terms of)(?![\p{L}\p{N}])/iu;

/** Short texts (a pasted clause, a draft section) are always treated as binding. */
const MIN_SENTENCES = 40;
/** Share of sentences in which a party takes on an obligation; guidance stays below, agreements above. */
const MIN_OBLIGATION_SHARE = 0.012;
/** Self-references per 1,000 characters that mark an instrument even without "shall" (a filled-in DPA annex). */
const MIN_SELF_REFERENCE_DENSITY = 0.8;
/** Enough text to judge; reading more would not change the verdict. */
const SAMPLE_CHARS = 120_000;

/**
 * Decides whether the text binds anyone. Guidance and memos name suppliers and clauses while discussing them,
 * so treating them as contracts would report clauses nobody agreed to. The thresholds were measured on the
 * labelled corpus; short texts always count as binding so a pasted clause is still reviewed.
 */
export function isBindingText(paragraphs: readonly Paragraph[]): boolean {
  let sentences = 0;
  let obligations = 0;
  let selfRefs = 0;
  let chars = 0;
  for (const p of paragraphs) {
    if (chars > SAMPLE_CHARS) break;
    chars += p.text.length;
    for (const m of p.text.matchAll(SELF_REFERENCE)) if (m) selfRefs++;
    for (const s of p.text.split(/(?<=[.;!?])\s+/u)) {
      if (s.length <= 20) continue;
      sentences++;
      if (REPORTED.test(s)) continue;
      for (const m of s.matchAll(OBLIGATION)) {
        if (PARTY.test(s.slice(Math.max(0, m.index - 40), m.index))) {
          obligations++;
          break;
        }
      }
    }
  }
  if (sentences < MIN_SENTENCES) return true;
  return obligations / sentences >= MIN_OBLIGATION_SHARE || (selfRefs * 1000) / Math.max(1, chars) >= MIN_SELF_REFERENCE_DENSITY;
}
