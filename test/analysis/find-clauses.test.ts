// Headings: a numbered or labelled short paragraph becomes the heading of the evidence below it.
import fc from "fast-check";
import { reviewParagraphs } from "../../src/analysis/review";
import { HEADING_START, mayStartHeading } from "../../src/analysis/find-clauses";

const CLAUSE = "Detta avtal ska tolkas och tillämpas enligt svensk rätt.";

test.each(["§ 7 Tillämplig lag", "  A. Governing law", "\u00a0Bilaga 3 Lag och tvist", "4.2 Tillämplig lag", "Annex 2 Law", "Appendix C Law", "Schedule 1 Law", "Exhibit B Law"])(
  "%j heads the clause below it",
  (heading) => {
    const r = reviewParagraphs([{ text: heading }, { text: CLAUSE }]);
    const e = r.requirements.find((x) => x.id === "foreign-jurisdiction/governing-law")!.evidence[0]!;
    expect(e.heading).toBe(heading.trim());
  },
);

test.each(["Tillämplig lag och tvister mellan parterna", "a. lower-case label", "Leverantören ska följa lagen."])("%j is no heading", (text) => {
  const r = reviewParagraphs([{ text }, { text: CLAUSE }]);
  expect(r.requirements.find((x) => x.id === "foreign-jurisdiction/governing-law")!.evidence[0]!.heading).toBeUndefined();
});

test("the cheap first-character check never turns away what the heading pattern accepts", () => {
  const start = fc.constantFrom("", " ", "\u00a0", "\t", "  ");
  const label = fc.constantFrom("§ 7", "§7", "4.2", "12", "A.", "Z.", "Bilaga", "Annex", "Appendix", "Schedule", "Exhibit", "a.", "x", "Å.", "1.2.3.");
  const rest = fc.stringMatching(/^[ \tA-Za-zåäö0-9.§]{0,12}$/u);
  fc.assert(
    fc.property(start, label, rest, (s, l, r) => {
      const text = `${s}${l}${r}`;
      if (HEADING_START.test(text.trim())) expect(mayStartHeading(text)).toBe(true);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 20 }), (text) => {
      if (HEADING_START.test(text.trim())) expect(mayStartHeading(text)).toBe(true);
    }),
    { numRuns: 2000 },
  );
});
