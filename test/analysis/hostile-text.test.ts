// Proves the patterns are safe on hostile text: every quantifier is bounded, and adversarial documents finish.
import { builtInCatalogue, reviewParagraphs } from "../../src/analysis/review";

/** Removes escaped characters and character classes, leaving only the pattern's operators. */
function operators(source: string): string {
  return source.replace(/\\./gu, "").replace(/\[[^\]]*\]/gu, "C");
}

describe("hostile text", () => {
  test("no compiled term list, and no literal set's own pattern, has an unbounded quantifier (so matching is linear in the text)", () => {
    const { lists, listGates } = builtInCatalogue();
    const sources = [...lists.map((l) => l.regex.source), ...listGates.flatMap((g) => g.sets.map((s) => s.pattern.source))];
    expect(sources.length).toBeGreaterThan(lists.length);
    for (const source of sources) {
      const ops = operators(source);
      expect(ops).not.toMatch(/[*+]/u);
      expect(ops).not.toMatch(/\{\d+,\}/u);
    }
  });

  const words = builtInCatalogue().lists.flatMap((l) => l.gateWords.map((g) => g.word)).slice(0, 400);
  const adversarial: Record<string, string> = {
    "one endless word": "a".repeat(200_000),
    "endless Swedish letters": "åäö".repeat(60_000),
    "spaces and dots": ". ".repeat(100_000),
    "every trigger word, no sentence end": Array.from({ length: 40 }, () => words.join(" ")).join(" "),
    "trigger words glued together": words.join("").repeat(5),
    "digits and hours": "24 ".repeat(60_000) + "timmar",
    "punctuation soup": "(-/;:,)".repeat(40_000),
    "nested brackets": "[[".repeat(50_000),
    "unicode combining marks": "a\u0301".repeat(80_000),
  };

  test.each(Object.entries(adversarial))("a document of %s is reviewed", (_name, text) => {
    const report = reviewParagraphs([{ text }, { text: text.slice(0, 5000) }], { name: "hostile" });
    expect(report.requirements).toHaveLength(builtInCatalogue().rules.length);
  }, 60_000);

  test("100,000 short paragraphs are reviewed", () => {
    const paragraphs = Array.from({ length: 100_000 }, (_, i) => ({ text: i % 2 ? "Leverantören ska" : "x" }));
    const report = reviewParagraphs(paragraphs, { name: "many" });
    expect(report.document.paragraphs).toBe(100_000);
  }, 60_000);
});
