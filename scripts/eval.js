#!/usr/bin/env node
// Measures the engine against the labelled corpus in ../shared/corpus: precision/recall/F1 per requirement and in total.
//
// Usage: npm run eval [-- --corpus DIR] [--rule PREFIX] [--show] [--json]
//   --rule PREFIX  only requirements whose id starts with PREFIX (e.g. control-rights/ or data-location/deletion)
//   --show         print every disagreement with the label's quote and the engine's quote
//   --json         print the figures as JSON (for tools)
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = path.resolve(opt("--corpus") ?? path.join(__dirname, "..", "..", "shared", "corpus"));
const rulePrefix = opt("--rule") ?? "";
const show = args.includes("--show");
const asJson = args.includes("--json");

if (!fs.existsSync(path.join(corpus, "labels")) || !fs.existsSync(path.join(corpus, "raw"))) {
  console.error(`npm run eval needs the labelled corpus (raw/*.txt and labels/*.json), which is not part of this repository.`);
  console.error(`Looked in: ${corpus}. Pass --corpus DIR to point at it.`);
  process.exit(2);
}

const { reviewParagraphs } = require("../build/analysis/review.js");
// The document reader is the CLI's own; a plain splitter stands in while it is not built.
let readText;
try {
  ({ readText } = require("../build/documents/read-text.js"));
} catch {
  readText = (bytes) => ({ ok: true, paragraphs: new TextDecoder().decode(bytes).split(/\n\s*\n|\n(?=\s*(?:#|[-*+] |\d+[.)] |\|))/u).map((t) => ({ text: t.replace(/\s*\n\s*/gu, " ").trim() })).filter((p) => p.text) });
}
const { REQUIREMENT_IDS } = require("../build/rules/types.js");

const STATUSES = ["met", "weak", "contrary", "missing"];
const ids = REQUIREMENT_IDS.filter((id) => id.startsWith(rulePrefix));
const counts = Object.fromEntries(ids.map((id) => [id, { addressed: { tp: 0, fp: 0, fn: 0 }, contrary: { tp: 0, fp: 0, fn: 0 } }]));
const confusion = Object.fromEntries(STATUSES.map((s) => [s, Object.fromEntries(STATUSES.map((t) => [t, 0]))]));
const disagreements = [];

/** Corpus files start with a SOURCE/VIA/LANG/KIND header ended by a line "---"; the document follows. */
function documentText(raw) {
  const i = raw.indexOf("\n---\n");
  return i >= 0 && raw.slice(0, 7) === "SOURCE:" ? raw.slice(i + 5) : raw;
}

for (const file of fs.readdirSync(path.join(corpus, "labels")).filter((f) => f.endsWith(".json")).sort()) {
  const label = JSON.parse(fs.readFileSync(path.join(corpus, "labels", file), "utf8"));
  const rawPath = path.join(corpus, "raw", label.document ?? file.replace(/\.json$/, ".txt"));
  const text = documentText(fs.readFileSync(rawPath, "utf8"));
  const read = readText(new TextEncoder().encode(text), "md");
  if (!read.ok) {
    console.error(`${file}: cannot read (${read.code})`);
    continue;
  }
  const report = reviewParagraphs(read.paragraphs, { name: label.document });
  for (const r of report.requirements) {
    if (!ids.includes(r.id)) continue;
    const want = label.labels[r.id]?.status ?? "missing";
    const got = r.status === "not-applicable" ? "missing" : r.status;
    confusion[want][got]++;
    const c = counts[r.id];
    const wantA = want !== "missing";
    const gotA = got !== "missing";
    if (wantA && gotA) c.addressed.tp++;
    else if (gotA) c.addressed.fp++;
    else if (wantA) c.addressed.fn++;
    if (want === "contrary" && got === "contrary") c.contrary.tp++;
    else if (got === "contrary") c.contrary.fp++;
    else if (want === "contrary") c.contrary.fn++;
    if (want !== got) {
      disagreements.push({ doc: label.document, id: r.id, want, got, labelQuote: label.labels[r.id]?.evidence, engineQuote: r.evidence[0]?.quote });
    }
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1: f, tp, fp, fn };
};
const sum = (kind) => ids.reduce((a, id) => ({ tp: a.tp + counts[id][kind].tp, fp: a.fp + counts[id][kind].fp, fn: a.fn + counts[id][kind].fn }), { tp: 0, fp: 0, fn: 0 });
const result = {
  requirements: Object.fromEntries(ids.map((id) => [id, { addressed: prf(counts[id].addressed), contrary: prf(counts[id].contrary) }])),
  total: { addressed: prf(sum("addressed")), contrary: prf(sum("contrary")) },
  confusion,
  exactStatusAgreement: STATUSES.reduce((a, s) => a + confusion[s][s], 0) / STATUSES.reduce((a, s) => a + STATUSES.reduce((b, t) => b + confusion[s][t], 0), 0),
};

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
const f2 = (x) => x.toFixed(2);
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad("requirement", 50)} addressed P   R    F1   | contrary P   R    F1   (tp/fp/fn)`);
for (const id of ids) {
  const a = result.requirements[id].addressed;
  const c = result.requirements[id].contrary;
  console.log(`${pad(id, 50)} ${f2(a.precision)} ${f2(a.recall)} ${f2(a.f1)} | ${f2(c.precision)} ${f2(c.recall)} ${f2(c.f1)}   (${a.tp}/${a.fp}/${a.fn} · ${c.tp}/${c.fp}/${c.fn})`);
}
const ta = result.total.addressed;
const tc = result.total.contrary;
console.log(`\nTOTAL addressed: precision ${f2(ta.precision)}, recall ${f2(ta.recall)}, F1 ${f2(ta.f1)}`);
console.log(`TOTAL contrary:  precision ${f2(tc.precision)}, recall ${f2(tc.recall)}, F1 ${f2(tc.f1)}`);
console.log(`Exact status agreement: ${(result.exactStatusAgreement * 100).toFixed(1)} %`);
console.log(`\nConfusion (rows = label, columns = engine):`);
console.log(`${pad("", 10)}${STATUSES.map((s) => pad(s, 10)).join("")}`);
for (const s of STATUSES) console.log(`${pad(s, 10)}${STATUSES.map((t) => pad(confusion[s][t], 10)).join("")}`);
if (show) {
  console.log(`\nDisagreements (${disagreements.length}):`);
  for (const d of disagreements) {
    console.log(`- ${d.doc} ${d.id}: label ${d.want}, engine ${d.got}`);
    if (d.labelQuote) console.log(`    label:  ${String(d.labelQuote).slice(0, 220)}`);
    if (d.engineQuote) console.log(`    engine: ${d.engineQuote.slice(0, 220)}`);
  }
}
