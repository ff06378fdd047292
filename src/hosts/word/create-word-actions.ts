// The real Word implementation of WordActions: each action is one Word.run with a small, fixed number of syncs.
import type { WordActions, WordCapabilities } from "./actions";
import { insertComments } from "./comments";
import { highlightEvidence, removeHighlights } from "./highlight";
import { locateEvidence } from "./locate";
import { readParagraphs } from "./read-paragraphs";
import { insertRiskTable } from "./risk-table";

/** Requirement sets checked once at start; outside Office (or on old builds) `requirements` can be undefined. */
export function wordCapabilities(): WordCapabilities {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  const has = (v: string): boolean => Boolean(req?.isSetSupported("WordApi", v));
  return { comments: has("1.4"), tables: has("1.3") };
}

export function createWordActions(caps: WordCapabilities = wordCapabilities()): WordActions {
  return {
    capabilities: caps,
    readParagraphs: () => Word.run((ctx) => readParagraphs(ctx, caps)),
    locate: (e) => Word.run((ctx) => locateEvidence(ctx, e)),
    comment: (items) => Word.run((ctx) => insertComments(ctx, items)),
    insertTable: (table) => Word.run((ctx) => insertRiskTable(ctx, table)),
    highlight: (evidence) => Word.run((ctx) => highlightEvidence(ctx, evidence)),
    removeHighlights: () => Word.run((ctx) => removeHighlights(ctx)),
  };
}
