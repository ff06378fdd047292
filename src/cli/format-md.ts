// Renders a review as Markdown: the overall judgement, SKL's questions and the risk assessment table.
import { buildRiskTable } from "../analysis/risk-table";
import type { Report } from "../analysis/types";

const escapeCell = (s: string): string => s.replace(/\|/gu, "\\|").replace(/\r?\n/gu, "<br>");

/** One document's risk assessment as a Markdown section. */
export function formatMarkdown(report: Report): string {
  const table = buildRiskTable(report);
  const sv = table.lang === "sv";
  const out: string[] = [];
  out.push(`# ${table.title}`, "");
  out.push(`**${sv ? "Samlad bedömning" : "Overall"}: ${table.overall.label}.** ${table.overall.handling}`, "");
  for (const r of table.overall.reasons) out.push(`- ${r}`);
  out.push("", `## ${sv ? "SKL:s frågor" : "SKL's questions"}`, "");
  for (const q of table.questions) out.push(`- ${q.text}`);
  out.push("", `## ${sv ? "Riskbedömning per krav" : "Risk per requirement"}`, "");
  out.push(`| ${table.columns.map((c) => escapeCell(c.header)).join(" | ")} |`);
  out.push(`|${table.columns.map(() => "---").join("|")}|`);
  for (const row of table.rows) out.push(`| ${table.columns.map((c) => escapeCell(row.cells[c.key])).join(" | ")} |`);
  return out.join("\n");
}
