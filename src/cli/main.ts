// The `avtalskoll` command line: reads files, runs the shared engine, prints or writes the review; exit 0 ok, 1 --fail-on reached, 2 bad input.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { BAND_ORDER } from "../analysis/risk";
import { reviewParagraphs } from "../analysis/review";
import type { OverallBand, Report, RiskInputs } from "../analysis/types";
import { errorMessage } from "../documents/errors";
import { LIMITS_SUMMARY } from "../documents/limits";
import type { Lang } from "../rules/types";
import { parseArgs, type ReviewCommand } from "./args";
import { formatMarkdown } from "./format-md";
import { formatText } from "./format-text";
import { readDocumentFile } from "./read-file";
import { writeReportWorkbook } from "./write-xlsx";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
}

/** A file that could not be reviewed, in the JSON contract's shape. */
export interface FailedReview {
  readonly schemaVersion: 1;
  readonly document: { readonly name: string };
  readonly error: { readonly code: string; readonly message: string };
}

/** The UI language: --lang if given, else the system locale (sv_SE → Swedish), else English. */
export function uiLanguage(lang: Lang | "auto", env: Io["env"]): Lang {
  if (lang !== "auto") return lang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^sv/iu.test(locale) ? "sv" : "en";
}

export function helpText(lang: Lang): string {
  const sv = lang === "sv";
  return [
    sv ? "avtalskoll: granskar moln- och IT-avtal för svensk offentlig sektor och tar fram riskbedömningen." : "avtalskoll: reviews cloud and IT contracts for Swedish public-sector buyers and builds the risk assessment.",
    "",
    sv ? "Användning: avtalskoll review <filer...> [alternativ]" : "Usage: avtalskoll review <files...> [options]",
    "",
    sv ? "Filer: .docx, .txt, .md (flera filer granskas var för sig, i given ordning)." : "Files: .docx, .txt, .md (several files are reviewed one by one, in the order given).",
    "",
    sv ? "Alternativ:" : "Options:",
    `  --format text|json|md|xlsx   ${sv ? "utdataformat (standard: text)" : "output format (default: text)"}`,
    `  --out <path>                 ${sv ? "skriv till fil i stället för standard ut (krävs inte för xlsx: då skrivs avtalskoll-riskbedomning.xlsx)" : "write to a file instead of standard output (xlsx without --out writes avtalskoll-risk-assessment.xlsx)"}`,
    `  --lang auto|sv|en            ${sv ? "dokumentets och utdatans språk (auto: följer dokumentet)" : "document and output language (auto: follows the document)"}`,
    `  --klassa K-R-T               ${sv ? "KLASSA-nivåer 0–4 för konfidentialitet, riktighet, tillgänglighet (standard 2-2-2)" : "KLASSA levels 0–4 for confidentiality, integrity, availability (default 2-2-2)"}`,
    `  --secret                     ${sv ? "sekretessreglerade (OSL) eller känsliga personuppgifter omfattas" : "OSL-secret or sensitive personal data are in scope"}`,
    `  --exposure yes|no|unknown    ${sv ? "omfattas leverantören av tredjelandslag som kan tvinga fram utlämnande (standard unknown)" : "is the supplier subject to third-country disclosure laws (default unknown)"}`,
    `  --measure <m>                ${sv ? "kompenserande åtgärd, kan upprepas" : "compensating measure, repeatable"}: customer-held-keys | secret-data-excluded | pseudonymisation`,
    `  --control yes|no|unknown     ${sv ? "kontrollfrågan: minst lika säkert som i dag?" : "control question: at least as safe as today?"}`,
    `  --fail-on low|medium|high|very-high|stop   ${sv ? "avsluta med kod 1 när samlad risk når nivån" : "exit 1 when the overall risk reaches the band"}`,
    `  --help, --version`,
    "",
    sv ? "Gränser: " + LIMITS_SUMMARY.sv : "Limits: " + LIMITS_SUMMARY.en,
    "",
    sv ? "Slutkoder: 0 klart, 1 --fail-on nådd, 2 en fil kunde inte granskas eller fel i kommandot." : "Exit codes: 0 done, 1 --fail-on reached, 2 a file could not be reviewed or the command was wrong.",
    sv ? "Avtalstexten lämnar aldrig datorn." : "Contract text never leaves this computer.",
  ].join("\n");
}

function riskInputs(cmd: ReviewCommand): Partial<RiskInputs> {
  return {
    ...(cmd.klassa && { klassa: cmd.klassa }),
    ...(cmd.secret !== undefined && { secretData: cmd.secret }),
    ...(cmd.exposure && { exposure: cmd.exposure }),
    ...(cmd.measures && { measures: cmd.measures }),
    ...(cmd.control && { controlQuestion: cmd.control }),
  };
}

const reaches = (band: OverallBand, threshold: OverallBand): boolean =>
  band === "stop" || (threshold !== "stop" && BAND_ORDER.indexOf(band) >= BAND_ORDER.indexOf(threshold));

/** Runs the command line; returns the exit code. Never throws for bad input. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  const ui = uiLanguage(parsed.lang, io.env);
  if (parsed.command === "help") {
    io.stdout(helpText(ui) + "\n");
    return 0;
  }
  if (parsed.command === "version") {
    io.stdout(`avtalskoll ${io.version}\n`);
    return 0;
  }
  if (parsed.command === "usage-error") {
    io.stderr(`avtalskoll: ${parsed.problem[ui]}\n`);
    return 2;
  }
  const cmd = parsed;
  const results: (Report | FailedReview)[] = [];
  for (const file of cmd.files) {
    const name = path.basename(file);
    const read = await readDocumentFile(file);
    if (!read.ok) {
      const message = errorMessage(read.code, ui, read.details);
      io.stderr(`avtalskoll: ${file}: ${message}\n`);
      results.push({ schemaVersion: 1, document: { name }, error: { code: read.code, message } });
      continue;
    }
    results.push(reviewParagraphs(read.paragraphs, { name, inputs: riskInputs(cmd), outputLanguage: cmd.lang, documentLanguage: cmd.lang }));
  }
  const reports = results.filter((r): r is Report => !("error" in r));
  const failed = results.length - reports.length;

  try {
    await emit(cmd, results, reports, ui, io);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`avtalskoll: ${ui === "sv" ? `kunde inte skriva ${cmd.out ?? "utdata"}: ${reason}` : `could not write ${cmd.out ?? "output"}: ${reason}`}\n`);
    return 2;
  }
  if (failed > 0) return 2;
  if (cmd.failOn && reports.some((r) => reaches(r.overall.band, cmd.failOn!))) return 1;
  return 0;
}

async function emit(cmd: ReviewCommand, results: readonly (Report | FailedReview)[], reports: readonly Report[], ui: Lang, io: Io): Promise<void> {
  const write = async (text: string): Promise<void> => {
    if (cmd.out) {
      await fs.mkdir(path.dirname(path.resolve(cmd.out)), { recursive: true });
      await fs.writeFile(cmd.out, text, "utf8");
      io.stderr(`${ui === "sv" ? "Skrev" : "Wrote"} ${cmd.out}\n`);
    } else io.stdout(text);
  };
  switch (cmd.format) {
    case "json": {
      const body = results.length === 1 ? results[0] : results;
      await write(JSON.stringify(body, null, 2) + "\n");
      return;
    }
    case "md":
      if (reports.length > 0) await write(reports.map(formatMarkdown).join("\n\n---\n\n") + "\n");
      return;
    case "text":
      if (reports.length > 0) await write(reports.map((r) => formatText(r)).join("\n\n") + "\n");
      return;
    case "xlsx": {
      if (reports.length === 0) return;
      const target = cmd.out ?? (ui === "sv" ? "avtalskoll-riskbedomning.xlsx" : "avtalskoll-risk-assessment.xlsx");
      const bytes = await writeReportWorkbook([...reports], cmd.lang === "auto" ? (reports[0]?.outputLanguage ?? ui) : cmd.lang);
      await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
      await fs.writeFile(target, bytes);
      io.stderr(`${ui === "sv" ? "Skrev" : "Wrote"} ${target}\n`);
      return;
    }
  }
}
