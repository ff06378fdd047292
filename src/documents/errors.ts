// Why a document could not be read: stable error codes, the result type readers return, and one-line messages in Swedish and English.
import type { Paragraph } from "../analysis/types";
import type { Lang } from "../rules/types";

/** Every way reading a document can fail. Codes are stable: the CLI, add-ins and tests match on them. */
export const READ_ERROR_CODES = [
  "file-not-found",
  "not-a-file",
  "permission-denied",
  "unsupported-type",
  "too-large",
  "corrupt-docx",
  "zip-bomb",
  "encrypted-docx",
  "legacy-doc",
  "binary-content",
  "empty-document",
  "too-many-paragraphs",
  "read-failed",
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/** Facts for the message (path, sizes in bytes, limits, …). Plain values so results can cross worker/JSON boundaries. */
export type ReadErrorDetails = Readonly<Record<string, string | number>>;

/** Expected failures are values, not exceptions: hosts show the message and carry on. */
export type ReadResult =
  | { readonly ok: true; readonly paragraphs: Paragraph[] }
  | { readonly ok: false; readonly code: ReadErrorCode; readonly details?: ReadErrorDetails };

export type ReadFailure = Extract<ReadResult, { ok: false }>;

/** Builds a failure result (leaves out `details` when there are none, so results compare cleanly in tests). */
export function readFailure(code: ReadErrorCode, details?: ReadErrorDetails): ReadFailure {
  return details === undefined ? { ok: false, code } : { ok: false, code, details };
}

/** A short, single-line reason from an unexpected exception: never a stack trace, never multi-line. */
export function describeException(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.length > 0 && code.length < 40) return code;
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return oneLine(message, 200) || "unknown error";
  }
  if (typeof error === "string") return oneLine(error, 200) || "unknown error";
  return "unknown error";
}

/** Keeps messages to one readable line even when details come from the file system or an exception (whose later lines may be a stack). */
function oneLine(value: string, maxChars = 1000): string {
  const firstLine = value.split(/\r\n|\r|\n|\u2028|\u2029/, 1)[0] ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = firstLine.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();
  return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean;
}

const MIB = 1024 * 1024;

/** Groups thousands the way each language writes them (Swedish uses a space, English a comma). */
function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.round(Math.abs(n)));
  const sep = lang === "sv" ? "\u00a0" : ",";
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Sizes in MB with one decimal (a decimal comma in Swedish); whole numbers drop the decimal. */
function formatBytes(bytes: number, lang: Lang): string {
  const mb = bytes / MIB;
  if (mb >= 1) {
    const rounded = Math.round(mb * 10) / 10;
    const text = Number.isInteger(rounded) ? formatCount(rounded, lang) : rounded.toFixed(1);
    return `${lang === "sv" ? text.replace(".", ",") : text} MB`;
  }
  return `${formatCount(bytes, lang)} ${lang === "sv" ? "byte" : "bytes"}`;
}

function str(details: ReadErrorDetails | undefined, key: string): string | undefined {
  const v = details?.[key];
  if (v === undefined) return undefined;
  const s = oneLine(String(v));
  return s.length > 0 ? s : undefined;
}

function num(details: ReadErrorDetails | undefined, key: string): number | undefined {
  const v = details?.[key];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

type MessageBuilder = (lang: Lang, d: ReadErrorDetails | undefined) => string;

/** " (path)" / ": path" helpers keep the wording identical whether or not the caller knew the path. */
const pathSuffix = (d: ReadErrorDetails | undefined): string => {
  const p = str(d, "path");
  return p ? `: ${p}` : "";
};

const MESSAGES: Readonly<Record<ReadErrorCode, MessageBuilder>> = {
  "file-not-found": (lang, d) => (lang === "sv" ? `Filen finns inte${pathSuffix(d)}.` : `File not found${pathSuffix(d)}.`),
  "not-a-file": (lang, d) => {
    const p = str(d, "path");
    if (str(d, "kind") === "directory") {
      if (lang === "sv") return p ? `${p} är en mapp, inte en fil.` : "Sökvägen är en mapp, inte en fil.";
      return p ? `${p} is a folder, not a file.` : "The path is a folder, not a file.";
    }
    return lang === "sv" ? `Sökvägen är inte en vanlig fil${pathSuffix(d)}.` : `The path is not a regular file${pathSuffix(d)}.`;
  },
  "permission-denied": (lang, d) =>
    lang === "sv" ? `Behörighet saknas för att läsa filen${pathSuffix(d)}.` : `Permission denied when reading the file${pathSuffix(d)}.`,
  "unsupported-type": (lang, d) => {
    const ext = str(d, "extension");
    if (lang === "sv") {
      const what = ext ? `Filtypen ${ext} stöds inte` : "Filen saknar filändelse och kan inte läsas";
      return `${what}. Använd .docx, .txt eller .md.`;
    }
    const what = ext ? `File type ${ext} is not supported` : "The file has no extension and cannot be read";
    return `${what}. Use .docx, .txt or .md.`;
  },
  "too-large": (lang, d) => {
    const size = num(d, "size");
    const limit = num(d, "limit");
    if (lang === "sv") {
      const s = size !== undefined ? ` (${formatBytes(size, lang)})` : "";
      const l = limit !== undefined ? `; gränsen är ${formatBytes(limit, lang)}` : "";
      return `Filen är för stor för att granskas${s}${l}.`;
    }
    const s = size !== undefined ? ` (${formatBytes(size, lang)})` : "";
    const l = limit !== undefined ? `; the limit is ${formatBytes(limit, lang)}` : "";
    return `The file is too large to review${s}${l}.`;
  },
  "corrupt-docx": (lang, d) => {
    const part = str(d, "part");
    if (str(d, "reason") === "bad-xml") {
      return lang === "sv"
        ? `Filen är inte ett giltigt Word-dokument (.docx): texten i ${part ?? "word/document.xml"} är skadad.`
        : `The file is not a valid Word document (.docx): the text in ${part ?? "word/document.xml"} is damaged.`;
    }
    if (str(d, "reason") === "missing-part") {
      return lang === "sv"
        ? `Filen är inte ett giltigt Word-dokument (.docx): dokumentdelen ${part ?? "word/document.xml"} saknas.`
        : `The file is not a valid Word document (.docx): the document part ${part ?? "word/document.xml"} is missing.`;
    }
    return lang === "sv"
      ? "Filen är inte ett giltigt Word-dokument (.docx): den går inte att packa upp."
      : "The file is not a valid Word document (.docx): it cannot be unzipped.";
  },
  "zip-bomb": (lang, d) => {
    const entry = str(d, "entry") ?? "word/document.xml";
    const reason = str(d, "reason");
    const ratio = num(d, "ratio");
    const size = num(d, "size");
    const limit = num(d, "limit");
    const sv = lang === "sv";
    let why: string;
    if (ratio !== undefined) {
      const l = limit !== undefined ? ` (${sv ? "gränsen är" : "the limit is"} ${formatCount(limit, lang)}:1)` : "";
      why = sv ? `${entry} är komprimerad ${formatCount(ratio, lang)}:1${l}` : `${entry} is compressed ${formatCount(ratio, lang)}:1${l}`;
    } else if (reason === "size-mismatch") {
      why = sv ? `${entry} packas upp till mer data än filen själv anger` : `${entry} unpacks to more data than the file itself declares`;
    } else {
      const l = limit !== undefined ? ` (${sv ? "gränsen är" : "the limit is"} ${formatBytes(limit, lang)})` : "";
      if (reason === "declared-size" && size !== undefined) why = sv ? `${entry} packas upp till ${formatBytes(size, lang)}${l}` : `${entry} unpacks to ${formatBytes(size, lang)}${l}`;
      else why = sv ? `${entry} packas upp till för mycket data${l}` : `${entry} unpacks to too much data${l}`;
    }
    return sv
      ? `Word-dokumentet lästes inte av säkerhetsskäl (möjlig zip-bomb): ${why}.`
      : `The Word document was not read for safety reasons (possible zip bomb): ${why}.`;
  },
  "encrypted-docx": (lang) =>
    lang === "sv"
      ? "Word-dokumentet är lösenordsskyddat (krypterat). Ta bort lösenordet i Word och försök igen."
      : "The Word document is password-protected (encrypted). Remove the password in Word and try again.",
  "legacy-doc": (lang) =>
    lang === "sv"
      ? "Filen är i det äldre Word-formatet (.doc), som inte stöds. Spara den som .docx i Word och försök igen."
      : "The file is in the older Word format (.doc), which is not supported. Save it as .docx in Word and try again.",
  "binary-content": (lang) =>
    lang === "sv"
      ? "Filen innehåller binärdata och är ingen textfil. Spara dokumentet som .txt (UTF-8) eller .docx och försök igen."
      : "The file contains binary data and is not a text file. Save the document as .txt (UTF-8) or .docx and try again.",
  "empty-document": (lang) =>
    lang === "sv" ? "Dokumentet innehåller ingen text att granska." : "The document contains no text to review.",
  "too-many-paragraphs": (lang, d) => {
    const limit = num(d, "limit");
    if (lang === "sv") return `Dokumentet har för många stycken för att granskas${limit !== undefined ? ` (fler än ${formatCount(limit, lang)})` : ""}.`;
    return `The document has too many paragraphs to review${limit !== undefined ? ` (more than ${formatCount(limit, lang)})` : ""}.`;
  },
  "read-failed": (lang, d) => {
    const reason = str(d, "reason");
    const p = str(d, "path");
    if (lang === "sv") return `Filen${p ? ` ${p}` : ""} kunde inte läsas${reason ? ` (${reason})` : ""}.`;
    return `The file${p ? ` ${p}` : ""} could not be read${reason ? ` (${reason})` : ""}.`;
  },
};

/** A clear one-line message for a read failure, in Swedish or English. Details that are missing are simply left out. */
export function errorMessage(code: ReadErrorCode, lang: Lang, details?: ReadErrorDetails): string {
  const build = MESSAGES[code] ?? MESSAGES["read-failed"];
  return oneLine(build(lang, details), Number.MAX_SAFE_INTEGER);
}
