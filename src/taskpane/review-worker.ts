// Web Worker entry: runs the engine off the UI thread so a long contract never freezes the task pane.
import { reviewParagraphs, type ReviewOptions } from "../analysis/review";
import type { Paragraph } from "../analysis/types";

interface Request {
  readonly id: number;
  readonly paragraphs: readonly Paragraph[];
  readonly options: ReviewOptions;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (e) => {
  const { id, paragraphs, options } = e.data;
  try {
    scope.postMessage({ id, report: reviewParagraphs(paragraphs, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
