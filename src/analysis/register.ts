// The risk register and 4×4 risk matrix as plain data, rendered alike by the CLI's xlsx writer and the Excel add-in, plus the re-run merge.
import { RULES } from "../rules";
import { REQUIREMENT_IDS, type Lang, type Localized, type RequirementId } from "../rules/types";
import { AREA_LABEL, BAND_COLOUR, BAND_LABEL, STATUS_LABEL } from "./labels";
import { describeEvidence } from "./risk-table";
import { bandOf, BAND_ORDER } from "./risk";
import type { Band, Report } from "./types";

// ---------------------------------------------------------------------------------------------------------
// Stable identifiers. A workbook written by the CLI is later found and updated by the add-in, so these never
// change and are never localised.

/** Name of the Excel table holding the register (Excel table names must be unique per workbook). */
export const REGISTER_TABLE_NAME = "AvtalskollRiskRegister";

export const REGISTER_COLUMN_KEYS = [
  "ruleId", "area", "requirement", "status", "evidence", "computedLikelihood", "computedConsequence",
  "likelihood", "consequence", "risk", "band", "measures", "owner", "decision", "date", "source", "state",
] as const;
export type RegisterColumnKey = (typeof REGISTER_COLUMN_KEYS)[number];

export type SheetKey = "register" | "matrix" | "assessment";
export const SHEET_NAMES: Readonly<Record<SheetKey, Localized>> = {
  register: { sv: "Riskregister", en: "Risk register" },
  matrix: { sv: "Riskmatris", en: "Risk matrix" },
  assessment: { sv: "Riskbedömning", en: "Risk assessment" },
};

/**
 * Finds the register sheet whatever language the workbook was written in: a sheet holding the register table
 * wins (the user may have renamed the sheet), then either language's sheet name, then a case-insensitive match.
 */
export function findRegisterSheet(sheets: readonly (string | { readonly name: string; readonly tables?: readonly string[] })[]): string | undefined {
  const list = sheets.map((s) => (typeof s === "string" ? { name: s, tables: [] as readonly string[] } : { name: s.name, tables: s.tables ?? [] }));
  const byTable = list.find((s) => s.tables.some((t) => t.toLowerCase() === REGISTER_TABLE_NAME.toLowerCase()));
  if (byTable) return byTable.name;
  const names: readonly string[] = [SHEET_NAMES.register.sv, SHEET_NAMES.register.en];
  const exact = list.find((s) => names.includes(s.name));
  if (exact) return exact.name;
  const folded = names.map((n) => n.toLowerCase());
  return list.find((s) => folded.includes(s.name.trim().toLowerCase()))?.name;
}

// ---------------------------------------------------------------------------------------------------------
// Columns.

/** Engine-owned columns are rewritten on every run; user-owned ones are written once and then belong to the user. */
export type ColumnOwner = "engine" | "user";
export type ColumnKind = "text" | "integer-1-4" | "formula" | "list" | "date";

export interface RegisterColumn {
  readonly key: RegisterColumnKey;
  readonly header: Localized;
  readonly owner: ColumnOwner;
  /** Excel column width in characters. */
  readonly width: number;
  readonly kind: ColumnKind;
  /** Allowed values of a list column, in display order. */
  readonly options?: readonly Localized[];
}

export const DECISION_OPTIONS: readonly Localized[] = [
  { sv: "Godta", en: "Accept" },
  { sv: "Godta med åtgärder", en: "Accept with measures" },
  { sv: "Undanta information", en: "Exclude information" },
  { sv: "Avstå", en: "Walk away" },
];

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const STATE_LABEL: Readonly<Record<"open" | "closed", Localized>> = {
  open: { sv: "Öppen", en: "Open" },
  closed: { sv: "Stängd", en: "Closed" },
};

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: "ruleId", header: { sv: "Krav-ID", en: "Requirement ID" }, owner: "engine", width: 30, kind: "text" },
  { key: "area", header: { sv: "Område", en: "Area" }, owner: "engine", width: 20, kind: "text" },
  { key: "requirement", header: { sv: "Krav", en: "Requirement" }, owner: "engine", width: 36, kind: "text" },
  { key: "status", header: { sv: "Status", en: "Status" }, owner: "engine", width: 14, kind: "text" },
  { key: "evidence", header: { sv: "Avtalsstöd (citat, plats)", en: "Contract evidence (quote, location)" }, owner: "engine", width: 60, kind: "text" },
  { key: "computedLikelihood", header: { sv: "Beräknad sannolikhet", en: "Computed likelihood" }, owner: "engine", width: 12, kind: "integer-1-4" },
  { key: "computedConsequence", header: { sv: "Beräknad konsekvens", en: "Computed consequence" }, owner: "engine", width: 12, kind: "integer-1-4" },
  { key: "likelihood", header: { sv: "Sannolikhet (1–4)", en: "Likelihood (1–4)" }, owner: "user", width: 13, kind: "integer-1-4" },
  { key: "consequence", header: { sv: "Konsekvens (1–4)", en: "Consequence (1–4)" }, owner: "user", width: 13, kind: "integer-1-4" },
  { key: "risk", header: { sv: "Risk (S×K)", en: "Risk (L×C)" }, owner: "engine", width: 10, kind: "formula" },
  { key: "band", header: { sv: "Risknivå", en: "Risk level" }, owner: "engine", width: 18, kind: "formula" },
  { key: "measures", header: { sv: "Åtgärder", en: "Measures" }, owner: "user", width: 40, kind: "text" },
  { key: "owner", header: { sv: "Ansvarig", en: "Owner" }, owner: "user", width: 18, kind: "text" },
  { key: "decision", header: { sv: "Beslut", en: "Decision" }, owner: "user", width: 22, kind: "list", options: DECISION_OPTIONS },
  { key: "date", header: { sv: "Datum", en: "Date" }, owner: "user", width: 12, kind: "date" },
  { key: "source", header: { sv: "Källdokument", en: "Source document" }, owner: "engine", width: 30, kind: "text" },
  { key: "state", header: { sv: "Läge", en: "State" }, owner: "engine", width: 10, kind: "text" },
];

const COLUMN_BY_KEY = new Map(REGISTER_COLUMNS.map((c) => [c.key, c]));

export function registerColumn(key: RegisterColumnKey): RegisterColumn {
  return COLUMN_BY_KEY.get(key)!;
}

export function registerHeaders(lang: Lang): string[] {
  return REGISTER_COLUMNS.map((c) => c.header[lang]);
}

// ---------------------------------------------------------------------------------------------------------
// Layout and formulas. Formulas are plain per-row A1 references (H2*I2): exceljs writes them verbatim and
// office.js's Range.formulas reads and writes the same invariant (English, comma-separated) text, whereas
// structured references would need every localised header escaped and are not read back by every viewer.

/** Where the register sits: the header's sheet row, the table's first sheet column and each column's position in it. */
export interface RegisterLayout {
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet column of the table's first column. */
  readonly firstColumn: number;
  /** 0-based position of each known column within the table. */
  readonly index: Readonly<Record<RegisterColumnKey, number>>;
}

export const DEFAULT_LAYOUT: RegisterLayout = {
  headerRow: 1,
  firstColumn: 1,
  index: Object.fromEntries(REGISTER_COLUMN_KEYS.map((k, i) => [k, i])) as Record<RegisterColumnKey, number>,
};

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function registerColumnLetter(key: RegisterColumnKey, layout: RegisterLayout = DEFAULT_LAYOUT): string {
  return columnLetter(layout.firstColumn + layout.index[key]);
}

/** A1 range of one column's data rows (header excluded), e.g. "H2:H28". */
export function registerColumnRange(key: RegisterColumnKey, rowCount: number, layout: RegisterLayout = DEFAULT_LAYOUT): string {
  const letter = registerColumnLetter(key, layout);
  return `${letter}${layout.headerRow + 1}:${letter}${layout.headerRow + Math.max(1, rowCount)}`;
}

/** Risk = likelihood × consequence, blank until both are numbers (a blank cell would otherwise count as 0). No leading "=". */
export function riskFormula(row: number, layout: RegisterLayout = DEFAULT_LAYOUT): string {
  const l = `${registerColumnLetter("likelihood", layout)}${row}`;
  const c = `${registerColumnLetter("consequence", layout)}${row}`;
  return `IF(AND(ISNUMBER(${l}),ISNUMBER(${c})),${l}*${c},"")`;
}

/** Band name from the risk cell, with bandOf's thresholds (12, 8, 4). No leading "=". */
export function bandFormula(row: number, lang: Lang, layout: RegisterLayout = DEFAULT_LAYOUT): string {
  const r = `${registerColumnLetter("risk", layout)}${row}`;
  const label = (b: Band): string => quoteText(BAND_LABEL[b][lang]);
  return `IF(ISNUMBER(${r}),IF(${r}>=12,${label("very-high")},IF(${r}>=8,${label("high")},IF(${r}>=4,${label("medium")},${label("low")}))),"")`;
}

function quoteText(s: string): string {
  return `"${s.replace(/"/gu, '""')}"`;
}

/** A sheet name as a formula prefix; always quoted so spaces and non-ASCII letters are safe. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/gu, "''")}'!`;
}

// ---------------------------------------------------------------------------------------------------------
// Rows.

export type RegisterCell = string | number | boolean | Date | null;

/** One register row: a requirement of one document. Formula columns hold their cached results. */
export interface RegisterRow {
  /** registerKey(ruleId, source). */
  readonly key: string;
  readonly ruleId: RequirementId;
  readonly source: string;
  readonly lang: Lang;
  /** Band of the computed likelihood × consequence. */
  readonly band: Band;
  readonly values: Readonly<Record<RegisterColumnKey, RegisterCell>>;
  /** Formula text for this row placed at a given sheet row (no leading "="), in the default layout. */
  readonly formulas: { readonly risk: (rowNumber: number) => string; readonly band: (rowNumber: number) => string };
}

/** The row key: rule id and source document together (one contract's audit right is not another's). */
export function registerKey(ruleId: string, source: string): string {
  return JSON.stringify([ruleId.trim(), source.trim()]);
}

/** Excel refuses cells over 32,767 characters; long evidence is cut well before that to stay readable. */
const MAX_EVIDENCE_CHARS = 4000;
const MAX_EVIDENCE_ITEMS = 3;

/** Source names that are unique and never blank, since they are half of every key. */
export function sourceNames(reports: readonly Report[], lang: Lang): string[] {
  const seen = new Map<string, number>();
  return reports.map((report, i) => {
    const base = report.document.name.trim() || (lang === "sv" ? `Dokument ${i + 1}` : `Document ${i + 1}`);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * One row per scored requirement per report, in catalogue order. Not-applicable requirements carry no risk and
 * are left out (a requirement that becomes not applicable on a re-run is therefore closed by the merge).
 * Values are in `lang` (default: the first report's output language) so one workbook speaks one language.
 */
export function buildRegisterRows(reports: readonly Report[], lang: Lang = reports[0]?.outputLanguage ?? "sv"): RegisterRow[] {
  const titles = new Map(RULES.map((r) => [r.id, r.title[lang]]));
  const sources = sourceNames(reports, lang);
  const rows: RegisterRow[] = [];
  reports.forEach((report, i) => {
    const source = sources[i]!;
    for (const r of report.requirements) {
      if (r.status === "not-applicable" || r.likelihood === null || r.consequence === null) continue;
      const risk = r.likelihood * r.consequence;
      const band = bandOf(risk);
      let evidence = r.evidence.slice(0, MAX_EVIDENCE_ITEMS).map((e) => describeEvidence(e, lang)).join("\n");
      if (evidence.length > MAX_EVIDENCE_CHARS) evidence = `${evidence.slice(0, MAX_EVIDENCE_CHARS - 1)}…`;
      rows.push({
        key: registerKey(r.id, source),
        ruleId: r.id,
        source,
        lang,
        band,
        values: {
          ruleId: r.id,
          area: AREA_LABEL[r.area][lang],
          requirement: titles.get(r.id) ?? r.id,
          status: STATUS_LABEL[r.status][lang],
          evidence,
          computedLikelihood: r.likelihood,
          computedConsequence: r.consequence,
          likelihood: r.likelihood,
          consequence: r.consequence,
          risk,
          band: BAND_LABEL[band][lang],
          measures: "",
          owner: "",
          decision: "",
          date: null,
          source,
          state: STATE_LABEL.open[lang],
        },
        formulas: { risk: (n) => riskFormula(n), band: (n) => bandFormula(n, lang) },
      });
    }
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Conditional formatting: band colours as rules (data), so colours follow the user's own likelihood and
// consequence instead of being frozen fills.

/** Text colour readable on each band colour. */
export const BAND_TEXT_COLOUR: Readonly<Record<Band, string>> = { low: "FFFFFF", medium: "000000", high: "FFFFFF", "very-high": "FFFFFF" };

export interface BandFormatRule {
  readonly band: Band;
  /** Expression relative to the range's top-left cell (no leading "="); true when the row falls in the band. */
  readonly formula: string;
  /** Hex colours without "#". */
  readonly fill: string;
  readonly font: string;
}

export interface ConditionalFormatModel {
  readonly columns: readonly RegisterColumnKey[];
  /** A1 range the rules apply to, e.g. "J2:K28". */
  readonly range: string;
  /** Mutually exclusive, in BAND_ORDER, so priority does not matter. */
  readonly rules: readonly BandFormatRule[];
}

/**
 * Rules on the risk and band columns, keyed on the risk number (not the band text, which is localised, and
 * where a containsText "Hög risk" would also match "Mycket hög risk"). ISNUMBER guards blanks, because Excel
 * ranks text above every number and "" >= 12 is true.
 */
export function registerConditionalFormats(rowCount: number, layout: RegisterLayout = DEFAULT_LAYOUT): ConditionalFormatModel {
  const first = layout.headerRow + 1;
  const last = layout.headerRow + Math.max(1, rowCount);
  const riskCol = registerColumnLetter("risk", layout);
  const bandCol = registerColumnLetter("band", layout);
  const r = `$${riskCol}${first}`;
  const test: Readonly<Record<Band, string>> = {
    low: `AND(ISNUMBER(${r}),${r}<4)`,
    medium: `AND(ISNUMBER(${r}),${r}>=4,${r}<8)`,
    high: `AND(ISNUMBER(${r}),${r}>=8,${r}<12)`,
    "very-high": `AND(ISNUMBER(${r}),${r}>=12)`,
  };
  const [left, right] = layout.index.risk <= layout.index.band ? [riskCol, bandCol] : [bandCol, riskCol];
  const adjacent = Math.abs(layout.index.risk - layout.index.band) === 1;
  const range = adjacent ? `${left}${first}:${right}${last}` : `${riskCol}${first}:${riskCol}${last} ${bandCol}${first}:${bandCol}${last}`;
  return {
    columns: ["risk", "band"],
    range,
    rules: BAND_ORDER.map((band) => ({ band, formula: test[band], fill: BAND_COLOUR[band], font: BAND_TEXT_COLOUR[band] })),
  };
}

/** List validations: the 1–4 columns and the decision column, as data for exceljs or office.js. */
export interface ListValidationModel {
  readonly key: RegisterColumnKey;
  readonly range: string;
  readonly values: readonly string[];
}

export function registerValidations(rowCount: number, lang: Lang, layout: RegisterLayout = DEFAULT_LAYOUT): ListValidationModel[] {
  // Only the user's columns get drop-downs; the computed columns are the engine's and are rewritten anyway.
  return REGISTER_COLUMNS.filter((c) => c.owner === "user" && (c.kind === "integer-1-4" || c.kind === "list")).map((c) => ({
    key: c.key,
    range: registerColumnRange(c.key, rowCount, layout),
    values: c.kind === "integer-1-4" ? LEVELS.map(String) : (c.options ?? []).map((o) => o[lang]),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// The 4×4 matrix.

export const AXIS_LABEL: Readonly<Record<"likelihood" | "consequence", Localized>> = {
  likelihood: { sv: "Sannolikhet", en: "Likelihood" },
  consequence: { sv: "Konsekvens", en: "Consequence" },
};

export const LIKELIHOOD_LEVEL: Readonly<Record<Level, Localized>> = {
  1: { sv: "1 Låg", en: "1 Low" },
  2: { sv: "2 Medel", en: "2 Medium" },
  3: { sv: "3 Hög", en: "3 High" },
  4: { sv: "4 Mycket hög", en: "4 Very high" },
};

export const CONSEQUENCE_LEVEL: Readonly<Record<Level, Localized>> = {
  1: { sv: "1 Försumbar", en: "1 Negligible" },
  2: { sv: "2 Måttlig", en: "2 Moderate" },
  3: { sv: "3 Betydande", en: "3 Significant" },
  4: { sv: "4 Allvarlig", en: "4 Severe" },
};

export interface MatrixCell {
  readonly likelihood: Level;
  readonly consequence: Level;
  readonly risk: number;
  readonly band: Band;
  /** Hex fill and text colours without "#". */
  readonly fill: string;
  readonly font: string;
  readonly address: string;
  /** COUNTIFS over the register (no leading "="). */
  readonly formula: string;
  /** Cached result: open register rows with this likelihood and consequence. */
  readonly count: number;
}

export interface MatrixLabel {
  readonly address: string;
  readonly text: string;
}

export interface MatrixModel {
  readonly sheetName: string;
  readonly title: MatrixLabel;
  readonly note: MatrixLabel;
  /** Axis labels span merged ranges ("A4:A7", "C2:F2"). */
  readonly likelihoodAxis: { readonly range: string; readonly text: string };
  readonly consequenceAxis: { readonly range: string; readonly text: string };
  /** Row headers, top to bottom 4..1. */
  readonly likelihoodLevels: readonly (MatrixLabel & { readonly level: Level })[];
  /** Column headers, left to right 1..4. */
  readonly consequenceLevels: readonly (MatrixLabel & { readonly level: Level })[];
  /** 16 cells, row by row from likelihood 4 down to 1. */
  readonly cells: readonly MatrixCell[];
  readonly legend: readonly (MatrixLabel & { readonly band: Band; readonly fill: string; readonly font: string })[];
  readonly columnWidths: readonly number[];
}

const BAND_RANGE_TEXT: Readonly<Record<Band, string>> = { low: "1–3", medium: "4–6", high: "8–9", "very-high": "12–16" };

export interface MatrixOptions {
  /** Name of the register sheet (default: the localised name). */
  readonly registerSheet?: string;
  readonly layout?: RegisterLayout;
}

/** Is this register row open? Blank state counts as open (a user's own risk row), closed in either language does not. */
export function isOpenState(state: unknown): boolean {
  const s = typeof state === "string" ? state.trim().toLowerCase() : "";
  return s !== STATE_LABEL.closed.sv.toLowerCase() && s !== STATE_LABEL.closed.en.toLowerCase() && s !== "closed";
}

/**
 * The matrix: likelihood rows 4..1 × consequence columns 1..4. Each cell is a COUNTIFS over whole register
 * columns (so rows the add-in appends are counted without rewriting the formula) that skips closed rows in
 * either language; `rows` only supplies the cached counts viewers show before recalculating.
 */
export function buildMatrix(lang: Lang, rows: readonly RegisterRow[] = [], options: MatrixOptions = {}): MatrixModel {
  const layout = options.layout ?? DEFAULT_LAYOUT;
  const sheet = sheetRef(options.registerSheet ?? SHEET_NAMES.register[lang]);
  const col = (key: RegisterColumnKey): string => {
    const c = registerColumnLetter(key, layout);
    return `${sheet}$${c}:$${c}`;
  };
  const counts = new Map<string, number>();
  for (const row of rows) {
    const l = toLevel(row.values.likelihood);
    const c = toLevel(row.values.consequence);
    if (l !== null && c !== null && isOpenState(row.values.state)) counts.set(`${l},${c}`, (counts.get(`${l},${c}`) ?? 0) + 1);
  }
  const topRow = 4;
  const cells: MatrixCell[] = [];
  for (const l of [4, 3, 2, 1] as const) {
    for (const c of LEVELS) {
      const risk = l * c;
      const band = bandOf(risk);
      const address = `${columnLetter(2 + c)}${topRow + (4 - l)}`;
      const formula =
        `COUNTIFS(${col("likelihood")},${l},${col("consequence")},${c},` +
        `${col("state")},${quoteText(`<>${STATE_LABEL.closed.sv}`)},${col("state")},${quoteText(`<>${STATE_LABEL.closed.en}`)})`;
      cells.push({ likelihood: l, consequence: c, risk, band, fill: BAND_COLOUR[band], font: BAND_TEXT_COLOUR[band], address, formula, count: counts.get(`${l},${c}`) ?? 0 });
    }
  }
  return {
    sheetName: SHEET_NAMES.matrix[lang],
    title: { address: "A1", text: lang === "sv" ? "Riskmatris: antal öppna risker" : "Risk matrix: number of open risks" },
    note: {
      address: "A9",
      text:
        lang === "sv"
          ? `Räknar öppna rader i ${options.registerSheet ?? SHEET_NAMES.register.sv} efter sannolikhet och konsekvens (egna ändringar räknas).`
          : `Counts open rows of ${options.registerSheet ?? SHEET_NAMES.register.en} by likelihood and consequence (your own changes count).`,
    },
    likelihoodAxis: { range: `A${topRow}:A${topRow + 3}`, text: AXIS_LABEL.likelihood[lang] },
    consequenceAxis: { range: "C2:F2", text: AXIS_LABEL.consequence[lang] },
    likelihoodLevels: ([4, 3, 2, 1] as const).map((level, i) => ({ level, address: `B${topRow + i}`, text: LIKELIHOOD_LEVEL[level][lang] })),
    consequenceLevels: LEVELS.map((level) => ({ level, address: `${columnLetter(2 + level)}3`, text: CONSEQUENCE_LEVEL[level][lang] })),
    cells,
    legend: BAND_ORDER.map((band, i) => ({
      band,
      address: `B${11 + i}`,
      text: `${BAND_LABEL[band][lang]} (${BAND_RANGE_TEXT[band]})`,
      fill: BAND_COLOUR[band],
      font: BAND_TEXT_COLOUR[band],
    })),
    columnWidths: [14, 16, 16, 16, 16, 16],
  };
}

/** A likelihood or consequence as 1–4, or null (numbers and digit strings both count: Excel may hold either). */
export function toLevel(value: unknown): Level | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*[1-4]\s*$/u.test(value) ? Number(value) : NaN;
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

// ---------------------------------------------------------------------------------------------------------
// Merge for re-runs.

export interface MergeOptions {
  /** Language for headers and state words the merge writes; default: the existing header's, else the incoming rows'. */
  readonly lang?: Lang;
  /** 1-based sheet row of the header and sheet column of the first column, for the row formulas (default 1, 1). */
  readonly headerRow?: number;
  readonly firstColumn?: number;
  /**
   * Which absent keys get closed. "sources" (default): only keys of documents present in `incoming`, so
   * re-reviewing one contract does not close another contract's rows. "all": every absent key.
   */
  readonly close?: "sources" | "all";
}

export interface MergeSummary {
  readonly added: number;
  readonly updated: number;
  readonly closed: number;
  readonly unchanged: number;
}

export interface MergeResult {
  /** Header + rows. Formula cells are "=…" strings and engine text is guarded, ready for office.js Range.formulas. */
  readonly values: RegisterCell[][];
  readonly summary: MergeSummary;
  readonly layout: RegisterLayout;
  readonly lang: Lang;
}

const REQUIREMENT_ID_SET: ReadonlySet<string> = new Set(REQUIREMENT_IDS);

/** Header text (either language, or the bare key) → column key. */
const HEADER_LOOKUP: ReadonlyMap<string, RegisterColumnKey> = new Map(
  REGISTER_COLUMNS.flatMap((c) => [c.header.sv, c.header.en, c.key].map((h) => [h.trim().toLowerCase(), c.key] as const)),
);

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Office.js turns strings starting with = + - @ into formulas; a leading apostrophe keeps them text.
 * Applied only to engine-written text (document names and quotes come from outside).
 */
export function guardText(value: string): string {
  return /^[=+\-@]/u.test(value) ? `'${value}` : value;
}

function unguard(value: unknown): string {
  const s = text(value);
  return /^'[=+\-@]/u.test(s) ? s.slice(1) : s;
}

function sameCell(a: unknown, b: unknown): boolean {
  const la = toLevel(a);
  const lb = toLevel(b);
  if (la !== null || lb !== null) return la === lb;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return unguard(a).trim() === unguard(b).trim();
}

/** Finds known columns in a header row; a header matched twice keeps its first column, the other stays a user column. */
function readHeader(header: readonly unknown[]): { index: Partial<Record<RegisterColumnKey, number>>; votes: Record<Lang, number> } {
  const index: Partial<Record<RegisterColumnKey, number>> = {};
  const votes: Record<Lang, number> = { sv: 0, en: 0 };
  header.forEach((cell, i) => {
    const h = typeof cell === "string" ? cell.trim() : "";
    const key = HEADER_LOOKUP.get(h.toLowerCase());
    if (!key || index[key] !== undefined) return;
    index[key] = i;
    const col = registerColumn(key);
    if (col.header.sv !== col.header.en) {
      if (h === col.header.sv) votes.sv += 1;
      if (h === col.header.en) votes.en += 1;
    }
  });
  return { index, votes };
}

/**
 * Merges a fresh run into an existing register (header + rows as a 2-D array, as Range.formulas returns it).
 * Pure; rows keep their positions and nothing is deleted or duplicated.
 *
 * - Rows are keyed by rule id + source document. Only rows with one of the fixed requirement ids and a source
 *   are the engine's; any other row (a user's own risk, notes, a repeated key) is copied exactly as it is.
 * - For a key present in both, engine-owned columns are refreshed, the row is (re)opened and its formulas are
 *   rewritten; user-owned columns and columns the model does not know are never touched.
 * - Likelihood/consequence overrides: if the user's value still equals the previously computed value, the user
 *   never overrode it, so it follows the new computed value; if it differs (or was cleared), the user's value stays.
 * - Keys no longer produced are marked closed (scope: see MergeOptions.close); new keys are appended at the end.
 * - Known columns missing from the existing header are appended after the last used column.
 * - Summary: added, updated (a matched or closed row whose non-formula cells changed), closed (newly closed),
 *   unchanged (every other engine row); together they count the engine rows of the result.
 */
export function mergeRegister(sheet: readonly (readonly RegisterCell[])[], incoming: readonly RegisterRow[], options: MergeOptions = {}): MergeResult {
  // A blank used range (office.js returns [[""]] for an empty sheet) is no register yet.
  const existing = sheet.some((row) => row.some((cell) => cell !== null && cell !== undefined && cell !== "")) ? sheet : [];
  const headerIn = existing[0] ?? [];
  const { index: found, votes } = readHeader(headerIn);
  const detected: Lang | undefined = votes.sv > votes.en ? "sv" : votes.en > votes.sv ? "en" : undefined;
  const lang: Lang = options.lang ?? detected ?? incoming[0]?.lang ?? "sv";

  // Width before appending: the widest of header and rows, so cells past the header's end are never overwritten.
  let width = existing.reduce((w, r) => Math.max(w, r.length), 0);
  const index = { ...found } as Record<RegisterColumnKey, number>;
  for (const key of REGISTER_COLUMN_KEYS) if (found[key] === undefined) index[key] = width++;
  const layout: RegisterLayout = { headerRow: options.headerRow ?? 1, firstColumn: options.firstColumn ?? 1, index };

  const pad = (row: readonly RegisterCell[] | undefined): RegisterCell[] => {
    const out: RegisterCell[] = [];
    for (let i = 0; i < width; i++) out.push(row?.[i] === undefined ? "" : (row[i] as RegisterCell));
    return out;
  };

  const header = pad(headerIn);
  for (const key of REGISTER_COLUMN_KEYS) if (found[key] === undefined) header[index[key]] = registerColumn(key).header[lang];
  const values: RegisterCell[][] = [header];

  const fresh = new Map<string, RegisterRow>();
  for (const row of incoming) if (!fresh.has(row.key)) fresh.set(row.key, row);
  const incomingSources = new Set(incoming.map((r) => r.source.trim()));
  const seen = new Set<string>();
  let added = 0, updated = 0, closed = 0, unchanged = 0;

  const engineKeys: readonly RegisterColumnKey[] = REGISTER_COLUMNS.filter((c) => c.owner === "engine" && c.kind !== "formula").map((c) => c.key);
  const engineIndexes = new Set(engineKeys.map((k) => index[k]));
  const sheetRow = (i: number): number => layout.headerRow + i;
  const writeFormulas = (row: RegisterCell[], i: number): void => {
    row[index.risk] = `=${riskFormula(sheetRow(i), layout)}`;
    row[index.band] = `=${bandFormula(sheetRow(i), lang, layout)}`;
  };
  const engineValue = (v: RegisterCell): RegisterCell => (typeof v === "string" ? guardText(v) : v);
  const comparable = (row: readonly RegisterCell[]): RegisterCell[] => row.filter((_, i) => i !== index.risk && i !== index.band);
  const changed = (a: readonly RegisterCell[], b: readonly RegisterCell[]): boolean => {
    const x = comparable(a), y = comparable(b);
    return x.some((v, i) => !sameCell(v, y[i]));
  };

  for (let r = 1; r < existing.length; r++) {
    const before = pad(existing[r]);
    const ruleId = unguard(before[index.ruleId]).trim();
    const source = unguard(before[index.source]).trim();
    const key = registerKey(ruleId, source);
    // The engine always writes a source, so a requirement id without one is a row the user typed in.
    if (!REQUIREMENT_ID_SET.has(ruleId) || source === "" || seen.has(key)) {
      values.push(before);
      continue;
    }
    seen.add(key);
    // Engine text read back from Excel may have lost its guard; every engine row is written back, so re-guard it.
    const row = before.map((v, i) => (typeof v === "string" && engineIndexes.has(i) ? guardText(unguard(v)) : v));
    const next = fresh.get(key);
    if (next) {
      for (const k of engineKeys) row[index[k]] = engineValue(next.values[k]);
      // Follow the new computed value only where the user never moved away from the old one.
      if (sameCell(before[index.likelihood], before[index.computedLikelihood])) row[index.likelihood] = next.values.computedLikelihood;
      if (sameCell(before[index.consequence], before[index.computedConsequence])) row[index.consequence] = next.values.computedConsequence;
      row[index.state] = STATE_LABEL.open[lang];
      writeFormulas(row, values.length);
      if (changed(before, row)) updated++;
      else unchanged++;
    } else if (isOpenState(before[index.state]) && (options.close === "all" || incomingSources.has(source))) {
      row[index.state] = STATE_LABEL.closed[lang];
      writeFormulas(row, values.length);
      closed++;
    } else {
      unchanged++;
    }
    values.push(row);
  }

  for (const next of fresh.values()) {
    if (seen.has(next.key)) continue;
    const row = pad(undefined);
    for (const c of REGISTER_COLUMNS) row[index[c.key]] = c.owner === "engine" && c.kind !== "formula" ? engineValue(next.values[c.key]) : (next.values[c.key] ?? "");
    row[index.state] = STATE_LABEL.open[lang];
    writeFormulas(row, values.length);
    values.push(row);
    added++;
  }
  return { values, summary: { added, updated, closed, unchanged }, layout, lang };
}
