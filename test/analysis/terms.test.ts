// The term language: Unicode word edges, inflection and compound wildcards, gaps and numbers.
import { compileTerms, foldCase, TermSyntaxError } from "../../src/analysis/terms";

/** Matches like the engine does: on case-folded text, reporting the original text at the match. */
const matches = (terms: string[], text: string): string | undefined => {
  const m = compileTerms(terms).regex.exec(foldCase(text));
  return m ? text.slice(m.index, m.index + m[0].length) : undefined;
};

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
    expect(compileTerms(["within #n hours", "*biträde*"]).gateWords).toEqual([
      { word: "within", lead: true, trail: true },
      { word: "biträde", lead: false, trail: false },
    ]);
  });
});

test("hyphens and slashes in terms are literal (the u flag rejects needless escapes)", () => {
  expect(matches(["follow-the-sun"], "a follow-the-sun model")).toBe("follow-the-sun");
  expect(matches(["EU/EES"], "inom EU/EES")).toBe("EU/EES");
});

test("case folding keeps the text's length, so offsets stay valid", () => {
  const text = "İSTANBUL och ÅÄÖ";
  expect(foldCase(text)).toHaveLength(text.length);
  expect(foldCase("ÅÄÖ Revision")).toBe("åäö revision");
});
