// Texts of the standalone reviewer (the task pane page opened in a plain browser), in Swedish and English.
import type { Lang } from "../rules/types";

export interface BrowserStrings {
  readonly panelTitle: string;
  readonly intro: string;
  readonly dropZone: string;
  readonly dropHint: string;
  readonly chooseFile: string;
  readonly fileInput: string;
  readonly accepted: (limitMb: number) => string;
  readonly reading: (name: string) => string;
  readonly currentFile: (name: string) => string;
  readonly reviewAgain: string;
  readonly downloads: string;
  readonly downloadXlsx: string;
  readonly downloadDocx: string;
  readonly saved: (name: string) => string;
  readonly cannotRead: string;
  readonly exportFailed: string;
  readonly privacy: string;
  readonly fileBase: string;
}

const sv: BrowserStrings = {
  panelTitle: "Granska en fil",
  intro: "Öppna ett avtal från datorn. Filen läses och granskas här i webbläsaren; ingenting skickas någonstans.",
  dropZone: "Släppzon för avtalsfil",
  dropHint: "Dra och släpp en fil här, eller",
  chooseFile: "Välj fil…",
  fileInput: "Avtalsfil (.docx, .txt eller .md)",
  accepted: (mb) => `Word (.docx), text (.txt) eller Markdown (.md), högst ${mb} MB.`,
  reading: (name) => `Läser ${name}…`,
  currentFile: (name) => `Granskad fil: ${name}`,
  reviewAgain: "Granska igen med nya inställningar",
  downloads: "Ladda ner",
  downloadXlsx: "Riskbedömning (.xlsx)",
  downloadDocx: "Rapport med risktabell (.docx)",
  saved: (name) => `${name} är sparad i webbläsarens hämtade filer.`,
  cannotRead: "Filen kunde inte granskas",
  exportFailed: "Filen kunde inte skapas. Försök igen.",
  privacy: "Inget av avtalets innehåll lämnar datorn.",
  fileBase: "riskbedomning",
};

const en: BrowserStrings = {
  panelTitle: "Review a file",
  intro: "Open a contract from your computer. The file is read and reviewed here in the browser; nothing is sent anywhere.",
  dropZone: "Drop zone for a contract file",
  dropHint: "Drag and drop a file here, or",
  chooseFile: "Choose file…",
  fileInput: "Contract file (.docx, .txt or .md)",
  accepted: (mb) => `Word (.docx), text (.txt) or Markdown (.md), at most ${mb} MB.`,
  reading: (name) => `Reading ${name}…`,
  currentFile: (name) => `Reviewed file: ${name}`,
  reviewAgain: "Review again with new settings",
  downloads: "Download",
  downloadXlsx: "Risk assessment (.xlsx)",
  downloadDocx: "Report with risk table (.docx)",
  saved: (name) => `${name} was saved to the browser's downloads.`,
  cannotRead: "The file could not be reviewed",
  exportFailed: "The file could not be created. Please try again.",
  privacy: "None of the contract's content leaves your computer.",
  fileBase: "risk-assessment",
};

export const BROWSER_STRINGS: Readonly<Record<Lang, BrowserStrings>> = { sv, en };
