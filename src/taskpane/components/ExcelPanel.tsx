// The Excel actions in the task pane: review a contract file, review selected cells (asking before overwriting), and create or update the risk register.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Paragraph, Report, RiskInputs } from "../../analysis/types";
import type { ExcelActions } from "../../hosts/excel/actions";
import type { ReviewCellsPlan } from "../../hosts/excel/review-cells";
import type { Lang } from "../../rules/types";
import { EXCEL_STRINGS } from "../i18n-excel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

/** File types the readers take (the same list the documents layer accepts). */
export const EXCEL_ACCEPT = ".docx,.docm,.txt,.md,.markdown";

export interface ExcelPanelProps {
  readonly lang: Lang;
  readonly inputs: RiskInputs;
  readonly actions: ExcelActions;
  /** Shows a report in the shell's results view. */
  onReport(report: Report): void;
  /**
   * The shell's engine (a worker, with the reviewer's overrides). When given, a picked file is only read here
   * and reviewed through it; otherwise actions.reviewFile reviews it in place.
   */
  readonly runReview?: (paragraphs: readonly Paragraph[], name: string) => Promise<Report>;
  /** The report the shell is showing (e.g. reviewed before this panel mounted); it is included in the register. */
  readonly report?: Report | null;
  /** The shell is busy with something else. */
  readonly busy?: boolean;
}

type Note = { readonly intent: "success" | "info" | "warning" | "error"; readonly text: string; readonly title?: string };

const MAX_EXAMPLES = 4;

export function ExcelPanel({ lang, inputs, actions, onReport, runReview, report = null, busy = false }: ExcelPanelProps) {
  const s = EXCEL_STRINGS[lang];
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState(false);
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [pending, setPending] = useState<ReviewCellsPlan | null>(null);
  // Reports reviewed in this session, latest per document: what "update risk register" records.
  const [reviewed, setReviewed] = useState<readonly Report[]>([]);

  const forRegister = [...reviewed];
  if (report && !forRegister.some((r) => r === report || r.document.name === report.document.name)) forRegister.push(report);
  const disabled = busy || working;

  const run = async (work: () => Promise<readonly Note[]>): Promise<void> => {
    setWorking(true);
    setNotes([]);
    try {
      setNotes(await work());
    } catch {
      // Actions return failures as values; anything thrown here is a bug, still shown as one calm sentence.
      setNotes([{ intent: "error", title: s.errorTitle, text: lang === "sv" ? "Åtgärden kunde inte slutföras." : "The action could not be completed." }]);
    } finally {
      setWorking(false);
    }
  };

  const remember = (r: Report): void => {
    setReviewed((list) => [...list.filter((x) => x.document.name !== r.document.name), r]);
    onReport(r);
  };

  const onFile = (file: File | undefined): void => {
    if (!file) return;
    void run(async () => {
      if (runReview) {
        const read = await actions.readFile(file);
        if (!read.ok) return [{ intent: "error", title: s.errorTitle, text: read.message }];
        remember(await runReview(read.value.paragraphs, read.value.name));
        return [{ intent: "success", text: s.fileReviewed(read.value.name) }];
      }
      const result = await actions.reviewFile(file, inputs);
      if (!result.ok) return [{ intent: "error", title: s.errorTitle, text: result.message }];
      remember(result.value.report);
      return [{ intent: "success", text: s.fileReviewed(file.name) }];
    });
  };

  const writeCells = (replace: boolean): Promise<void> =>
    run(async () => {
      const result = await actions.reviewSelectedCells(replace, inputs);
      if (!result.ok) return [{ intent: "error", title: s.errorTitle, text: result.message }];
      // The sheet may have changed since the plan: the action checks again and hands back new conflicts.
      if (!result.value.written) {
        setPending(result.value.plan);
        return [];
      }
      return [{ intent: "success", text: s.cellsWritten(result.value.reviewed, result.value.addressed, result.value.plan.targetAddress) }];
    });

  const reviewCells = (): Promise<void> =>
    run(async () => {
      const plan = await actions.planSelectedCells();
      if (!plan.ok) return [{ intent: "error", title: s.errorTitle, text: plan.message }];
      if (plan.value.conflicts.length > 0) {
        setPending(plan.value);
        return [];
      }
      const result = await actions.reviewSelectedCells(false, inputs);
      if (!result.ok) return [{ intent: "error", title: s.errorTitle, text: result.message }];
      if (!result.value.written) {
        setPending(result.value.plan);
        return [];
      }
      return [{ intent: "success", text: s.cellsWritten(result.value.reviewed, result.value.addressed, result.value.plan.targetAddress) }];
    });

  const updateRegister = (): Promise<void> =>
    run(async () => {
      const result = await actions.updateRegister(forRegister);
      if (!result.ok) return [{ intent: "error", title: s.errorTitle, text: result.message }];
      const r = result.value;
      const done = s.registerDone(r.added, r.updated, r.closed, r.unchanged) + (r.created ? ` ${s.registerCreated(r.sheetName, r.matrixSheetName)}` : "");
      return [{ intent: "success", text: done }, ...r.warnings.map((w): Note => ({ intent: "warning", title: s.warningsTitle, text: w.message }))];
    });

  return (
    <section className={styles.panel} aria-labelledby="avtalskoll-excel-title">
      <Text as="h2" id="avtalskoll-excel-title" size={400} weight="semibold">
        {s.panelTitle}
      </Text>
      <Text>{s.intro}</Text>

      <div className={styles.panel} role="group" aria-label={s.actionsLabel}>
        <div className={styles.row}>
          <Button appearance="primary" disabled={disabled} onClick={() => fileInput.current?.click()}>
            {s.reviewFile}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept={EXCEL_ACCEPT}
            aria-label={s.fileInput}
            hidden
            disabled={disabled}
            onChange={(e) => {
              onFile(e.currentTarget.files?.[0]);
              // Picking the same file again must fire change again.
              e.currentTarget.value = "";
            }}
          />
        </div>

        <div className={styles.row}>
          <Button disabled={disabled} aria-describedby="avtalskoll-cells-help" onClick={() => void reviewCells()}>
            {s.reviewCells}
          </Button>
          <Text id="avtalskoll-cells-help" size={200}>
            {s.reviewCellsHelp}
          </Text>
        </div>

        <div className={styles.row}>
          <Button disabled={disabled || forRegister.length === 0} aria-describedby="avtalskoll-register-help" onClick={() => void updateRegister()}>
            {s.updateRegister}
          </Button>
          <Text id="avtalskoll-register-help" size={200}>
            {forRegister.length === 0 ? s.registerNeedsReport : `${s.inRegister(forRegister.map((r) => r.document.name || "—"))}. ${s.registerHelp}`}
          </Text>
        </div>
      </div>

      {working && <Spinner size="tiny" label={s.working} />}
      {notes.map((n, i) => (
        <MessageBar key={i} intent={n.intent} role={n.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
            {n.text}
          </MessageBarBody>
        </MessageBar>
      ))}

      <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, d) => !d.open && setPending(null)}>
        <DialogSurface aria-describedby="avtalskoll-conflict-text">
          <DialogBody>
            <DialogTitle>{s.conflictTitle}</DialogTitle>
            <DialogContent id="avtalskoll-conflict-text">
              {pending && s.conflictText(pending.conflicts.length, pending.targetAddress, pending.conflicts.slice(0, MAX_EXAMPLES))}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setPending(null);
                  void writeCells(true);
                }}
              >
                {s.replace}
              </Button>
              <Button
                onClick={() => {
                  setPending(null);
                  setNotes([{ intent: "info", text: s.nothingWritten }]);
                }}
              >
                {s.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
