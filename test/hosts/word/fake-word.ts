// A faithful fake of the Word API subset Avtalskoll uses: queued operations run at sync(), loaded values readable only after sync, a sync counter and injectable failures.
// office-addin-mock cannot model collections or the request queue (ecosystem notes §7), which is exactly what our adapters depend on.

export interface FakeParagraph {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  isListItem?: boolean;
  tableNestingLevel?: number;
}

export interface FakeRange {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export interface FakeContentControl {
  tag: string;
  title: string;
  appearance: string;
  highlight: string | null;
  range?: FakeRange;
  /** What was written inside (for the risk table): paragraphs and tables in order. */
  content: ({ kind: "paragraph"; text: string; style?: string } | { kind: "table"; values: string[][]; headerRowCount: number; style?: string; shading: Record<string, string> })[];
  deleted: boolean;
}

export interface FakeDocument {
  paragraphs: FakeParagraph[];
  comments: { range: FakeRange; text: string; quoted: string }[];
  contentControls: FakeContentControl[];
  selection: FakeRange | null;
  selectionInTable: boolean;
  /** Highlight colour per paragraph range applied outside our controls (to check we never touch them). */
  otherHighlights: { range: FakeRange; colour: string }[];
}

export class FakeOfficeError extends Error {
  constructor(readonly code: string) {
    super(`Fake Office error ${code}`);
  }
}

type Op = () => void;

/** Marks a property as not loaded; reading it throws like office.js does (PropertyNotLoaded). */
class Loadable {
  protected loaded = new Set<string>();
  protected pendingLoads = new Set<string>();
  constructor(protected readonly ctx: FakeWordContext) {}
  load(props?: string | string[]): this {
    const list = props === undefined ? ["*"] : Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    for (const p of list) this.pendingLoads.add(p);
    this.ctx.queue(() => {
      for (const p of this.pendingLoads) this.loaded.add(p);
      this.pendingLoads.clear();
      this.resolveLoad();
    });
    return this;
  }
  protected resolveLoad(): void {}
  protected need(prop: string): void {
    if (!this.loaded.has(prop) && !this.loaded.has("*") && ![...this.loaded].some((l) => l.split("/").includes(prop))) {
      throw new FakeOfficeError(`PropertyNotLoaded:${prop}`);
    }
  }
}

export class FakeRangeProxy {
  constructor(readonly ctx: FakeWordContext, public target: FakeRange | null) {}
  expandTo(other: FakeRangeProxy): FakeRangeProxy {
    const r = new FakeRangeProxy(this.ctx, null);
    this.ctx.queue(() => {
      if (!this.target || !other.target) throw new FakeOfficeError("InvalidArgument");
      r.target = { paragraph: this.target.paragraph, start: this.target.start, end: other.target.end };
    });
    // expandTo of two already-resolved ranges can be computed right away (the real API returns a proxy).
    if (this.target && other.target) r.target = { paragraph: this.target.paragraph, start: this.target.start, end: other.target.end };
    return r;
  }
  select(): void {
    this.ctx.queue(() => {
      this.ctx.doc.selection = this.target;
    });
  }
  insertComment(text: string): void {
    this.ctx.counters.comments++;
    this.ctx.queue(() => {
      const t = this.target!;
      this.ctx.doc.comments.push({ range: t, text, quoted: this.ctx.doc.paragraphs[t.paragraph]!.text.slice(t.start, t.end) });
    });
  }
  insertContentControl(): FakeContentControlProxy {
    const cc: FakeContentControl = { tag: "", title: "", appearance: "", highlight: null, content: [], deleted: false, ...(this.target && { range: this.target }) };
    const proxy = new FakeContentControlProxy(this.ctx, cc);
    this.ctx.queue(() => {
      if (this.target) cc.range = this.target;
      this.ctx.doc.contentControls.push(cc);
    });
    return proxy;
  }
  get parentTableOrNullObject(): { isNullObject: boolean; load: (p: string) => void } {
    const ctx = this.ctx;
    const obj = {
      loaded: false,
      get isNullObject(): boolean {
        if (!obj.loaded) throw new FakeOfficeError("PropertyNotLoaded:isNullObject");
        return !ctx.doc.selectionInTable;
      },
      load(_p: string) {
        ctx.queue(() => {
          obj.loaded = true;
        });
      },
    };
    return obj;
  }
  insertParagraph(text: string, _where: string): FakeParagraphProxy {
    return this.ctx.newParagraphProxy(text);
  }
}

export class FakeRangeCollection extends Loadable {
  private resolved: FakeRangeProxy[] | null = null;
  constructor(ctx: FakeWordContext, private readonly compute: () => FakeRange[]) {
    super(ctx);
  }
  protected override resolveLoad(): void {
    this.resolved = this.compute().map((r) => new FakeRangeProxy(this.ctx, r));
  }
  get items(): FakeRangeProxy[] {
    if (!this.resolved) throw new FakeOfficeError("PropertyNotLoaded:items");
    return this.resolved;
  }
}

export class FakeParagraphProxy extends Loadable {
  constructor(ctx: FakeWordContext, readonly index: number, private readonly detached?: { text: string; styleBuiltIn?: string }) {
    super(ctx);
  }
  private get model(): FakeParagraph {
    return this.ctx.doc.paragraphs[this.index] ?? { text: this.detached?.text ?? "" };
  }
  get text(): string {
    this.need("text");
    return this.model.text;
  }
  get style(): string {
    this.need("style");
    return this.model.style ?? "Normal";
  }
  get styleBuiltIn(): string {
    this.need("styleBuiltIn");
    return this.model.styleBuiltIn ?? "Normal";
  }
  set styleBuiltIn(v: string) {
    if (this.detached) this.detached.styleBuiltIn = v;
  }
  get isListItem(): boolean {
    this.need("isListItem");
    return this.model.isListItem ?? false;
  }
  get tableNestingLevel(): number {
    this.need("tableNestingLevel");
    return this.model.tableNestingLevel ?? 0;
  }
  search(text: string, options: { matchCase?: boolean }): FakeRangeCollection {
    if (text.length === 0) throw new FakeOfficeError("InvalidArgument");
    if (text.length > 255) throw new FakeOfficeError("InvalidArgument");
    this.ctx.counters.searches++;
    return new FakeRangeCollection(this.ctx, () => {
      const hay = options.matchCase ? this.model.text : this.model.text.toLowerCase();
      const needle = options.matchCase ? text : text.toLowerCase();
      const out: FakeRange[] = [];
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push({ paragraph: this.index, start: i, end: i + needle.length });
      return out;
    });
  }
  insertContentControl(): FakeContentControlProxy {
    const cc: FakeContentControl = { tag: "", title: "", appearance: "", highlight: null, content: [], deleted: false };
    this.ctx.queue(() => this.ctx.doc.contentControls.push(cc));
    return new FakeContentControlProxy(this.ctx, cc);
  }
}

export class FakeContentControlProxy {
  readonly font: { highlightColor: string | null };
  constructor(readonly ctx: FakeWordContext, readonly cc: FakeContentControl) {
    const self = this;
    this.font = {
      get highlightColor() {
        return self.cc.highlight;
      },
      set highlightColor(v: string | null) {
        self.ctx.queue(() => {
          self.cc.highlight = v;
        });
      },
    };
  }
  set tag(v: string) {
    this.ctx.queue(() => {
      this.cc.tag = v;
    });
  }
  set title(v: string) {
    this.ctx.queue(() => {
      this.cc.title = v;
    });
  }
  set appearance(v: string) {
    this.ctx.queue(() => {
      this.cc.appearance = v;
    });
  }
  clear(): void {
    this.ctx.queue(() => {
      this.cc.content = [];
    });
  }
  delete(_keepContent: boolean): void {
    this.ctx.queue(() => {
      this.cc.deleted = true;
      this.ctx.doc.contentControls = this.ctx.doc.contentControls.filter((c) => c !== this.cc);
    });
  }
  insertParagraph(text: string, where: "Start" | "End"): { styleBuiltIn: string } {
    const entry = { kind: "paragraph" as const, text, style: "Normal" };
    this.ctx.queue(() => {
      if (where === "Start") this.cc.content.unshift(entry);
      else this.cc.content.push(entry);
    });
    return {
      set styleBuiltIn(v: string) {
        entry.style = v;
      },
      get styleBuiltIn() {
        return entry.style;
      },
    };
  }
  insertTable(rows: number, cols: number, where: "Start" | "End", values: string[][]) {
    if (values.length !== rows || values.some((r) => r.length !== cols)) throw new FakeOfficeError("InvalidArgument");
    const entry = { kind: "table" as const, values, headerRowCount: 0, shading: {} as Record<string, string>, style: "" };
    this.ctx.queue(() => {
      if (where === "Start") this.cc.content.unshift(entry);
      else this.cc.content.push(entry);
    });
    return {
      set headerRowCount(v: number) {
        entry.headerRowCount = v;
      },
      set styleBuiltIn(v: string) {
        entry.style = v;
      },
      font: { size: 0 },
      getCell(r: number, c: number) {
        return {
          set shadingColor(v: string) {
            entry.shading[`${r},${c}`] = v;
          },
          body: { font: { color: "" } },
        };
      },
    };
  }
}

class FakeContentControlCollection extends Loadable {
  private resolved: FakeContentControlProxy[] | null = null;
  constructor(ctx: FakeWordContext, private readonly tag: string) {
    super(ctx);
  }
  protected override resolveLoad(): void {
    this.resolved = this.ctx.doc.contentControls.filter((c) => c.tag === this.tag).map((c) => new FakeContentControlProxy(this.ctx, c));
  }
  get items(): FakeContentControlProxy[] {
    if (!this.resolved) throw new FakeOfficeError("PropertyNotLoaded:items");
    return this.resolved;
  }
}

class FakeParagraphCollection extends Loadable {
  private resolved: FakeParagraphProxy[] | null = null;
  protected override resolveLoad(): void {
    this.resolved = this.ctx.doc.paragraphs.map((_, i) => {
      const p = new FakeParagraphProxy(this.ctx, i);
      // Loading "items/x" loads x on every item, as in office.js.
      for (const l of this.loaded) for (const part of l.split("/").slice(1)) p["loaded"].add(part);
      return p;
    });
  }
  get items(): FakeParagraphProxy[] {
    if (!this.resolved) throw new FakeOfficeError("PropertyNotLoaded:items");
    return this.resolved;
  }
}

/** Pass as `Word.RequestContext` (cast): the adapters only touch what is modelled here. */
export class FakeWordContext {
  readonly doc: FakeDocument;
  syncs = 0;
  readonly counters = { comments: 0, searches: 0 };
  /** Make the n-th sync (1-based) fail with this error code. */
  failAtSync: { n: number; code: string } | null = null;
  private ops: Op[] = [];
  readonly document: {
    body: { paragraphs: FakeParagraphCollection; insertParagraph: (text: string, where: string) => FakeParagraphProxy };
    contentControls: { getByTag: (tag: string) => FakeContentControlCollection };
    getSelection: () => FakeRangeProxy;
  };

  constructor(doc: Partial<FakeDocument> & { paragraphs: FakeParagraph[] }) {
    this.doc = { comments: [], contentControls: [], selection: null, selectionInTable: false, otherHighlights: [], ...doc };
    const ctx = this;
    this.document = {
      body: {
        get paragraphs() {
          return new FakeParagraphCollection(ctx);
        },
        insertParagraph: (text) => ctx.newParagraphProxy(text),
      },
      contentControls: { getByTag: (tag) => new FakeContentControlCollection(ctx, tag) },
      getSelection: () => new FakeRangeProxy(ctx, ctx.doc.selection ?? { paragraph: 0, start: 0, end: 0 }),
    };
  }

  newParagraphProxy(text: string): FakeParagraphProxy {
    return new FakeParagraphProxy(this, -1, { text });
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  /** Runs the queued batch. A failing batch applies nothing (the adapters put every write in one batch). */
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    if (this.failAtSync && this.failAtSync.n === this.syncs) throw new FakeOfficeError(this.failAtSync.code);
    const snapshot = JSON.stringify({ comments: this.doc.comments, ccs: this.doc.contentControls, sel: this.doc.selection });
    try {
      for (const op of ops) op();
    } catch (error) {
      // Restore: a failed batch leaves no half-written state behind in this model.
      const s = JSON.parse(snapshot);
      this.doc.comments = s.comments;
      this.doc.contentControls = s.ccs;
      this.doc.selection = s.sel;
      throw error;
    }
  }
}

/** `context as unknown as Word.RequestContext` in one place. */
export const asWord = (ctx: FakeWordContext): Word.RequestContext => ctx as unknown as Word.RequestContext;
