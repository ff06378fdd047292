/** @jest-environment jsdom */
// The results view: overall band and counts, grouping by area, the problems-only filter, quotes, and the locate/comment/override callbacks.
import "@testing-library/jest-dom";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { Override } from "../../src/analysis/types";
import { ResultsView } from "../../src/taskpane/components/ResultsView";
import { makeReport, polyfillJsdom, QUOTES } from "./fixtures";

polyfillJsdom();

const areaList = (name: string) => screen.getByRole("list", { name });
const titles = (name: string) => within(areaList(name)).queryAllByRole("listitem").map((li) => li.getAttribute("aria-labelledby"));

describe("ResultsView", () => {
  it("shows the overall band, its reasons and the count per status", () => {
    render(<ResultsView lang="en" report={makeReport()} />);
    const summary = screen.getByRole("status");
    expect(summary).toHaveTextContent("Overall: Very high risk");
    expect(summary).toHaveTextContent("The highest risk is in Foreign jurisdiction.");
    const counts = within(screen.getByRole("list", { name: "Count per status" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(counts).toEqual(["Met: 1", "Weak: 1", "Contrary: 1", "Missing: 1"]);
  });

  it("groups findings by area, every area open, with counts and area bands in the headers", () => {
    render(<ResultsView lang="en" report={makeReport()} />);
    expect(screen.getByRole("button", { name: /^Control rights \(3\) High risk$/u })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /^Foreign jurisdiction \(1\) Very high risk$/u })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Data location \(0\)$/u })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Confidentiality \(1\)$/u })).toBeInTheDocument();
    expect(titles("Control rights")).toEqual(["finding-control-rights-audit-right", "finding-control-rights-log-access", "finding-control-rights-incident-notification"]);
    expect(titles("Foreign jurisdiction")).toEqual(["finding-foreign-jurisdiction-governing-law"]);
    // Each finding is named by its rule title (via aria-labelledby).
    expect(within(areaList("Control rights")).getAllByRole("listitem")[0]).toHaveAccessibleName(/audit/iu);
  });

  it("shows the contract's own words as a quote, and where a missing clause usually sits", () => {
    render(<ResultsView lang="en" report={makeReport()} />);
    const quotes = screen.getAllByLabelText("Quote").map((q) => q.textContent);
    expect(quotes).toEqual([QUOTES.audit, QUOTES.log, QUOTES.law]);
    const missing = within(areaList("Control rights")).getAllByRole("listitem")[2]!;
    expect(missing).toHaveTextContent(/Usually found in: ./u);
    expect(missing).toHaveTextContent("Remediation: Fix control-rights/incident-notification.");
    // Met requirements need no remediation line.
    expect(within(areaList("Control rights")).getAllByRole("listitem")[0]).not.toHaveTextContent("Remediation");
  });

  it("'Problems only' hides met and not-applicable requirements, 'All' brings them back", () => {
    render(<ResultsView lang="en" report={makeReport()} />);
    fireEvent.click(screen.getByRole("radio", { name: "Problems only" }));
    expect(screen.getByRole("radio", { name: "Problems only" })).toBeChecked();
    expect(titles("Control rights")).toEqual(["finding-control-rights-log-access", "finding-control-rights-incident-notification"]);
    expect(titles("Confidentiality")).toEqual([]);
    expect(screen.getByRole("button", { name: /^Control rights \(2\)/u })).toBeInTheDocument();
    expect(screen.queryByText(QUOTES.audit)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "All requirements" }));
    expect(screen.getByText(QUOTES.audit)).toBeInTheDocument();
  });

  it("locate and comment hand the finding to the host; met findings get no comment button", () => {
    const onLocate = jest.fn();
    const onComment = jest.fn();
    const report = makeReport();
    render(<ResultsView lang="en" report={report} onLocate={onLocate} onComment={onComment} />);
    const [audit, log] = within(areaList("Control rights")).getAllByRole("listitem");
    fireEvent.click(within(log!).getByRole("button", { name: /^Show in document: /u }));
    expect(onLocate).toHaveBeenCalledWith(report.requirements[1]!.evidence[0]);
    fireEvent.click(within(log!).getByRole("button", { name: /^Comment: /u }));
    expect(onComment).toHaveBeenCalledWith(report.requirements[1]);
    expect(within(audit!).queryByRole("button", { name: /^Comment: /u })).not.toBeInTheDocument();
    expect(within(audit!).getByRole("button", { name: /^Show in document: /u })).toBeInTheDocument();
    // A missing clause has nothing to locate or comment on.
    const missing = within(areaList("Control rights")).getAllByRole("listitem")[2]!;
    expect(within(missing).queryByRole("button", { name: /^(Show in document|Comment): /u })).not.toBeInTheDocument();
  });

  it("without comment support the button stays visible but disabled, and says why", () => {
    render(<ResultsView lang="en" report={makeReport()} commentUnavailable="Comments need WordApi 1.4." />);
    const button = within(within(areaList("Control rights")).getAllByRole("listitem")[1]!).getByRole("button", { name: /^Comment: /u });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("title", "Comments need WordApi 1.4.");
    expect(button).toHaveAccessibleDescription("Comments need WordApi 1.4.");
  });

  it("disables the finding actions while busy", () => {
    render(<ResultsView lang="en" report={makeReport()} onLocate={jest.fn()} onOverride={jest.fn()} busy />);
    for (const b of screen.getAllByRole("button", { name: /^(Show in document|Change status): /u })) expect(b).toBeDisabled();
  });

  it("an override needs a justification, then reports status, justification, quote and date", () => {
    const onOverride = jest.fn<void, [string, Override | null]>();
    render(<ResultsView lang="en" report={makeReport()} onOverride={onOverride} />);
    const log = within(areaList("Control rights")).getAllByRole("listitem")[1]!;
    const toggle = within(log).getByRole("button", { name: /^Change status: /u });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const group = within(log).getByRole("group", { name: /^Change status: /u });
    fireEvent.change(within(group).getByRole("combobox", { name: "Change status" }), { target: { value: "met" } });
    fireEvent.click(within(group).getByRole("button", { name: "Save change" }));
    expect(onOverride).not.toHaveBeenCalled();
    expect(within(group).getByText("Write a justification.")).toBeInTheDocument();
    fireEvent.change(within(group).getByRole("textbox", { name: /Justification/u }), { target: { value: "  Bilaga 3 ger full loggåtkomst.  " } });
    fireEvent.click(within(group).getByRole("button", { name: "Save change" }));
    expect(onOverride).toHaveBeenCalledTimes(1);
    const [id, override] = onOverride.mock.calls[0]!;
    expect(id).toBe("control-rights/log-access");
    expect(override).toEqual({ id: "control-rights/log-access", status: "met", justification: "Bilaga 3 ger full loggåtkomst.", quote: QUOTES.log, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u) });
    expect(within(log).queryByRole("group", { name: /^Change status: /u })).not.toBeInTheDocument();
  });

  it("shows a reviewer's override, flags one whose quote is gone, and can reset it", () => {
    const onOverride = jest.fn();
    const report = makeReport();
    const overridden = { ...report.requirements[1]!, status: "met" as const, override: { engineStatus: "weak" as const, justification: "Checked appendix 3.", attention: true } };
    render(<ResultsView lang="en" report={{ ...report, requirements: [report.requirements[0]!, overridden, ...report.requirements.slice(2)] }} onOverride={onOverride} />);
    const log = within(areaList("Control rights")).getAllByRole("listitem")[1]!;
    expect(log).toHaveTextContent("Changed by reviewer");
    expect(log).toHaveTextContent("Justification: Checked appendix 3.");
    expect(log).toHaveTextContent("The reviewer's change refers to a quote that no longer exists: please check.");
    fireEvent.click(within(log).getByRole("button", { name: /^Change status: /u }));
    fireEvent.click(within(log).getByRole("button", { name: "Reset" }));
    expect(onOverride).toHaveBeenCalledWith("control-rights/log-access", null);
  });

  it("speaks Swedish", () => {
    render(<ResultsView lang="sv" report={makeReport()} />);
    expect(screen.getByRole("status")).toHaveTextContent("Samlad bedömning: Mycket hög risk");
    expect(screen.getByRole("radio", { name: "Endast brister" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Kontrollrätt \(3\)/u })).toBeInTheDocument();
  });
});
