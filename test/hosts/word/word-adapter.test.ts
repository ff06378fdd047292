// Word adapter against the faithful fake: reading, locating, comments, the risk table, highlights, sync counts and failures.
import { reviewParagraphs } from "../../../src/analysis/review";
import { buildRiskTable } from "../../../src/analysis/risk-table";
import type { Evidence } from "../../../src/analysis/types";
import { insertComments } from "../../../src/hosts/word/comments";
import { HIGHLIGHT_TAG, highlightEvidence, removeHighlights } from "../../../src/hosts/word/highlight";
import { locateEvidence } from "../../../src/hosts/word/locate";
import { readParagraphs } from "../../../src/hosts/word/read-paragraphs";
import { insertRiskTable, RISK_TABLE_TAG } from "../../../src/hosts/word/risk-table";
import { asWord, FakeWordContext, type FakeParagraph } from "./fake-word";

const caps = { comments: true, tables: true };
const contract: FakeParagraph[] = [
  { text: "Avtal om molntjänst", styleBuiltIn: "Title" },
  { text: "1 Tillämplig lag", styleBuiltIn: "Heading1" },
  { text: "Detta avtal ska tolkas och tillämpas enligt lagen i delstaten New York, USA." },
  { text: "" },
  { text: "Underbiträde", tableNestingLevel: 1 },
  { text: "Leverantören får anlita underbiträden efter eget val.", isListItem: true },
];

function evidenceFor(ctxParagraphs: FakeParagraph[], index: number, quote: string): Evidence {
  const start = ctxParagraphs[index]!.text.indexOf(quote);
  return { paragraph: index, start, end: start + quote.length, quote, status: "contrary" };
}

describe("reading the document", () => {
  test("reads every paragraph in one sync with headings, list items and table cells", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    const ps = await readParagraphs(asWord(ctx), caps);
    expect(ctx.syncs).toBe(1);
    expect(ps).toHaveLength(contract.length);
    expect(ps[0]).toMatchObject({ kind: "heading", level: 1 });
    expect(ps[1]).toMatchObject({ kind: "heading", level: 1 });
    expect(ps[3]).toMatchObject({ text: "", kind: "body" });
    expect(ps[4]).toMatchObject({ kind: "table-cell" });
    expect(ps[5]).toMatchObject({ kind: "list-item" });
  });

  test("recognises Swedish heading style names on builds without styleBuiltIn", async () => {
    const ctx = new FakeWordContext({ paragraphs: [{ text: "Bilagor", style: "Rubrik 2" }] });
    const ps = await readParagraphs(asWord(ctx), { comments: false, tables: false });
    expect(ps[0]).toMatchObject({ kind: "heading", level: 2 });
  });

  test("a 5,000-paragraph document is read, reviewed and annotated with the same small number of syncs", async () => {
    const big: FakeParagraph[] = Array.from({ length: 5000 }, (_, i) =>
      i % 250 === 7 ? { text: `Punkt ${i}: Detta avtal ska tolkas och tillämpas enligt lagen i delstaten New York, USA.` } : { text: `Punkt ${i}: Leverantören ska leverera tjänsten enligt bilaga ${i % 9}.` },
    );
    const small = big.slice(0, 300);
    const syncsFor = async (paragraphs: FakeParagraph[]) => {
      const ctx = new FakeWordContext({ paragraphs });
      const read = await readParagraphs(asWord(ctx), caps);
      const report = reviewParagraphs(read, { name: "stor.docx" });
      const flagged = report.requirements.filter((r) => r.status === "contrary").flatMap((r) => r.evidence);
      await insertComments(asWord(ctx), flagged.map((e) => ({ evidence: e, text: "x" })));
      await highlightEvidence(asWord(ctx), flagged);
      await insertRiskTable(asWord(ctx), buildRiskTable(report));
      return { syncs: ctx.syncs, comments: ctx.doc.comments.length };
    };
    const large = await syncsFor(big);
    const few = await syncsFor(small);
    expect(large.comments).toBeGreaterThan(few.comments);
    expect(large.syncs).toBe(few.syncs);
    expect(large.syncs).toBeLessThanOrEqual(1 + 3 + 3 + 2);
  });
});

describe("locating a finding", () => {
  test("selects exactly the quoted clause", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    const e = evidenceFor(contract, 2, "Detta avtal ska tolkas och tillämpas enligt lagen i delstaten New York, USA.");
    expect(await locateEvidence(asWord(ctx), e)).toBe("selected");
    expect(ctx.doc.selection).toEqual({ paragraph: 2, start: 0, end: e.quote.length });
    expect(ctx.syncs).toBe(3);
  });

  test("long clauses are found with a start and an end anchor (Word searches at most 255 characters)", async () => {
    const long = `Leverantören ska ${"och därutöver ".repeat(40)}radera all data inom trettio dagar.`;
    const ps = [{ text: long }];
    const ctx = new FakeWordContext({ paragraphs: ps });
    expect(await locateEvidence(asWord(ctx), { paragraph: 0, start: 0, end: long.length, quote: long.replace(/\s+/gu, " ").trim(), status: "met" })).toBe("selected");
    expect(ctx.doc.selection).toEqual({ paragraph: 0, start: 0, end: long.trim().length });
  });

  test("says so when the paragraph changed or is gone, and selects nothing", async () => {
    const e = evidenceFor(contract, 2, "enligt lagen i delstaten New York, USA.");
    const changed = new FakeWordContext({ paragraphs: contract.map((p, i) => (i === 2 ? { text: "Detta avtal ska tolkas enligt svensk rätt." } : p)) });
    expect(await locateEvidence(asWord(changed), e)).toBe("changed");
    expect(changed.doc.selection).toBeNull();
    const gone = new FakeWordContext({ paragraphs: contract.slice(0, 2) });
    expect(await locateEvidence(asWord(gone), e)).toBe("gone");
  });

  test("finds the clause when text was added earlier in the same paragraph", async () => {
    const e = evidenceFor(contract, 2, "enligt lagen i delstaten New York, USA.");
    const ctx = new FakeWordContext({ paragraphs: contract.map((p, i) => (i === 2 ? { text: `Tillägg: ${p.text}` } : p)) });
    expect(await locateEvidence(asWord(ctx), e)).toBe("selected");
    expect(ctx.doc.selection?.start).toBe("Tillägg: Detta avtal ska tolkas och tillämpas ".length);
  });
});

describe("comments for legal reviewers", () => {
  test("each comment sits on its quoted text; changed paragraphs are skipped", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    const items = [
      { evidence: evidenceFor(contract, 2, "enligt lagen i delstaten New York, USA."), text: "B1 contrary" },
      { evidence: evidenceFor(contract, 5, "Leverantören får anlita underbiträden efter eget val."), text: "A4 contrary" },
      { evidence: { paragraph: 9, start: 0, end: 3, quote: "abc", status: "weak" as const }, text: "gone" },
    ];
    expect(await insertComments(asWord(ctx), items)).toEqual({ inserted: 2, skipped: 1 });
    expect(ctx.doc.comments.map((c) => [c.quoted, c.text])).toEqual([
      ["enligt lagen i delstaten New York, USA.", "B1 contrary"],
      ["Leverantören får anlita underbiträden efter eget val.", "A4 contrary"],
    ]);
    expect(ctx.syncs).toBe(3);
  });

  test("a sync failure in the middle leaves no comment behind and surfaces the error", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    ctx.failAtSync = { n: 3, code: "GeneralException" };
    await expect(insertComments(asWord(ctx), [{ evidence: evidenceFor(contract, 2, "enligt lagen i delstaten New York, USA."), text: "x" }])).rejects.toMatchObject({ code: "GeneralException" });
    expect(ctx.doc.comments).toHaveLength(0);
  });
});

describe("the risk assessment table", () => {
  const report = reviewParagraphs(contract.map((p) => ({ text: p.text })), { name: "utkast.docx", outputLanguage: "sv" });
  const table = buildRiskTable(report);

  test("is inserted as one tagged content control holding a real table with a header row and band colours", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    expect(await insertRiskTable(asWord(ctx), table)).toBe("inserted");
    expect(ctx.syncs).toBe(2);
    const ccs = ctx.doc.contentControls.filter((c) => c.tag === RISK_TABLE_TAG);
    expect(ccs).toHaveLength(1);
    const t = ccs[0]!.content.find((c) => c.kind === "table");
    expect(t && t.kind === "table" && t.values.length).toBe(table.rows.length + 1);
    expect(t && t.kind === "table" && t.headerRowCount).toBe(1);
    expect(t && t.kind === "table" && Object.keys(t.shading).length).toBeGreaterThan(0);
    expect(ccs[0]!.content[0]).toMatchObject({ kind: "paragraph", text: table.title });
  });

  test("running it again replaces the table in place: never a second copy", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    await insertRiskTable(asWord(ctx), table);
    const other = buildRiskTable(reviewParagraphs([{ text: "Detta avtal ska tolkas enligt svensk rätt." }], { name: "v2.docx", outputLanguage: "sv" }));
    expect(await insertRiskTable(asWord(ctx), other)).toBe("replaced");
    const ccs = ctx.doc.contentControls.filter((c) => c.tag === RISK_TABLE_TAG);
    expect(ccs).toHaveLength(1);
    expect(ccs[0]!.content.filter((c) => c.kind === "table")).toHaveLength(1);
    expect(ccs[0]!.content[0]).toMatchObject({ text: other.title });
    expect(ctx.doc.paragraphs).toEqual(contract);
  });

  test("if the user deleted it, a new one is inserted", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    await insertRiskTable(asWord(ctx), table);
    ctx.doc.contentControls = [];
    expect(await insertRiskTable(asWord(ctx), table)).toBe("inserted");
  });

  test("a failed write leaves no half-written table", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    ctx.failAtSync = { n: 2, code: "AccessDenied" };
    await expect(insertRiskTable(asWord(ctx), table)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(ctx.doc.contentControls).toHaveLength(0);
  });
});

describe("highlights", () => {
  test("are added in tagged controls and removed again without touching other content controls", async () => {
    const ctx = new FakeWordContext({ paragraphs: contract });
    ctx.doc.contentControls.push({ tag: "someone-else", title: "", appearance: "", highlight: "Green", content: [], deleted: false });
    const n = await highlightEvidence(asWord(ctx), [evidenceFor(contract, 2, "enligt lagen i delstaten New York, USA.")]);
    expect(n).toBe(1);
    expect(ctx.doc.contentControls.filter((c) => c.tag === HIGHLIGHT_TAG)).toMatchObject([{ highlight: "Yellow", range: { paragraph: 2 } }]);
    expect(await removeHighlights(asWord(ctx))).toBe(1);
    expect(ctx.doc.contentControls).toEqual([expect.objectContaining({ tag: "someone-else", highlight: "Green" })]);
  });
});
