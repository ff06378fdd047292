// Texts of the Excel panel (file review, selected cells, risk register), in Swedish and English.
import type { Lang } from "../rules/types";

export interface ExcelStrings {
  readonly panelTitle: string;
  readonly intro: string;
  readonly reviewFile: string;
  readonly fileInput: string;
  readonly reviewCells: string;
  readonly reviewCellsHelp: string;
  readonly updateRegister: string;
  readonly registerHelp: string;
  readonly registerNeedsReport: string;
  readonly inRegister: (names: readonly string[]) => string;
  readonly working: string;
  readonly fileReviewed: (name: string) => string;
  readonly cellsWritten: (reviewed: number, addressed: number, target: string) => string;
  readonly conflictTitle: string;
  readonly conflictText: (count: number, target: string, examples: readonly string[]) => string;
  readonly replace: string;
  readonly cancel: string;
  readonly nothingWritten: string;
  readonly registerDone: (added: number, updated: number, closed: number, unchanged: number) => string;
  readonly registerCreated: (sheet: string, matrix: string) => string;
  readonly warningsTitle: string;
  readonly errorTitle: string;
  readonly actionsLabel: string;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const sv: ExcelStrings = {
  panelTitle: "I Excel",
  intro: "Granska ett avtal från datorn eller en kravlista i bladet, och för in resultatet i ett riskregister som du kan fortsätta redigera. Inget skickas någonstans.",
  reviewFile: "Granska en avtalsfil…",
  fileInput: "Välj avtalsfil att granska (.docx, .txt eller .md)",
  reviewCells: "Granska markerade celler",
  reviewCellsHelp: "Markera en kravlista (ett krav per rad). Resultaten skrivs i de tre kolumnerna till höger; du tillfrågas innan något skrivs över.",
  updateRegister: "Skapa / uppdatera riskregister",
  registerHelp: "Dina ändringar (sannolikhet, konsekvens, åtgärder, ansvarig, beslut, datum, egna kolumner och rader) behålls alltid.",
  registerNeedsReport: "Granska minst ett avtal först.",
  inRegister: (names) => `Tas med i registret: ${names.join(", ")}`,
  working: "Arbetar…",
  fileReviewed: (name) => `${name} är granskat. Resultatet visas nedan och tas med när du uppdaterar riskregistret.`,
  cellsWritten: (reviewed, addressed, target) => `${count(reviewed, "rad", "rader")} granskade, ${addressed} berör krav. Resultaten står i ${target}.`,
  conflictTitle: "Skriva över celler?",
  conflictText: (n, target, examples) =>
    `${count(n, "cell", "celler")} i ${target} innehåller redan något (${examples.join(", ")}${n > examples.length ? " …" : ""}). Vill du ersätta innehållet med granskningens resultat?`,
  replace: "Ersätt",
  cancel: "Avbryt",
  nothingWritten: "Inget skrevs i bladet.",
  registerDone: (added, updated, closed, unchanged) =>
    `Riskregistret är uppdaterat: ${added} nya, ${updated} uppdaterade, ${closed} stängda, ${unchanged} oförändrade.`,
  registerCreated: (sheet, matrix) => `Bladen ${sheet} och ${matrix} skapades.`,
  warningsTitle: "Obs!",
  errorTitle: "Något gick fel",
  actionsLabel: "Excel-åtgärder",
};

const en: ExcelStrings = {
  panelTitle: "In Excel",
  intro: "Review a contract from your computer or a requirement list in the sheet, and record the results in a risk register you can keep editing. Nothing is sent anywhere.",
  reviewFile: "Review a contract file…",
  fileInput: "Choose a contract file to review (.docx, .txt or .md)",
  reviewCells: "Review selected cells",
  reviewCellsHelp: "Select a requirement list (one requirement per row). Results go in the three columns to the right; you are asked before anything is overwritten.",
  updateRegister: "Create / update risk register",
  registerHelp: "Your changes (likelihood, consequence, measures, owner, decision, date, your own columns and rows) are always kept.",
  registerNeedsReport: "Review at least one contract first.",
  inRegister: (names) => `Included in the register: ${names.join(", ")}`,
  working: "Working…",
  fileReviewed: (name) => `${name} was reviewed. The results are shown below and included when you update the risk register.`,
  cellsWritten: (reviewed, addressed, target) => `${count(reviewed, "row", "rows")} reviewed, ${addressed} address requirements. The results are in ${target}.`,
  conflictTitle: "Overwrite cells?",
  conflictText: (n, target, examples) =>
    `${count(n, "cell", "cells")} in ${target} already ${n === 1 ? "has" : "have"} content (${examples.join(", ")}${n > examples.length ? " …" : ""}). Replace it with the review results?`,
  replace: "Replace",
  cancel: "Cancel",
  nothingWritten: "Nothing was written to the sheet.",
  registerDone: (added, updated, closed, unchanged) => `The risk register is updated: ${added} new, ${updated} updated, ${closed} closed, ${unchanged} unchanged.`,
  registerCreated: (sheet, matrix) => `The sheets ${sheet} and ${matrix} were created.`,
  warningsTitle: "Note",
  errorTitle: "Something went wrong",
  actionsLabel: "Excel actions",
};

export const EXCEL_STRINGS: Readonly<Record<Lang, ExcelStrings>> = { sv, en };
