/** @jest-environment jsdom */
// The review settings form: every control reports the whole new set of inputs, and a busy form is disabled.
import "@testing-library/jest-dom";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { EMPTY_STATE } from "../../src/analysis/review-state";
import type { RiskInputs } from "../../src/analysis/types";
import { SettingsForm } from "../../src/taskpane/components/SettingsForm";
import { polyfillJsdom } from "./fixtures";

polyfillJsdom();

const base = EMPTY_STATE.inputs;

/** Holds the inputs like the App does, so successive changes build on each other. */
function Harness({ onChange }: { onChange: (i: RiskInputs) => void }) {
  const [inputs, setInputs] = useState(base);
  return (
    <SettingsForm
      lang="en"
      inputs={inputs}
      onChange={(i) => {
        setInputs(i);
        onChange(i);
      }}
    />
  );
}

describe("SettingsForm", () => {
  it("shows the current inputs", () => {
    render(<SettingsForm lang="en" inputs={{ ...base, klassa: { K: 3, R: 1, T: 4 }, secretData: true, exposure: "yes", measures: ["pseudonymisation"], controlQuestion: "no" }} onChange={jest.fn()} />);
    expect(screen.getByRole("combobox", { name: "Confidentiality (C)" })).toHaveValue("3");
    expect(screen.getByRole("combobox", { name: "Integrity (I)" })).toHaveValue("1");
    expect(screen.getByRole("combobox", { name: "Availability (A)" })).toHaveValue("4");
    expect(screen.getByRole("checkbox", { name: /OSL-secret/u })).toBeChecked();
    expect(within(screen.getByRole("radiogroup", { name: /third-country laws/u })).getByRole("radio", { name: "Yes" })).toBeChecked();
    expect(within(screen.getByRole("radiogroup", { name: /Control question/u })).getByRole("radio", { name: "No" })).toBeChecked();
    expect(screen.getAllByRole("checkbox").filter((c) => (c as HTMLInputElement).checked)).toHaveLength(2);
  });

  it("propagates every change with the rest of the inputs intact", () => {
    const onChange = jest.fn<void, [RiskInputs]>();
    render(<Harness onChange={onChange} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Confidentiality (C)" }), { target: { value: "4" } });
    expect(onChange).toHaveBeenLastCalledWith({ ...base, klassa: { ...base.klassa, K: 4 } });

    fireEvent.click(screen.getByRole("checkbox", { name: /OSL-secret/u }));
    expect(onChange.mock.lastCall![0]).toMatchObject({ secretData: true, klassa: { K: 4 } });

    fireEvent.click(within(screen.getByRole("radiogroup", { name: /third-country laws/u })).getByRole("radio", { name: "No" }));
    expect(onChange.mock.lastCall![0].exposure).toBe("no");

    const measures = within(screen.getByRole("group", { name: "Compensating measures in our own environment" })).getAllByRole("checkbox");
    expect(measures).toHaveLength(3);
    fireEvent.click(measures[0]!);
    fireEvent.click(measures[2]!);
    expect(onChange.mock.lastCall![0].measures).toEqual(["customer-held-keys", "pseudonymisation"]);
    fireEvent.click(measures[0]!);
    expect(onChange.mock.lastCall![0].measures).toEqual(["pseudonymisation"]);

    fireEvent.click(within(screen.getByRole("radiogroup", { name: /Control question/u })).getByRole("radio", { name: "Yes" }));
    expect(onChange.mock.lastCall![0]).toEqual({ klassa: { K: 4, R: 2, T: 2 }, secretData: true, exposure: "no", measures: ["pseudonymisation"], controlQuestion: "yes" });
  });

  it("is labelled: KLASSA levels and measures are named groups inside a named form", () => {
    render(<SettingsForm lang="sv" inputs={base} onChange={jest.fn()} />);
    expect(screen.getByRole("form", { name: "Granskningsinställningar" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "KLASSA-nivåer" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Konfidentialitet (K)" })).toBeInTheDocument();
  });

  it("disables every control while a review runs", () => {
    render(<SettingsForm lang="en" inputs={base} onChange={jest.fn()} disabled />);
    for (const el of [...screen.getAllByRole("combobox"), ...screen.getAllByRole("checkbox"), ...screen.getAllByRole("radio")]) expect(el).toBeDisabled();
  });
});
