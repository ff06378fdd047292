// Tests for the .txt/.md reader: encodings, binary detection, paragraph splitting and Markdown structure.
import fc from "fast-check";
import type { Paragraph } from "../../src/analysis/types";
import type { ReadResult } from "../../src/documents/errors";
import { MAX_PARAGRAPHS, MAX_PARAGRAPH_CHARS } from "../../src/documents/limits";
import { decodeText, looksBinary, readText, stripMarkdownInline } from "../../src/documents/read-text";
import { pseudoRandomBytes } from "./fixtures";

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));

function paragraphsOf(result: ReadResult): Paragraph[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}`);
  return result.paragraphs;
}
const txt = (s: string): string[] => paragraphsOf(readText(utf8(s), "txt")).map((x) => x.text);
const md = (s: string): Paragraph[] => paragraphsOf(readText(utf8(s), "md"));

describe("decoding", () => {
  const swedish = "Personuppgiftsbiträdet ska följa Kundens instruktioner. ÅÄÖ åäö é €";

  it("reads UTF-8 with and without a byte order mark", () => {
    expect(txt(swedish)).toEqual([swedish]);
    expect(paragraphsOf(readText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(swedish)]), "txt"))[0]?.text).toBe(swedish);
  });

  it("reads UTF-16 LE and BE with a byte order mark, and LE without one", () => {
    const le = Buffer.from(swedish, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(paragraphsOf(readText(new Uint8Array([0xff, 0xfe, ...le]), "txt"))[0]?.text).toBe(swedish);
    expect(paragraphsOf(readText(new Uint8Array([0xfe, 0xff, ...be]), "txt"))[0]?.text).toBe(swedish);
    expect(paragraphsOf(readText(new Uint8Array(le), "txt"))[0]?.text).toBe(swedish);
  });

  it("falls back to windows-1252 (latin1) for invalid UTF-8, as older Swedish files are", () => {
    const latin1 = new Uint8Array(Buffer.from("Avtalet gäller från år 2024 X för Kommunen.\x1a", "latin1"));
    // 0x96 is an en dash in windows-1252 (not in latin1), so set it by hand; 0x1a is the DOS end-of-file mark old files carry.
    latin1[latin1.indexOf(0x58)] = 0x96;
    expect(paragraphsOf(readText(latin1, "txt"))[0]?.text).toBe("Avtalet gäller från år 2024 – för Kommunen.");
    expect(decodeText(new Uint8Array([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0x80]))).toBe("åäöÅÄÖ€");
  });

  it("handles Windows and old Mac line endings", () => {
    expect(txt("Första stycket.\r\n\r\nAndra stycket\r\nfortsätter.\rTredje rad.")).toEqual(["Första stycket.", "Andra stycket fortsätter. Tredje rad."]);
  });
});

describe("binary detection", () => {
  it("refuses random bytes, NUL bytes and control-character junk as binary-content", () => {
    expect(readText(pseudoRandomBytes(10_000), "txt")).toEqual({ ok: false, code: "binary-content" });
    expect(readText(utf8("Avtal\u0000\u0000text"), "txt")).toEqual({ ok: false, code: "binary-content" });
    const controls = utf8("abc\u0001\u0002\u0003\u0004\u0005def\u0006\u0007\u000b\u000e\u000f".repeat(50));
    expect(readText(controls, "md")).toEqual({ ok: false, code: "binary-content" });
  });

  it("refuses known binary formats renamed to .txt (PDF, zip/docx, PNG)", () => {
    expect(readText(utf8("%PDF-1.7\n1 0 obj\n"), "txt")).toEqual({ ok: false, code: "binary-content" });
    expect(readText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x41, 0x42]), "txt")).toEqual({ ok: false, code: "binary-content" });
    expect(readText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "txt")).toEqual({ ok: false, code: "binary-content" });
  });

  it("accepts tabs, form feeds and line breaks as text", () => {
    expect(looksBinary("7.2\tRevision\fSida 2\r\n")).toBe(false);
  });
});

describe("plain text paragraphs", () => {
  it("joins hard-wrapped lines and splits on blank lines", () => {
    const text = "Leverantören ska på begäran\nge Kunden tillgång till\n   dokumentation.\n\n\nNästa   stycke med  mellanrum.\n";
    expect(txt(text)).toEqual(["Leverantören ska på begäran ge Kunden tillgång till dokumentation.", "Nästa   stycke med  mellanrum."]);
  });

  it("starts a new paragraph at clause numbers, list items, headings and table rows, keeping the text as written", () => {
    const text = [
      "7 REVISION",
      "7.1 Kunden har rätt att",
      "genomföra revision.",
      "7.2\tLeverantören ska bistå.",
      "12. Ansvar",
      "§ 3 Sekretess",
      "- punkt ett",
      "fortsätter här",
      "* punkt två",
      "1) första",
      "a) andra",
      "(b) tredje",
      "# Inte markdown i txt",
      "| A | B |",
      "**fet** och [länk](https://x.se)",
    ].join("\n");
    expect(paragraphsOf(readText(utf8(text), "txt"))).toEqual([
      { text: "7 REVISION", kind: "body" },
      { text: "7.1 Kunden har rätt att genomföra revision.", kind: "body" },
      { text: "7.2\tLeverantören ska bistå.", kind: "body" },
      { text: "12. Ansvar", kind: "list-item" },
      { text: "§ 3 Sekretess", kind: "body" },
      { text: "- punkt ett fortsätter här", kind: "list-item" },
      { text: "* punkt två", kind: "list-item" },
      { text: "1) första", kind: "list-item" },
      { text: "a) andra", kind: "list-item" },
      { text: "(b) tredje", kind: "list-item" },
      { text: "# Inte markdown i txt", kind: "body" },
      { text: "| A | B |", kind: "body" },
      { text: "**fet** och [länk](https://x.se)", kind: "body" },
    ]);
  });

  it("does not split at numbers that are not clause numbers", () => {
    expect(txt("Avgiften är\n100 000 kronor per år\n2024 och framåt.")).toEqual(["Avgiften är 100 000 kronor per år 2024 och framåt."]);
  });

  it("drops decorative separator lines", () => {
    expect(txt("AVTAL\n=====\nText här.\n-----\nMer text.")).toEqual(["AVTAL", "Text här.", "Mer text."]);
  });

  it("returns empty-document for empty or blank files", () => {
    expect(readText(new Uint8Array(0), "txt")).toEqual({ ok: false, code: "empty-document" });
    expect(readText(utf8(" \n\n\t \r\n"), "txt")).toEqual({ ok: false, code: "empty-document" });
    expect(readText(new Uint8Array([0xef, 0xbb, 0xbf]), "md")).toEqual({ ok: false, code: "empty-document" });
    expect(readText(utf8("---\n***\n"), "md")).toEqual({ ok: false, code: "empty-document" });
  });

  it("returns too-many-paragraphs past the limit", () => {
    const text = Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, i) => `Stycke ${i}`).join("\n\n");
    expect(readText(utf8(text), "txt")).toEqual({ ok: false, code: "too-many-paragraphs", details: { limit: MAX_PARAGRAPHS } });
    expect(paragraphsOf(readText(utf8(Array.from({ length: MAX_PARAGRAPHS }, (_, i) => `S ${i}`).join("\n\n")), "txt")).length).toBe(MAX_PARAGRAPHS);
  });

  it("splits one enormous paragraph into bounded pieces without losing words", () => {
    const words = Array.from({ length: 60_000 }, (_, i) => `ord${i}`);
    const result = paragraphsOf(readText(utf8(words.join(" ")), "txt"));
    expect(result.length).toBeGreaterThan(1);
    for (const p of result) expect(p.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    expect(result.map((p) => p.text).join(" ")).toBe(words.join(" "));
  });
});

describe("markdown", () => {
  it("reads ATX and setext headings with levels, without the markup", () => {
    const text = "# Molntjänstavtal\n\n## 7 Revision ##\n\n###### Djup\n\nÖversikt\n========\n\nUnderrubrik\nmed två rader\n---\n\n#Ingen rubrik";
    expect(md(text)).toEqual([
      { text: "Molntjänstavtal", kind: "heading", level: 1 },
      { text: "7 Revision", kind: "heading", level: 2 },
      { text: "Djup", kind: "heading", level: 6 },
      { text: "Översikt", kind: "heading", level: 1 },
      { text: "Underrubrik med två rader", kind: "heading", level: 2 },
      { text: "#Ingen rubrik", kind: "body" },
    ]);
  });

  it("reads list items (bullets removed, numbers kept) and joins their continuation lines", () => {
    const text = "Leverantören ska:\n- lagra data i Sverige,\n  inom EU/EES\n* ge tillgång till loggar\n+ radera data\n1. Första\n2) Andra\n   - underpunkt";
    expect(md(text)).toEqual([
      { text: "Leverantören ska:", kind: "body" },
      { text: "lagra data i Sverige, inom EU/EES", kind: "list-item" },
      { text: "ge tillgång till loggar", kind: "list-item" },
      { text: "radera data", kind: "list-item" },
      { text: "1. Första", kind: "list-item" },
      { text: "2) Andra", kind: "list-item" },
      { text: "underpunkt", kind: "list-item" },
    ]);
  });

  it("makes each table cell a paragraph, rows in order, dropping the separator row", () => {
    const text = "| Krav | Svar |\n|:-----|-----:|\n| Revision | Ja, **årligen** |\n| Pipe \\| tecken | |\n\nEfter tabellen.";
    expect(md(text)).toEqual([
      { text: "Krav", kind: "table-cell" },
      { text: "Svar", kind: "table-cell" },
      { text: "Revision", kind: "table-cell" },
      { text: "Ja, årligen", kind: "table-cell" },
      { text: "Pipe | tecken", kind: "table-cell" },
      { text: "Efter tabellen.", kind: "body" },
    ]);
  });

  it("drops horizontal rules and front matter, and strips emphasis and link syntax", () => {
    const text =
      "---\ntitle: Avtal\nversion: 2\n---\n\nText **fet** och __också fet__ med [länk](https://exempel.se \"titel\") och ![bild](a.png).\n\n***\n\n_ _ _\n\nSe <https://skr.se> och `kod`. Fält: ________ och snake_case_namn.";
    expect(md(text).map((p) => p.text)).toEqual([
      "Text fet och också fet med länk och bild.",
      "Se https://skr.se och kod. Fält: ________ och snake_case_namn.",
    ]);
  });

  it("keeps a document that opens with a rule (not front matter)", () => {
    expect(md("---\nAvtalstext\n---\nMer").map((p) => p.text)).toEqual(["Avtalstext", "Mer"]);
  });
});

describe("robustness", () => {
  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("txt" as const, "md" as const), (bytes, format) => {
        const result = readText(bytes, format);
        if (result.ok) for (const p of result.paragraphs) expect(p.text).toBe(p.text.trim());
        else expect(["binary-content", "empty-document"]).toContain(result.code);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text, and every paragraph is non-empty and trimmed", () => {
    const pieces = fc.constantFrom("#", "##", "-", "*", "|", "\n", "\n\n", " ", "===", "---", "[a](b)", "**", "__", "1.", "7.2 ", "å", "text", "\\", "`", "<", ">");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 80 }).map((a) => a.join(""))), (s) => {
        for (const format of ["txt", "md"] as const) {
          const result = readText(utf8(s), format);
          if (result.ok) for (const p of result.paragraphs) expect(p.text.length > 0 && p.text === p.text.trim()).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("handles pathological markdown in linear time (completes)", () => {
    const inputs = ["[".repeat(200_000), "**a".repeat(100_000), "__a ".repeat(100_000), "![](".repeat(100_000), "`".repeat(200_000), `# ${" ".repeat(200_000)}#x`, "|".repeat(200_000)];
    for (const s of inputs) {
      const result = readText(utf8(s), "md");
      expect(result.ok || result.code === "empty-document").toBe(true);
    }
    expect(stripMarkdownInline("[a](b) **c**")).toBe("a c");
  });
});

test("soft hyphens and zero-width characters are removed so words match", () => {
  const r = readText(new TextEncoder().encode("Loca\u00ADtion of the sub\u200Bprocessor"), "txt");
  expect(r.ok && r.paragraphs[0]!.text).toBe("Location of the subprocessor");
});
