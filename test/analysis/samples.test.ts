// The bundled sample contracts, reviewed end to end: the engine agrees with the statuses their author intended, and .docx and .txt read alike.
import * as fs from "node:fs";
import * as path from "node:path";
import { reviewParagraphs } from "../../src/analysis/review";
import { readDocumentBytes } from "../../src/documents";

const dir = path.join(__dirname, "..", "..", "samples");
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected-statuses.json"), "utf8")) as Record<string, Record<string, { status: string }>>;

async function review(file: string) {
  const read = await readDocumentBytes(file, new Uint8Array(fs.readFileSync(path.join(dir, file))));
  if (!read.ok) throw new Error(`${file}: ${read.code}`);
  return reviewParagraphs(read.paragraphs, { name: file });
}

describe.each(Object.keys(expected))("%s", (file) => {
  test("agrees with the intended status on at least 23 of 27 requirements (the samples were written independently of the rules)", async () => {
    const report = await review(file);
    const agree = report.requirements.filter((r) => (r.status === "not-applicable" ? "missing" : r.status) === expected[file]![r.id]!.status);
    expect(agree.length).toBeGreaterThanOrEqual(23);
  });

  test("shows every kind of finding: met, weak, contrary and missing", async () => {
    const statuses = new Set((await review(file)).requirements.map((r) => r.status));
    for (const s of ["met", "weak", "contrary", "missing"]) expect(statuses).toContain(s);
  });

  test("the .txt twin gives the same statuses as the .docx", async () => {
    const twin = file.replace(/\.docx$/u, ".txt");
    const [a, b] = await Promise.all([review(file), review(twin)]);
    expect(b.requirements.map((r) => r.status)).toEqual(a.requirements.map((r) => r.status));
  });
});
