// Shared set-up for the task pane component tests: jsdom gaps filled, a hand-built report and fake Word actions.
import { TextDecoder, TextEncoder } from "node:util";
import { EMPTY_STATE, type ReviewState } from "../../src/analysis/review-state";
import { bandOf } from "../../src/analysis/risk";
import type { RiskTable } from "../../src/analysis/risk-table";
import type { Evidence, Paragraph, Report, RequirementResult } from "../../src/analysis/types";
import type { CommentItem, LocateOutcome, WordActions } from "../../src/hosts/word/actions";
import type { Area, RequirementId, Status } from "../../src/rules/types";
import type { StateStorage } from "../../src/hosts/state-storage";

/** jsdom lacks TextDecoder/TextEncoder (readers, jszip) and ResizeObserver (Fluent's MessageBar); real browsers have all three. */
export function polyfillJsdom(): void {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  if (!("ResizeObserver" in globalThis)) {
    Object.assign(globalThis, {
      ResizeObserver: class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      },
    });
  }
}

export const QUOTES = {
  audit: "Kunden har rätt att genomföra revision hos Leverantören en gång per år.",
  log: "Loggar lämnas ut endast om Leverantören finner det lämpligt.",
  law: "This agreement is governed by the laws of the State of Delaware.",
} as const;

const ev = (paragraph: number, quote: string, status: Evidence["status"], heading?: string): Evidence => ({ paragraph, start: 0, end: quote.length, quote, status, ...(heading && { heading }) });

function req(id: RequirementId, status: Status, evidence: Evidence[] = [], extra: Partial<RequirementResult> = {}): RequirementResult {
  const na = status === "not-applicable";
  const l = { met: 1, weak: 2, contrary: 4, missing: 3, "not-applicable": 0 }[status];
  const risk = na ? null : l * 3;
  return {
    id,
    area: id.split("/")[0] as Area,
    status,
    evidence,
    likelihood: na ? null : l,
    consequence: na ? null : 3,
    risk,
    band: risk === null ? null : bandOf(risk),
    message: `Message for ${id}.`,
    remediation: `Fix ${id}.`,
    ...extra,
  };
}

/** Five requirements over three areas with every status, so filtering and grouping are visible. */
export function makeReport(name = "avtal.docx"): Report {
  const requirements = [
    req("control-rights/audit-right", "met", [ev(3, QUOTES.audit, "met", "7.2 Revision")]),
    req("control-rights/log-access", "weak", [ev(5, QUOTES.log, "weak")]),
    req("control-rights/incident-notification", "missing"),
    req("foreign-jurisdiction/governing-law", "contrary", [ev(9, QUOTES.law, "contrary")]),
    req("confidentiality/security-protection", "not-applicable"),
  ];
  const counts = (area: Area) => {
    const c = { met: 0, weak: 0, contrary: 0, missing: 0, "not-applicable": 0 };
    for (const r of requirements) if (r.area === area) c[r.status]++;
    return c;
  };
  return {
    schemaVersion: 1,
    document: { name, language: "sv", paragraphs: 12, binding: true },
    outputLanguage: "en",
    inputs: EMPTY_STATE.inputs,
    defaults: [],
    requirements,
    areas: [
      { area: "control-rights", band: "high", counts: counts("control-rights") },
      { area: "foreign-jurisdiction", band: "very-high", counts: counts("foreign-jurisdiction") },
      { area: "data-location", band: null, counts: counts("data-location") },
      { area: "confidentiality", band: null, counts: counts("confidentiality") },
    ],
    overall: { band: "very-high", reasons: [{ code: "worst-area", text: "The highest risk is in Foreign jurisdiction." }] },
  };
}

/** Storage that starts from `initial` and records saves. */
export function memoryStorage(initial: ReviewState = EMPTY_STATE): StateStorage & { saved: ReviewState[] } {
  const saved: ReviewState[] = [];
  return { saved, load: async () => initial, save: async (s) => void saved.push(s) };
}

/** Word actions backed by jest mocks; every method resolves unless a test says otherwise. */
export function fakeWord(capabilities: Partial<WordActions["capabilities"]> = {}): jest.Mocked<WordActions> {
  return {
    capabilities: { comments: true, tables: true, ...capabilities },
    readParagraphs: jest.fn<Promise<Paragraph[]>, []>(async () => [{ text: "1. Avtal" }, { text: QUOTES.audit }]),
    locate: jest.fn<Promise<LocateOutcome>, [Evidence]>(async () => "selected"),
    comment: jest.fn<Promise<{ inserted: number; skipped: number }>, [readonly CommentItem[]]>(async (items) => ({ inserted: items.length, skipped: 0 })),
    insertTable: jest.fn<Promise<"inserted" | "replaced">, [RiskTable]>(async () => "inserted"),
    highlight: jest.fn<Promise<number>, [readonly Evidence[]]>(async (evidence) => evidence.length),
    removeHighlights: jest.fn<Promise<number>, []>(async () => 2),
  };
}
