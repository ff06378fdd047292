// Language detection per document and per paragraph.
import { detectDocumentLanguage, detectLanguage } from "../../src/analysis/language";

describe("language detection", () => {
  test("tells Swedish from English", () => {
    expect(detectLanguage("Leverantören ska underrätta Kunden utan dröjsmål och senast inom 24 timmar.", "en")).toBe("sv");
    expect(detectLanguage("The Supplier shall notify the Customer without undue delay.", "sv")).toBe("en");
  });
  test("falls back when a paragraph says too little", () => {
    expect(detectLanguage("ISO/IEC 27001", "sv")).toBe("sv");
    expect(detectLanguage("ISO/IEC 27001", "en")).toBe("en");
  });
  test("a mixed document takes the dominant language", () => {
    const ps = [{ text: "Detta avtal gäller för tjänsten och de bilagor som anges nedan." }, { text: "Annex 2 is in English." }, { text: "Leverantören ska följa avtalet och alla bilagor." }];
    expect(detectDocumentLanguage(ps)).toBe("sv");
  });
});
