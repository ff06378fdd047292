/** @jest-environment jsdom */
// The task pane shell with fake Word actions: review → results, host actions and their messages, errors shown without stacks, comment support missing.
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ReviewOptions } from "../../src/analysis/review";
import { EMPTY_STATE } from "../../src/analysis/review-state";
import type { Paragraph, Report } from "../../src/analysis/types";
import { App } from "../../src/taskpane/App";
import { fakeWord, makeReport, memoryStorage, polyfillJsdom, QUOTES } from "./fixtures";

polyfillJsdom();

/** A review function that answers with the hand-built report (the engine itself is tested elsewhere) and records its calls. */
function fakeReview(report: Report = makeReport()) {
  return jest.fn(async (_paragraphs: readonly Paragraph[], options: ReviewOptions) => ({ ...report, document: { ...report.document, name: options.name ?? "" } }));
}

const reviewButton = () => screen.getByRole("button", { name: "Review document" });

async function renderAndReview(word = fakeWord(), review = fakeReview(), storage = memoryStorage()) {
  const utils = render(<App lang="en" theme="light" storage={storage} review={review} word={word} documentName="avtal.docx" />);
  await act(async () => void fireEvent.click(reviewButton()));
  await screen.findByRole("region", { name: "Results" });
  return { ...utils, word, review, storage };
}

const errorSpy = () => jest.spyOn(console, "error").mockImplementation(() => undefined);

describe("App with Word actions", () => {
  it("starts without results and reviews the document's paragraphs with the current settings", async () => {
    const review = fakeReview();
    const word = fakeWord();
    render(<App lang="en" theme="light" storage={memoryStorage()} review={review} word={word} documentName="avtal.docx" />);
    expect(screen.getByText("Choose the settings and review the document.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert risk assessment table" })).toBeDisabled();
    await act(async () => void fireEvent.click(reviewButton()));
    const results = await screen.findByRole("region", { name: "Results" });
    expect(word.readParagraphs).toHaveBeenCalledTimes(1);
    expect(review).toHaveBeenCalledWith([{ text: "1. Avtal" }, { text: QUOTES.audit }], { name: "avtal.docx", inputs: EMPTY_STATE.inputs, outputLanguage: "en", overrides: [] });
    expect(within(results).getByText(QUOTES.law)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Insert risk assessment table" })).toBeEnabled();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("an empty document gives a warning instead of results", async () => {
    const word = fakeWord();
    word.readParagraphs.mockResolvedValueOnce([{ text: "  " }, { text: "" }]);
    const review = fakeReview();
    render(<App lang="en" theme="light" storage={memoryStorage()} review={review} word={word} />);
    await act(async () => void fireEvent.click(reviewButton()));
    expect(await screen.findByText("The document is empty: there is no text to review.")).toBeInTheDocument();
    expect(review).not.toHaveBeenCalled();
  });

  it("an unexpected error from an action becomes a MessageBar alert with a user message, never the stack", async () => {
    const silence = errorSpy();
    const word = fakeWord();
    word.readParagraphs.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'items')\n    at readParagraphs (taskpane.js:1:2345)"));
    render(<App lang="en" theme="light" storage={memoryStorage()} review={fakeReview()} word={word} />);
    await act(async () => void fireEvent.click(reviewButton()));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    expect(alert).toHaveTextContent("The action could not be completed. Nothing was changed in the document.");
    expect(alert).not.toHaveTextContent(/Cannot read|taskpane\.js|at readParagraphs/u);
    // The detail goes to the console for developers, and the pane is usable again.
    expect(silence).toHaveBeenCalled();
    expect(reviewButton()).toBeEnabled();
    await act(async () => void fireEvent.click(reviewButton()));
    await screen.findByRole("region", { name: "Results" });
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    silence.mockRestore();
  });

  it("office.js error codes map to specific messages (protected document)", async () => {
    const silence = errorSpy();
    const word = fakeWord();
    const { review } = await renderAndReview(word);
    expect(review).toHaveBeenCalled();
    word.insertTable.mockRejectedValueOnce(Object.assign(new Error("AccessDenied"), { code: "AccessDenied", debugInfo: { errorLocation: "Body.insertTable" } }));
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Insert risk assessment table" })));
    expect(await screen.findByRole("alert")).toHaveTextContent("The document is protected or read-only. Remove the protection and try again.");
    expect(silence).toHaveBeenCalledWith("Avtalskoll:", { code: "AccessDenied", debugInfo: { errorLocation: "Body.insertTable" } });
    silence.mockRestore();
  });

  it("inserts the risk table built from the report, and says whether it replaced the previous one", async () => {
    const word = fakeWord();
    await renderAndReview(word);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Insert risk assessment table" })));
    expect(await screen.findByText("The risk assessment table was inserted.")).toBeInTheDocument();
    const table = word.insertTable.mock.calls[0]![0];
    expect(table.title).toBe("Risk assessment: avtal.docx");
    expect(table.rows.map((r) => r.id)).toEqual(makeReport().requirements.map((r) => r.id));
    word.insertTable.mockResolvedValueOnce("replaced");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Insert risk assessment table" })));
    expect(await screen.findByText("The risk assessment table was updated.")).toBeInTheDocument();
  });

  it("comments on every flagged finding with evidence (weak and contrary), and on one finding", async () => {
    const word = fakeWord();
    await renderAndReview(word);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Comment all flagged" })));
    expect(await screen.findByText("2 comments inserted.")).toBeInTheDocument();
    const items = word.comment.mock.calls[0]![0];
    expect(items.map((i) => i.evidence.quote)).toEqual([QUOTES.log, QUOTES.law]);
    expect(items[0]!.text).toMatch(/^Avtalskoll · control-rights\/log-access · Weak\nMessage for control-rights\/log-access\.\n.+\nRemediation: Fix control-rights\/log-access\.$/u);

    const law = within(screen.getByRole("list", { name: "Foreign jurisdiction" })).getByRole("listitem");
    await act(async () => void fireEvent.click(within(law).getByRole("button", { name: /^Comment: /u })));
    await waitFor(() => expect(word.comment).toHaveBeenCalledTimes(2));
    expect(word.comment.mock.calls[1]![0].map((i) => i.evidence.quote)).toEqual([QUOTES.law]);
    expect(await screen.findByText("1 comment inserted.")).toBeInTheDocument();
  });

  it("locate reports a changed or vanished paragraph as a warning", async () => {
    const word = fakeWord();
    await renderAndReview(word);
    const log = within(screen.getByRole("list", { name: "Control rights" })).getAllByRole("listitem")[1]!;
    await act(async () => void fireEvent.click(within(log).getByRole("button", { name: /^Show in document: /u })));
    expect(await screen.findByText("The clause is selected in the document.")).toBeInTheDocument();
    expect(word.locate).toHaveBeenCalledWith(makeReport().requirements[1]!.evidence[0]);
    word.locate.mockResolvedValueOnce("changed");
    await act(async () => void fireEvent.click(within(log).getByRole("button", { name: /^Show in document: /u })));
    expect(await screen.findByText("The paragraph has changed since the review; the quote was not found. Review again.")).toBeInTheDocument();
    word.locate.mockResolvedValueOnce("gone");
    await act(async () => void fireEvent.click(within(log).getByRole("button", { name: /^Show in document: /u })));
    expect(await screen.findByText("The paragraph no longer exists. Review again.")).toBeInTheDocument();
  });

  it("highlights flagged clauses and removes highlights", async () => {
    const word = fakeWord();
    await renderAndReview(word);
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Highlight flagged" })));
    expect(await screen.findByText("2 clauses highlighted.")).toBeInTheDocument();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Remove highlights" })));
    expect(await screen.findByText("The highlights were removed.")).toBeInTheDocument();
  });

  it("without WordApi 1.4 comments are explained, and the comment buttons are disabled but still say why", async () => {
    const word = fakeWord({ comments: false });
    await renderAndReview(word);
    const explanation = "Comments need Word with WordApi 1.4 (Microsoft 365 or Office 2024). Use the risk assessment table to record the findings.";
    expect(screen.getByText(explanation)).toBeInTheDocument();
    const all = screen.getByRole("button", { name: "Comment all flagged" });
    expect(all).toBeDisabled();
    expect(all).toHaveAttribute("title", explanation);
    const one = within(within(screen.getByRole("list", { name: "Control rights" })).getAllByRole("listitem")[1]!).getByRole("button", { name: /^Comment: /u });
    expect(one).toBeDisabled();
    expect(one).toHaveAccessibleDescription(explanation);
    expect(word.comment).not.toHaveBeenCalled();
  });

  it("a reviewer's override is saved and the same paragraphs are reviewed again with it", async () => {
    const storage = memoryStorage();
    const { review } = await renderAndReview(fakeWord(), fakeReview(), storage);
    const log = within(screen.getByRole("list", { name: "Control rights" })).getAllByRole("listitem")[1]!;
    fireEvent.click(within(log).getByRole("button", { name: /^Change status: /u }));
    fireEvent.change(within(log).getByRole("textbox"), { target: { value: "Bilaga 3." } });
    await act(async () => void fireEvent.click(within(log).getByRole("button", { name: "Save change" })));
    await waitFor(() => expect(review).toHaveBeenCalledTimes(2));
    expect(review.mock.calls[1]![0]).toBe(review.mock.calls[0]![0]);
    expect(review.mock.calls[1]![1].overrides).toEqual([expect.objectContaining({ id: "control-rights/log-access", status: "weak", justification: "Bilaga 3." })]);
    expect(storage.saved.at(-1)!.overrides).toHaveLength(1);
  });

  it("settings changes are saved and used by the next review", async () => {
    const storage = memoryStorage();
    const review = fakeReview();
    render(<App lang="en" theme="light" storage={storage} review={review} word={fakeWord()} />);
    fireEvent.click(screen.getByRole("checkbox", { name: /OSL-secret/u }));
    expect(storage.saved.at(-1)!.inputs.secretData).toBe(true);
    await act(async () => void fireEvent.click(reviewButton()));
    await waitFor(() => expect(review).toHaveBeenCalled());
    expect(review.mock.calls[0]![1].inputs?.secretData).toBe(true);
  });

  it("says when settings and overrides were restored from the document", async () => {
    const restored = { ...EMPTY_STATE, overrides: [{ id: "control-rights/log-access" as const, status: "met" as const, justification: "ok" }] };
    render(<App lang="sv" theme="dark" storage={memoryStorage(restored)} review={fakeReview()} word={fakeWord()} />);
    expect(await screen.findByText("Inställningar och granskarens ändringar lästes från dokumentet.")).toBeInTheDocument();
  });

  it("shows a host panel (Excel, standalone page) with the shell's api and no Word toolbar", async () => {
    const review = fakeReview();
    render(
      <App
        lang="en"
        theme="light"
        storage={memoryStorage()}
        review={review}
        renderHostPanel={(api) => (
          <button type="button" onClick={() => api.act(async () => void (await api.runReview([{ text: "x" }], "panel.txt")))}>
            {`panel busy=${api.busy} report=${api.report?.document.name ?? "none"}`}
          </button>
        )}
      />,
    );
    expect(screen.queryByRole("button", { name: "Review document" })).not.toBeInTheDocument();
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "panel busy=false report=none" })));
    expect(await screen.findByRole("button", { name: "panel busy=false report=panel.txt" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Results" })).toBeInTheDocument();
    // Without Word there is nothing to locate or comment on.
    expect(screen.queryByRole("button", { name: /^(Show in document|Comment): /u })).not.toBeInTheDocument();
  });
});
