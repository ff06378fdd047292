// Tests that every read error has a clear one-line message in Swedish and English, and that limits are described for --help.
import { describeException, errorMessage, READ_ERROR_CODES, readFailure, type ReadErrorDetails } from "../../src/documents/errors";
import { LIMITS_SUMMARY, MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES, MAX_PARAGRAPHS } from "../../src/documents/limits";

const LANGS = ["sv", "en"] as const;

const SAMPLE_DETAILS: ReadErrorDetails = {
  path: "/tmp/avtal.docx",
  extension: ".pdf",
  size: 52_428_800,
  limit: MAX_FILE_BYTES,
  entry: "word/document.xml",
  reason: "EIO",
  kind: "directory",
};

function looksLikeStackTrace(message: string): boolean {
  return /\n|\bat .+:\d+:\d+|\bat Object\.|Error:|node_modules/.test(message);
}

describe("errorMessage", () => {
  it.each(READ_ERROR_CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const)))("%s has a one-line %s message with and without details", (code, lang) => {
    for (const details of [undefined, SAMPLE_DETAILS]) {
      const message = errorMessage(code, lang, details);
      expect(message.length).toBeGreaterThan(10);
      expect(looksLikeStackTrace(message)).toBe(false);
      expect(message).toMatch(/[.!]$/);
      expect(message).not.toMatch(/undefined|NaN|\[object/);
    }
    const other = lang === "sv" ? "en" : "sv";
    expect(errorMessage(code, lang)).not.toBe(errorMessage(code, other));
  });

  it("writes natural Swedish and English for the common cases", () => {
    expect(errorMessage("corrupt-docx", "sv")).toBe("Filen är inte ett giltigt Word-dokument (.docx): den går inte att packa upp.");
    expect(errorMessage("corrupt-docx", "en")).toBe("The file is not a valid Word document (.docx): it cannot be unzipped.");
    expect(errorMessage("too-large", "sv", { size: 52_428_800, limit: MAX_FILE_BYTES })).toBe("Filen är för stor för att granskas (50 MB); gränsen är 25 MB.");
    expect(errorMessage("too-large", "en", { size: 27_000_000, limit: MAX_FILE_BYTES })).toBe("The file is too large to review (25.7 MB); the limit is 25 MB.");
    expect(errorMessage("too-large", "sv", { size: 27_000_000 })).toBe("Filen är för stor för att granskas (25,7 MB).");
    expect(errorMessage("file-not-found", "sv", { path: "avtal.docx" })).toBe("Filen finns inte: avtal.docx.");
    expect(errorMessage("not-a-file", "en", { path: "contracts", kind: "directory" })).toBe("contracts is a folder, not a file.");
    expect(errorMessage("unsupported-type", "sv", { extension: ".pdf" })).toBe("Filtypen .pdf stöds inte. Använd .docx, .txt eller .md.");
    expect(errorMessage("too-many-paragraphs", "sv", { limit: MAX_PARAGRAPHS })).toBe("Dokumentet har för många stycken för att granskas (fler än 100\u00a0000).");
    expect(errorMessage("too-many-paragraphs", "en", { limit: MAX_PARAGRAPHS })).toBe("The document has too many paragraphs to review (more than 100,000).");
    expect(errorMessage("zip-bomb", "sv", { entry: "word/document.xml", reason: "declared-size", size: 209_715_200, limit: MAX_DECOMPRESSED_BYTES })).toBe(
      "Word-dokumentet lästes inte av säkerhetsskäl (möjlig zip-bomb): word/document.xml packas upp till 200 MB (gränsen är 100 MB).",
    );
    expect(errorMessage("zip-bomb", "en", { entry: "word/document.xml", reason: "ratio", ratio: 1029, limit: 100 })).toBe(
      "The Word document was not read for safety reasons (possible zip bomb): word/document.xml is compressed 1,029:1 (the limit is 100:1).",
    );
    expect(errorMessage("corrupt-docx", "sv", { reason: "missing-part", part: "word/document.xml" })).toBe(
      "Filen är inte ett giltigt Word-dokument (.docx): dokumentdelen word/document.xml saknas.",
    );
  });

  it("keeps messages on one line even when details carry a multi-line exception text", () => {
    const reason = "EIO: i/o error, read\n    at async open (node:internal/fs/promises:639:25)\n    at Object.<anonymous> (x.js:1:1)";
    for (const lang of LANGS) {
      const message = errorMessage("read-failed", lang, { path: "a\nb.txt", reason });
      expect(message).not.toContain("\n");
      expect(message).not.toMatch(/\bat /);
    }
  });

  it("describes exceptions by code or first message line, never by stack", () => {
    const error = Object.assign(new Error("boom\nsecond line"), { code: "EMFILE" });
    expect(describeException(error)).toBe("EMFILE");
    expect(describeException(new Error("first\n    at x (y.js:1:2)"))).toBe("first");
    expect(describeException("plain")).toBe("plain");
    expect(describeException(undefined)).toBe("unknown error");
    expect(describeException(new Error("x".repeat(1000))).length).toBeLessThanOrEqual(200);
  });

  it("builds failure values without an empty details object", () => {
    expect(readFailure("empty-document")).toEqual({ ok: false, code: "empty-document" });
    expect(Object.keys(readFailure("empty-document"))).not.toContain("details");
  });
});

describe("LIMITS_SUMMARY", () => {
  it("describes the limits on one line in both languages", () => {
    for (const lang of LANGS) {
      const text = LIMITS_SUMMARY[lang];
      expect(text).not.toContain("\n");
      expect(text).toContain("25 MB");
      expect(text).toContain("100 MB");
      expect(text).toContain("100:1");
    }
    expect(LIMITS_SUMMARY.sv).toContain("100 000 stycken");
    expect(LIMITS_SUMMARY.en).toContain("100,000 paragraphs");
  });
});
