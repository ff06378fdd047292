// Jest runs TypeScript through swc (fast, never loads the typescript package); type checking is `npm run typecheck`.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } }] },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
};
