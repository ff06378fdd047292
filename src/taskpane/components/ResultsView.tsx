// The review results: overall band and reasons, counts per status, a problems-only filter, and findings grouped by area.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AREA_LABEL } from "../../analysis/labels";
import type { Evidence, Override, Report, RequirementResult } from "../../analysis/types";
import { RULES } from "../../rules";
import { AREAS, type Lang, type Status } from "../../rules/types";
import { STRINGS } from "../i18n";
import { BandBadge } from "./BandBadge";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", margin: 0, padding: 0, listStyle: "none" },
  list: { listStyle: "none", margin: 0, padding: 0 },
  areaHeader: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export type ResultFilter = "all" | "problems";
const PROBLEMS: readonly Status[] = ["weak", "contrary", "missing"];

export interface ResultsViewProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly onLocate?: (evidence: Evidence) => void;
  readonly onComment?: (result: RequirementResult) => void;
  readonly commentUnavailable?: string;
  readonly onOverride?: (id: RequirementResult["id"], override: Override | null) => void;
  readonly busy?: boolean;
}

export function ResultsView({ lang, report, onLocate, onComment, commentUnavailable, onOverride, busy }: ResultsViewProps) {
  const s = STRINGS[lang];
  const styles = useStyles();
  const [filter, setFilter] = useState<ResultFilter>("all");
  const rules = new Map(RULES.map((r) => [r.id, r]));
  const counts = (["met", "weak", "contrary", "missing"] as const).map((st) => [st, report.requirements.filter((r) => r.status === st).length] as const);
  const shown = report.requirements.filter((r) => filter === "all" || PROBLEMS.includes(r.status));
  return (
    <section className={styles.root} aria-label={s.results}>
      <div className={styles.summary} role="status" aria-live="polite">
        <Text weight="semibold" size={400}>
          {s.overall}: <BandBadge band={report.overall.band} lang={lang} size="large" />
        </Text>
        {report.overall.reasons.map((r) => (
          <Text key={`${r.code}-${r.requirement ?? ""}`} size={200}>
            {r.text}
          </Text>
        ))}
        <ul className={styles.counts} aria-label={s.counts}>
          {counts.map(([st, n]) => (
            <li key={st}>
              <Text>{`${s.status[st]}: ${n}`}</Text>
            </li>
          ))}
        </ul>
      </div>
      <RadioGroup aria-label={s.filterLabel} layout="horizontal" value={filter} onChange={(_, d) => setFilter(d.value as ResultFilter)}>
        <Radio value="all" label={s.filterAll} />
        <Radio value="problems" label={s.filterProblems} />
      </RadioGroup>
      <Accordion multiple collapsible defaultOpenItems={[...AREAS]}>
        {AREAS.map((area) => {
          const items = shown.filter((r) => r.area === area);
          const summary = report.areas.find((a) => a.area === area);
          return (
            <AccordionItem key={area} value={area}>
              <AccordionHeader>
                {/* The header button lays its children out as flex items, which drops the space before the badge; the gap restores it. */}
                <span className={styles.areaHeader}>
                  {`${AREA_LABEL[area][lang]} (${items.length})`}
                  {summary?.band && <BandBadge band={summary.band} lang={lang} size="small" />}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list} aria-label={AREA_LABEL[area][lang]}>
                  {items.map((result) => {
                    const rule = rules.get(result.id);
                    if (!rule) return null;
                    return (
                      <FindingItem
                        key={result.id}
                        lang={lang}
                        rule={rule}
                        result={result}
                        busy={busy}
                        {...(onLocate && { onLocate })}
                        {...(onComment && { onComment })}
                        {...(commentUnavailable && { commentUnavailable })}
                        {...(onOverride && { onOverride: (o: Override | null) => onOverride(result.id, o) })}
                      />
                    );
                  })}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
