// Sentence splitting: clause numbers and abbreviations stay inside sentences, offsets point into the paragraph.
import { splitSentences } from "../../src/analysis/segment";

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
