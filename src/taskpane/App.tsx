// The task pane: review settings, the host's actions (Word, Excel or the standalone page) and the results view.
import { Button, Divider, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { ReviewOptions } from "../analysis/review";
import { EMPTY_STATE, type ReviewState } from "../analysis/review-state";
import { buildRiskTable } from "../analysis/risk-table";
import type { Override, Paragraph, Report, RequirementResult, RiskInputs } from "../analysis/types";
import type { WordActions } from "../hosts/word/actions";
import { RULES } from "../rules";
import type { Lang, RequirementId } from "../rules/types";
import { ResultsView } from "./components/ResultsView";
import { SettingsForm } from "./components/SettingsForm";
import { debugDetail, toUserMessage } from "./errors";
import { STRINGS } from "./i18n";
import type { StateStorage } from "../hosts/state-storage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, minHeight: "100vh", boxSizing: "border-box" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export type Message = { readonly intent: "success" | "warning" | "error" | "info"; readonly text: string; readonly title?: string };

/** What a host panel (Excel, standalone page) gets from the shell. */
export interface HostPanelApi {
  readonly lang: Lang;
  readonly inputs: RiskInputs;
  readonly report: Report | null;
  readonly busy: boolean;
  /** Runs the engine on paragraphs with the current settings and overrides, and shows the result. */
  runReview(paragraphs: readonly Paragraph[], name: string): Promise<Report>;
  showReport(report: Report): void;
  showMessage(message: Message | null): void;
  /** Runs an action with the busy state and error handling of the shell. */
  act(action: () => Promise<void>): Promise<void>;
}

export interface AppProps {
  readonly lang: Lang;
  readonly theme: "light" | "dark";
  readonly storage: StateStorage;
  /** The engine, possibly in a Web Worker; tests pass the plain function. */
  readonly review: (paragraphs: readonly Paragraph[], options: ReviewOptions) => Promise<Report>;
  readonly word?: WordActions;
  readonly documentName?: string;
  readonly renderHostPanel?: (api: HostPanelApi) => ReactNode;
}

const FLAGGED = new Set(["weak", "contrary"]);

export function App({ lang, theme, storage, review, word, documentName = "", renderHostPanel }: AppProps) {
  const s = STRINGS[lang];
  const styles = useStyles();
  const [state, setState] = useState<ReviewState>(EMPTY_STATE);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const lastRun = useRef<{ paragraphs: readonly Paragraph[]; name: string } | null>(null);
  const rules = new Map(RULES.map((r) => [r.id, r]));

  useEffect(() => {
    let live = true;
    storage
      .load()
      .then((loaded) => {
        if (!live) return;
        setState(loaded);
        if (loaded.overrides.length > 0 || loaded !== EMPTY_STATE) setMessage({ intent: "info", text: s.settingsRestored });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [storage, s.settingsRestored]);

  const persist = useCallback(
    (next: ReviewState) => {
      setState(next);
      storage.save(next).catch((e: unknown) => console.warn("Avtalskoll: settings not saved", debugDetail(e)));
    },
    [storage],
  );

  const act = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setMessage(null);
      try {
        await action();
      } catch (error) {
        console.error("Avtalskoll:", debugDetail(error));
        setMessage({ intent: "error", title: s.errorTitle, text: toUserMessage(error, lang) });
      } finally {
        setBusy(false);
      }
    },
    [lang, s.errorTitle],
  );

  const runReview = useCallback(
    async (paragraphs: readonly Paragraph[], name: string, overrides = state.overrides, inputs = state.inputs) => {
      lastRun.current = { paragraphs, name };
      const r = await review(paragraphs, { name, inputs, outputLanguage: lang, overrides });
      setReport(r);
      return r;
    },
    [review, lang, state.overrides, state.inputs],
  );

  const setOverride = (id: RequirementId, override: Override | null) => {
    const overrides = [...state.overrides.filter((o) => o.id !== id), ...(override ? [override] : [])];
    persist({ ...state, overrides });
    if (lastRun.current) void act(async () => void (await runReview(lastRun.current!.paragraphs, lastRun.current!.name, overrides)));
  };

  const api: HostPanelApi = { lang, inputs: state.inputs, report, busy, runReview: (p, n) => runReview(p, n), showReport: setReport, showMessage: setMessage, act };
  const flagged = report?.requirements.filter((r) => FLAGGED.has(r.status) && r.evidence.length > 0) ?? [];

  const commentText = (r: RequirementResult) => {
    const rule = rules.get(r.id);
    return `Avtalskoll · ${r.id} · ${s.status[r.status]}\n${r.message}\n${rule ? rule.why[lang] : ""}\n${s.remediation}: ${r.remediation}`;
  };
  const comment = (results: readonly RequirementResult[]) =>
    act(async () => {
      if (!word) return;
      const { inserted } = await word.comment(results.flatMap((r) => (r.evidence[0] ? [{ evidence: r.evidence[0], text: commentText(r) }] : [])));
      setMessage({ intent: "success", text: s.commentsAdded(inserted) });
    });

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root} aria-busy={busy}>
        <Text as="h1" size={600} weight="semibold">
          {s.appTitle}
        </Text>
        {message && (
          <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>
              {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
              {message.text}
            </MessageBarBody>
          </MessageBar>
        )}
        <section aria-label={s.settingsTitle}>
          <Text as="h2" size={400} weight="semibold">
            {s.settingsTitle}
          </Text>
          <SettingsForm lang={lang} inputs={state.inputs} disabled={busy} onChange={(inputs) => persist({ ...state, inputs })} />
        </section>
        {word && (
          <div className={styles.actions} role="toolbar" aria-label={s.appTitle}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                act(async () => {
                  const paragraphs = await word.readParagraphs();
                  if (!paragraphs.some((p) => p.text.trim())) {
                    setReport(null);
                    setMessage({ intent: "warning", text: s.emptyDocument });
                    return;
                  }
                  await runReview(paragraphs, documentName);
                })
              }
            >
              {busy ? s.reviewing : s.review}
            </Button>
            <Button
              disabled={busy || !report || !word.capabilities.tables}
              title={word.capabilities.tables ? undefined : s.errorUnsupported}
              onClick={() =>
                act(async () => {
                  if (!report) return;
                  const outcome = await word.insertTable(buildRiskTable(report));
                  setMessage({ intent: "success", text: outcome === "replaced" ? s.tableReplaced : s.tableInserted });
                })
              }
            >
              {s.insertTable}
            </Button>
            <Button disabled={busy || flagged.length === 0 || !word.capabilities.comments} title={word.capabilities.comments ? undefined : s.needsWordApi14} onClick={() => comment(flagged)}>
              {s.commentAll}
            </Button>
            <Button
              disabled={busy || flagged.length === 0}
              onClick={() =>
                act(async () => {
                  const n = await word.highlight(flagged.flatMap((r) => r.evidence.slice(0, 1)));
                  setMessage({ intent: "success", text: s.highlightsAdded(n) });
                })
              }
            >
              {s.highlight}
            </Button>
            <Button
              appearance="subtle"
              disabled={busy}
              onClick={() =>
                act(async () => {
                  await word.removeHighlights();
                  setMessage({ intent: "success", text: s.highlightsRemoved });
                })
              }
            >
              {s.removeHighlight}
            </Button>
          </div>
        )}
        {word && !word.capabilities.comments && (
          <MessageBar intent="info">
            <MessageBarBody>{s.needsWordApi14}</MessageBarBody>
          </MessageBar>
        )}
        {renderHostPanel?.(api)}
        {busy && <Spinner size="tiny" label={s.reviewing} />}
        <Divider />
        {report ? (
          <ResultsView
            lang={lang}
            report={report}
            busy={busy}
            onOverride={setOverride}
            {...(word && {
              onLocate: (e) =>
                act(async () => {
                  const outcome = await word.locate(e);
                  setMessage(outcome === "selected" ? { intent: "success", text: s.located } : { intent: "warning", text: outcome === "gone" ? s.paragraphGone : s.paragraphChanged });
                }),
            })}
            {...(word && (word.capabilities.comments ? { onComment: (r: RequirementResult) => comment([r]) } : { commentUnavailable: s.needsWordApi14 }))}
          />
        ) : (
          <Text>{s.noReviewYet}</Text>
        )}
      </main>
    </FluentProvider>
  );
}
