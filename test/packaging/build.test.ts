// The production build in dist/ (made by `npm run build`, which `npm test` runs before Jest): pages, CSP, office.js, budget, chunks.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

type Result = { passed: number; failed: number; problems: string[] };
type BuildStats = {
  mode: string;
  officejs: "cdn" | "local";
  entries: Record<string, string[]>;
  lazy: { kind: "worker" | "import"; origins: string[]; files: string[] }[];
};

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const INITIAL_BUDGET_GZIP = 300 * 1024;
const { validateManifest } = require("../../scripts/validate-manifest.js") as { validateManifest: (xml: string, options?: { baseDir?: string }) => Result };

const read = (file: string): string => fs.readFileSync(path.join(dist, file), "utf8");
const built = fs.existsSync(path.join(dist, "taskpane.html")) && fs.existsSync(path.join(dist, "build-stats.json"));
const stats: BuildStats | null = built ? JSON.parse(read("build-stats.json")) : null;

/** The <script> tags of a page, in document order, with src and whether they block the parser. */
function scripts(html: string): { src: string; deferred: boolean }[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].flatMap(([, attrs = ""]) => {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const value = src ? (src[1] ?? src[2] ?? src[3] ?? "") : "";
    return value ? [{ src: value, deferred: /\b(defer|async)\b/i.test(attrs) }] : [];
  });
}

/** The CSP meta tag's directives, e.g. { "script-src": ["'self'", "https://…"] }. */
function csp(html: string): Record<string, string[]> {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).find((m) => /http-equiv=["']?content-security-policy/i.test(m));
  const content = meta ? /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta) : null;
  const policy = content ? (content[1] ?? content[2] ?? "") : "";
  return Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name = "", ...values]) => [name, values]));
}

const isOfficeJs = (src: string): boolean => /(^|\/)office\.js$/.test(src);
const gzip = (file: string): number => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;

(built ? describe : describe.skip)("production build (dist/)", () => {
  const html = built ? read("taskpane.html") : "";
  const pageScripts = scripts(html);
  const bundles = pageScripts.filter((s) => !isOfficeJs(s.src));

  test("was made in production mode", () => {
    expect(stats?.mode).toBe("production");
  });

  test("taskpane.html loads content-hashed bundles that exist", () => {
    expect(bundles.length).toBeGreaterThan(0);
    for (const { src, deferred } of bundles) {
      expect(src).toMatch(/^[\w.-]+\.[0-9a-f]{12}\.js$/);
      expect(fs.existsSync(path.join(dist, src))).toBe(true);
      expect(deferred).toBe(true);
    }
    expect(bundles.map((b) => b.src).sort()).toEqual([...(stats?.entries.taskpane ?? [])].filter((f) => f.endsWith(".js")).sort());
  });

  test("taskpane.html has the Content-Security-Policy meta tag", () => {
    const policy = csp(html);
    const officeOrigin = stats?.officejs === "local" ? [] : ["https://appsforoffice.microsoft.com"];
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]).toEqual(["'self'", ...officeOrigin]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["img-src"]).toEqual(["'self'", "data:"]);
    expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy["worker-src"]).toEqual(["'self'", "blob:"]);
    expect(policy["frame-src"]).toEqual(stats?.officejs === "local" ? ["'self'"] : officeOrigin);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
  });

  test("office.js comes first, from the CDN (or dist/officejs/ in a local-officejs build), and cannot block the bundle", () => {
    const first = pageScripts[0];
    expect(first && isOfficeJs(first.src)).toBe(true);
    expect(first?.deferred).toBe(true);
    if (stats?.officejs === "local") {
      expect(first?.src).toBe("officejs/office.js");
      for (const f of ["officejs/office.js", "officejs/o15apptofilemappingtable.js", "officejs/word-win32-16.01.js", "officejs/excel-web-16.00.js", "officejs/en-us/office_strings.js", "officejs/sv-se/office_strings.js"]) {
        expect(fs.existsSync(path.join(dist, f))).toBe(true);
      }
    } else {
      expect(first?.src).toBe(CDN_OFFICE_JS);
      expect(fs.existsSync(path.join(dist, "officejs"))).toBe(false);
    }
    // Nothing else on the page comes from outside.
    expect(pageScripts.filter((s) => /^(https?:)?\/\//i.test(s.src)).map((s) => s.src)).toEqual(stats?.officejs === "local" ? [] : [CDN_OFFICE_JS]);
  });

  test(`the initial JavaScript of taskpane.html is at most ${INITIAL_BUDGET_GZIP / 1024} KB gzip`, () => {
    const sizes = bundles.map((b) => ({ file: b.src, gzip: gzip(b.src) }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    expect(total).toBeGreaterThan(10 * 1024);
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    if (total > INITIAL_BUDGET_GZIP) {
      throw new Error(
        `taskpane.html loads ${kb(total)} gzip of JavaScript, ${kb(total - INITIAL_BUDGET_GZIP)} over the ${kb(INITIAL_BUDGET_GZIP)} budget ` +
          `(${sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(", ")}): load what the first review does not need with import().`,
      );
    }
  });

  test("the review engine's Web Worker is its own chunk, loaded on demand", () => {
    const worker = stats?.lazy.find((l) => l.kind === "worker" && l.origins.includes("src/taskpane/review-worker.ts"));
    expect(worker?.files.length).toBeGreaterThan(0);
    for (const f of worker?.files ?? []) {
      expect(fs.existsSync(path.join(dist, f))).toBe(true);
      expect(html).not.toContain(f);
    }
  });

  test("lazy chunks (import()) are not loaded by the page at start", () => {
    for (const chunk of stats?.lazy ?? []) for (const f of chunk.files) expect(bundles.map((b) => b.src)).not.toContain(f);
  });

  test("no source maps or absolute build paths leak into dist/", () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path.relative(dist, full) !== "officejs") walk(full); // Microsoft's own files, copied unchanged
        } else files.push(full);
      }
    };
    walk(dist);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const leaks = files
      .filter((f) => /\.(js|html|json|xml|txt|css)$/.test(f))
      .filter((f) => {
        const body = fs.readFileSync(f, "utf8");
        return body.includes(root) || /sourceMappingURL=/.test(body);
      });
    expect(leaks.map((f) => path.relative(dist, f))).toEqual([]);
  });

  test("commands.html (the ribbon's function file) loads office.js and its bundle", () => {
    const commands = scripts(read("commands.html"));
    expect(commands[0] && isOfficeJs(commands[0].src)).toBe(true);
    expect(commands.slice(1).map((s) => s.src)).toEqual(stats?.entries.commands);
  });

  test("dist/ has the manifest, the icons and the support page, and its manifest validates", () => {
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
    expect(fs.existsSync(path.join(dist, "support.html"))).toBe(true);
    const result = validateManifest(read("manifest.xml"), { baseDir: dist });
    expect(result.problems).toEqual([]);
  });
});

test("dist/ exists (npm test runs `npm run build` before Jest)", () => {
  if (!built) console.warn("dist/ has no production build: run `npm run build` first; the build checks were skipped.");
  expect(built || process.env.CI !== "true").toBe(true);
});
