// Detects where the page runs (Word, Excel or a plain browser), the display language and the theme, never hanging without Office.

export type HostKind = "word" | "excel" | "browser";

/** How long to wait for office.js before treating the page as standalone. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/**
 * Resolves the host. Outside Office `Office.onReady` gives `{ host: null }`; when office.js could not load at
 * all (offline, blocked CDN) `Office` is undefined; a hung onReady is cut off by the timeout.
 */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostKind> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return "browser";
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (info?.host === office.HostType.Word) return "word";
  if (info?.host === office.HostType.Excel) return "excel";
  return "browser";
}

/** Office's display language ("sv-SE"), or the browser's outside Office; the task pane maps it to a UI language. */
export function displayLanguage(host: HostKind): string | undefined {
  if (host !== "browser") return Office.context.displayLanguage;
  return typeof navigator !== "undefined" ? navigator.language : undefined;
}

/** Office's theme when it reports one (dark body background → dark), else the browser's preference. */
export function preferredTheme(host: HostKind): "light" | "dark" {
  const background = host !== "browser" ? Office.context.officeTheme?.bodyBackgroundColor : undefined;
  if (background && /^#?[0-9a-f]{6}$/iu.test(background)) {
    const hex = background.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
  }
  return typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The open document's file name, for reports and the risk table title. */
export function documentName(): string {
  const url = Office.context.document?.url ?? "";
  const name = decodeURIComponent(url.split(/[\\/]/u).pop() ?? "");
  return name || "Avtalskoll";
}
