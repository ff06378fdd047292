// The risk model: likelihood from status with modifiers, consequence from KLASSA, bands, and the overall overrides.
import { bandOf, consequenceOf, likelihoodOf, DEFAULT_INPUTS } from "../../src/analysis/risk";
import { reviewParagraphs } from "../../src/analysis/review";
import type { RiskInputs } from "../../src/analysis/types";

const inputs = (over: Partial<RiskInputs> = {}): RiskInputs => ({ ...DEFAULT_INPUTS, exposure: "no", ...over });
const audit = { id: "control-rights/audit-right", area: "control-rights", aspects: ["K", "R"] } as const;
const storage = { id: "data-location/storage-location", area: "data-location", aspects: ["K", "T"] } as const;

describe("likelihood", () => {
  test.each([["met", 1], ["weak", 2], ["missing", 3], ["contrary", 4]] as const)("%s gives %i without modifiers", (status, l) => {
    expect(likelihoodOf(audit, status, inputs())).toBe(l);
  });
  test("exposure to third-country law adds one outside control rights, capped at 4", () => {
    expect(likelihoodOf(storage, "weak", inputs({ exposure: "yes" }))).toBe(3);
    expect(likelihoodOf(storage, "weak", inputs({ exposure: "unknown" }))).toBe(3);
    expect(likelihoodOf(storage, "contrary", inputs({ exposure: "yes" }))).toBe(4);
    expect(likelihoodOf(audit, "weak", inputs({ exposure: "yes" }))).toBe(2);
  });
  test("a measure that protects the requirement subtracts one, floored at 1", () => {
    expect(likelihoodOf(storage, "missing", inputs({ measures: ["customer-held-keys"] }))).toBe(2);
    expect(likelihoodOf(storage, "met", inputs({ measures: ["customer-held-keys"] }))).toBe(1);
    expect(likelihoodOf(audit, "missing", inputs({ measures: ["customer-held-keys"] }))).toBe(3);
  });
  test("not-applicable is not scored", () => {
    expect(likelihoodOf(audit, "not-applicable", inputs())).toBeNull();
  });
});

describe("consequence", () => {
  test("follows the highest KLASSA level of the rule's aspects (level + 1, max 4)", () => {
    expect(consequenceOf(audit, { K: 0, R: 0, T: 3 }, false)).toBe(1);
    expect(consequenceOf(audit, { K: 1, R: 2, T: 0 }, false)).toBe(3);
    expect(consequenceOf(storage, { K: 3, R: 0, T: 0 }, false)).toBe(4);
    expect(consequenceOf(storage, { K: 4, R: 0, T: 0 }, false)).toBe(4);
  });
  test("secret or sensitive data raise confidentiality-driven consequence to at least 3", () => {
    expect(consequenceOf(audit, { K: 0, R: 0, T: 0 }, true)).toBe(3);
    expect(consequenceOf({ aspects: ["T"] }, { K: 0, R: 0, T: 0 }, true)).toBe(1);
    expect(consequenceOf(audit, { K: 0, R: 0, T: 0 }, true, ["secret-data-excluded"])).toBe(1);
  });
});

describe("bands", () => {
  test.each([[1, "low"], [3, "low"], [4, "medium"], [6, "medium"], [8, "high"], [9, "high"], [12, "very-high"], [16, "very-high"]] as const)("risk %i is %s", (risk, band) => {
    expect(bandOf(risk)).toBe(band);
  });
});

describe("overall judgement", () => {
  const contract = [
    { text: "Avtal om molntjänst" },
    { text: "Detta avtal ska tolkas och tillämpas enligt svensk rätt." },
  ];
  test("KLASSA 4 stops the model and routes to the security-protection process", () => {
    const r = reviewParagraphs(contract, { inputs: { klassa: { K: 4, R: 1, T: 1 } } });
    expect(r.overall.band).toBe("stop");
    expect(r.overall.reasons.map((x) => x.code)).toContain("klassa-4");
  });
  test("a missing critical requirement with consequence ≥ 3 makes the overall at least high", () => {
    const r = reviewParagraphs(contract, { inputs: { klassa: { K: 2, R: 0, T: 0 }, exposure: "no" } });
    expect(["high", "very-high"]).toContain(r.overall.band);
    expect(r.overall.reasons.some((x) => x.code === "critical-gap")).toBe(true);
  });
  test("answering the control question no makes the overall at least high", () => {
    const r = reviewParagraphs(contract, { inputs: { klassa: { K: 0, R: 0, T: 0 }, exposure: "no", controlQuestion: "no" } });
    expect(["high", "very-high"]).toContain(r.overall.band);
    expect(r.overall.reasons.map((x) => x.code)).toContain("control-question");
  });
  test("defaults are reported so the user sees what was assumed", () => {
    const r = reviewParagraphs(contract, { inputs: { klassa: { K: 1, R: 1, T: 1 } } });
    expect(r.defaults).toEqual(expect.arrayContaining(["secretData", "exposure", "measures", "controlQuestion"]));
    expect(r.defaults).not.toContain("klassa");
  });
  test("security protection is not applicable below KLASSA 4 when no clause mentions it", () => {
    const r = reviewParagraphs(contract, { inputs: { klassa: { K: 3, R: 2, T: 2 } } });
    const d8 = r.requirements.find((x) => x.id === "confidentiality/security-protection");
    if (d8) expect(d8.status).toBe("not-applicable");
  });
});
