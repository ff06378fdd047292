#!/usr/bin/env node
// Prints the requirement catalogue generated from the rule data, or writes it into README.md between the catalogue markers.
//
// Usage: npm run catalogue            (prints)
//        npm run catalogue -- --write (updates README.md; test/rules/readme-catalogue.test.ts fails when it is stale)
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { RULES } = require("../build/rules/index.js");
const { catalogueMarkdown, CATALOGUE_START, CATALOGUE_END } = require("../build/rules/catalogue-markdown.js");

const table = catalogueMarkdown(RULES);
if (!process.argv.includes("--write")) {
  console.log(table);
  process.exit(0);
}
const readme = path.join(__dirname, "..", "README.md");
const text = fs.readFileSync(readme, "utf8");
const i = text.indexOf(CATALOGUE_START);
const j = text.indexOf(CATALOGUE_END);
if (i < 0 || j < i) {
  console.error("README.md has no catalogue markers");
  process.exit(1);
}
fs.writeFileSync(readme, `${text.slice(0, i + CATALOGUE_START.length)}\n${table}\n${text.slice(j)}`);
console.log(`README.md: catalogue of ${RULES.length} requirements written`);
