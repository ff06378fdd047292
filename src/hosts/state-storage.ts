// Where the task pane keeps review inputs and overrides: in the document (Office settings) or the browser's storage.
import { EMPTY_STATE, parseReviewState, serializeReviewState, type ReviewState } from "../analysis/review-state";

export interface StateStorage {
  load(): Promise<ReviewState>;
  save(state: ReviewState): Promise<void>;
}

/** The setting name inside the document; one key per add-in and document. */
export const SETTINGS_KEY = "avtalskoll.review";

/**
 * Office.context.document.settings: stored inside the .docx/.xlsx, so inputs and overrides travel with the
 * document and come back when it is reopened (common API, supported by every Word and Excel version we target).
 */
export function officeSettingsStorage(): StateStorage {
  return {
    async load() {
      const settings = Office.context.document.settings;
      return parseReviewState(settings.get(SETTINGS_KEY) ?? null);
    },
    save(state) {
      return new Promise((resolve, reject) => {
        const settings = Office.context.document.settings;
        settings.set(SETTINGS_KEY, serializeReviewState(state));
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)));
      });
    },
  };
}

/** localStorage for the standalone page, keyed by file name; falls back to memory when storage is blocked. */
export function browserStorage(key: () => string): StateStorage {
  const memory = new Map<string, string>();
  return {
    async load() {
      try {
        return parseReviewState(window.localStorage.getItem(`avtalskoll:${key()}`) ?? memory.get(key()) ?? null);
      } catch {
        return memory.has(key()) ? parseReviewState(memory.get(key())) : EMPTY_STATE;
      }
    },
    async save(state) {
      const text = serializeReviewState(state);
      memory.set(key(), text);
      try {
        window.localStorage.setItem(`avtalskoll:${key()}`, text);
      } catch {
        // Private browsing or a full quota: the in-memory copy keeps the session working.
      }
    },
  };
}
