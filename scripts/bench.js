#!/usr/bin/env node
// Times the engine on ~1 MB and ~2 MB contract texts: MB/s, the 2 MB / 1 MB time ratio and peak memory (targets: ≥ 20 MB/s, ratio ≤ 2.2).
//
// Usage: npm run bench [-- --corpus DIR] [--runs N]   (median of N runs, default 31, after 10 warm-up runs)
// The texts are built from ../shared/corpus/raw when present, otherwise from the bundled samples.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const corpusRaw = path.resolve(opt("--corpus", path.join(__dirname, "..", "..", "shared", "corpus")), "raw");
// 31 runs take about 5 s. This VM's speed halves for a second or a few at a time (a fixed integer loop slows down
// as much at the same moments); over a window this long one such spell moves the median little, over 11 runs
// (2 s) it could decide it.
const runs = Number(opt("--runs", "31"));

const { reviewParagraphs, builtInCatalogue } = require("../build/analysis/review.js");
const { readText } = require("../build/documents/read-text.js");

function sourceTexts() {
  if (fs.existsSync(corpusRaw)) {
    const files = fs.readdirSync(corpusRaw).filter((f) => f.endsWith(".txt")).sort();
    return { from: corpusRaw, texts: files.map((f) => fs.readFileSync(path.join(corpusRaw, f), "utf8").replace(/^SOURCE:[\s\S]*?\n---\n/u, "")) };
  }
  const dir = path.join(__dirname, "..", "samples");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  return { from: dir, texts: files.map((f) => fs.readFileSync(path.join(dir, f), "utf8")) };
}

/** Concatenates whole documents until the text reaches `bytes` (UTF-8), then returns its paragraphs. */
function buildContract(texts, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t, "utf8") + 2;
  }
  const text = parts.join("\n\n");
  const read = readText(new TextEncoder().encode(text), "md");
  if (!read.ok) throw new Error(`cannot split bench text: ${read.code}`);
  return { paragraphs: read.paragraphs, bytes: Buffer.byteLength(text, "utf8") };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let peakRss = process.memoryUsage().rss;

/**
 * Times the ~1 MB and ~2 MB texts in alternation, so both see the same moments of this shared machine (its speed
 * drifts by tens of percent within seconds) and the time ratio is not skewed by the drift. Returns each size's median
 * and fastest run (the fastest shows what the machine does in its calm moments; the targets are judged on the median).
 */
function timeBoth(one, two) {
  const times = [[], []];
  for (let i = 0; i < runs; i++) {
    [one, two].forEach((doc, k) => {
      // Start each run from a clean heap (npm run bench passes --expose-gc) so one run's garbage is not billed to the next.
      if (typeof global.gc === "function") global.gc();
      const t0 = performance.now();
      reviewParagraphs(doc.paragraphs, { name: "bench" });
      times[k].push(performance.now() - t0);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    });
  }
  return times.map((ts) => ({ median: median(ts), fastest: Math.min(...ts) }));
}

const { from, texts } = sourceTexts();
const t0 = performance.now();
builtInCatalogue();
const compileMs = performance.now() - t0;
const one = buildContract(texts, 1_000_000);
// The ~2 MB text is the ~1 MB text twice, so the time ratio measures how the engine scales, not which documents
// happen to fill the second megabyte (guidance-like texts and tenders cost differently per byte).
const two = { paragraphs: [...one.paragraphs, ...one.paragraphs], bytes: one.bytes * 2 };
// Warm-up: let V8 optimise the hot paths and compile the patterns a megabyte of text reaches (each set's small
// pattern is compiled on first use and tiered up to machine code on its second); measured: the first 5–8 runs are
// slower while V8 recompiles the hot loops.
for (let i = 0; i < 10; i++) reviewParagraphs(one.paragraphs, { name: "warm-up" });

const [run1, run2] = timeBoth(one, two);
const [t1, t2] = [run1.median, run2.median];

const mb = (b) => b / 1_000_000;
const rate1 = mb(one.bytes) / (t1 / 1000);
const rate2 = mb(two.bytes) / (t2 / 1000);
const ratio = t2 / t1;
console.log(`source texts: ${from} (${texts.length} documents)`);
console.log(`catalogue compile: ${compileMs.toFixed(1)} ms (once per process)`);
console.log(`~1 MB: ${mb(one.bytes).toFixed(2)} MB, ${one.paragraphs.length} paragraphs, median ${t1.toFixed(1)} ms over ${runs} runs (fastest ${run1.fastest.toFixed(1)}) → ${rate1.toFixed(1)} MB/s`);
console.log(`~2 MB: ${mb(two.bytes).toFixed(2)} MB, ${two.paragraphs.length} paragraphs, median ${t2.toFixed(1)} ms over ${runs} runs (fastest ${run2.fastest.toFixed(1)}) → ${rate2.toFixed(1)} MB/s`);
console.log(`2 MB / 1 MB time ratio: ${ratio.toFixed(2)}`);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
const ok = Math.min(rate1, rate2) >= 20 && ratio <= 2.2;
console.log(`targets (≥ 20 MB/s, ratio ≤ 2.2): ${ok ? "met" : "NOT met"}`);

// ---- Task pane bundle: what the first load costs (target ≤ 300 KB gzip) and what is left for later ----
// Uses dist/ from `npm run build`; builds it (and times the build) when missing, or always with --build.
function bundleReport() {
  const { spawnSync } = require("node:child_process");
  const zlib = require("node:zlib");
  const root = path.join(__dirname, "..");
  const dist = path.join(root, "dist");
  const KB = 1024;
  const budget = 300 * KB;
  const have = () => fs.existsSync(path.join(dist, "taskpane.html")) && fs.existsSync(path.join(dist, "build-stats.json"));
  console.log("");
  if (args.includes("--build") || !have()) {
    const b0 = performance.now();
    const r = spawnSync(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0 || !have()) {
      console.log(`task pane bundle: production build failed (exit ${r.status})`);
      process.exitCode = 1;
      return;
    }
    console.log(`production build (webpack --mode production): ${((performance.now() - b0) / 1000).toFixed(1)} s`);
  }
  const stats = JSON.parse(fs.readFileSync(path.join(dist, "build-stats.json"), "utf8"));
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // What taskpane.html itself loads: local <script src> and <link rel=stylesheet> (office.js is Microsoft's, not ours).
  const attr = (tag, name) => {
    const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  };
  const local = (src) => src && !/^(https?:)?\/\//i.test(src) && !/(^|\/)office\.js$/.test(src);
  const initial = [
    ...[...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], "src")),
    ...[...html.matchAll(/<link\b[^>]*>/gi)].filter((m) => /stylesheet/i.test(attr(m[0], "rel") ?? "")).map((m) => attr(m[0], "href")),
  ].filter(local);
  const measure = (files) =>
    files.reduce(
      (t, f) => {
        const bytes = fs.readFileSync(path.join(dist, f));
        return { raw: t.raw + bytes.length, gzip: t.gzip + zlib.gzipSync(bytes).length };
      },
      { raw: 0, gzip: 0 },
    );
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  const first = measure(initial);
  const built = fs.statSync(path.join(dist, "build-stats.json")).mtime.toISOString().replace("T", " ").slice(0, 16);
  console.log(`task pane bundle (dist/, built ${built} UTC, office.js: ${stats.officejs === "local" ? "local copy" : "CDN"}):`);
  console.log(`  initial load: ${initial.length} files, ${kb(first.raw)} raw, ${kb(first.gzip)} gzip (JS + CSS)`);
  for (const f of initial) {
    const s = measure([f]);
    console.log(`    ${f}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  }
  for (const chunk of stats.lazy) {
    const s = measure(chunk.files);
    const what = chunk.kind === "worker" ? `worker ${chunk.origins.join(", ")}` : `import(${chunk.origins.map((o) => JSON.stringify(o)).join(", ")})`;
    console.log(`  lazy, ${what}: ${chunk.files.length} files, ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  }
  console.log(`  target (initial load ≤ ${kb(budget)} gzip): ${first.gzip <= budget ? "met" : "NOT met"} (${kb(budget - first.gzip)} ${first.gzip <= budget ? "to spare" : "over"})`);
}
bundleReport();
