// The command line end to end through main(): formats, the JSON contract, exit codes and bad input in both languages.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { main, type Io } from "../../src/cli/main";
import { REQUIREMENT_IDS } from "../../src/rules/types";

const samples = path.join(__dirname, "..", "..", "samples");
const svDocx = path.join(samples, "molntjanstavtal-utkast.docx");
const enDocx = path.join(samples, "cloud-service-agreement-draft.docx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "avtalskoll-cli-"));

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env, version: "9.9.9" };
  const code = await main(args, io);
  return { code, out, err };
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("avtalskoll review", () => {
  test("--help lists every option and the limits; --version prints the version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const o of ["--format", "--out", "--lang", "--klassa", "--secret", "--exposure", "--fail-on", "--version"]) expect(help.out).toContain(o);
    expect(help.out).toMatch(/MB/u);
    expect((await run(["--help", "--lang", "sv"])).out).toContain("Användning");
    expect((await run(["--version"])).out).toBe("avtalskoll 9.9.9\n");
  });

  test("text output is grouped by area with one line per requirement", async () => {
    const r = await run(["review", svDocx, "--klassa", "3-2-2", "--secret"]);
    expect(r.code).toBe(0);
    for (const area of ["Kontrollrätt", "Utländsk rättsordning", "Datalokalisering", "Sekretess"]) expect(r.out).toContain(area);
    for (const id of REQUIREMENT_IDS) expect(r.out).toContain(id);
    expect(r.out).toContain("KLASSA 3-2-2");
    expect(r.out).toMatch(/Samlad bedömning: /u);
  });

  test("JSON for one file is one object following schema version 1", async () => {
    const r = await run(["review", svDocx, "--format", "json", "--klassa", "3-2-2", "--exposure", "yes"]);
    const report = JSON.parse(r.out);
    expect(report.schemaVersion).toBe(1);
    expect(report.document).toMatchObject({ name: "molntjanstavtal-utkast.docx", language: "sv" });
    expect(report.document.paragraphs).toBeGreaterThan(20);
    expect(report.inputs).toMatchObject({ klassa: { K: 3, R: 2, T: 2 }, exposure: "yes", secretData: false });
    expect(report.requirements.map((x: { id: string }) => x.id)).toEqual([...REQUIREMENT_IDS]);
    for (const req of report.requirements) {
      for (const key of ["id", "area", "status", "evidence", "likelihood", "consequence", "risk", "band", "message", "remediation"]) expect(req).toHaveProperty(key);
      for (const e of req.evidence) expect(Object.keys(e)).toEqual(expect.arrayContaining(["paragraph", "start", "end", "quote"]));
    }
    expect(report.areas).toHaveLength(4);
    expect(report.overall).toHaveProperty("band");
    expect(Array.isArray(report.overall.reasons)).toBe(true);
  });

  test("several files give an array in input order; a bad file is an error object in its place and exit 2", async () => {
    const junk = path.join(tmp, "junk.txt");
    fs.writeFileSync(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = await run(["review", enDocx, path.join(tmp, "nope.docx"), junk, svDocx, "--format", "json"]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.out);
    expect(out).toHaveLength(4);
    expect(out[0].document.name).toBe("cloud-service-agreement-draft.docx");
    expect(out[1]).toEqual({ schemaVersion: 1, document: { name: "nope.docx" }, error: { code: "file-not-found", message: expect.any(String) } });
    expect(out[2].error.code).toBe("binary-content");
    expect(out[3].document.name).toBe("molntjanstavtal-utkast.docx");
    expect(r.err).toContain("nope.docx");
  });

  test.each([
    ["missing file", () => path.join(tmp, "saknas.docx"), "file-not-found"],
    ["corrupt docx", () => { const f = path.join(tmp, "trasig.docx"); fs.writeFileSync(f, "PK\u0003\u0004 not really a zip"); return f; }, "corrupt-docx"],
    ["empty text", () => { const f = path.join(tmp, "tom.txt"); fs.writeFileSync(f, "\n \n"); return f; }, "empty-document"],
    ["50 MB file", () => { const f = path.join(tmp, "stor.txt"); fs.writeFileSync(f, ""); fs.truncateSync(f, 50 * 1024 * 1024); return f; }, "too-large"],
    ["unsupported type", () => { const f = path.join(tmp, "bild.png"); fs.writeFileSync(f, "x"); return f; }, "unsupported-type"],
  ])("%s: one clear line naming the file, exit 2, no stack trace", async (_name, make, code) => {
    const file = make();
    for (const lang of ["sv", "en"]) {
      const r = await run(["review", file, "--lang", lang, "--format", "json"]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.out).error.code).toBe(code);
      const lines = r.err.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path.basename(file));
      expect(r.err).not.toMatch(/\n\s+at /u);
    }
  });

  test("--fail-on exits 1 when the overall risk reaches the band, 0 when it does not", async () => {
    expect((await run(["review", enDocx, "--klassa", "3-3-3", "--secret", "--fail-on", "high"])).code).toBe(1);
    expect((await run(["review", enDocx, "--klassa", "0-0-0", "--exposure", "no", "--fail-on", "stop"])).code).toBe(0);
    expect((await run(["review", enDocx, "--klassa", "4-0-0", "--fail-on", "stop"])).code).toBe(1);
  });

  test("usage errors explain themselves in the chosen language and exit 2", async () => {
    const bad = await run(["review", svDocx, "--klassa", "5-2-2", "--lang", "sv"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("K-R-T");
    expect((await run(["review"], { LANG: "sv_SE.UTF-8" })).err).toContain("Ange minst en fil");
    expect((await run(["frobnicate"])).code).toBe(2);
    expect((await run(["review", svDocx, "--format", "pdf"])).code).toBe(2);
  });

  test("--lang en gives English messages for a Swedish document", async () => {
    const r = await run(["review", svDocx, "--lang", "en", "--format", "json"]);
    const report = JSON.parse(r.out);
    expect(report.outputLanguage).toBe("en");
    expect(report.requirements[0].remediation).toMatch(/[a-z]/u);
    expect(r.out).not.toContain("Leverantören ska se till");
  });

  test("md writes the risk assessment table to --out", async () => {
    const out = path.join(tmp, "out", "risk.md");
    const r = await run(["review", svDocx, "--format", "md", "--out", out]);
    expect(r.code).toBe(0);
    const md = fs.readFileSync(out, "utf8");
    expect(md).toContain("| Krav-ID |");
    expect(md).toContain("Kontrollfråga");
  });

  test("xlsx writes a workbook with the register table", async () => {
    const out = path.join(tmp, "risk.xlsx");
    const r = await run(["review", svDocx, enDocx, "--format", "xlsx", "--out", out, "--lang", "sv"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Riskregister", "Riskmatris"]));
  });
});
