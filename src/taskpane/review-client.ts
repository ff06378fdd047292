// Runs reviews in a Web Worker when the page can start one, otherwise on the UI thread (same engine, same result).
import { reviewParagraphs, type ReviewOptions } from "../analysis/review";
import type { Paragraph, Report } from "../analysis/types";

export type ReviewFn = (paragraphs: readonly Paragraph[], options: ReviewOptions) => Promise<Report>;

/** The engine on the UI thread, yielding once first so the "Reviewing…" state can paint. */
export const inlineReview: ReviewFn = (paragraphs, options) =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(reviewParagraphs(paragraphs, options));
      } catch (error) {
        reject(error);
      }
    }, 0);
  });

/** Wraps a started worker; if it fails to load or errors, later reviews fall back to the UI thread. */
export function workerReview(worker: Worker | null): ReviewFn {
  if (!worker) return inlineReview;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { resolve: (r: Report) => void; reject: (e: unknown) => void; paragraphs: readonly Paragraph[]; options: ReviewOptions }>();
  worker.onmessage = (e: MessageEvent<{ id: number; report?: Report; error?: string }>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.report) p.resolve(e.data.report);
    else p.reject(new Error(e.data.error ?? "review failed"));
  };
  worker.onerror = () => {
    // A worker blocked by policy or a failed chunk load: finish the waiting reviews inline instead.
    broken = true;
    for (const [id, p] of pending) {
      pending.delete(id);
      inlineReview(p.paragraphs, p.options).then(p.resolve, p.reject);
    }
  };
  return (paragraphs, options) => {
    if (broken) return inlineReview(paragraphs, options);
    const id = ++next;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, paragraphs, options });
      worker.postMessage({ id, paragraphs, options });
    });
  };
}
