// The README's requirement catalogue is generated from the rule data; this fails when someone forgot `npm run catalogue -- --write`.
import * as fs from "node:fs";
import * as path from "node:path";
import { RULES } from "../../src/rules";
import { CATALOGUE_END, CATALOGUE_START, catalogueMarkdown } from "../../src/rules/catalogue-markdown";

test("README.md carries the current catalogue", () => {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const block = readme.slice(readme.indexOf(CATALOGUE_START) + CATALOGUE_START.length, readme.indexOf(CATALOGUE_END)).trim();
  expect(block).toBe(catalogueMarkdown(RULES));
});
