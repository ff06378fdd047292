// A faithful in-memory fake of the Excel JavaScript API subset Avtalskoll uses: proxies queue work, sync() applies it in order, loaded properties exist only after sync.
//
// Modelled like office.js: every property set and method call is queued, nothing touches the workbook before
// context.sync(); queued operations run in order and a failing one stops the batch (earlier ones stay applied,
// as in Excel, which has no transactions); load() results become readable only when the sync that carried
// them succeeded, and reading anything not loaded throws PropertyNotLoaded; null in a 2-D array leaves the cell
// unchanged; strings are coerced as Excel coerces them (numbers, ISO dates, booleans, leading = + - @ become
// formulas, a leading apostrophe keeps text); table headers are kept unique and non-blank; methods newer than
// the configured ExcelApi version fail with ApiNotFound. A sync can be made to fail (whole, or after k ops).

export type Scalar = string | number | boolean;

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_CELL_CHARS = 32_767;

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

// ---------------------------------------------------------------------------------------------------------
// Addresses.

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses "A1", "A1:B2", "A:C", "4:7" (optionally "Sheet!"-prefixed); throws InvalidArgument like Excel. */
export function parseAddress(address: string): { sheet?: string; box: Box } {
  let rest = address.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang).replace(/^'(.*)'$/u, "$1").replace(/''/gu, "'");
    rest = rest.slice(bang + 1);
  }
  const bad = () => new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}".`);
  if (rest.includes(",") || rest.includes(" ")) throw bad();
  const [a, b = a] = rest.split(":");
  const part = (p: string | undefined): { row?: number; col?: number } => {
    const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/u.exec(p ?? "");
    if (!m || (m[1] === "" && m[2] === "")) throw bad();
    return { ...(m[1] !== "" && { col: colIndex(m[1]!) }), ...(m[2] !== "" && { row: Number(m[2]) - 1 }) };
  };
  const p = part(a);
  const q = part(b);
  let box: Box;
  if (p.col === undefined && q.col === undefined) box = { row: p.row!, col: 0, rows: q.row! - p.row! + 1, cols: MAX_COLS };
  else if (p.row === undefined && q.row === undefined) box = { row: 0, col: p.col!, rows: MAX_ROWS, cols: q.col! - p.col! + 1 };
  else if (p.row === undefined || q.row === undefined || p.col === undefined || q.col === undefined) throw bad();
  else box = { row: Math.min(p.row, q.row), col: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
  if (box.row < 0 || box.col < 0 || box.rows < 1 || box.cols < 1 || box.row + box.rows > MAX_ROWS || box.col + box.cols > MAX_COLS) throw bad();
  return sheet === undefined ? { box } : { sheet, box };
}

export function boxToA1(box: Box): string {
  const a = `${colLetters(box.col)}${box.row + 1}`;
  if (box.rows === 1 && box.cols === 1) return a;
  return `${a}:${colLetters(box.col + box.cols - 1)}${box.row + box.rows}`;
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function contains(box: Box, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols;
}

const key = (row: number, col: number): string => `${row},${col}`;

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`;
}

// ---------------------------------------------------------------------------------------------------------
// Workbook state (what tests inspect).

export interface Cell {
  value: Scalar;
  /** "=…" for formula cells. */
  formula?: string;
}

export interface FormatProps {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  textOrientation?: number;
}

export interface ValidationState {
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ConditionalFormatState {
  box: Box;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

let nextId = 1;

export class SheetState {
  readonly id = nextId++;
  cells = new Map<string, Cell>();
  numberFormats = new Map<string, string>();
  /** Applied in order; later entries win. */
  formats: { box: Box; props: FormatProps }[] = [];
  validations = new Map<string, ValidationState>();
  conditionalFormats: ConditionalFormatState[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozen: string | null = null;
  merges: Box[] = [];
  /** A1 addresses of every cell written through office.js calls (values/formulas), for "never rewritten" checks. */
  written = new Set<string>();
  constructor(public name: string) {}

  cell(address: string): Cell | undefined {
    const { box } = parseAddress(address);
    return this.cells.get(key(box.row, box.col));
  }
  /** The value as office.js `values` reports it ("" when blank). */
  value(address: string): Scalar {
    return this.cell(address)?.value ?? "";
  }
  /** The formula as office.js `formulas` reports it (the value for constants). */
  formula(address: string): Scalar {
    const c = this.cell(address);
    return c?.formula ?? c?.value ?? "";
  }
  /** Values of a block, as office.js would return them. */
  grid(address: string): Scalar[][] {
    const { box } = parseAddress(address);
    return Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => this.cells.get(key(box.row + r, box.col + c))?.value ?? ""));
  }
  formulaGrid(address: string): Scalar[][] {
    const { box } = parseAddress(address);
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.cols }, (_, c) => {
        const cell = this.cells.get(key(box.row + r, box.col + c));
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }
  /** Merged formats of one cell (later format calls win). */
  format(address: string): FormatProps {
    const { box } = parseAddress(address);
    const out: FormatProps = {};
    for (const f of this.formats) if (contains(f.box, box.row, box.col)) Object.assign(out, f.props);
    return out;
  }
  validation(address: string): ValidationState | undefined {
    const { box } = parseAddress(address);
    return this.validations.get(key(box.row, box.col));
  }
  conditionalFormatsAt(address: string): ConditionalFormatState[] {
    const { box } = parseAddress(address);
    return this.conditionalFormats.filter((cf) => contains(cf.box, box.row, box.col));
  }
  /** Bounding box of cells holding a value or formula, or null when blank. */
  usedBox(): Box | null {
    let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      r1 = Math.min(r1, r); c1 = Math.min(c1, c);
      r2 = Math.max(r2, r); c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
  /** Stores a cell exactly as given (test setup from a file: no coercion). */
  setRaw(address: string, cell: Cell): this {
    const { box } = parseAddress(address);
    this.cells.set(key(box.row, box.col), cell);
    return this;
  }
  /** Writes cells directly (test setup), with the same coercion as office.js `formulas`. */
  set(topLeft: string, rows: readonly (readonly (Scalar | null)[])[]): this {
    const { box } = parseAddress(topLeft);
    rows.forEach((line, r) => line.forEach((v, c) => v !== null && writeCell(this, box.row + r, box.col + c, v)));
    return this;
  }
}

export class TableState {
  readonly id = nextId++;
  style = "TableStyleMedium2";
  constructor(public name: string, public sheet: SheetState, public box: Box) {}
  get address(): string {
    return boxToA1(this.box);
  }
}

/** Excel's serial for an ISO date string. */
function isoSerial(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? undefined : (t - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Writes one cell as office.js `values`/`formulas` would: "" clears, = makes a formula, ' keeps text, numbers and dates are coerced. */
export function writeCell(sheet: SheetState, row: number, col: number, v: Scalar): void {
  const k = key(row, col);
  if (typeof v === "string" && v.length > MAX_CELL_CHARS) throw new FakeOfficeError("InvalidArgument", "Text values in cells are limited to 32767 characters.");
  if (v === "") {
    sheet.cells.delete(k);
    return;
  }
  if (typeof v !== "string") {
    sheet.cells.set(k, { value: v });
    return;
  }
  if (v.startsWith("'")) {
    sheet.cells.set(k, { value: v.slice(1) });
    return;
  }
  if (v.startsWith("=")) {
    sheet.cells.set(k, { value: FORMULA_RESULT, formula: v });
    return;
  }
  const trimmed = v.trim();
  if (/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/iu.test(trimmed)) {
    sheet.cells.set(k, { value: Number(trimmed) });
    return;
  }
  const serial = isoSerial(trimmed);
  if (serial !== undefined) {
    sheet.cells.set(k, { value: serial });
    return;
  }
  if (/^(true|false)$/iu.test(trimmed)) {
    sheet.cells.set(k, { value: trimmed.toLowerCase() === "true" });
    return;
  }
  if (/^[+\-@]/u.test(v)) {
    // Excel parses these as formulas; "-draft.docx" becomes =-draft.docx, a #NAME? error.
    sheet.cells.set(k, { value: "#NAME?", formula: `=${v.replace(/^@/u, "")}` });
    return;
  }
  sheet.cells.set(k, { value: v });
}

/** The fake does not calculate: a formula cell's value is this placeholder (Excel would show the result). */
export const FORMULA_RESULT = 0;

export interface FakeOptions {
  /** Highest ExcelApi version the fake host supports (default "1.17"). */
  readonly apiVersion?: string;
  /** Make sync number `at` (1-based) fail with `code`, after `afterOps` of its operations ran (default 0: none). */
  readonly failSync?: { readonly at: number; readonly code?: string; readonly afterOps?: number };
}

function versionNumber(v: string): number {
  const [major, minor = "0"] = v.split(".");
  return Number(major) * 1000 + Number(minor);
}

type Op = { readonly since?: string; readonly run: (commit: (() => void)[]) => void };

// ---------------------------------------------------------------------------------------------------------
// The fake host.

export class FakeExcel {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  active: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  syncCount = 0;
  /** Operations (property sets, method calls, loads) in each sync, in order. */
  readonly batches: number[] = [];
  private queue: Op[] = [];
  private tableCounter = 0;
  readonly options: FakeOptions;
  readonly context: Excel.RequestContext;
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };

  constructor(options: FakeOptions = {}) {
    this.options = options;
    const self = this;
    this.context = { workbook: new WorkbookProxy(this), sync: () => self.sync() } as unknown as Excel.RequestContext;
    this.requirements = {
      isSetSupported: (name, minVersion = "1.1") => name === "ExcelApi" && versionNumber(minVersion) <= versionNumber(options.apiVersion ?? "1.17"),
    };
  }

  // --- test setup and inspection -------------------------------------------------------------------
  addSheet(name: string): SheetState {
    const s = new SheetState(name);
    this.sheets.push(s);
    this.active ??= s;
    return s;
  }
  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((x) => x.name).join(", ")}`);
    return s;
  }
  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }
  table(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  addTable(sheet: string, address: string, name?: string): TableState {
    return this.createTable(this.sheet(sheet), parseAddress(address).box, name);
  }
  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }
  /** A deep copy of everything, for "nothing changed" checks. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({ ...s, cells: [...s.cells], numberFormats: [...s.numberFormats], validations: [...s.validations], columnWidths: [...s.columnWidths], rowHeights: [...s.rowHeights] })),
        tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, box: t.box, style: t.style })),
      }),
    );
  }

  // --- the request queue -----------------------------------------------------------------------------
  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.syncCount++;
    const batch = this.queue;
    this.queue = [];
    this.batches.push(batch.length);
    const fail = this.options.failSync?.at === this.syncCount ? this.options.failSync : undefined;
    const commits: (() => void)[] = [];
    const max = versionNumber(this.options.apiVersion ?? "1.17");
    batch.forEach((op, i) => {
      if (fail && i === (fail.afterOps ?? 0)) throw new FakeOfficeError(fail.code ?? "GeneralException", "An internal error has occurred.");
      if (op.since && versionNumber(op.since) > max) throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (ExcelApi ${op.since}).`);
      op.run(commits);
    });
    if (fail && (fail.afterOps ?? 0) >= batch.length) throw new FakeOfficeError(fail.code ?? "GeneralException", "An internal error has occurred.");
    // Loaded values appear only once the whole batch succeeded.
    for (const c of commits) c();
  }

  // --- helpers used by proxies ---------------------------------------------------------------------------
  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  sheetOrThrow(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${name}'.`);
    return s;
  }
  tableOrThrow(name: string): TableState {
    const t = this.table(name);
    if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table '${name}'.`);
    return t;
  }
  createSheet(name: string): SheetState {
    if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/u.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError("InvalidArgument", `The sheet name '${name}' is invalid.`);
    }
    if (this.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    return this.addSheet(name);
  }
  createTable(sheet: SheetState, box: Box, name?: string): TableState {
    if (box.rows < 2) throw new FakeOfficeError("InvalidArgument", "A table needs a header row and at least one data row.");
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.box, box))) throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
    for (const m of sheet.merges) if (overlaps(m, box)) throw new FakeOfficeError("InvalidArgument", "A table can't contain merged cells.");
    let n = name;
    if (n === undefined) {
      do n = `Table${++this.tableCounter}`;
      while (this.table(n));
    }
    const t = new TableState(n, sheet, box);
    this.tables.push(t);
    normaliseHeaders(t);
    return t;
  }
  renameTable(t: TableState, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/u.test(name) || /^[A-Za-z]{1,3}\d+$/u.test(name) || /^[rRcC]$/u.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `The table name '${name}' is invalid.`);
    }
    const other = this.table(name);
    if (other && other !== t) throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
    t.name = name;
  }
}

/** Excel keeps table headers non-blank and unique: blanks become ColumnN, repeats get a number. */
function normaliseHeaders(t: TableState): void {
  const seen = new Set<string>();
  for (let c = 0; c < t.box.cols; c++) {
    const k = key(t.box.row, t.box.col + c);
    const cell = t.sheet.cells.get(k);
    let text = cell ? String(cell.value) : "";
    if (text === "") text = `Column${c + 1}`;
    let candidate = text;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) candidate = `${text}${i}`;
    seen.add(candidate.toLowerCase());
    if (!cell || String(cell.value) !== candidate || cell.formula) t.sheet.cells.set(k, { value: candidate });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Proxies: what host code holds. Reads throw until loaded and synced, as in office.js.

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(spec: string | string[] | { select?: string } | undefined): string[] {
  if (spec === undefined) return [];
  const text = Array.isArray(spec) ? spec.join(",") : typeof spec === "string" ? spec : spec.select ?? "";
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}

abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly fake: FakeExcel) {}
  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }
  /** Queues a load of own properties (computed when the batch runs, visible after sync). */
  protected queueLoad(properties: readonly string[], compute: (property: string) => unknown): void {
    if (properties.length === 0) return;
    this.fake.enqueue({
      run: (commits) => {
        const values = properties.map((p) => [p, compute(p)] as const);
        commits.push(() => values.forEach(([p, v]) => this.loaded.set(p, v)));
      },
    });
  }
  protected op(run: () => void, since?: string): void {
    this.fake.enqueue(since ? { since, run } : { run });
  }
  get context(): Excel.RequestContext {
    return this.fake.context;
  }
}

class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  constructor(fake: FakeExcel) {
    super(fake);
    this.worksheets = new WorksheetCollectionProxy(fake);
    this.tables = new TableCollectionProxy(fake, () => fake.tables);
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.fake, () => {
      const sel = this.fake.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      if (/[, ]/u.test(sel.address)) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: this.fake.sheetOrThrow(sel.sheet), box: parseAddress(sel.address).box };
    });
  }
}

class WorksheetCollectionProxy extends ClientObject {
  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    const itemProps = props.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.fake.enqueue({
      run: (commits) => {
        const items = this.fake.sheets.map((s) => {
          const proxy = new WorksheetProxy(this.fake, () => s);
          proxy.snapshotInto(itemProps, commits);
          return proxy;
        });
        commits.push(() => this.loaded.set("items", items));
      },
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.fake, () => this.fake.sheetOrThrow(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.fake, () => this.fake.sheetOrThrow(name), () => this.fake.findSheet(name) === undefined);
    return proxy;
  }
  add(name?: string): WorksheetProxy {
    let created: SheetState | undefined;
    this.op(() => {
      let n = name;
      if (n === undefined) for (let i = 1; this.fake.findSheet((n = `Sheet${i}`)); i++);
      created = this.fake.createSheet(n!);
    });
    return new WorksheetProxy(this.fake, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The worksheet was not created.");
      return created;
    });
  }
}

class WorksheetProxy extends ClientObject {
  constructor(fake: FakeExcel, readonly resolve: () => SheetState, isNull?: () => boolean) {
    super(fake);
    if (isNull) this.queueLoad(["isNullObject"], () => isNull());
  }
  snapshotInto(props: readonly string[], commits: (() => void)[]): void {
    const values = props.map((p) => [p, this.compute(p)] as const);
    commits.push(() => values.forEach(([p, v]) => this.loaded.set(p, v)));
  }
  private compute(p: string): unknown {
    const s = this.resolve();
    if (p === "name") return s.name;
    if (p === "id") return String(s.id);
    if (p === "position") return this.fake.sheets.indexOf(s);
    throw new FakeOfficeError("InvalidArgument", `Unknown worksheet property '${p}'.`);
  }
  load(spec?: string | string[]): this {
    this.queueLoad(parseLoad(spec), (p) => this.compute(p));
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.op(() => {
      const s = this.resolve();
      const other = this.fake.findSheet(value);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${value}' already exists.`);
      s.name = value;
    });
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.fake, () => this.fake.tables.filter((t) => t.sheet === this.resolve()), () => this.resolve());
  }
  get freezePanes(): FreezePanesProxy {
    return new FreezePanesProxy(this.fake, () => this.resolve());
  }
  activate(): void {
    this.op(() => (this.fake.active = this.resolve()));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.fake, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, box: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw new FakeOfficeError("InvalidArgument", "The address refers to another sheet.");
      return { sheet, box: parsed.box };
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    const since = valuesOnly === undefined ? undefined : "1.2";
    const range = new RangeProxy(this.fake, () => {
      const sheet = this.resolve();
      let box = sheet.usedBox();
      if (!valuesOnly) for (const f of sheet.formats) if (f.box.rows < MAX_ROWS && f.box.cols < MAX_COLS) box = box ? unionBoxes(box, f.box) : f.box;
      return { sheet, box: box ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
    if (since) this.op(() => undefined, since);
    return range;
  }
}

function unionBoxes(a: Box, b: Box): Box {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
}

class FreezePanesProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly sheet: () => SheetState) {
    super(fake);
  }
  freezeAt(range: string | RangeProxy): void {
    this.op(() => {
      const r = typeof range === "string" ? parseAddress(range).box : range.resolve().box;
      this.sheet().frozen = boxToA1(r);
    }, "1.7");
  }
  freezeRows(count = 1): void {
    this.op(() => (this.sheet().frozen = `${1}:${count}`), "1.7");
  }
  unfreeze(): void {
    this.op(() => (this.sheet().frozen = null), "1.7");
  }
}

type Resolved = { sheet: SheetState; box: Box };

class RangeProxy extends ClientObject {
  constructor(fake: FakeExcel, readonly resolve: () => Resolved) {
    super(fake);
  }
  private compute(p: string): unknown {
    const { sheet, box } = this.resolve();
    const cells = () => Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => sheet.cells.get(key(box.row + r, box.col + c))));
    switch (p) {
      case "address":
        return `${quoteSheet(sheet.name)}!${boxToA1(box)}`;
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.col;
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.cols;
      case "values":
        if (box.rows * box.cols > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
        return cells().map((row) => row.map((c) => c?.value ?? ""));
      case "formulas":
        if (box.rows * box.cols > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
        return cells().map((row) => row.map((c) => c?.formula ?? c?.value ?? ""));
      case "numberFormat":
        return Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => sheet.numberFormats.get(key(box.row + r, box.col + c)) ?? "General"));
      default:
        throw new FakeOfficeError("InvalidArgument", `Unknown range property '${p}'.`);
    }
  }
  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    const own = props.filter((p) => !p.includes("/"));
    const nested = props.filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    this.queueLoad(own, (p) => this.compute(p));
    if (nested.length > 0) this.worksheet.load(nested);
    return this;
  }
  private cachedSheet?: WorksheetProxy;
  get worksheet(): WorksheetProxy {
    this.cachedSheet ??= new WorksheetProxy(this.fake, () => this.resolve().sheet);
    return this.cachedSheet;
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(rows: (Scalar | null)[][]) {
    this.write(rows);
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(rows: (Scalar | null)[][]) {
    this.write(rows);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(rows: (string | null)[][]) {
    const copy = rows.map((r) => [...r]);
    this.op(() => {
      const { sheet, box } = this.resolve();
      this.checkShape(copy, box);
      copy.forEach((line, r) => line.forEach((f, c) => f !== null && sheet.numberFormats.set(key(box.row + r, box.col + c), f)));
    });
  }
  private checkShape(rows: readonly (readonly unknown[])[], box: Box): void {
    if (!Array.isArray(rows) || rows.length !== box.rows || rows.some((r) => !Array.isArray(r) || r.length !== box.cols)) {
      throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
  }
  private write(rows: (Scalar | null)[][]): void {
    // office.js serialises the array when the property is set, so later changes to it do not count.
    const copy = Array.isArray(rows) ? rows.map((r) => (Array.isArray(r) ? [...r] : r)) : rows;
    this.op(() => {
      const { sheet, box } = this.resolve();
      this.checkShape(copy as unknown[][], box);
      (copy as (Scalar | null)[][]).forEach((line, r) =>
        line.forEach((v, c) => {
          if (v === null) return;
          if (typeof v === "object" || v === undefined) throw new FakeOfficeError("InvalidArgument", "Cell values must be strings, numbers or booleans.");
          writeCell(sheet, box.row + r, box.col + c, v);
          sheet.written.add(`${colLetters(box.col + c)}${box.row + r + 1}`);
        }),
      );
      for (const t of this.fake.tables) if (t.sheet === sheet && overlaps(t.box, { ...box })) normaliseHeaders(t);
    });
  }
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.fake, () => this.resolve());
  }
  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this.fake, () => this.resolve());
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.fake, () => this.resolve());
  }
  merge(across = false): void {
    this.op(() => {
      const { sheet, box } = this.resolve();
      if (this.fake.tables.some((t) => t.sheet === sheet && overlaps(t.box, box))) throw new FakeOfficeError("InvalidArgument", "Cells in a table can't be merged.");
      if (across) throw new FakeOfficeError("InvalidArgument", "merge(across) is not modelled.");
      if (!sheet.merges.some((m) => m.row === box.row && m.col === box.col && m.rows === box.rows && m.cols === box.cols)) {
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, box));
        sheet.merges.push({ ...box });
      }
    }, "1.2");
  }
}

class RangeFormatProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly range: () => Resolved) {
    super(fake);
  }
  private set(props: FormatProps, since?: string): void {
    this.op(() => {
      const { sheet, box } = this.range();
      sheet.formats.push({ box: { ...box }, props });
    }, since);
  }
  set wrapText(v: boolean) {
    this.set({ wrapText: v });
  }
  set horizontalAlignment(v: string) {
    this.set({ horizontalAlignment: checkEnum(v, ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]) });
  }
  set verticalAlignment(v: string) {
    this.set({ verticalAlignment: checkEnum(v, ["Top", "Center", "Bottom", "Justify", "Distributed"]) });
  }
  set textOrientation(v: number) {
    this.set({ textOrientation: v }, "1.7");
  }
  set columnWidth(points: number) {
    this.op(() => {
      const { sheet, box } = this.range();
      if (!(points >= 0)) throw new FakeOfficeError("InvalidArgument", "Invalid column width.");
      for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, points);
    }, "1.2");
  }
  set rowHeight(points: number) {
    this.op(() => {
      const { sheet, box } = this.range();
      if (!(points >= 0)) throw new FakeOfficeError("InvalidArgument", "Invalid row height.");
      for (let r = box.row; r < box.row + box.rows; r++) sheet.rowHeights.set(r, points);
    }, "1.2");
  }
  get fill(): { color: string } {
    const set = (props: FormatProps) => this.set(props);
    return {
      set color(v: string) {
        set({ fill: checkColour(v) });
      },
    } as { color: string };
  }
  get font(): { bold: boolean; color: string; size: number } {
    const set = (props: FormatProps) => this.set(props);
    return {
      set bold(v: boolean) {
        set({ bold: v });
      },
      set color(v: string) {
        set({ fontColor: checkColour(v) });
      },
      set size(v: number) {
        set({ fontSize: v });
      },
    } as { bold: boolean; color: string; size: number };
  }
}

function checkColour(v: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/u.test(v)) throw new FakeOfficeError("InvalidArgument", `Invalid colour '${v}'.`);
  return v.toUpperCase();
}

function checkEnum(v: string, allowed: readonly string[]): string {
  if (!allowed.includes(v)) throw new FakeOfficeError("InvalidArgument", `Invalid value '${v}'.`);
  return v;
}

class DataValidationProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly range: () => Resolved) {
    super(fake);
  }
  private each(f: (v: ValidationState, k: string) => void): void {
    const { sheet, box } = this.range();
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.cols; c++) {
        const k = key(r, c);
        const v = sheet.validations.get(k) ?? {};
        f(v, k);
        sheet.validations.set(k, v);
      }
    }
  }
  clear(): void {
    this.op(() => {
      const { sheet, box } = this.range();
      for (const k of [...sheet.validations.keys()]) {
        const [r, c] = k.split(",").map(Number) as [number, number];
        if (contains(box, r, c)) sheet.validations.delete(k);
      }
    }, "1.8");
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    this.op(() => {
      if (copy.list && (typeof copy.list.source !== "string" || copy.list.source.length === 0 || copy.list.source.length > 255)) {
        throw new FakeOfficeError("InvalidArgument", "A list source must be a non-empty string of at most 255 characters.");
      }
      this.each((v) => (v.rule = copy));
    }, "1.8");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    const copy = { ...alert };
    this.op(() => this.each((v) => (v.errorAlert = copy)), "1.8");
  }
}

class ConditionalFormatCollectionProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly range: () => Resolved) {
    super(fake);
  }
  add(type: string): ConditionalFormatProxy {
    let state: ConditionalFormatState | undefined;
    this.op(() => {
      const { sheet, box } = this.range();
      if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", `Conditional format type '${type}' is not modelled.`);
      state = { box: { ...box }, type };
      sheet.conditionalFormats.push(state);
    }, "1.6");
    return new ConditionalFormatProxy(this.fake, () => {
      if (!state) throw new FakeOfficeError("ItemNotFound", "The conditional format was not created.");
      return state;
    });
  }
  clearAll(): void {
    this.op(() => {
      const { sheet, box } = this.range();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.box, box));
    }, "1.6");
  }
}

class ConditionalFormatProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly state: () => ConditionalFormatState) {
    super(fake);
  }
  get custom() {
    const op = (run: (s: ConditionalFormatState) => void) => this.op(() => run(this.state()), "1.6");
    return {
      rule: {
        set formula(f: string) {
          op((s) => {
            if (typeof f !== "string" || !f.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "A conditional format formula must start with '='.");
            s.formula = f;
          });
        },
      },
      format: {
        fill: {
          set color(v: string) {
            op((s) => (s.fill = checkColour(v)));
          },
        },
        font: {
          set color(v: string) {
            op((s) => (s.fontColor = checkColour(v)));
          },
          set bold(v: boolean) {
            op((s) => (s.bold = v));
          },
        },
      },
    };
  }
}

class TableCollectionProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly list: () => TableState[], private readonly sheet?: () => SheetState) {
    super(fake);
  }
  load(spec?: string | string[]): this {
    const itemProps = parseLoad(spec).filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.fake.enqueue({
      run: (commits) => {
        const items = this.list().map((t) => {
          const proxy = new TableProxy(this.fake, () => t);
          proxy.snapshotInto(itemProps, commits);
          return proxy;
        });
        commits.push(() => this.loaded.set("items", items));
      },
    });
    return this;
  }
  get items(): TableProxy[] {
    return this.read("items");
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.fake, () => {
      const t = this.fake.tableOrThrow(name);
      if (!this.list().includes(t)) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table '${name}'.`);
      return t;
    });
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: TableState | undefined;
    this.op(() => {
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "Tables without headers are not modelled.");
      const parsed = parseAddress(address);
      const sheet = this.sheet ? this.sheet() : parsed.sheet !== undefined ? this.fake.sheetOrThrow(parsed.sheet) : this.fake.active;
      if (!sheet) throw new FakeOfficeError("InvalidArgument", "No sheet for the table.");
      created = this.fake.createTable(sheet, parsed.box);
    });
    return new TableProxy(this.fake, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The table was not created.");
      return created;
    });
  }
}

class TableProxy extends ClientObject {
  constructor(fake: FakeExcel, private readonly resolve: () => TableState) {
    super(fake);
  }
  private worksheetProxy?: WorksheetProxy;
  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this.fake, () => this.resolve().sheet);
    return this.worksheetProxy;
  }
  snapshotInto(props: readonly string[], commits: (() => void)[]): void {
    const own = props.filter((p) => !p.includes("/"));
    const values = own.map((p) => [p, this.compute(p)] as const);
    commits.push(() => values.forEach(([p, v]) => this.loaded.set(p, v)));
    const nested = props.filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    if (nested.length > 0) this.worksheet.snapshotInto(nested, commits);
  }
  private compute(p: string): unknown {
    const t = this.resolve();
    if (p === "name") return t.name;
    if (p === "style") return t.style;
    if (p === "id") return String(t.id);
    throw new FakeOfficeError("InvalidArgument", `Unknown table property '${p}'.`);
  }
  load(spec?: string | string[]): this {
    const props = parseLoad(spec);
    this.queueLoad(props.filter((p) => !p.includes("/")), (p) => this.compute(p));
    const nested = props.filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    if (nested.length > 0) this.worksheet.load(nested);
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.op(() => this.fake.renameTable(this.resolve(), value));
  }
  set style(value: string) {
    this.op(() => (this.resolve().style = value));
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.fake, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: { ...t.box } };
    });
  }
  resize(address: string): void {
    this.op(() => {
      const t = this.resolve();
      const { box } = parseAddress(address);
      if (box.row !== t.box.row) throw new FakeOfficeError("InvalidArgument", "The table's header must stay in the same row.");
      if (!overlaps(box, t.box)) throw new FakeOfficeError("InvalidArgument", "The new range must overlap the table.");
      if (box.rows < 2) throw new FakeOfficeError("InvalidArgument", "A table needs a header row and at least one data row.");
      if (this.fake.tables.some((o) => o !== t && o.sheet === t.sheet && overlaps(o.box, box))) throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
      t.box = box;
      normaliseHeaders(t);
    }, "1.13");
  }
  convertToRange(): RangeProxy {
    let box: Box | undefined;
    let sheet: SheetState | undefined;
    this.op(() => {
      const t = this.resolve();
      box = { ...t.box };
      sheet = t.sheet;
      this.fake.tables = this.fake.tables.filter((x) => x !== t);
    }, "1.2");
    return new RangeProxy(this.fake, () => ({ sheet: sheet!, box: box! }));
  }
}
