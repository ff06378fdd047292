// Turns office.js errors (OfficeExtension.Error codes) from Excel into one clear sentence in Swedish or English, never a stack trace.
import type { Lang, Localized } from "../../rules/types";

/** A failure as the task pane shows it: a stable code (for tests and support) and a one-line message. */
export interface ExcelFailure {
  readonly code: string;
  readonly message: string;
}

/** A failure found by the add-in itself (before or instead of calling Excel), coded like an office.js error. */
export class ExcelHostError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "ExcelHostError";
  }
}

// Grouped by what the user can do about it, not by how Excel names it.
const MESSAGES: Readonly<Record<string, Localized>> = {
  NoText: {
    sv: "Markeringen innehåller ingen text att granska. Markera raderna i kravlistan (ett krav per rad); börjar markeringen på rad 1 räknas den raden som rubrik.",
    en: "The selection contains no text to review. Select the rows of the requirement list (one requirement per row); a selection starting in row 1 treats that row as the header.",
  },
  TooManyRows: {
    sv: "Markera högst 2 000 rader åt gången.",
    en: "Select at most 2,000 rows at a time.",
  },
  InvalidOperationInCellEditMode: {
    sv: "Excel redigerar en cell just nu. Tryck Enter eller Esc och försök igen.",
    en: "Excel is editing a cell. Press Enter or Esc and try again.",
  },
  AccessDenied: {
    sv: "Arbetsboken eller bladet är skyddat eller skrivskyddat. Ta bort skyddet och försök igen.",
    en: "The workbook or sheet is protected or read-only. Remove the protection and try again.",
  },
  InvalidSelection: {
    sv: "Markeringen kan inte användas. Markera ett sammanhängande område (en rad per krav) och försök igen.",
    en: "The selection cannot be used. Select one continuous range (one row per requirement) and try again.",
  },
  InvalidArgument: {
    sv: "Excel avvisade ändringen (t.ex. ett område som krockar med en annan tabell eller sammanfogade celler). Inget mer skrevs.",
    en: "Excel rejected the change (for example a range that collides with another table or merged cells). Nothing more was written.",
  },
  ItemNotFound: {
    sv: "Ett blad eller en tabell som behövdes finns inte längre (den kan ha bytt namn eller tagits bort). Försök igen.",
    en: "A sheet or table that was needed no longer exists (it may have been renamed or deleted). Try again.",
  },
  ItemAlreadyExists: {
    sv: "Ett blad eller en tabell med samma namn finns redan. Byt namn på den och försök igen.",
    en: "A sheet or table with the same name already exists. Rename it and try again.",
  },
  NotImplemented: {
    sv: "Den här versionen av Excel stöder inte funktionen. Använd Microsoft 365 eller Excel på webben.",
    en: "This version of Excel does not support this feature. Use Microsoft 365 or Excel on the web.",
  },
  RequestPayloadSizeLimitExceeded: {
    sv: "Området är för stort för att skrivas på en gång. Markera färre rader och försök igen.",
    en: "The range is too large to write at once. Select fewer rows and try again.",
  },
  ActivityLimitReached: {
    sv: "Excel är upptaget. Vänta en stund och försök igen.",
    en: "Excel is busy. Wait a moment and try again.",
  },
  Conflict: {
    sv: "Någon annan ändrade arbetsboken samtidigt. Försök igen.",
    en: "Someone else changed the workbook at the same time. Try again.",
  },
  UnsupportedSheet: {
    sv: "Det aktiva bladet är inget vanligt kalkylblad (t.ex. ett diagramblad). Välj ett kalkylblad och försök igen.",
    en: "The active sheet is not a worksheet (for example a chart sheet). Choose a worksheet and try again.",
  },
  FilteredRangeConflict: {
    sv: "Området är filtrerat. Rensa filtret och försök igen.",
    en: "The range is filtered. Clear the filter and try again.",
  },
  NotExcel: {
    sv: "Den här åtgärden kräver Excel.",
    en: "This action needs Excel.",
  },
  GeneralException: {
    sv: "Excel kunde inte slutföra åtgärden. Försök igen; kvarstår felet, spara och öppna arbetsboken igen.",
    en: "Excel could not complete the action. Try again; if it persists, save and reopen the workbook.",
  },
};

/** office.js codes that mean the same thing to the user. */
const ALIASES: Readonly<Record<string, string>> = {
  ApiNotFound: "NotImplemented",
  UnsupportedFeature: "NotImplemented",
  UnsupportedOperation: "NotImplemented",
  InvalidOperation: "InvalidArgument",
  InvalidReference: "InvalidArgument",
  InsertDeleteConflict: "InvalidArgument",
  MergedRangeConflict: "InvalidArgument",
  NonBlankCellOffSheet: "InvalidArgument",
  RangeExceedsLimit: "RequestPayloadSizeLimitExceeded",
  ResponsePayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  PayloadTooLarge: "RequestPayloadSizeLimitExceeded",
  Unauthenticated: "AccessDenied",
  ProtectedDocument: "AccessDenied",
  NotAllowed: "AccessDenied",
  ServiceNotAvailable: "ActivityLimitReached",
  RequestAborted: "ActivityLimitReached",
  InactiveWorkbook: "GeneralException",
};

/** The office.js error code of anything thrown (OfficeExtension.Error has `code`; plain errors have none). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z]{2,60}$/u.test(code) ? code : undefined;
}

/**
 * A clear one-line message for any failure of an Excel action. Unknown codes and plain exceptions get the
 * general message; the raw message and stack are never shown (they are for the console, not the user).
 */
export function describeExcelError(error: unknown, lang: Lang): ExcelFailure {
  const raw = officeErrorCode(error);
  if (raw === undefined && error instanceof ReferenceError && /\bExcel\b/u.test(error.message)) {
    return { code: "NotExcel", message: MESSAGES.NotExcel![lang] };
  }
  const code = raw ?? "GeneralException";
  const known = MESSAGES[code] ?? MESSAGES[ALIASES[code] ?? ""] ?? MESSAGES.GeneralException!;
  return { code, message: known[lang] };
}
