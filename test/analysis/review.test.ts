// The engine end to end: every requirement reported, evidence quotes are the document's own text, deterministic.
import { RULES } from "../../src/rules";
import { reviewParagraphs } from "../../src/analysis/review";
import { buildRiskTable } from "../../src/analysis/risk-table";

const paragraphs = [
  { text: "1 Tillämplig lag", kind: "heading" as const },
  { text: "Detta avtal ska tolkas och  tillämpas enligt svensk rätt. Priset är fast." },
  { text: "Leverantören ska leverera tjänsten enligt bilaga 1 och de krav som anges där." },
  { text: "Annex: This Agreement is governed by the laws of the State of New York." },
];

describe("reviewParagraphs", () => {
  test("reports every requirement of the catalogue", () => {
    const r = reviewParagraphs(paragraphs, { name: "x.docx" });
    expect(r.requirements.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
    expect(r.schemaVersion).toBe(1);
    expect(r.document).toMatchObject({ name: "x.docx", language: "sv", paragraphs: 4 });
  });

  test("contrary wins over met, and every piece of evidence quotes the paragraph at its offsets", () => {
    const r = reviewParagraphs(paragraphs);
    const law = r.requirements.find((x) => x.id === "foreign-jurisdiction/governing-law")!;
    expect(law.status).toBe("contrary");
    expect(law.evidence.length).toBeGreaterThanOrEqual(2);
    for (const e of law.evidence) {
      const source = paragraphs[e.paragraph]!.text.slice(e.start, e.end);
      expect(source.replace(/\s+/gu, " ")).toBe(e.quote);
    }
    expect(law.evidence[0]!.status).toBe("contrary");
    expect(law.evidence[0]!.heading).toBe("1 Tillämplig lag");
  });

  test("non-missing statuses always carry evidence; missing ones never do", () => {
    const r = reviewParagraphs(paragraphs);
    for (const req of r.requirements) {
      if (req.status === "missing" || req.status === "not-applicable") expect(req.evidence).toHaveLength(0);
      else expect(req.evidence.length).toBeGreaterThan(0);
    }
  });

  test("is deterministic", () => {
    expect(JSON.stringify(reviewParagraphs(paragraphs))).toBe(JSON.stringify(reviewParagraphs(paragraphs)));
  });

  test("messages follow the chosen output language", () => {
    const sv = reviewParagraphs(paragraphs, { outputLanguage: "sv" });
    const en = reviewParagraphs(paragraphs, { outputLanguage: "en" });
    expect(sv.outputLanguage).toBe("sv");
    expect(en.requirements[0]!.message).not.toBe(sv.requirements[0]!.message);
  });

  test("an empty document gives all requirements missing, not an error", () => {
    const r = reviewParagraphs([]);
    expect(r.requirements.every((x) => x.status === "missing" || x.status === "not-applicable")).toBe(true);
  });

  test("the risk table has a row per requirement and columns tied to SKL's questions", () => {
    const table = buildRiskTable(reviewParagraphs(paragraphs, { name: "x.docx", outputLanguage: "sv" }));
    expect(table.rows).toHaveLength(RULES.length);
    expect(table.columns.filter((c) => c.question === "q4").length).toBeGreaterThan(0);
    expect(table.questions.map((q) => q.key)).toEqual(["q1", "q2", "q3", "q4", "control"]);
    expect(table.title).toContain("x.docx");
  });
});

test("a long clause is quoted as a window of whole words around the words that fired", () => {
  const long = `Kommunens rätt till insyn ${"och uppföljning av leveransen ".repeat(12)}gäller. Detta avtal ska tolkas och tillämpas enligt svensk rätt ${"samt enligt de bilagor som anges ".repeat(10)}i punkt 2.`;
  const r = reviewParagraphs([{ text: long }]);
  const e = r.requirements.find((x) => x.id === "foreign-jurisdiction/governing-law")!.evidence[0]!;
  expect(e.quote.length).toBeLessThanOrEqual(240);
  expect(long[e.start - 1]).toMatch(/\s|\./u);
  expect(long[e.end] ?? " ").toMatch(/\s|\./u);
  expect(e.quote).toContain("svensk rätt");
});

test("a long clause among other sentences is quoted around its own matched words (found again only for kept evidence)", () => {
  const filler = "Leverantören ska leverera tjänsten enligt kravspecifikationen. Customer data shall be stored within the EU.";
  const long = `Parterna är överens om att ${"de handlingar som ingår i avtalet ska läsas i sin helhet ".repeat(6)}och att detta avtal ska tolkas och tillämpas enligt svensk rätt ${"samt enligt de bilagor som anges ".repeat(8)}i punkt 2.`;
  // Over 600 characters without an end mark: the sentence is cut into windows, and the clause sits in the second one.
  const windowed = `${"Bilagorna gäller i den ordning som anges nedan och ".repeat(14)}detta avtal ska tolkas och tillämpas enligt svensk rätt ${"utan hänvisning till andra regler ".repeat(6)}och punkt 3.`;
  const r = reviewParagraphs([{ text: filler }, { text: long }, { text: filler }, { text: windowed }, { text: filler }]);
  const evidence = r.requirements.find((x) => x.id === "foreign-jurisdiction/governing-law")!.evidence;
  for (const [paragraph, text] of [[1, long], [3, windowed]] as const) {
    const e = evidence.find((x) => x.paragraph === paragraph)!;
    expect(e.quote.length).toBeLessThanOrEqual(240);
    expect(e.quote).toContain("svensk rätt");
    expect(text[e.start - 1]).toMatch(/\s/u);
    expect(text.slice(e.start, e.end).replace(/\s+/gu, " ")).toBe(e.quote);
  }
  expect(evidence.find((x) => x.paragraph === 3)!.start).toBeGreaterThan(600);
});
