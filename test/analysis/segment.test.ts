// Sentence splitting: clause numbers and abbreviations stay inside sentences, offsets point into the paragraph.
import { isSpace, splitSentences } from "../../src/analysis/segment";

describe("splitSentences", () => {
  test("splits at sentence ends and semicolons, keeping offsets", () => {
    const text = "7.2 Leverantören ska radera data. Kunden får begära intyg; intyget ska vara skriftligt.";
    const s = splitSentences(text, 3);
    expect(s.map((x) => x.text)).toEqual(["7.2 Leverantören ska radera data.", "Kunden får begära intyg;", "intyget ska vara skriftligt."]);
    for (const x of s) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.paragraph).toBe(3);
    }
  });

  test("does not split after abbreviations or clause numbers", () => {
    expect(splitSentences("Se t.ex. bilaga 2. Den gäller.", 0).map((x) => x.text)).toEqual(["Se t.ex. bilaga 2.", "Den gäller."]);
    expect(splitSentences("See Art. 28 GDPR and e.g. Annex 3. It applies.", 0).map((x) => x.text)).toEqual(["See Art. 28 GDPR and e.g. Annex 3.", "It applies."]);
    expect(splitSentences("1. Definitions apply here.", 0)).toHaveLength(1);
  });

  test("cuts run-on text into bounded windows", () => {
    const s = splitSentences("ord ".repeat(1000), 0);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(600);
  });
});

test("semicolons inside brackets do not split a sentence", () => {
  const s = splitSentences("Sections 5 (Fees; Taxes), 7 (Confidentiality; Security) and 9 survive termination.", 0);
  expect(s).toHaveLength(1);
});

// The regex rule and exceptions splitSentences implemented before it read character codes, kept as the reference.
function regexSplit(text: string, paragraph: number): { paragraph: number; start: number; end: number; text: string }[] {
  const abbreviations = new Set([
    "t.ex", "ex", "bl.a", "bl", "d.v.s", "dvs", "s.k", "m.m", "o.d", "p", "kap", "st", "nr", "jfr", "resp", "ca", "enl", "f.d",
    "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "art", "arts", "no", "nos", "sec", "para", "cf", "vs", "u.s", "mr", "ms",
    "dr", "av", "ff", "fig", "ref", "approx", "min", "max", "llc", "s.a", "b.v", "n.v", "gmbh", "ab",
  ]);
  const boundary = /;(?=\s)|[.!?](?=["'”’)\]]?\s+["'“‘(]?[\p{Lu}\p{N}(•-])|[.!?](?=["'”’)\]]?\s*$)/gu;
  const abbreviation = (dot: number): boolean => {
    const word = /([\p{L}.]{1,8})$/u.exec(text.slice(Math.max(0, dot - 8), dot))?.[1]?.toLowerCase();
    return word !== undefined && (abbreviations.has(word) || /^\p{L}$/u.test(word));
  };
  const open = (segment: string): number => {
    let depth = 0;
    for (const ch of segment) {
      if (ch === "(" || ch === "[") depth++;
      else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    }
    return depth;
  };
  const out: { paragraph: number; start: number; end: number; text: string }[] = [];
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s] ?? "")) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
    for (let w = s; w < e; w += 600) out.push({ paragraph, start: w, end: Math.min(e, w + 600), text: text.slice(w, Math.min(e, w + 600)) });
  };
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const dot = m.index;
    const segment = text.slice(start, dot);
    if (text[dot] === "." && (/^\s*[\d.]*\d$/u.test(segment) || abbreviation(dot))) continue;
    if (text[dot] === ";" && open(segment) > 0) continue;
    push(start, dot + 1);
    start = dot + 1;
  }
  push(start, text.length);
  return out;
}

describe("splitSentences reads character codes exactly as the regex rule", () => {
  test("on random clause-like text", () => {
    const pieces = [
      ..."aBcXyzåÅäÄöÖéÉ019", ".", ".", ";", "!", "?", "“", "”", "‘", "’", '"', "'", "(", ")", "[", "]", "•", "-", " ", " ", "  ", "\n", "\t", "\u00a0", "\u3000",
      "t.ex.", "e.g.", "Inc.", "GMBH.", "1.2.", "7.", " 12.3", "bl.a.", "U.S.", "approx.", "İ", "ſ", "ß", "²", "Ⅻ", "𝐀", "𝐚", "\ud835", "Ω.", " Leverantören ska", " (a; b)",
    ];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = 1 + Math.floor(random() * 60); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      const got = splitSentences(text, n).map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end, text: s.text }));
      expect(got).toEqual(regexSplit(text, n));
    }
  });

  test("for every character after the end mark, before it, and as whitespace", () => {
    const templates = [(c: string) => `ab. ${c}c`, (c: string) => `ab.” (${c}`, (c: string) => `t${c}. Yz ${c}. Q`, (c: string) => `a;${c}b (x;${c}y) ${c}1.2. B`];
    // All of the first 12,288 code points, a sample above, and the rest of /\s/u.
    const codePoints = [...Array.from({ length: 0x3000 }, (_, i) => i), ...Array.from({ length: 11000 }, (_, i) => 0x3000 + i * 97), 0xfeff, 0xff21, 0x1d400];
    for (const cp of codePoints) {
      const c = String.fromCodePoint(cp);
      for (const t of templates) {
        const text = t(c);
        const got = splitSentences(text, 0);
        const want = regexSplit(text, 0);
        if (got.length !== want.length || got.some((s, i) => s.start !== want[i]?.start || s.end !== want[i]?.end)) expect({ cp, got }).toEqual({ cp, got: want });
      }
    }
  });
});

test("isSpace is /\\s/ and what trim removes, for every character of the Basic Multilingual Plane", () => {
  const differ: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (isSpace(c) !== /\s/u.test(ch) || isSpace(c) !== (ch.trim() === "")) differ.push(c);
  }
  expect(differ).toEqual([]);
});
