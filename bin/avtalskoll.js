#!/usr/bin/env node
// Entry point of the `avtalskoll` command: runs the compiled CLI from build/ (made by `npm run build:cli`, run on npm ci).
"use strict";
let cli;
try {
  cli = require("../build/cli/main.js");
} catch {
  process.stderr.write("avtalskoll: the command line is not built yet. Run `npm run build:cli` (npm ci does it for you).\n");
  process.exit(2);
}
const { version } = require("../package.json");
cli
  .main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    version,
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // Last line of defence: a bug must still end with a one-line message, not a stack trace.
      process.stderr.write(`avtalskoll: internal error: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
