// Tells binding text (contracts, DPAs, terms, tenders) from text that only discusses the topics (guidance, memos).
import type { Paragraph } from "./types";

// A party named shortly before an obligation verb: "Leverantören ska", "Supplier shall", "we will", "Biträdet får inte".
const PARTY =
  /(?<![\p{L}\p{N}])(?:leverantör\p{L}*|kund\p{L}*|beställare\p{L}*|\p{L}*biträde\p{L}*|personuppgiftsansvarig\p{L}*|part\p{L}*|avrop\p{L}*|köpare\p{L}*|anbudsgivare\p{L}*|myndighet\p{L}*|supplier|customer|processor|sub-?processor|controller|provider|licensee|licensor|party|parties|we|you|company|contractor|tenant|landlord|seller|buyer|importer|exporter|vendor|client|recipient|discloser|user)(?![\p{L}\p{N}])/iu;
const OBLIGATION =
  /(?:shall|must|will|agrees?|undertakes?|may not|is entitled|warrants?|hereby|ska|skall|åtar|förbinder|får|äger rätt|ansvarar|förpliktar|har rätt)(?![\p{L}\p{N}])/giu;
// The document talks about itself as an instrument: "detta avtal", "this Agreement", "Huvudavtalet".
const SELF_REFERENCE =
  /(?:(?:detta|denna|dessa|nedanstående|föreliggande)\s+(?:avtal|bilaga|kontrakt|villkor|avropsförfrågan|upphandling|förfrågningsunderlag|instruktion|personuppgiftsbiträdesavtal|kravspecifikation|ramavtal)\p{L}*|huvudavtalet|personuppgiftsbiträdet|(?:this|these|the present)\s+(?:agreement|addendum|dpa|contract|terms|lease|amendment|exhibit|schedule|clauses|annex)|hereunder|herein|hereby)(?![\p{L}\p{N}])/giu;

// OBLIGATION and SELF_REFERENCE must start a word, as if they began with (?<![\p{L}\p{N}]). That lookbehind, first in a
// pattern, made the native scan about four times slower, so `startsWord` checks each hit instead. Inside a hit every
// position follows a letter, or whitespace before a word no alternative starts with ("not", "rätt", "avtal", "terms"…),
// so no match can start there, and skipping a rejected hit whole finds the matches the lookbehind found.
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/iuy;

/** Whether `i` is not preceded by a letter or number, as (?<![\p{L}\p{N}]) under the /iu flags reads it. */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  // Under /u a lastIndex inside a surrogate pair reads the whole pair, so astral letters count too.
  LETTER_OR_NUMBER.lastIndex = i - 1;
  return !LETTER_OR_NUMBER.test(text);
}

/** The next obligation verb in `text` from OBLIGATION.lastIndex on. */
function nextObligation(text: string): RegExpExecArray | null {
  for (let m = OBLIGATION.exec(text); m; m = OBLIGATION.exec(text)) if (startsWord(text, m.index)) return m;
  return null;
}

// Reported speech about another instrument ("Enligt avtalet ska Microsoft …", "According to the DPA, …") binds no one
// here: memos and assessments are full of it.
// Sticky: tested at the start of each sentence.
const REPORTED = /\s*(?:enligt|genom|according to|as stated in|under the terms of)(?![\p{L}\p{N}])/iuy;

// Sentences are the pieces text.split(/(?<=[.;!?])\s+/u) gives, walked in place rather than cut out: a sentence ends
// after an end mark that whitespace follows, and the next one starts after that whitespace. Obligation words and party
// names never span that whitespace, so matching in the paragraph text finds what matching in the piece would.
const SENTENCE_END = /[.;!?](?=\s)/g;
const WHITESPACE = /\s*/y;

/** Short texts (a pasted clause, a draft section) are always treated as binding. */
const MIN_SENTENCES = 40;
/** Share of sentences in which a party takes on an obligation; guidance stays below, agreements above. */
const MIN_OBLIGATION_SHARE = 0.012;
/** Self-references per 1,000 characters that mark an instrument even without "shall" (a filled-in DPA annex). */
const MIN_SELF_REFERENCE_DENSITY = 0.8;
/** Enough text to judge; reading more would not change the verdict. */
const SAMPLE_CHARS = 120_000;

/** Sentences of at most this many characters (headings, list labels) are not counted. */
const SHORT_SENTENCE = 20;

/** Counts a paragraph's sentences (longer than SHORT_SENTENCE), and those in which a party takes on an obligation. */
function countSentences(text: string, counts: { sentences: number; obligations: number }): void {
  // The first obligation verb at or after the current sentence, found once per paragraph and carried forward.
  OBLIGATION.lastIndex = 0;
  let obligation = nextObligation(text);
  let start = 0;
  for (;;) {
    SENTENCE_END.lastIndex = start;
    const end = SENTENCE_END.test(text) ? SENTENCE_END.lastIndex : text.length;
    if (end - start > SHORT_SENTENCE) {
      counts.sentences++;
      REPORTED.lastIndex = start;
      if (!REPORTED.test(text)) {
        for (; obligation && obligation.index < end; obligation = nextObligation(text)) {
          // The party must be named within 40 characters before the verb, inside the same sentence.
          if (PARTY.test(text.slice(Math.max(start, obligation.index - 40), obligation.index))) {
            counts.obligations++;
            break;
          }
        }
      }
    }
    // Verbs left in this sentence (after a counted one, or in a short or reported sentence) count for nothing.
    if (obligation && obligation.index < end) {
      OBLIGATION.lastIndex = end;
      obligation = nextObligation(text);
    }
    if (end === text.length) return;
    WHITESPACE.lastIndex = end;
    WHITESPACE.test(text);
    start = WHITESPACE.lastIndex;
  }
}

function countSelfReferences(text: string): number {
  let n = 0;
  SELF_REFERENCE.lastIndex = 0;
  for (let m = SELF_REFERENCE.exec(text); m; m = SELF_REFERENCE.exec(text)) if (startsWord(text, m.index)) n++;
  return n;
}

/**
 * Decides whether the text binds anyone. Guidance and memos name suppliers and clauses while discussing them,
 * so treating them as contracts would report clauses nobody agreed to. The thresholds were measured on the
 * labelled corpus; short texts always count as binding so a pasted clause is still reviewed.
 */
export function isBindingText(paragraphs: readonly Paragraph[]): boolean {
  // The sample: whole paragraphs, until it passes SAMPLE_CHARS.
  let chars = 0;
  let sampled = 0;
  while (sampled < paragraphs.length && chars <= SAMPLE_CHARS) chars += paragraphs[sampled++]!.text.length;
  const counts = { sentences: 0, obligations: 0 };
  let unread = chars;
  for (let i = 0; i < sampled; i++) {
    const text = paragraphs[i]!.text;
    countSentences(text, counts);
    unread -= text.length;
    // Each sentence still to count is longer than SHORT_SENTENCE, so there are at most this many more. Once the share
    // of obligations is high enough even if none of them has one, reading on cannot change the verdict: a contract
    // is usually recognised within its first pages.
    const atMost = counts.sentences + Math.floor(unread / (SHORT_SENTENCE + 1));
    if (counts.obligations / atMost >= MIN_OBLIGATION_SHARE) return true;
  }
  const { sentences, obligations } = counts;
  if (sentences < MIN_SENTENCES) return true;
  if (obligations / sentences >= MIN_OBLIGATION_SHARE) return true;
  // Self-references decide only when obligations do not, so the sample is read for them only then.
  let selfRefs = 0;
  for (const p of paragraphs.slice(0, sampled)) selfRefs += countSelfReferences(p.text);
  return (selfRefs * 1000) / Math.max(1, chars) >= MIN_SELF_REFERENCE_DENSITY;
}
