// Tests reviewing a picked contract file in Excel's task pane: good text, unsupported, empty and corrupt files give codes and clear messages.
import { readContractFile, reviewContractFile } from "../../../src/hosts/excel/review-file";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("reviewContractFile", () => {
  test("reviews a .txt contract with the given settings, in the UI language", async () => {
    const result = await reviewContractFile({ name: "avtal.txt", bytes: bytes("Avtalet ska tolkas enligt svensk rätt.\n\nLeverantören ska lagra all data inom EU/EES.") }, { secretData: true }, "en");
    if (!result.ok) throw new Error(result.message);
    expect(result.report.document.name).toBe("avtal.txt");
    expect(result.report.outputLanguage).toBe("en");
    expect(result.report.inputs.secretData).toBe(true);
    expect(result.report.requirements.find((r) => r.id === "foreign-jurisdiction/governing-law")?.status).toBe("met");
    expect(result.paragraphs.length).toBeGreaterThan(0);
  });

  test.each([
    ["kontrakt.pdf", bytes("%PDF-1.7"), "unsupported-type", /\.pdf/u],
    ["tomt.txt", bytes("   \n\n "), "empty-document", /ingen text/u],
    ["trasig.docx", bytes("inte en zip-fil"), "corrupt-docx", /giltigt Word-dokument/u],
    ["gammal.doc", bytes("\u00d0\u00cf\u0011\u00e0 binary"), "legacy-doc", /\.doc/u],
  ])("%s is refused with %s and a one-line Swedish message", async (name, data, code, message) => {
    const result = await reviewContractFile({ name, bytes: data }, {}, "sv");
    expect(result).toMatchObject({ ok: false, code });
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toMatch(/\n|\bat\s+\S+\s+\(/u);
  });

  test("readContractFile gives paragraphs only, for shells that run the engine elsewhere", async () => {
    const result = await readContractFile({ name: "a.md", bytes: bytes("# Rubrik\n\nText.") }, "en");
    expect(result).toMatchObject({ ok: true, name: "a.md" });
  });
});
