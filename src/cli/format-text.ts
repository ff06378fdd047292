// Renders a review as linter-style text: grouped by area, one line per requirement with status, location and quote.
import { AREA_LABEL, BAND_LABEL, CONTROL_LABEL, EXPOSURE_LABEL, MEASURE_LABEL, STATUS_LABEL } from "../analysis/labels";
import type { Report } from "../analysis/types";
import { RULES } from "../rules";
import { AREAS, type Lang, type Status } from "../rules/types";

const MARK: Readonly<Record<Status, string>> = { met: "✓", weak: "~", contrary: "✗", missing: "·", "not-applicable": " " };
const QUOTE_CHARS = 110;

const words = {
  sv: { paragraphs: "stycken", secret: "sekretess/känsliga uppgifter", exposure: "exponering mot tredjelandslag", measures: "åtgärder", none: "inga", overall: "Samlad bedömning", defaults: "standardvärden", suggest: "Åtgärd", noBinding: "", control: "kontrollfråga" },
  en: { paragraphs: "paragraphs", secret: "secret/sensitive data", exposure: "third-country law exposure", measures: "measures", none: "none", overall: "Overall", defaults: "defaults", suggest: "Fix", noBinding: "", control: "control question" },
} as const;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** One document's review as text lines (no trailing newline). */
export function formatText(report: Report, lang: Lang = report.outputLanguage): string {
  const w = words[lang];
  const titles = new Map(RULES.map((r) => [r.id, r.title[lang]]));
  const { klassa, secretData, exposure, measures, controlQuestion } = report.inputs;
  const lines: string[] = [];
  lines.push(`${report.document.name}  (${report.document.language}, ${report.document.paragraphs} ${w.paragraphs})`);
  lines.push(
    `KLASSA ${klassa.K}-${klassa.R}-${klassa.T} · ${w.secret}: ${secretData ? EXPOSURE_LABEL.yes[lang] : EXPOSURE_LABEL.no[lang]} · ${w.exposure}: ${EXPOSURE_LABEL[exposure][lang]} · ${w.measures}: ${measures.length ? measures.map((m) => MEASURE_LABEL[m][lang]).join(", ") : w.none} · ${w.control}: ${CONTROL_LABEL[controlQuestion][lang]}` +
      (report.defaults.length ? `  (${w.defaults}: ${report.defaults.join(", ")})` : ""),
  );
  const idWidth = Math.max(...report.requirements.map((r) => r.id.length));
  const statusWidth = Math.max(...Object.values(STATUS_LABEL).map((l) => l[lang].length));
  for (const area of AREAS) {
    const summary = report.areas.find((a) => a.area === area);
    const rs = report.requirements.filter((r) => r.area === area);
    lines.push("");
    lines.push(`${AREA_LABEL[area][lang]}${summary?.band ? `  [${BAND_LABEL[summary.band][lang]}]` : ""}`);
    for (const r of rs) {
      const e = r.evidence[0];
      const where = e ? `¶${e.paragraph + 1}` : "";
      const risk = r.risk === null ? "" : `${r.likelihood}×${r.consequence}=${r.risk}`;
      lines.push(
        `  ${MARK[r.status]} ${STATUS_LABEL[r.status][lang].padEnd(statusWidth)}  ${r.id.padEnd(idWidth)}  ${risk.padEnd(6)} ${where.padEnd(6)} ${titles.get(r.id) ?? ""}: ${r.message}`,
      );
      if (e) lines.push(`      “${clip(e.quote, QUOTE_CHARS)}”`);
      if (r.status !== "met" && r.status !== "not-applicable") lines.push(`      ${w.suggest}: ${r.remediation}`);
    }
  }
  lines.push("");
  lines.push(`${w.overall}: ${BAND_LABEL[report.overall.band][lang]}`);
  for (const reason of report.overall.reasons) lines.push(`  - ${reason.text}`);
  return lines.join("\n");
}
