// Tests the risk register model: rows, formulas, conditional formats, the matrix and the re-run merge (incl. a property test).
import fc from "fast-check";
import { BAND_LABEL } from "../../src/analysis/labels";
import {
  bandFormula,
  buildMatrix,
  buildRegisterRows,
  columnLetter,
  DEFAULT_LAYOUT,
  findRegisterSheet,
  guardText,
  mergeRegister,
  REGISTER_COLUMNS,
  REGISTER_COLUMN_KEYS,
  REGISTER_TABLE_NAME,
  registerConditionalFormats,
  registerHeaders,
  registerKey,
  registerValidations,
  riskFormula,
  SHEET_NAMES,
  STATE_LABEL,
  toLevel,
  type RegisterCell,
  type RegisterColumnKey,
  type RegisterRow,
} from "../../src/analysis/register";
import { reviewParagraphs } from "../../src/analysis/review";
import { bandOf } from "../../src/analysis/risk";
import type { Report, RequirementResult } from "../../src/analysis/types";
import { REQUIREMENT_IDS, type Area, type Lang, type RequirementId, type Status } from "../../src/rules/types";

interface Req {
  readonly id: RequirementId;
  readonly status: Status;
  readonly l: number;
  readonly c: number;
}

/** A hand-built report: the register must not depend on which rules exist or what they find. */
function makeReport(name: string, reqs: readonly Req[], lang: Lang = "sv"): Report {
  const requirements: RequirementResult[] = reqs.map((r) => {
    const na = r.status === "not-applicable";
    const risk = na ? null : r.l * r.c;
    return {
      id: r.id,
      area: r.id.split("/")[0] as Area,
      status: r.status,
      evidence: r.status === "met" || r.status === "weak" ? [{ paragraph: 2, start: 0, end: 10, quote: `Citat för ${r.id}`, status: r.status, heading: "7 Revision" }] : [],
      likelihood: na ? null : r.l,
      consequence: na ? null : r.c,
      risk,
      band: risk === null ? null : bandOf(risk),
      message: "",
      remediation: "",
    };
  });
  return {
    schemaVersion: 1,
    document: { name, language: lang, paragraphs: 3, binding: true },
    outputLanguage: lang,
    inputs: { klassa: { K: 2, R: 2, T: 2 }, secretData: false, exposure: "unknown", measures: [], controlQuestion: "unknown" },
    defaults: [],
    requirements,
    areas: [],
    overall: { band: "medium", reasons: [] },
  };
}

const ID = REQUIREMENT_IDS;
const col = (key: RegisterColumnKey): number => DEFAULT_LAYOUT.index[key];

/**
 * Evaluates the small formula subset the model emits (IF, AND, ISNUMBER, comparisons, *), with cell references
 * looked up in `cells`, so the tests check what the formulas compute and not only how they are spelt.
 */
function evaluate(formula: string, cells: Readonly<Record<string, unknown>>): unknown {
  const js = formula
    .replace(/"([^"]*)"/gu, (_m, s: string) => JSON.stringify(s))
    .replace(/\$?([A-Z]{1,3})\$?(\d+)\b/gu, (_m, c: string, r: string) => `cell(${JSON.stringify(c + r)})`)
    .replace(/\bIF\(/gu, "iff(")
    .replace(/\bAND\(/gu, "and(")
    .replace(/\bISNUMBER\(/gu, "isnum(");
  const fn = new Function("cell", "iff", "and", "isnum", `return (${js});`) as (...a: unknown[]) => unknown;
  return fn(
    (ref: string) => cells[ref] ?? "",
    (c: unknown, a: unknown, b: unknown) => (c ? a : b),
    (...xs: unknown[]) => xs.every(Boolean),
    (x: unknown) => typeof x === "number",
  );
}

describe("identifiers and columns", () => {
  test("stable names and localised sheet names", () => {
    expect(REGISTER_TABLE_NAME).toBe("AvtalskollRiskRegister");
    expect(SHEET_NAMES.register).toEqual({ sv: "Riskregister", en: "Risk register" });
    expect(SHEET_NAMES.matrix).toEqual({ sv: "Riskmatris", en: "Risk matrix" });
    expect(SHEET_NAMES.assessment).toEqual({ sv: "Riskbedömning", en: "Risk assessment" });
    expect(REGISTER_COLUMNS.map((c) => c.key)).toEqual([...REGISTER_COLUMN_KEYS]);
  });

  test("headers are unique in each language (Excel table column names must be)", () => {
    for (const lang of ["sv", "en"] as const) expect(new Set(registerHeaders(lang)).size).toBe(REGISTER_COLUMNS.length);
  });

  test("ownership: overrides and decisions are the user's, computed values and state the engine's", () => {
    const owner = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.owner]));
    for (const k of ["likelihood", "consequence", "measures", "owner", "decision", "date"]) expect(owner[k]).toBe("user");
    for (const k of ["ruleId", "source", "state", "computedLikelihood", "computedConsequence", "risk", "band"]) expect(owner[k]).toBe("engine");
    expect(REGISTER_COLUMNS.find((c) => c.key === "decision")!.options!.map((o) => o.sv)).toEqual(["Godta", "Godta med åtgärder", "Undanta information", "Avstå"]);
    expect(REGISTER_COLUMNS.find((c) => c.key === "decision")!.options!.map((o) => o.en)).toEqual(["Accept", "Accept with measures", "Exclude information", "Walk away"]);
  });

  test("findRegisterSheet in either language, by table after a rename, or not at all", () => {
    expect(findRegisterSheet(["Riskbedömning", "Riskregister"])).toBe("Riskregister");
    expect(findRegisterSheet(["Risk assessment", "Risk register"])).toBe("Risk register");
    expect(findRegisterSheet(["Sheet1", " risk REGISTER "])).toBe(" risk REGISTER ");
    expect(findRegisterSheet([{ name: "Riskregister" }, { name: "Mina risker", tables: ["AvtalskollRiskRegister"] }])).toBe("Mina risker");
    expect(findRegisterSheet(["Blad1"])).toBeUndefined();
  });

  test("columnLetter", () => {
    expect([1, 8, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "H", "Z", "AA", "AZ", "AAA"]);
  });
});

describe("buildRegisterRows", () => {
  const report = makeReport("avtal.docx", [
    { id: ID[0], status: "met", l: 1, c: 3 },
    { id: ID[1], status: "missing", l: 3, c: 3 },
    { id: ID[2], status: "contrary", l: 4, c: 4 },
    { id: ID[26], status: "not-applicable", l: 0, c: 0 },
  ]);

  test("one row per scored requirement; not applicable is left out; overrides start at the computed values", () => {
    const rows = buildRegisterRows([report]);
    expect(rows.map((r) => r.ruleId)).toEqual([ID[0], ID[1], ID[2]]);
    for (const r of rows) {
      expect(r.values.likelihood).toBe(r.values.computedLikelihood);
      expect(r.values.consequence).toBe(r.values.computedConsequence);
      expect(r.values.risk).toBe((r.values.likelihood as number) * (r.values.consequence as number));
      expect(r.values.band).toBe(BAND_LABEL[bandOf(r.values.risk as number)].sv);
      expect(r.values.state).toBe("Öppen");
      expect(r.values.source).toBe("avtal.docx");
      expect(r.key).toBe(registerKey(r.ruleId, "avtal.docx"));
    }
    expect(rows[0]!.values.evidence).toContain("7 Revision, stycke 3");
    expect(rows[0]!.values.evidence).toContain(`Citat för ${ID[0]}`);
    expect(rows[1]!.values.status).toBe("Saknas");
  });

  test("values follow the requested language", () => {
    const [row] = buildRegisterRows([report], "en");
    expect(row!.values.status).toBe("Met");
    expect(row!.values.state).toBe("Open");
    expect(row!.values.evidence).toContain("paragraph 3");
    expect(row!.formulas.band(2)).toContain('"Very high risk"');
  });

  test("blank and repeated document names still give unique keys", () => {
    const a = makeReport("", [{ id: ID[0], status: "met", l: 1, c: 1 }]);
    const b = makeReport("x.docx", [{ id: ID[0], status: "met", l: 1, c: 1 }]);
    const rows = buildRegisterRows([a, b, b, a]);
    expect(rows.map((r) => r.source)).toEqual(["Dokument 1", "x.docx", "x.docx (2)", "Dokument 4"]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  test("works on whatever report the engine gives (no dependence on specific findings)", () => {
    const rep = reviewParagraphs(
      [{ text: "Avtal om molntjänst" }, { text: "Detta avtal ska tolkas enligt svensk rätt." }, { text: "Kunden har rätt att genomföra revision hos leverantören." }],
      { name: "utkast.docx", inputs: { klassa: { K: 3, R: 2, T: 2 } } },
    );
    const rows = buildRegisterRows([rep]);
    const scored = rep.requirements.filter((r) => r.status !== "not-applicable");
    expect(rows).toHaveLength(scored.length);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  }, 120_000); // the first review compiles the whole rule catalogue

  test("row formula templates place the row number", () => {
    const [row] = buildRegisterRows([report]);
    expect(row!.formulas.risk(7)).toBe('IF(AND(ISNUMBER(H7),ISNUMBER(I7)),H7*I7,"")');
    expect(row!.formulas.band(7)).toBe('IF(ISNUMBER(J7),IF(J7>=12,"Mycket hög risk",IF(J7>=8,"Hög risk",IF(J7>=4,"Medelhög risk","Låg risk"))),"")');
  });
});

describe("formulas compute what the engine computes", () => {
  test.each([1, 2, 3, 4].flatMap((l) => [1, 2, 3, 4].map((c) => [l, c] as const)))("L=%i C=%i", (l, c) => {
    const risk = evaluate(riskFormula(2), { H2: l, I2: c });
    expect(risk).toBe(l * c);
    for (const lang of ["sv", "en"] as const) expect(evaluate(bandFormula(2, lang), { J2: risk })).toBe(BAND_LABEL[bandOf(l * c)][lang]);
  });

  test("blank likelihood or consequence gives blank risk and band, not zero", () => {
    expect(evaluate(riskFormula(2), { H2: "", I2: 3 })).toBe("");
    expect(evaluate(bandFormula(2, "sv"), { J2: "" })).toBe("");
  });
});

describe("conditional formats and validations", () => {
  test("one expression per band on the risk and band columns, exactly one true per risk value", () => {
    const cf = registerConditionalFormats(27);
    expect(cf.range).toBe("J2:K28");
    expect(cf.rules.map((r) => r.band)).toEqual(["low", "medium", "high", "very-high"]);
    for (let risk = 1; risk <= 16; risk++) {
      const hits = cf.rules.filter((r) => evaluate(r.formula, { J2: risk }));
      expect(hits.map((h) => h.band)).toEqual([bandOf(risk)]);
    }
    expect(cf.rules.filter((r) => evaluate(r.formula, { J2: "" }))).toEqual([]);
    expect(cf.rules.find((r) => r.band === "very-high")!.fill).toBe("C62828");
  });

  test("drop-downs on the user's 1–4 columns and the decision column only", () => {
    const v = registerValidations(10, "sv");
    expect(v.map((x) => [x.key, x.range])).toEqual([["likelihood", "H2:H11"], ["consequence", "I2:I11"], ["decision", "N2:N11"]]);
    expect(v[0]!.values).toEqual(["1", "2", "3", "4"]);
    expect(v[2]!.values).toEqual(["Godta", "Godta med åtgärder", "Undanta information", "Avstå"]);
  });
});

describe("matrix", () => {
  const rows = buildRegisterRows([
    makeReport("a.docx", [
      { id: ID[0], status: "missing", l: 3, c: 3 },
      { id: ID[1], status: "missing", l: 3, c: 3 },
      { id: ID[2], status: "contrary", l: 4, c: 2 },
    ]),
  ]);

  test("4×4 grid: likelihood 4..1 down, consequence 1..4 across, COUNTIFS over the register's open rows", () => {
    const m = buildMatrix("sv", rows);
    expect(m.sheetName).toBe("Riskmatris");
    expect(m.cells).toHaveLength(16);
    expect(m.cells.slice(0, 4).map((c) => [c.likelihood, c.consequence, c.address])).toEqual([[4, 1, "C4"], [4, 2, "D4"], [4, 3, "E4"], [4, 4, "F4"]]);
    expect(m.cells.slice(12).map((c) => [c.likelihood, c.consequence, c.address])).toEqual([[1, 1, "C7"], [1, 2, "D7"], [1, 3, "E7"], [1, 4, "F7"]]);
    for (const c of m.cells) {
      expect(c.formula).toBe(`COUNTIFS('Riskregister'!$H:$H,${c.likelihood},'Riskregister'!$I:$I,${c.consequence},'Riskregister'!$Q:$Q,"<>Stängd",'Riskregister'!$Q:$Q,"<>Closed")`);
      expect(c.band).toBe(bandOf(c.likelihood * c.consequence));
    }
    const count = (l: number, c: number): number => m.cells.find((x) => x.likelihood === l && x.consequence === c)!.count;
    expect(count(3, 3)).toBe(2);
    expect(count(4, 2)).toBe(1);
    expect(m.cells.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(m.likelihoodAxis.text).toBe("Sannolikhet");
    expect(m.consequenceAxis.text).toBe("Konsekvens");
    expect(m.likelihoodLevels.map((x) => x.text)).toEqual(["4 Mycket hög", "3 Hög", "2 Medel", "1 Låg"]);
    expect(m.consequenceLevels.map((x) => x.text)).toEqual(["1 Försumbar", "2 Måttlig", "3 Betydande", "4 Allvarlig"]);
  });

  test("English labels, custom sheet name, closed rows not counted", () => {
    const closed: RegisterRow = { ...rows[0]!, values: { ...rows[0]!.values, state: "Stängd" } };
    const m = buildMatrix("en", [closed, ...rows.slice(1)], { registerSheet: "Bob's risks" });
    expect(m.sheetName).toBe("Risk matrix");
    expect(m.likelihoodAxis.text).toBe("Likelihood");
    expect(m.consequenceLevels.map((x) => x.text)).toEqual(["1 Negligible", "2 Moderate", "3 Significant", "4 Severe"]);
    expect(m.cells[0]!.formula).toContain("'Bob''s risks'!$H:$H");
    expect(m.cells.find((x) => x.likelihood === 3 && x.consequence === 3)!.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe("mergeRegister", () => {
  const H = registerHeaders("sv");
  const run1 = buildRegisterRows([
    makeReport("a.docx", [
      { id: ID[0], status: "met", l: 1, c: 3 },
      { id: ID[1], status: "missing", l: 3, c: 3 },
      { id: ID[2], status: "weak", l: 2, c: 3 },
    ]),
  ]);
  const first = mergeRegister([], run1);

  test("into an empty sheet: header, every row added, formulas for their sheet rows", () => {
    expect(first.values[0]).toEqual(H);
    expect(first.values).toHaveLength(4);
    expect(first.summary).toEqual({ added: 3, updated: 0, closed: 0, unchanged: 0 });
    expect(first.values[2]![col("risk")]).toBe('=IF(AND(ISNUMBER(H3),ISNUMBER(I3)),H3*I3,"")');
    expect(first.values[2]![col("band")]).toMatch(/^=IF\(ISNUMBER\(J3\)/u);
    expect(first.values[1]![col("state")]).toBe("Öppen");
    expect(first.lang).toBe("sv");
  });

  test("the same run again changes nothing", () => {
    const again = mergeRegister(first.values, run1);
    expect(again.values).toEqual(first.values);
    expect(again.summary).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 3 });
  });

  test("user columns, extra columns and user rows survive; engine columns refresh; overrides follow only when untouched", () => {
    const sheet = first.values.map((r) => [...r, "egen"]);
    sheet[0]![sheet[0]!.length - 1] = "Kommentar";
    sheet[1]![col("measures")] = "Kryptering";
    sheet[1]![col("owner")] = "IT-chef";
    sheet[1]![col("decision")] = "Godta";
    sheet[1]![col("date")] = 45000;
    sheet[2]![col("likelihood")] = 1; // user lowered likelihood from 3
    sheet.splice(2, 0, ["", "", "Egen risk: leverantörens ekonomi", ...H.slice(3).map(() => ""), "notering"]);
    const run2 = buildRegisterRows([
      makeReport("a.docx", [
        { id: ID[0], status: "missing", l: 4, c: 3 },
        { id: ID[1], status: "contrary", l: 4, c: 4 },
        { id: ID[2], status: "weak", l: 2, c: 3 },
      ]),
    ]);
    const res = mergeRegister(sheet, run2);
    expect(res.summary).toEqual({ added: 0, updated: 2, closed: 0, unchanged: 1 });
    const [, a, user, b] = res.values;
    expect(user).toEqual(sheet[2]);
    expect(a![col("status")]).toBe("Saknas");
    expect(a![col("computedLikelihood")]).toBe(4);
    expect(a![col("likelihood")]).toBe(4); // untouched 1 == old computed 1: follows
    expect(a![col("measures")]).toBe("Kryptering");
    expect(a![col("owner")]).toBe("IT-chef");
    expect(a![col("decision")]).toBe("Godta");
    expect(a![col("date")]).toBe(45000);
    expect(a![H.length]).toBe("egen");
    expect(b![col("likelihood")]).toBe(1); // user's override kept
    expect(b![col("consequence")]).toBe(4); // untouched: follows 3 → 4
    // The row moved down one (user row inserted above): formulas follow the row it is on.
    expect(b![col("risk")]).toBe('=IF(AND(ISNUMBER(H4),ISNUMBER(I4)),H4*I4,"")');
  });

  test("absent keys are closed, not deleted; stay closed; reopen when they come back", () => {
    const run2 = run1.slice(0, 2);
    const r2 = mergeRegister(first.values, run2);
    expect(r2.summary).toEqual({ added: 0, updated: 0, closed: 1, unchanged: 2 });
    expect(r2.values).toHaveLength(4);
    expect(r2.values[3]![col("state")]).toBe("Stängd");
    expect(buildMatrixCountFromGrid(r2.values)).toBe(2);
    const r3 = mergeRegister(r2.values, run2);
    expect(r3.summary).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 3 });
    const r4 = mergeRegister(r3.values, run1);
    expect(r4.summary).toEqual({ added: 0, updated: 1, closed: 0, unchanged: 2 });
    expect(r4.values[3]![col("state")]).toBe("Öppen");
  });

  test("re-reviewing one document leaves another document's rows open unless close: all", () => {
    const both = mergeRegister(first.values, buildRegisterRows([makeReport("b.docx", [{ id: ID[0], status: "met", l: 1, c: 1 }])]));
    expect(both.summary).toEqual({ added: 1, updated: 0, closed: 0, unchanged: 3 });
    const onlyB = buildRegisterRows([makeReport("b.docx", [{ id: ID[0], status: "met", l: 1, c: 1 }])]);
    expect(mergeRegister(both.values, onlyB).summary.closed).toBe(0);
    expect(mergeRegister(both.values, onlyB, { close: "all" }).summary.closed).toBe(3);
  });

  test("new keys are appended after everything, including user rows", () => {
    const sheet = [...first.values, ["", "", "egen rad", ...H.slice(3).map(() => "")]];
    const more = buildRegisterRows([makeReport("a.docx", [
      { id: ID[0], status: "met", l: 1, c: 3 },
      { id: ID[1], status: "missing", l: 3, c: 3 },
      { id: ID[2], status: "weak", l: 2, c: 3 },
      { id: ID[5], status: "missing", l: 3, c: 2 },
    ])]);
    const res = mergeRegister(sheet, more);
    expect(res.summary).toEqual({ added: 1, updated: 0, closed: 0, unchanged: 3 });
    expect(res.values[4]![2]).toBe("egen rad");
    expect(res.values[5]![col("ruleId")]).toBe(ID[5]);
    expect(res.values[5]![col("risk")]).toBe('=IF(AND(ISNUMBER(H6),ISNUMBER(I6)),H6*I6,"")');
  });

  test("an English sheet stays English; reordered and missing columns are found by header", () => {
    const en = mergeRegister([], buildRegisterRows([makeReport("a.docx", [{ id: ID[0], status: "met", l: 1, c: 3 }])], "en"));
    // The user moves the owner column first and deletes the state column.
    const cols = en.values[0]!.map((_, i) => i).filter((i) => i !== col("state"));
    const order = [col("owner"), ...cols.filter((i) => i !== col("owner"))];
    const sheet = en.values.map((r) => order.map((i) => r[i]!));
    sheet[1]![0] = "Alice";
    const res = mergeRegister(sheet, buildRegisterRows([makeReport("a.docx", [{ id: ID[0], status: "missing", l: 3, c: 3 }])], "en"));
    expect(res.lang).toBe("en");
    expect(res.values[0]!.at(-1)).toBe("State");
    expect(res.values[1]![0]).toBe("Alice");
    expect(res.values[1]!.at(-1)).toBe("Open");
    expect(res.layout.index.likelihood).toBe(8);
    expect(res.values[1]![res.layout.index.risk]).toBe('=IF(AND(ISNUMBER(I2),ISNUMBER(J2)),I2*J2,"")');
    expect(res.values[1]![res.layout.index.band]).toContain('"Very high risk"');
  });

  test("engine text that looks like a formula is kept as text, and still matches on the next run", () => {
    const rows = buildRegisterRows([makeReport("=HYPERLINK(1).docx", [{ id: ID[0], status: "met", l: 1, c: 3 }])]);
    const a = mergeRegister([], rows);
    expect(a.values[1]![col("source")]).toBe("'=HYPERLINK(1).docx");
    expect(guardText("-x")).toBe("'-x");
    expect(mergeRegister(a.values, rows).summary).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 1 });
    // Excel may hand the text back without its apostrophe; a closed row written back is guarded again.
    const readBack = a.values.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)));
    const closed = mergeRegister(readBack, [], { close: "all" });
    expect(closed.summary.closed).toBe(1);
    expect(closed.values[1]![col("source")]).toBe("'=HYPERLINK(1).docx");
  });

  test("a blank sheet is treated as no register; a requirement id without a source is the user's row", () => {
    expect(mergeRegister([[""]], run1).values).toEqual(first.values);
    const typed = [ID[0], ...H.slice(1).map(() => "")];
    typed[col("measures")] = "egen anteckning";
    const res = mergeRegister([...first.values, typed], run1, { close: "all" });
    expect(res.values[4]).toEqual(typed);
    expect(res.summary).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 3 });
  });

  test("the merge's layout drives formats, validations and the matrix", () => {
    const moved = mergeRegister([["Anteckning", ...H]], run1);
    expect(registerConditionalFormats(3, moved.layout).range).toBe("K2:L4");
    expect(registerValidations(3, "sv", moved.layout).map((v) => v.range)).toEqual(["I2:I4", "J2:J4", "O2:O4"]);
    expect(buildMatrix("sv", [], { layout: moved.layout }).cells[0]!.formula).toContain("'Riskregister'!$I:$I,4,'Riskregister'!$J:$J,1,'Riskregister'!$R:$R");
  });

  test("duplicate incoming keys are written once; header offset moves formulas", () => {
    const res = mergeRegister([], [...run1, ...run1], { headerRow: 5, firstColumn: 2 });
    expect(res.values).toHaveLength(4);
    expect(res.values[1]![col("risk")]).toBe('=IF(AND(ISNUMBER(I6),ISNUMBER(J6)),I6*J6,"")');
  });
});

/** Counts open engine rows the way the matrix's COUNTIFS does. */
function buildMatrixCountFromGrid(grid: readonly (readonly RegisterCell[])[]): number {
  return grid.slice(1).filter((r) => toLevel(r[col("likelihood")]) !== null && toLevel(r[col("consequence")]) !== null && r[col("state")] !== STATE_LABEL.closed.sv).length;
}

// ---------------------------------------------------------------------------------------------------------
// Property: whatever the user does to their own cells, columns and rows, and however findings change between
// runs, a merge never loses or alters a user-owned value and never duplicates a key.

const POOL_IDS = ID.slice(0, 6);
const SOURCES = ["a.docx", "b.docx"];
const STATUSES: readonly Status[] = ["met", "weak", "missing", "contrary", "not-applicable"];
const USER_KEYS: readonly RegisterColumnKey[] = REGISTER_COLUMNS.filter((c) => c.owner === "user").map((c) => c.key);

const runArb = fc.array(
  fc.record({ id: fc.constantFrom(...POOL_IDS), source: fc.constantFrom(...SOURCES), status: fc.constantFrom(...STATUSES), l: fc.integer({ min: 1, max: 4 }), c: fc.integer({ min: 1, max: 4 }) }),
  { maxLength: 12 },
);
const cellArb: fc.Arbitrary<RegisterCell> = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 5 }), fc.constant(""), fc.constant(null), fc.constantFrom("1", "3", "=A1", "Godta"));
const editArb = fc.oneof(
  fc.record({ kind: fc.constant("cell" as const), row: fc.nat(), key: fc.constantFrom(...USER_KEYS), value: cellArb }),
  fc.record({ kind: fc.constant("extra-cell" as const), row: fc.nat(), extra: fc.nat(), value: cellArb }),
  fc.record({ kind: fc.constant("column" as const), at: fc.nat(), name: fc.string({ maxLength: 4 }).map((s) => `Extra ${s}`) }),
  fc.record({ kind: fc.constant("row" as const), at: fc.nat(), cells: fc.array(cellArb, { maxLength: 20 }) }),
);

function rowsFor(run: readonly { id: RequirementId; source: string; status: Status; l: number; c: number }[]): RegisterRow[] {
  // One report per source, first occurrence of each id wins (a report lists a requirement once).
  const reports = SOURCES.map((s) => {
    const seen = new Set<string>();
    return makeReport(s, run.filter((r) => r.source === s && !seen.has(r.id) && seen.add(r.id)));
  });
  return buildRegisterRows(reports);
}

/** Applies user edits; only user-owned cells, unknown columns and key-less rows are touched. */
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;
function applyEdits(grid: RegisterCell[][], edits: readonly Edit[]): RegisterCell[][] {
  const g = grid.map((r) => [...r]);
  if (g.length === 0) return g; // no sheet yet: the first run creates it
  for (const e of edits) {
    const header = g[0]!;
    const idx = (key: RegisterColumnKey): number => header.findIndex((h) => h === REGISTER_COLUMNS.find((c) => c.key === key)!.header.sv);
    const extras = header.map((h, i) => [h, i] as const).filter(([h]) => typeof h === "string" && h.startsWith("Extra ")).map(([, i]) => i);
    if (e.kind === "cell" && g.length > 1) {
      const row = g[1 + (e.row % (g.length - 1))]!;
      row[idx(e.key)] = e.value;
    } else if (e.kind === "extra-cell" && g.length > 1 && extras.length > 0) {
      g[1 + (e.row % (g.length - 1))]![extras[e.extra % extras.length]!] = e.value;
    } else if (e.kind === "column") {
      const at = e.at % (header.length + 1);
      g.forEach((r, i) => r.splice(at, 0, i === 0 ? e.name : ""));
    } else if (e.kind === "row") {
      const width = header.length;
      const cells = Array.from({ length: width }, (_, i) => e.cells[i] ?? "");
      cells[idx("ruleId")] = ""; // a user's own row has no requirement id
      g.splice(1 + (e.at % g.length), 0, cells);
    }
  }
  return g;
}

const keyOf = (row: readonly RegisterCell[], header: readonly RegisterCell[]): string | null => {
  const id = row[header.indexOf(REGISTER_COLUMNS[0]!.header.sv)];
  const src = row[header.indexOf(REGISTER_COLUMNS.find((c) => c.key === "source")!.header.sv)];
  return typeof id === "string" && (REQUIREMENT_IDS as readonly string[]).includes(id) ? registerKey(id, String(src ?? "")) : null;
};

test("property: merges never lose or alter a user-owned value and never duplicate a key", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(runArb, fc.array(editArb, { maxLength: 8 })), { minLength: 1, maxLength: 4 }), (steps) => {
      let grid: RegisterCell[][] = [];
      for (const [run, edits] of steps) {
        const before = applyEdits(grid, edits);
        const incoming = rowsFor(run);
        const res = mergeRegister(before, incoming);
        const after = res.values;
        const hb = before[0] ?? [];
        const ha = after[0]!;

        // Existing rows and columns keep their places; nothing is deleted.
        expect(after.length).toBe(Math.max(1, before.length) + res.summary.added);
        for (let j = 0; j < hb.length; j++) expect(ha[j]).toBe(hb[j]);

        const known = new Map(REGISTER_COLUMNS.map((c) => [c.header.sv, c]));
        const fresh = new Map(incoming.map((r) => [r.key, r]));
        const at = (row: readonly RegisterCell[], header: readonly RegisterCell[], key: RegisterColumnKey): RegisterCell | undefined =>
          row[header.indexOf(REGISTER_COLUMNS.find((c) => c.key === key)!.header.sv)];

        for (let i = 1; i < before.length; i++) {
          const b = before[i]!;
          const a = after[i]!;
          const key = keyOf(b, hb);
          for (let j = 0; j < hb.length; j++) {
            const column = known.get(hb[j] as string);
            const bv = b[j] === undefined ? "" : b[j];
            if (key === null || !column) {
              // A user's row, or a column the model does not know: exactly as it was.
              expect(a[j]).toEqual(bv);
            } else if (column.key === "likelihood" || column.key === "consequence") {
              const computed = at(b, hb, column.key === "likelihood" ? "computedLikelihood" : "computedConsequence");
              const next = fresh.get(key);
              if (next && toLevel(bv) === toLevel(computed) && toLevel(bv) !== null) expect(a[j]).toBe(next.values[column.key === "likelihood" ? "computedLikelihood" : "computedConsequence"]);
              else expect(a[j]).toEqual(bv);
            } else if (column.owner === "user") {
              expect(a[j]).toEqual(bv);
            }
          }
        }

        // Every engine key appears once; every incoming key is present and open.
        const keys = after.slice(1).map((r) => keyOf(r, ha)).filter((k): k is string => k !== null);
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of fresh.keys()) {
          const row = after.find((r, i) => i > 0 && keyOf(r, ha) === k)!;
          expect(row).toBeDefined();
          expect(at(row, ha, "state")).toBe("Öppen");
        }
        const s = res.summary;
        expect(s.added + s.updated + s.closed + s.unchanged).toBe(keys.length);
        grid = after;
      }
    }),
    { numRuns: 300 },
  );
});
