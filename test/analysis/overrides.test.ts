// Reviewer overrides: applied on top of the engine, kept while their evidence exists, flagged when it is gone; stored state parsed safely.
import { reviewParagraphs } from "../../src/analysis/review";
import { EMPTY_STATE, parseReviewState, serializeReviewState } from "../../src/analysis/review-state";

const law = "Detta avtal ska tolkas och tillämpas enligt svensk rätt.";
const paragraphs = [{ text: "Avtal om molntjänst mellan parterna enligt nedan." }, { text: law }];
const find = (r: ReturnType<typeof reviewParagraphs>) => r.requirements.find((x) => x.id === "foreign-jurisdiction/governing-law")!;

describe("reviewer overrides", () => {
  test("an override replaces the status and keeps the engine's status beside it", () => {
    const r = reviewParagraphs(paragraphs, { overrides: [{ id: "foreign-jurisdiction/governing-law", status: "weak", justification: "Bilaga 4 säger annat.", quote: law }] });
    const g = find(r);
    expect(g.status).toBe("weak");
    expect(g.override).toEqual({ engineStatus: "met", justification: "Bilaga 4 säger annat.", attention: false });
    expect(g.likelihood).toBeGreaterThanOrEqual(2);
  });

  test("an override whose quote has gone needs attention but stays applied", () => {
    const changed = [paragraphs[0]!, { text: "Detta avtal ska tolkas enligt svensk rätt, med undantag för bilaga 2." }];
    const g = find(reviewParagraphs(changed, { overrides: [{ id: "foreign-jurisdiction/governing-law", status: "met", justification: "OK", quote: law }] }));
    expect(g.status).toBe("met");
    expect(g.override?.attention).toBe(true);
  });

  test("an override of a missing clause needs attention once a clause appears", () => {
    const o = { id: "foreign-jurisdiction/governing-law" as const, status: "weak" as const, justification: "Lag anges i ramavtalet." };
    expect(find(reviewParagraphs([paragraphs[0]!], { overrides: [o] })).override?.attention).toBe(false);
    expect(find(reviewParagraphs(paragraphs, { overrides: [o] })).override?.attention).toBe(true);
  });
});

describe("stored review state", () => {
  test("round-trips", () => {
    const state = { version: 1 as const, inputs: { ...EMPTY_STATE.inputs, klassa: { K: 3 as const, R: 2 as const, T: 1 as const }, measures: ["customer-held-keys" as const] }, overrides: [{ id: "confidentiality/survival" as const, status: "met" as const, justification: "x" }] };
    expect(parseReviewState(serializeReviewState(state))).toEqual(state);
  });
  test.each([["not json", "{"], ["wrong version", { version: 2 }], ["null", null], ["array", []]])("%s gives the defaults", (_n, raw) => {
    expect(parseReviewState(raw)).toEqual(EMPTY_STATE);
  });
  test("bad fields fall back one by one; unknown ids and duplicates are dropped", () => {
    const s = parseReviewState({ version: 1, inputs: { klassa: { K: 9, R: 1, T: "2" }, exposure: "maybe", measures: ["customer-held-keys", "magic", "customer-held-keys"], secretData: "yes" }, overrides: [{ id: "nope", status: "met", justification: "" }, { id: "confidentiality/survival", status: "met", justification: "a" }, { id: "confidentiality/survival", status: "weak", justification: "b" }, { id: "confidentiality/survival" }] });
    expect(s.inputs.klassa).toEqual({ K: 2, R: 1, T: 2 });
    expect(s.inputs.exposure).toBe("unknown");
    expect(s.inputs.measures).toEqual(["customer-held-keys"]);
    expect(s.inputs.secretData).toBe(false);
    expect(s.overrides).toEqual([{ id: "confidentiality/survival", status: "met", justification: "a" }]);
  });
});
