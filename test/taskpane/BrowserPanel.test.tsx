/** @jest-environment jsdom */
// The standalone reviewer: picking files runs reviews, bad files show a clear message and leave the page usable, downloads produce blobs.
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { reviewParagraphs, type ReviewOptions } from "../../src/analysis/review";
import type { Paragraph, Report } from "../../src/analysis/types";
import { MAX_FILE_BYTES } from "../../src/documents";
import { App, type HostPanelApi, type Message } from "../../src/taskpane/App";
import { BrowserPanel, downloadName, readFileBytes } from "../../src/taskpane/components/BrowserPanel";
import { browserStorage } from "../../src/hosts/state-storage";

// jsdom has no TextDecoder/TextEncoder; the readers and jszip need them as in every real browser.
Object.assign(globalThis, { TextDecoder, TextEncoder });
// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks (no layout); a no-op is enough here.
Object.assign(globalThis, { ResizeObserver: class { observe() {} unobserve() {} disconnect() {} } });

// The first review compiles the rule catalogue, which is slow under jsdom.
jest.setTimeout(60_000);

const SAMPLE_TXT = readFileSync(join(__dirname, "../../samples/molntjanstavtal-utkast.txt"));
const SAMPLE_DOCX = readFileSync(join(__dirname, "../../samples/molntjanstavtal-utkast.docx"));
const fileOf = (bytes: Uint8Array | string, name: string, type = "") => new File([bytes as BlobPart], name, { type });

/** A fake shell: runs the real engine, records messages, and reproduces act()'s busy/error handling. */
function fakeApi(overrides: Partial<HostPanelApi> = {}) {
  const messages: (Message | null)[] = [];
  let report: Report | null = null;
  const api: HostPanelApi & { messages: typeof messages; reviews: { paragraphs: readonly Paragraph[]; name: string }[] } = {
    lang: "en",
    inputs: { klassa: { K: 2, R: 2, T: 2 }, secretData: false, exposure: "unknown", measures: [], controlQuestion: "unknown" },
    get report() {
      return report;
    },
    busy: false,
    messages,
    reviews: [],
    async runReview(paragraphs, name) {
      api.reviews.push({ paragraphs, name });
      report = reviewParagraphs(paragraphs, { name, outputLanguage: "en" });
      return report;
    },
    showReport: (r) => void (report = r),
    showMessage: (m) => void messages.push(m),
    async act(action) {
      messages.push(null);
      try {
        await action();
      } catch (error) {
        messages.push({ intent: "error", text: `unexpected: ${String(error)}` });
      }
    },
    ...overrides,
  };
  return api;
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
const pick = (file: File) => act(async () => void fireEvent.change(fileInput(), { target: { files: [file] } }));

describe("BrowserPanel with a fake shell", () => {
  it("offers an accessible picker: a labelled button, a hidden input for .docx/.txt/.md and a labelled drop zone", () => {
    render(<BrowserPanel api={fakeApi()} />);
    expect(screen.getByRole("button", { name: "Choose file…" })).toBeEnabled();
    expect(fileInput()).toHaveAttribute("accept", ".docx,.txt,.md");
    expect(fileInput()).not.toBeVisible();
    expect(screen.getByRole("region", { name: "Drop zone for a contract file" })).toContainElement(screen.getByRole("button", { name: "Choose file…" }));
    // Downloads wait for a review.
    expect(screen.getByRole("button", { name: "Risk assessment (.xlsx)" })).toHaveAttribute("aria-disabled", "true");
  });

  it("the button opens the file input", () => {
    render(<BrowserPanel api={fakeApi()} />);
    const click = jest.spyOn(fileInput(), "click").mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole("button", { name: "Choose file…" }));
    expect(click).toHaveBeenCalled();
  });

  it("picking a .txt runs a review of its paragraphs under the file's name", async () => {
    const api = fakeApi();
    render(<BrowserPanel api={api} />);
    await pick(fileOf(SAMPLE_TXT, "avtal.txt", "text/plain"));
    await waitFor(() => expect(api.reviews).toHaveLength(1));
    expect(api.reviews[0]!.name).toBe("avtal.txt");
    expect(api.reviews[0]!.paragraphs.map((p) => p.text).join("\n")).toContain("Norrbacka kommun");
    expect(api.messages.filter((m) => m?.intent === "error")).toEqual([]);
    expect(await screen.findByText("Reviewed file: avtal.txt")).toBeInTheDocument();
  });

  it("a dropped .docx is read and reviewed too", async () => {
    const api = fakeApi();
    render(<BrowserPanel api={api} />);
    const zone = screen.getByRole("region", { name: "Drop zone for a contract file" });
    await act(async () => void fireEvent.drop(zone, { dataTransfer: { files: [fileOf(SAMPLE_DOCX, "utkast.docx")], dropEffect: "" } }));
    await waitFor(() => expect(api.reviews).toHaveLength(1));
    expect(api.reviews[0]!.paragraphs.length).toBeGreaterThan(50);
  });

  it("refuses a file above the limit without reading a byte", async () => {
    const api = fakeApi();
    render(<BrowserPanel api={api} />);
    const big = fileOf("small", "huge.docx");
    Object.defineProperty(big, "size", { value: MAX_FILE_BYTES + 1 });
    const arrayBuffer = jest.fn();
    Object.defineProperty(big, "arrayBuffer", { value: arrayBuffer });
    const readAs = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
    await pick(big);
    await waitFor(() => expect(api.messages.some((m) => m?.intent === "error")).toBe(true));
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(readAs).not.toHaveBeenCalled();
    expect(api.reviews).toHaveLength(0);
    const error = api.messages.find((m) => m?.intent === "error")!;
    expect(error.title).toBe("The file could not be reviewed: huge.docx");
    expect(error.text).toMatch(/^The file is too large to review \(25\.0 MB\); the limit is 25 MB\.$|^The file is too large to review \(25 MB\); the limit is 25 MB\.$/u);
    readAs.mockRestore();
  });

  it("refuses a wrong type by its extension before reading it", async () => {
    const api = fakeApi();
    render(<BrowserPanel api={api} />);
    const png = fileOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "bild.png", "image/png");
    const arrayBuffer = jest.fn();
    Object.defineProperty(png, "arrayBuffer", { value: arrayBuffer });
    await pick(png);
    await waitFor(() => expect(api.messages.some((m) => m?.intent === "error")).toBe(true));
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(api.messages.find((m) => m?.intent === "error")!.text).toBe("File type .png is not supported. Use .docx, .txt or .md.");
  });

  it("speaks Swedish when the shell does", async () => {
    const api = fakeApi({ lang: "sv" });
    render(<BrowserPanel api={api} />);
    expect(screen.getByRole("button", { name: "Välj fil…" })).toBeInTheDocument();
    await pick(fileOf("x", "bild.png"));
    await waitFor(() => expect(api.messages.some((m) => m?.intent === "error")).toBe(true));
    expect(api.messages.find((m) => m?.intent === "error")!.text).toBe("Filtypen .png stöds inte. Använd .docx, .txt eller .md.");
  });

  it("names downloads after the reviewed document", () => {
    expect(downloadName("Avtal v2.docx", "riskbedomning", "xlsx")).toBe("Avtal v2-riskbedomning.xlsx");
    expect(downloadName("a/b:c.txt", "risk-assessment", "docx")).toBe("a_b_c-risk-assessment.docx");
    expect(downloadName("", "risk-assessment", "docx")).toBe("Avtalskoll-risk-assessment.docx");
  });
});

describe("BrowserPanel inside the App shell", () => {
  const engine = (paragraphs: readonly Paragraph[], options: ReviewOptions) => Promise.resolve(reviewParagraphs(paragraphs, options));
  const created: Blob[] = [];
  let clicks: jest.SpyInstance;

  beforeEach(() => {
    window.localStorage.clear();
    created.length = 0;
    Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (created.push(blob), `blob:test/${created.length}`)), revokeObjectURL: jest.fn() });
    // jsdom cannot navigate; the download is proven by the blob handed to the link.
    clicks = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  });
  afterEach(() => clicks.mockRestore());

  const renderApp = () => render(<App lang="en" theme="light" storage={browserStorage(() => "test")} review={engine} renderHostPanel={(api) => <BrowserPanel api={api} />} />);

  it("a corrupt .docx shows the reader's message in an alert and the page still reviews a good file afterwards", async () => {
    renderApp();
    await pick(fileOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "broken.docx"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The file could not be reviewed: broken.docx");
    expect(alert).toHaveTextContent("The file is not a valid Word document (.docx): it cannot be unzipped.");
    expect(alert).not.toHaveTextContent(/at \w+ \(|Error:/u);
    expect(screen.getByRole("button", { name: "Choose file…" })).not.toHaveAttribute("aria-disabled", "true");

    await pick(fileOf(SAMPLE_TXT, "molntjanstavtal-utkast.txt"));
    expect(await screen.findByRole("region", { name: "Results" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Control rights \(\d+\)/u })).toBeInTheDocument();
  });

  it("an empty text file says there is nothing to review", async () => {
    renderApp();
    await pick(fileOf("   \n\n", "tom.txt"));
    expect(await screen.findByRole("alert")).toHaveTextContent("The document contains no text to review.");
  });

  it("download buttons produce .xlsx and .docx blobs named after the file, without any network", async () => {
    const fetchSpy = jest.fn();
    Object.assign(globalThis, { fetch: fetchSpy });
    renderApp();
    await pick(fileOf(SAMPLE_TXT, "molntjanstavtal-utkast.txt"));
    await screen.findByRole("region", { name: "Results" });

    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Risk assessment (.xlsx)" })));
    await waitFor(() => expect(created).toHaveLength(1), { timeout: 20_000 });
    expect(created[0]!.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const xlsx = await readFileBytes(created[0]!);
    expect([...xlsx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const link = clicks.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe("molntjanstavtal-utkast-risk-assessment.xlsx");
    expect(link.href).toBe("blob:test/1");
    expect(await screen.findByText("molntjanstavtal-utkast-risk-assessment.xlsx was saved to the browser's downloads.")).toBeInTheDocument();

    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Report with risk table (.docx)" })));
    await waitFor(() => expect(created).toHaveLength(2), { timeout: 20_000 });
    expect(created[1]!.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect((clicks.mock.contexts[1] as HTMLAnchorElement).download).toBe("molntjanstavtal-utkast-risk-assessment.docx");
    expect(created[1]!.size).toBeGreaterThan(5000);
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 60_000);

  it("reviews the same file again with changed settings", async () => {
    const spy = jest.fn(engine);
    render(<App lang="en" theme="light" storage={browserStorage(() => "test")} review={spy} renderHostPanel={(api) => <BrowserPanel api={api} />} />);
    await pick(fileOf(SAMPLE_TXT, "a.txt"));
    await screen.findByRole("region", { name: "Results" });
    expect(spy.mock.calls[0]![1].inputs?.secretData).toBe(false);
    fireEvent.click(screen.getByRole("checkbox", { name: /OSL-secret/u }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Review again with new settings" })));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    expect(spy.mock.calls[1]![0]).toBe(spy.mock.calls[0]![0]);
    expect(spy.mock.calls[1]![1]).toMatchObject({ name: "a.txt", inputs: { secretData: true } });
  });
});
