// Turns any failure (office.js errors, unsupported APIs, bugs) into one clear sentence in the user's language.
import type { Lang } from "../rules/types";
import { STRINGS } from "./i18n";

/** office.js errors carry a `code` (OfficeExtension.Error); anything else is treated as unexpected. */
export function toUserMessage(error: unknown, lang: Lang): string {
  const s = STRINGS[lang];
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  switch (code) {
    case "AccessDenied":
    case "NotAllowed":
    case "ProtectedDocument":
    case "DocumentReadOnly":
      return s.errorProtected;
    case "NotImplemented":
    case "ApiNotFound":
    case "Unsupported":
      return s.errorUnsupported;
    default:
      return s.errorGeneric;
  }
}

/** Developer detail for the console only (never shown to users): code and debugInfo of office.js errors. */
export function debugDetail(error: unknown): unknown {
  if (typeof error === "object" && error !== null && "debugInfo" in error) return { code: (error as { code?: unknown }).code, debugInfo: (error as { debugInfo?: unknown }).debugInfo };
  return error;
}
