// Task pane entry: finds the host, then renders the shared App with Word actions, the Excel panel or the standalone reviewer.
import { createRoot } from "react-dom/client";
import { createWordActions } from "../hosts/word/create-word-actions";
import { App } from "./App";
import { BrowserPanel } from "./components/BrowserPanel";
import { detectHost, displayLanguage, documentName, preferredTheme } from "./office-env";
import { inlineReview, workerReview, type ReviewFn } from "./review-client";
import { browserStorage, officeSettingsStorage } from "./state-storage";

function startWorker(): ReviewFn {
  try {
    return workerReview(new Worker(new URL("./review-worker.ts", import.meta.url)));
  } catch {
    return inlineReview;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await detectHost();
  const lang = displayLanguage(host);
  const theme = preferredTheme(host);
  document.documentElement.lang = lang;
  const review = startWorker();
  const root = createRoot(container);
  if (host === "word") {
    root.render(<App lang={lang} theme={theme} storage={officeSettingsStorage()} review={review} word={createWordActions()} documentName={documentName()} />);
    return;
  }
  if (host === "excel") {
    // The Excel panel is added in src/taskpane/components/ExcelPanel.tsx.
    root.render(<App lang={lang} theme={theme} storage={officeSettingsStorage()} review={review} />);
    return;
  }
  // A plain browser (no Office, or office.js blocked/offline): the standalone reviewer reads local files.
  root.render(<App lang={lang} theme={theme} storage={browserStorage(() => "standalone")} review={review} renderHostPanel={(api) => <BrowserPanel api={api} />} />);
}

void start();
