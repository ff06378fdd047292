// The term language: Unicode word edges, inflection and compound wildcards, gaps and numbers.
import { compileTerms, TermSyntaxError } from "../../src/analysis/terms";

const matches = (terms: string[], text: string): string | undefined => compileTerms(terms).regex.exec(text)?.[0];

describe("term language", () => {
  test("å, ä and ö are letters at word edges, unlike JavaScript's \\b", () => {
    expect(matches(["år"], "inom ett år från")).toBe("år");
    expect(matches(["år"], "innevarande århundrade")).toBeUndefined();
    expect(matches(["rätt"], "revisionsrätt")).toBeUndefined();
  });

  test("a trailing * covers inflection", () => {
    expect(matches(["revision*"], "Revisionen ska ske årligen")).toBe("Revisionen");
    expect(matches(["revision*"], "förrevision")).toBeUndefined();
  });

  test("a leading * covers Swedish compounds", () => {
    expect(matches(["*biträde*"], "Underbiträdet ska")).toBe("Underbiträdet");
    expect(matches(["*biträde*"], "personuppgiftsbiträden")).toBe("personuppgiftsbiträden");
  });

  test("case does not matter, also for Swedish capitals", () => {
    expect(matches(["säkerhetsskydd*"], "SÄKERHETSSKYDDSAVTAL")).toBe("SÄKERHETSSKYDDSAVTAL");
  });

  test("~N allows at most N words in between, across punctuation", () => {
    expect(matches(["prior ~2 approval"], "prior written, specific approval")).toBeDefined();
    expect(matches(["prior ~1 approval"], "prior written, specific approval")).toBeUndefined();
  });

  test("#n matches digits and spelled-out numbers with the digits in brackets", () => {
    expect(matches(["within #n hours"], "within twenty-four (24) hours")).toBe("within twenty-four (24) hours");
    expect(matches(["inom #n timmar"], "inom 48 timmar")).toBe("inom 48 timmar");
    expect(matches(["inom #n timmar"], "inom tjugofyra timmar")).toBe("inom tjugofyra timmar");
  });

  test("punctuation inside a term is literal, and needs no word edge", () => {
    expect(matches(["lag (2020:914)"], "enligt lag (2020:914) om tystnadsplikt")).toBe("lag (2020:914)");
    expect(matches(["ISO/IEC 27001"], "certifierad enligt ISO/IEC 27001:2022")).toBe("ISO/IEC 27001");
  });

  test("malformed terms are catalogue bugs and throw", () => {
    expect(() => compileTerms([])).toThrow(TermSyntaxError);
    expect(() => compileTerms(["~2 audit"])).toThrow(TermSyntaxError);
    expect(() => compileTerms(["audit ~2"])).toThrow(TermSyntaxError);
    expect(() => compileTerms(["#nope"])).toThrow(TermSyntaxError);
    expect(() => compileTerms(["#n"])).toThrow(TermSyntaxError);
  });

  test("every phrase offers a gate word for the pre-filter", () => {
    expect(compileTerms(["within #n hours", "*biträde*"]).gateWords).toEqual(["within", "biträde"]);
  });
});

test("hyphens and slashes in terms are literal (the u flag rejects needless escapes)", () => {
  expect(compileTerms(["follow-the-sun"]).regex.exec("a follow-the-sun model")?.[0]).toBe("follow-the-sun");
  expect(compileTerms(["EU/EES"]).regex.exec("inom EU/EES")?.[0]).toBe("EU/EES");
});
