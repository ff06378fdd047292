// Tests for reading document files from disk: path checks, the size limit enforced before reading, and errors as values.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readDocumentFile } from "../../src/cli/read-file";
import { errorMessage } from "../../src/documents/errors";
import { MAX_FILE_BYTES } from "../../src/documents/limits";
import { makeDocx, p } from "../documents/fixtures";

// The same module object read-file.ts uses, so a spy sees whether the file is ever opened.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsPromises: typeof import("node:fs/promises") = require("node:fs/promises");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "avtalskoll-read-file-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe("readDocumentFile", () => {
  it("reads a .docx and a .txt file", async () => {
    const docxPath = path.join(dir, "avtal.docx");
    fs.writeFileSync(docxPath, await makeDocx({ body: p("Kunden äger sina data.", '<w:pStyle w:val="Heading1"/>') + p("Text") }));
    expect(await readDocumentFile(docxPath)).toEqual({
      ok: true,
      paragraphs: [
        { text: "Kunden äger sina data.", kind: "heading", level: 1 },
        { text: "Text", kind: "body" },
      ],
    });
    const txtPath = path.join(dir, "avtal.txt");
    fs.writeFileSync(txtPath, Buffer.from("Rad ett\nrad två.\n\nNytt stycke.", "latin1"));
    expect(await readDocumentFile(txtPath)).toMatchObject({ ok: true, paragraphs: [{ text: "Rad ett rad två." }, { text: "Nytt stycke." }] });
  });

  it("returns file-not-found for a missing file (and for a path through a file)", async () => {
    const missing = path.join(dir, "finns-inte.docx");
    expect(await readDocumentFile(missing)).toEqual({ ok: false, code: "file-not-found", details: { path: missing } });
    const throughFile = path.join(dir, "avtal.txt", "x.txt");
    fs.writeFileSync(path.join(dir, "avtal.txt"), "x");
    expect(await readDocumentFile(throughFile)).toMatchObject({ ok: false, code: "file-not-found" });
  });

  it("returns not-a-file for a directory", async () => {
    const sub = path.join(dir, "mapp.docx");
    fs.mkdirSync(sub);
    expect(await readDocumentFile(sub)).toEqual({ ok: false, code: "not-a-file", details: { path: sub, kind: "directory" } });
  });

  it("refuses a 50 MB file with too-large without reading it", async () => {
    const big = path.join(dir, "stor.docx");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 50 * 1024 * 1024); // sparse: costs no disk and no time
    const open = jest.spyOn(fsPromises, "open");
    const readFile = jest.spyOn(fsPromises, "readFile");
    expect(await readDocumentFile(big)).toEqual({ ok: false, code: "too-large", details: { size: 50 * 1024 * 1024, limit: MAX_FILE_BYTES } });
    expect(open).not.toHaveBeenCalled();
    expect(readFile).not.toHaveBeenCalled();
  });

  it("refuses an unsupported type before reading it", async () => {
    const pdf = path.join(dir, "avtal.pdf");
    fs.writeFileSync(pdf, "%PDF-1.7");
    const open = jest.spyOn(fsPromises, "open");
    expect(await readDocumentFile(pdf)).toEqual({ ok: false, code: "unsupported-type", details: { extension: ".pdf" } });
    expect(open).not.toHaveBeenCalled();
  });

  it("passes reader errors through: corrupt docx, binary text, empty file", async () => {
    const corrupt = path.join(dir, "trasig.docx");
    fs.writeFileSync(corrupt, Buffer.from("inte en zip-fil alls"));
    expect(await readDocumentFile(corrupt)).toMatchObject({ ok: false, code: "corrupt-docx" });
    const binary = path.join(dir, "binar.txt");
    fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7, 8]));
    expect(await readDocumentFile(binary)).toEqual({ ok: false, code: "binary-content" });
    const empty = path.join(dir, "tom.md");
    fs.writeFileSync(empty, "");
    expect(await readDocumentFile(empty)).toEqual({ ok: false, code: "empty-document" });
  });

  it("never throws: an unexpected file-system error becomes read-failed with a one-line reason", async () => {
    jest.spyOn(fsPromises, "open").mockRejectedValue(Object.assign(new Error("EIO: i/o error\n    at open (node:fs:1:1)"), { code: "EIO" }));
    const file = path.join(dir, "ok.txt");
    fs.writeFileSync(file, "Text");
    const result = await readDocumentFile(file);
    expect(result).toEqual({ ok: false, code: "read-failed", details: { path: file, reason: "EIO" } });
    if (!result.ok) expect(errorMessage(result.code, "sv", result.details)).toBe(`Filen ${file} kunde inte läsas (EIO).`);
    // A path Node itself rejects (NUL byte) is still a value, not an exception.
    await expect(readDocumentFile("a\u0000b.txt")).resolves.toMatchObject({ ok: false });
  });

  it("returns permission-denied for an unreadable file", async () => {
    if (process.platform === "win32" || process.getuid?.() === 0) return; // root and Windows ignore mode bits
    const locked = path.join(dir, "last.txt");
    fs.writeFileSync(locked, "hemligt");
    fs.chmodSync(locked, 0o000);
    expect(await readDocumentFile(locked)).toEqual({ ok: false, code: "permission-denied", details: { path: locked } });
  });
});
