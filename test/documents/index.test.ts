// Tests for choosing a reader by file name: supported types, legacy .doc, unsupported types and the size limit.
import { documentFormatOf, extensionOf, readDocumentBytes } from "../../src/documents/index";
import { MAX_FILE_BYTES } from "../../src/documents/limits";
import { documentXml, makeDocx, p } from "./fixtures";

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));

describe("extensionOf / documentFormatOf", () => {
  it("finds the extension in names and paths, case-insensitively", () => {
    expect(extensionOf("Avtal.DOCX")).toBe(".docx");
    expect(extensionOf("C:\\Avtal\\utkast.v2.md")).toBe(".md");
    expect(extensionOf("/tmp/dir.d/README")).toBe("");
    expect(extensionOf(".bashrc")).toBe("");
    expect(documentFormatOf("a.markdown")).toBe("md");
    expect(documentFormatOf("a.txt")).toBe("txt");
    expect(documentFormatOf("a.doc")).toBe("legacy-doc");
    expect(documentFormatOf("a.pdf")).toBeUndefined();
    expect(documentFormatOf("a.constructor")).toBeUndefined();
  });
});

describe("readDocumentBytes", () => {
  it("reads .docx, .txt, .md and .markdown", async () => {
    const docx = await makeDocx({ body: p("Från Word") });
    expect(await readDocumentBytes("Avtal.DOCX", docx)).toEqual({ ok: true, paragraphs: [{ text: "Från Word", kind: "body" }] });
    expect(await readDocumentBytes("a.txt", utf8("Text"))).toEqual({ ok: true, paragraphs: [{ text: "Text", kind: "body" }] });
    expect(await readDocumentBytes("a.md", utf8("# Rubrik"))).toEqual({ ok: true, paragraphs: [{ text: "Rubrik", kind: "heading", level: 1 }] });
    expect(await readDocumentBytes("a.markdown", utf8("**Fet**"))).toEqual({ ok: true, paragraphs: [{ text: "Fet", kind: "body" }] });
  });

  it("refuses .doc as legacy-doc, but reads a .docx that was saved with a .doc name", async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    expect(await readDocumentBytes("gammalt.doc", cfb)).toEqual({ ok: false, code: "legacy-doc" });
    const docx = await makeDocx({ document: documentXml(p("Egentligen docx")) });
    expect(await readDocumentBytes("felnamn.doc", docx)).toMatchObject({ ok: true, paragraphs: [{ text: "Egentligen docx" }] });
  });

  it("refuses unsupported types with the extension in the details", async () => {
    expect(await readDocumentBytes("avtal.pdf", utf8("%PDF"))).toEqual({ ok: false, code: "unsupported-type", details: { extension: ".pdf" } });
    expect(await readDocumentBytes("avtal", utf8("text"))).toEqual({ ok: false, code: "unsupported-type", details: { extension: "" } });
  });

  it("refuses input over the size limit", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(await readDocumentBytes("stor.txt", big)).toEqual({ ok: false, code: "too-large", details: { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES } });
    expect(await readDocumentBytes("stor.docx", big)).toMatchObject({ ok: false, code: "too-large" });
  });
});
