// Review settings: KLASSA K/R/T, secret data, supplier exposure, compensating measures and the control question.
import { Checkbox, Field, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import { MEASURE_LABEL } from "../../analysis/labels";
import { CONTROL_ANSWERS, EXPOSURES, MEASURES, type KlassaLevel, type RiskInputs } from "../../analysis/types";
import type { Aspect, Lang } from "../../rules/types";
import { STRINGS } from "../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  klassa: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  level: { minWidth: "7rem", flex: "1 1 7rem" },
});

export interface SettingsFormProps {
  readonly lang: Lang;
  readonly inputs: RiskInputs;
  readonly onChange: (inputs: RiskInputs) => void;
  readonly disabled?: boolean;
}

const LEVELS: readonly KlassaLevel[] = [0, 1, 2, 3, 4];

export function SettingsForm({ lang, inputs, onChange, disabled }: SettingsFormProps) {
  const s = STRINGS[lang];
  const styles = useStyles();
  const aspectLabel: Record<Aspect, string> = { K: s.aspectK, R: s.aspectR, T: s.aspectT };
  const exposureLabel = { yes: s.exposureYes, no: s.exposureNo, unknown: s.exposureUnknown };
  const controlLabel = { yes: s.controlYes, no: s.controlNo, unknown: s.controlUnknown };
  return (
    <form className={styles.form} aria-label={s.settingsTitle} onSubmit={(e) => e.preventDefault()}>
      <fieldset className={styles.klassa} disabled={disabled} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>{s.klassa}</legend>
        {(["K", "R", "T"] as const).map((aspect) => (
          <Field key={aspect} label={aspectLabel[aspect]} className={styles.level}>
            <Select
              value={String(inputs.klassa[aspect])}
              onChange={(_, d) => onChange({ ...inputs, klassa: { ...inputs.klassa, [aspect]: Number(d.value) as KlassaLevel } })}
            >
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <Checkbox checked={inputs.secretData} disabled={disabled} label={s.secret} onChange={(_, d) => onChange({ ...inputs, secretData: d.checked === true })} />
      <Field label={s.exposure}>
        <RadioGroup value={inputs.exposure} disabled={disabled} layout="horizontal" onChange={(_, d) => onChange({ ...inputs, exposure: d.value as RiskInputs["exposure"] })}>
          {EXPOSURES.map((e) => (
            <Radio key={e} value={e} label={exposureLabel[e]} />
          ))}
        </RadioGroup>
      </Field>
      <fieldset disabled={disabled} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>{s.measures}</legend>
        {MEASURES.map((m) => (
          <Checkbox
            key={m}
            label={MEASURE_LABEL[m][lang]}
            checked={inputs.measures.includes(m)}
            onChange={(_, d) => onChange({ ...inputs, measures: d.checked === true ? [...inputs.measures, m] : inputs.measures.filter((x) => x !== m) })}
          />
        ))}
      </fieldset>
      <Field label={s.control}>
        <RadioGroup value={inputs.controlQuestion} disabled={disabled} layout="horizontal" onChange={(_, d) => onChange({ ...inputs, controlQuestion: d.value as RiskInputs["controlQuestion"] })}>
          {CONTROL_ANSWERS.map((c) => (
            <Radio key={c} value={c} label={controlLabel[c]} />
          ))}
        </RadioGroup>
      </Field>
    </form>
  );
}
