// Language detection per document and per paragraph.
import { detectDocumentLanguage, detectLanguage, languageScores } from "../../src/analysis/language";

describe("language detection", () => {
  test("tells Swedish from English", () => {
    expect(detectLanguage("Leverantören ska underrätta Kunden utan dröjsmål och senast inom 24 timmar.", "en")).toBe("sv");
    expect(detectLanguage("The Supplier shall notify the Customer without undue delay.", "sv")).toBe("en");
  });
  test("falls back when a paragraph says too little", () => {
    expect(detectLanguage("ISO/IEC 27001", "sv")).toBe("sv");
    expect(detectLanguage("ISO/IEC 27001", "en")).toBe("en");
  });
  test("a mixed document takes the dominant language", () => {
    const ps = [{ text: "Detta avtal gäller för tjänsten och de bilagor som anges nedan." }, { text: "Annex 2 is in English." }, { text: "Leverantören ska följa avtalet och alla bilagor." }];
    expect(detectDocumentLanguage(ps)).toBe("sv");
  });
});

// The word regex and set lookups languageScores used before it read character codes, kept as the reference.
const SV = new Set(["och", "att", "som", "för", "av", "på", "är", "med", "det", "till", "den", "ska", "skall", "enligt", "eller", "inte", "om", "har", "de", "får", "vid", "från", "detta", "avtalet", "leverantören", "kunden", "också", "samt", "även", "inom", "utan", "ett", "en", "sådan", "där", "efter"]);
const EN = new Set(["the", "and", "of", "to", "is", "shall", "for", "or", "by", "with", "this", "that", "any", "not", "be", "will", "as", "are", "from", "its", "such", "agreement", "customer", "supplier", "may", "which", "other", "within", "under", "each", "without", "an", "all"]);
function regexScores(text: string, limit = 20000): { sv: number; en: number } {
  let sv = 0;
  let en = 0;
  const sample = text.length > limit ? text.slice(0, limit) : text;
  for (const m of sample.matchAll(/[a-zåäöéü]+/giu)) {
    const w = m[0].toLowerCase();
    if (SV.has(w)) sv++;
    else if (EN.has(w)) en++;
  }
  if (/[åäö]/iu.test(sample)) sv += 1;
  return { sv, en };
}

describe("languageScores reads words exactly as the word regex", () => {
  test("for every character inside, before and after marker words", () => {
    // /iu lets in the Kelvin sign (k), the Ångström sign (å) and the long s, which stays ſ when lowercased.
    const codePoints = [...Array.from({ length: 0x3000 }, (_, i) => i), ...Array.from({ length: 11000 }, (_, i) => 0x3000 + i * 97), 0x212a, 0x212b, 0xff41, 0x1d41a];
    for (const cp of codePoints) {
      const c = String.fromCodePoint(cp);
      for (const text of [`${c}`, `${c}unden`, `t${c}e`, `AVTALE${c}`, `the${c}och`, `and ${c}ka`]) {
        const got = languageScores(text);
        const want = regexScores(text);
        if (got.sv !== want.sv || got.en !== want.en) expect({ cp, text, got }).toEqual({ cp, text, got: want });
      }
    }
  });

  test("on mixed text and cut at any limit", () => {
    const pieces = ["the", "THE", "Och", "ſhall", "\u212aunden", "\u212bter", "leverantören", "LEVERANTÖREN", "från", "ÄVEN", "é", "ü", "x", "1", " ", " ", ".", "-", "İ", "𝐀"];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = Math.floor(random() * 40); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      for (const limit of [undefined, 600, 0, 1, 17, -3]) expect(languageScores(text, limit)).toEqual(regexScores(text, limit));
    }
  });
});
