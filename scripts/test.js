#!/usr/bin/env node
// `npm test`: type checks (incl. the engine boundary), manifest validation, production build, then Jest; always ends with "N passed, N failed".
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const npmRun = (script) => ({ name: `npm run ${script}`, cmd: process.platform === "win32" ? "npm.cmd" : "npm", args: ["run", "--silent", script] });
// Each step counts as one check, so a broken build or type error is a failure in the closing line too.
const steps = [npmRun("typecheck"), npmRun("validate"), npmRun("build:cli"), npmRun("build")];

let passed = 0;
let failed = 0;
for (const step of steps) {
  process.stderr.write(`\n> ${step.name}\n`);
  const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: "inherit" });
  if (r.status === 0) passed++;
  else {
    failed++;
    process.stderr.write(`✕ ${step.name} failed (exit ${r.status})\n`);
  }
}

const out = path.join(os.tmpdir(), `avtalskoll-jest-${process.pid}.json`);
const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--ci", "--json", `--outputFile=${out}`, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
try {
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  fs.unlinkSync(out);
} catch {
  failed++;
}
if (jest.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
