// The offline manifest validator: passes manifest.xml (also with a production ADDIN_URL) and catches typical mistakes.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

type Result = { passed: number; failed: number; problems: string[] };
const root = path.join(__dirname, "..", "..");
const { validateManifest } = require("../../scripts/validate-manifest.js") as { validateManifest: (xml: string, options?: { baseDir?: string }) => Result };
const webpackConfig = require("../../webpack.config.js") as { normaliseAddinUrl: (v?: string) => string; rewriteManifest: (xml: string, url: string) => string; DEV_URL: string };

const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const validate = (xml: string): Result => validateManifest(xml, { baseDir: root });
/** Replaces exactly one occurrence, so a test cannot silently stop testing anything. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from.source, `${from.flags.replace("g", "")}g`)) ?? []).length;
  expect(count).toBe(1);
  return xml.replace(from, to);
}
const problemsOf = (xml: string): string => {
  const r = validate(xml);
  expect(r.failed).toBeGreaterThan(0);
  return r.problems.join("\n");
};

describe("validate-manifest", () => {
  test("passes manifest.xml", () => {
    const r = validate(manifest);
    expect(r.problems).toEqual([]);
    expect(r.passed).toBeGreaterThan(50);
  });

  test("rejects XML that is not well-formed", () => {
    expect(problemsOf(manifest.replace("</OfficeApp>", ""))).toMatch(/not well-formed/);
  });

  test("catches a resid that resolves to nothing", () => {
    const broken = edit(manifest, /<bt:String id="Button.Label"[\s\S]*?<\/bt:String>/, "");
    expect(problemsOf(broken)).toMatch(/resid "Button\.Label" .* resolves to no/);
  });

  test("catches a resid that points to the wrong kind of resource", () => {
    const broken = edit(manifest, '<Description resid="Word.Tooltip"/>', '<Description resid="Taskpane.Url"/>');
    expect(problemsOf(broken)).toMatch(/resid "Taskpane\.Url" on <Description> must point to a LongString, not a Url/);
  });

  test("catches an <Id> that is not a GUID", () => {
    const broken = edit(manifest, /<Id>[^<]*<\/Id>/, "<Id>avtalskoll</Id>");
    expect(problemsOf(broken)).toMatch(/<Id> must be a GUID/);
  });

  test("catches a bad <Version>", () => {
    expect(problemsOf(edit(manifest, "<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>"))).toMatch(/<Version>/);
  });

  test("catches an http URL", () => {
    const broken = edit(manifest, '<bt:Url id="Taskpane.Url" DefaultValue="https://', '<bt:Url id="Taskpane.Url" DefaultValue="http://');
    expect(problemsOf(broken)).toMatch(/Taskpane\.Url.* must use https/);
  });

  test("catches an icon with the wrong pixel size", () => {
    const broken = edit(manifest, 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"');
    expect(problemsOf(broken)).toMatch(/icon-32\.png is 32×32 px, expected 16×16/);
  });

  test("catches a missing icon file", () => {
    const broken = edit(manifest, "assets/icon-80.png", "assets/icon-81.png");
    expect(problemsOf(broken)).toMatch(/icon file missing: .*icon-81\.png/);
  });

  test("catches a missing Swedish display name", () => {
    const broken = edit(manifest, /(<DisplayName[^>]*>)\s*<Override Locale="sv-SE"[^>]*\/>/, "$1");
    expect(problemsOf(broken)).toMatch(/<DisplayName> has no <Override Locale="sv-SE">/);
  });

  test("catches elements out of schema order and missing required ones", () => {
    const withoutSupport = edit(manifest, /\s*<SupportUrl [^>]*\/>/, "");
    expect(problemsOf(withoutSupport)).toMatch(/missing required <SupportUrl>/);
    const swapped = edit(manifest, /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1");
    expect(problemsOf(swapped)).toMatch(/out of schema order/);
  });

  test("catches string and resource-id length limits", () => {
    const long = edit(manifest, 'DefaultValue="Review contract"', `DefaultValue="${"x".repeat(126)}"`);
    expect(problemsOf(long)).toMatch(/ShortString "Button\.Label" must have 1–125 characters/);
    const longId = manifest.split('"Group.Label"').join(`"${"G".repeat(33)}"`);
    expect(problemsOf(longId)).toMatch(/resource id must have 1–32 characters/);
  });

  test("the command line prints the problems and the closing line, and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "avtalskoll-manifest-"));
    try {
      const file = path.join(dir, "bad.xml");
      fs.writeFileSync(file, manifest.replace(/<Id>[^<]*<\/Id>/, "<Id>nope</Id>"));
      const r = spawnSync(process.execPath, [path.join(root, "scripts", "validate-manifest.js"), file], { encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/<Id> must be a GUID/);
      expect(r.stdout.trim()).toMatch(/^bad\.xml: \d+ checks passed, [1-9]\d* failed$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("production URL (ADDIN_URL)", () => {
  test("rewrites every dev URL, and the result still validates", () => {
    const url = webpackConfig.normaliseAddinUrl("https://addins.example.se/avtalskoll");
    expect(url).toBe("https://addins.example.se/avtalskoll/");
    const rewritten = webpackConfig.rewriteManifest(manifest, url);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://addins.example.se/avtalskoll/taskpane.html"');
    expect(validate(rewritten).problems).toEqual([]);
  });

  test("refuses a URL Office would not load", () => {
    expect(() => webpackConfig.normaliseAddinUrl("http://addins.example.se/")).toThrow(/https/);
    expect(() => webpackConfig.normaliseAddinUrl("not a url")).toThrow(/not a URL/);
    expect(webpackConfig.normaliseAddinUrl(undefined)).toBe(webpackConfig.DEV_URL);
  });
});
