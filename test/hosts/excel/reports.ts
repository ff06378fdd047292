// Hand-built review reports for the Excel tests: fixed findings, so the register is tested independently of what the rules find.
import { bandOf } from "../../../src/analysis/risk";
import type { Report, RequirementResult } from "../../../src/analysis/types";
import { REQUIREMENT_IDS, type Area, type Lang, type RequirementId, type Status } from "../../../src/rules/types";

export interface Req {
  readonly id: RequirementId;
  readonly status: Status;
  readonly l: number;
  readonly c: number;
}

export function makeReport(name: string, lang: Lang, reqs: readonly Req[]): Report {
  const requirements: RequirementResult[] = reqs.map((r) => {
    const na = r.status === "not-applicable";
    const risk = na ? null : r.l * r.c;
    return {
      id: r.id,
      area: r.id.split("/")[0] as Area,
      status: r.status,
      evidence:
        r.status === "met" || r.status === "weak" || r.status === "contrary"
          ? [{ paragraph: 3, start: 0, end: 20, quote: lang === "sv" ? `Citat för ${r.id}.` : `Quote for ${r.id}.`, status: r.status, heading: "7.2 Revision" }]
          : [],
      likelihood: na ? null : r.l,
      consequence: na ? null : r.c,
      risk,
      band: risk === null ? null : bandOf(risk),
      message: "",
      remediation: "",
    };
  });
  return {
    schemaVersion: 1,
    document: { name, language: lang, paragraphs: 10, binding: true },
    outputLanguage: lang,
    inputs: { klassa: { K: 3, R: 2, T: 2 }, secretData: true, exposure: "unknown", measures: [], controlQuestion: "unknown" },
    defaults: [],
    requirements,
    areas: [],
    overall: { band: "high", reasons: [] },
  };
}

export const REQS: readonly Req[] = [
  { id: "control-rights/audit-right", status: "met", l: 1, c: 3 },
  { id: "control-rights/log-access", status: "weak", l: 2, c: 3 },
  { id: "foreign-jurisdiction/governing-law", status: "contrary", l: 4, c: 4 },
  { id: "data-location/storage-location", status: "missing", l: 4, c: 3 },
  { id: "confidentiality/survival", status: "missing", l: 3, c: 2 },
  { id: "confidentiality/security-protection", status: "not-applicable", l: 0, c: 0 },
];

const STATUSES: readonly Status[] = ["met", "weak", "contrary", "missing"];

/** `documents` reports with `perDocument` scored requirements each: documents × perDocument register rows. */
export function manyReports(documents: number, perDocument: number, lang: Lang = "sv"): Report[] {
  return Array.from({ length: documents }, (_, d) =>
    makeReport(
      `avtal-${String(d + 1).padStart(4, "0")}.docx`,
      lang,
      REQUIREMENT_IDS.slice(0, perDocument).map((id, i) => ({ id, status: STATUSES[(i + d) % 4]!, l: 1 + ((i + d) % 4), c: 1 + ((i * 3 + d) % 4) })),
    ),
  );
}
