// One requirement in the results: status, message, quote (jump to it), remediation, comment and reviewer override.
import { Badge, Button, Field, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Evidence, Override, RequirementResult } from "../../analysis/types";
import type { Lang, Rule, Status } from "../../rules/types";
import { STRINGS } from "../i18n";
import { BandBadge } from "./BandBadge";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  quote: { fontStyle: "italic", borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  attention: { color: tokens.colorPaletteRedForeground1 },
});

const STATUS_COLOUR: Readonly<Record<Status, "success" | "warning" | "danger" | "informative" | "subtle">> = {
  met: "success",
  weak: "warning",
  contrary: "danger",
  missing: "informative",
  "not-applicable": "subtle",
};

export interface FindingItemProps {
  readonly lang: Lang;
  readonly rule: Rule;
  readonly result: RequirementResult;
  readonly onLocate?: (evidence: Evidence) => void;
  readonly onComment?: (result: RequirementResult) => void;
  /** Why commenting is unavailable (shown instead of the button's action). */
  readonly commentUnavailable?: string;
  readonly onOverride?: (override: Override | null) => void;
  readonly busy?: boolean;
}

export function FindingItem({ lang, rule, result, onLocate, onComment, commentUnavailable, onOverride, busy }: FindingItemProps) {
  const s = STRINGS[lang];
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<Override["status"]>(result.status === "not-applicable" ? "missing" : result.status);
  const [justification, setJustification] = useState(result.override?.justification ?? "");
  const [tried, setTried] = useState(false);
  const evidence = result.evidence[0];
  const titleId = `finding-${result.id.replace("/", "-")}`;
  return (
    <li className={styles.item} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Badge appearance="tint" color={STATUS_COLOUR[result.status]}>
          {s.status[result.status]}
        </Badge>
        <Text weight="semibold" id={titleId}>
          {rule.title[lang]}
        </Text>
        {result.band && <BandBadge band={result.band} lang={lang} size="small" />}
        {result.override && <Badge appearance="outline">{s.overridden}</Badge>}
      </div>
      <Text>{result.message}</Text>
      {result.override?.attention && <Text className={styles.attention}>{s.overrideAttention}</Text>}
      {result.override && <Text size={200}>{`${s.overrideJustification}: ${result.override.justification}`}</Text>}
      {evidence && (
        <blockquote className={styles.quote} aria-label={s.quote}>
          {evidence.quote}
        </blockquote>
      )}
      {result.status === "missing" && <Text size={200}>{`${s.where}: ${rule.placement[lang]}`}</Text>}
      {result.status !== "met" && result.status !== "not-applicable" && <Text size={200}>{`${s.remediation}: ${result.remediation}`}</Text>}
      <div className={styles.actions}>
        {evidence && onLocate && (
          <Button size="small" disabled={busy} onClick={() => onLocate(evidence)} aria-label={`${s.locate}: ${rule.title[lang]}`}>
            {s.locate}
          </Button>
        )}
        {(onComment || commentUnavailable) && evidence && result.status !== "met" && (
          <Button
            size="small"
            disabled={busy || !onComment}
            title={commentUnavailable}
            aria-description={commentUnavailable}
            onClick={() => onComment?.(result)}
            aria-label={`${s.comment}: ${rule.title[lang]}`}
          >
            {s.comment}
          </Button>
        )}
        {onOverride && (
          <Button size="small" appearance="subtle" disabled={busy} aria-expanded={editing} onClick={() => setEditing(!editing)} aria-label={`${s.override}: ${rule.title[lang]}`}>
            {s.override}
          </Button>
        )}
      </div>
      {editing && onOverride && (
        <div className={styles.actions} role="group" aria-label={`${s.override}: ${rule.title[lang]}`}>
          <Field label={s.override}>
            <Select value={status} onChange={(_, d) => setStatus(d.value as Override["status"])}>
              {(["met", "weak", "contrary", "missing"] as const).map((x) => (
                <option key={x} value={x}>
                  {s.status[x]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.overrideJustification} required validationMessage={tried && !justification.trim() ? s.justificationRequired : undefined}>
            <Textarea value={justification} onChange={(_, d) => setJustification(d.value)} />
          </Field>
          <Button
            appearance="primary"
            size="small"
            onClick={() => {
              setTried(true);
              if (!justification.trim()) return;
              onOverride({ id: result.id, status, justification: justification.trim(), ...(evidence && { quote: evidence.quote }), date: new Date().toISOString().slice(0, 10) });
              setEditing(false);
            }}
          >
            {s.overrideSave}
          </Button>
          {result.override && (
            <Button
              size="small"
              onClick={() => {
                onOverride(null);
                setEditing(false);
              }}
            >
              {s.overrideRemove}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
