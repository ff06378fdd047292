// The standalone reviewer shown when the task pane page runs in a plain browser: open or drop a file, review it locally, download the results.
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import type { Paragraph } from "../../analysis/types";
import { documentFormatOf, errorMessage, extensionOf, MAX_FILE_BYTES, readDocumentBytes, readFailure, type ReadFailure } from "../../documents";
import type { HostPanelApi } from "../App";
import { BROWSER_STRINGS } from "../i18n-browser";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export const ACCEPT = ".docx,.txt,.md";
const MB = 1024 * 1024;
const MIME = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The whole file as bytes: Blob.arrayBuffer where the browser has it, FileReader otherwise (older engines, jsdom). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Saves bytes through a Blob and an object URL: the file never leaves the page except into the user's downloads. */
export function saveBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to hand the bytes over.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Avtal v2.docx" → "Avtal v2-riskbedomning.xlsx". */
export function downloadName(documentName: string, base: string, ext: "xlsx" | "docx"): string {
  const stem = documentName.replace(/\.[^.\\/]*$/u, "").replace(/[\\/:*?"<>|]+/gu, "_") || "Avtalskoll";
  return `${stem}-${base}.${ext}`;
}

export function BrowserPanel({ api }: { readonly api: HostPanelApi }) {
  const { lang, busy, report } = api;
  const b = BROWSER_STRINGS[lang];
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<{ paragraphs: readonly Paragraph[]; name: string } | null>(null);

  // A file dropped beside the zone would make the browser navigate away to it and lose the review; stop that.
  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => e.preventDefault();
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, []);

  const refuse = (name: string, failure: ReadFailure) =>
    api.showMessage({ intent: "error", title: `${b.cannotRead}: ${name}`, text: errorMessage(failure.code, lang, { ...failure.details, ...(failure.code === "read-failed" && { path: name }) }) });

  const openFile = (file: File) =>
    api.act(async () => {
      // Type and size are checked before a single byte is read, so a huge or wrong file costs nothing.
      if (documentFormatOf(file.name) === undefined) return refuse(file.name, readFailure("unsupported-type", { extension: extensionOf(file.name) }));
      if (file.size > MAX_FILE_BYTES) return refuse(file.name, readFailure("too-large", { size: file.size, limit: MAX_FILE_BYTES }));
      setReading(file.name);
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(file);
      } catch {
        return refuse(file.name, readFailure("read-failed"));
      } finally {
        setReading(null);
      }
      const result = await readDocumentBytes(file.name, bytes);
      if (!result.ok) return refuse(file.name, result);
      setLoaded({ paragraphs: result.paragraphs, name: file.name });
      await api.runReview(result.paragraphs, file.name);
    });

  const download = (kind: "xlsx" | "docx") =>
    api.act(async () => {
      if (!report) return;
      const name = downloadName(report.document.name, b.fileBase, kind);
      try {
        // Loaded on first use: exceljs and docx are large and most visits never download.
        const bytes =
          kind === "xlsx"
            ? await import("../../export/write-workbook").then((m) => m.writeReportWorkbook([report], lang))
            : await import("../../export/write-report-docx").then((m) => m.writeReportDocx(report));
        saveBytes(bytes, name, MIME[kind]);
      } catch (error) {
        console.error("Avtalskoll: export failed", error);
        api.showMessage({ intent: "error", text: b.exportFailed });
        return;
      }
      api.showMessage({ intent: "success", text: b.saved(name) });
    });

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) void openFile(file);
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = busy ? "none" : "copy";
    setDragging(true);
  };

  return (
    <section className={styles.panel} aria-labelledby="browser-panel-title">
      <Text as="h2" size={400} weight="semibold" id="browser-panel-title">
        {b.panelTitle}
      </Text>
      <Text>{b.intro}</Text>
      {/* The zone is a labelled region whose button is the keyboard path; dragging is the mouse shortcut to the same action. */}
      <div
        role="region"
        aria-label={b.dropZone}
        className={mergeClasses(styles.zone, dragging && styles.dragging)}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <div className={styles.row}>
          <Text>{b.dropHint}</Text>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => input.current?.click()} aria-describedby="browser-accepted">
            {b.chooseFile}
          </Button>
        </div>
        <Text size={200} id="browser-accepted">
          {b.accepted(MAX_FILE_BYTES / MB)} {b.privacy}
        </Text>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          aria-label={b.fileInput}
          tabIndex={-1}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so choosing the same file again (after editing it) fires a change.
            e.target.value = "";
            if (file) void openFile(file);
          }}
        />
      </div>
      <div aria-live="polite">{reading && <Text>{b.reading(reading)}</Text>}</div>
      {loaded && (
        <div className={styles.row}>
          <Text>{b.currentFile(loaded.name)}</Text>
          <Button disabledFocusable={busy} onClick={() => api.act(async () => void (await api.runReview(loaded.paragraphs, loaded.name)))}>
            {b.reviewAgain}
          </Button>
        </div>
      )}
      <div className={styles.row} role="group" aria-label={b.downloads}>
        <Text weight="semibold">{b.downloads}:</Text>
        <Button disabledFocusable={busy || !report} onClick={() => void download("xlsx")}>
          {b.downloadXlsx}
        </Button>
        <Button disabledFocusable={busy || !report} onClick={() => void download("docx")}>
          {b.downloadDocx}
        </Button>
      </div>
    </section>
  );
}
