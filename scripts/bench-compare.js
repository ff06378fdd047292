#!/usr/bin/env node
// Compares the engine's speed with an earlier revision: paired runs on the ~1 MB bench text, in both load orders.
//
// Usage: npm run bench:compare -- <git revision> [--rounds N] [--pairs N]
//   Builds <revision> into a temporary folder (git worktree + tsc), then, per round, runs two processes that each
//   load both builds and time them in alternation; prints this checkout's time / the revision's time.
// Why both orders: in one process the build loaded second runs up to a tenth faster even when the two are identical
// (measured with the same build loaded twice), so a one-order comparison credits the newer build with that bias.
// The geometric mean of the two orders cancels it. Uses ../shared/corpus/raw when present, else the bundled samples.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync, spawnSync } = require("node:child_process");

const root = path.join(__dirname, "..");

if (process.argv[2] === "--child") {
  child(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  main();
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const rev = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (!rev) {
    console.error("usage: npm run bench:compare -- <git revision> [--rounds N] [--pairs N]");
    process.exit(2);
  }
  const rounds = Number(opt("--rounds", "3"));
  const pairs = Number(opt("--pairs", "40"));
  let sha;
  try {
    sha = execFileSync("git", ["rev-parse", "--short", `${rev}^{commit}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    console.error(`bench:compare: "${rev}" is not a revision of this repository`);
    process.exit(2);
  }
  const base = path.join(os.tmpdir(), `avtalskoll-bench-${sha}`);
  const tree = path.join(os.tmpdir(), `avtalskoll-tree-${sha}`);
  if (!fs.existsSync(path.join(base, "analysis", "review.js"))) {
    console.log(`building ${rev} (${sha}) into ${base}`);
    fs.rmSync(tree, { recursive: true, force: true });
    execFileSync("git", ["worktree", "add", "--detach", tree, sha], { cwd: root, stdio: "ignore" });
    try {
      fs.symlinkSync(path.join(root, "node_modules"), path.join(tree, "node_modules"), "dir");
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", base], { cwd: tree, stdio: "inherit" });
    } finally {
      execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: root, stdio: "ignore" });
    }
  }
  const current = path.join(root, "build");
  if (!fs.existsSync(path.join(current, "analysis", "review.js"))) {
    console.error("build/ is missing: run `npm run build:cli` first");
    process.exit(2);
  }
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    // This checkout's time / the revision's time, with each build loaded first once.
    const newerSecond = pairedRatio(base, current, pairs);
    const newerFirst = 1 / pairedRatio(current, base, pairs);
    const ratio = Math.sqrt(newerSecond * newerFirst);
    ratios.push(ratio);
    console.log(`round ${r + 1}: this checkout takes ${ratio.toFixed(3)}× the time of ${rev} (load-order bias ${Math.sqrt(newerSecond / newerFirst).toFixed(3)})`);
  }
  const mean = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
  console.log(`geometric mean over ${rounds} rounds: ${mean.toFixed(3)}× (below 1: this checkout is faster)`);
}

/** Runs one child process that loads `first` then `second` and returns the median of second/first per pair. */
function pairedRatio(first, second, pairs) {
  const r = spawnSync(process.execPath, [__filename, "--child", first, second, String(pairs)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`comparison run failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

function child(firstDir, secondDir, pairs) {
  const engines = [firstDir, secondDir].map((d) => require(path.join(d, "analysis", "review.js")));
  const { readText } = require(path.join(firstDir, "documents", "read-text.js"));
  const corpus = path.join(root, "..", "shared", "corpus", "raw");
  const dir = fs.existsSync(corpus) ? corpus : path.join(root, "samples");
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8").replace(/^SOURCE:[\s\S]*?\n---\n/u, ""));
  const parts = [];
  for (let i = 0, size = 0; size < 1_000_000; i++) {
    parts.push(texts[i % texts.length]);
    size += Buffer.byteLength(texts[i % texts.length], "utf8") + 2;
  }
  const read = readText(new TextEncoder().encode(parts.join("\n\n")), "md");
  const paragraphs = read.paragraphs;
  for (const e of engines) e.builtInCatalogue();
  for (let i = 0; i < 10; i++) for (const e of engines) e.reviewParagraphs(paragraphs, { name: "warm-up" });
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which build runs first within the pair too, so neither always follows the other.
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    const t = [0, 0];
    for (const k of order) {
      const t0 = performance.now();
      engines[k].reviewParagraphs(paragraphs, { name: "bench" });
      t[k] = performance.now() - t0;
    }
    ratios.push(t[1] / t[0]);
  }
  ratios.sort((a, b) => a - b);
  console.log(ratios[ratios.length >> 1]);
}
