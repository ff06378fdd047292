#!/usr/bin/env node
// Runs Jest and ends with the plain "N passed, N failed" line CI reads (Jest's own summary goes to stderr).
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const out = path.join(os.tmpdir(), `avtalskoll-jest-${process.pid}.json`);
const jestBin = require.resolve("jest/bin/jest");
const res = spawnSync(process.execPath, [jestBin, "--ci", "--json", `--outputFile=${out}`, ...process.argv.slice(2)], { stdio: "inherit" });
let passed = 0, failed = 0;
try {
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  passed = r.numPassedTests + (r.numPendingTests ? 0 : 0);
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  fs.unlinkSync(out);
} catch {
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(res.status === 0 && failed === 0 ? 0 : 1);
