// Task pane entry: finds the host, then renders the shared App with Word actions, the Excel panel or the standalone reviewer.
import { createRoot } from "react-dom/client";
import { createWordActions } from "../hosts/word/create-word-actions";
import { App } from "./App";
import { uiLanguageFrom } from "./i18n";
import { detectHost, displayLanguage, documentName, preferredTheme } from "../hosts/office-env";
import { inlineReview, workerReview, type ReviewFn } from "./review-client";
import { browserStorage, officeSettingsStorage } from "../hosts/state-storage";

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
  const lang = uiLanguageFrom(displayLanguage(host));
  const theme = preferredTheme(host);
  document.documentElement.lang = lang;
  const review = startWorker();
  const root = createRoot(container);
  if (host === "word") {
    root.render(<App lang={lang} theme={theme} storage={officeSettingsStorage()} review={review} word={createWordActions()} documentName={documentName()} />);
    return;
  }
  if (host === "excel") {
    // Loaded only in Excel, so Word's first load carries neither the Excel code nor the file readers.
    const [{ createExcelActions }, { ExcelPanel }] = await Promise.all([import("../hosts/excel/actions"), import("./components/ExcelPanel")]);
    // Requirement sets are read once, after onReady (createExcelActions checks them).
    const excel = createExcelActions(lang);
    root.render(
      <App
        lang={lang}
        theme={theme}
        storage={officeSettingsStorage()}
        review={review}
        renderHostPanel={(api) => (
          <ExcelPanel lang={api.lang} inputs={api.inputs} actions={excel} onReport={api.showReport} runReview={api.runReview} report={api.report} busy={api.busy} />
        )}
      />,
    );
    return;
  }
  // A plain browser (no Office, or office.js blocked/offline): the standalone reviewer reads local files.
  const { BrowserPanel } = await import("./components/BrowserPanel");
  root.render(<App lang={lang} theme={theme} storage={browserStorage(() => "standalone")} review={review} renderHostPanel={(api) => <BrowserPanel api={api} />} />);
}

void start();
