// Parses the `avtalskoll review` command line into typed options, or a usage error (never throws).
import { BANDS, CONTROL_ANSWERS, EXPOSURES, MEASURES, type ControlAnswer, type Exposure, type Klassa, type KlassaLevel, type Measure, type OverallBand } from "../analysis/types";
import type { Lang } from "../rules/types";

export const FORMATS = ["text", "json", "md", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = [...BANDS, "stop"] as const;

export interface ReviewCommand {
  readonly command: "review";
  readonly files: readonly string[];
  readonly format: Format;
  readonly out?: string;
  readonly lang: Lang | "auto";
  readonly klassa?: Klassa;
  readonly secret?: boolean;
  readonly exposure?: Exposure;
  readonly measures?: readonly Measure[];
  readonly control?: ControlAnswer;
  readonly failOn?: OverallBand;
}

export type ParsedArgs =
  | ReviewCommand
  | { readonly command: "help"; readonly lang: Lang | "auto" }
  | { readonly command: "version"; readonly lang: Lang | "auto" }
  | { readonly command: "usage-error"; readonly lang: Lang | "auto"; readonly problem: { sv: string; en: string } };

const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T => v !== undefined && (list as readonly string[]).includes(v);

/** Parses "3-2-2" (K-R-T), each level 0–4. */
export function parseKlassa(value: string): Klassa | undefined {
  const m = /^([0-4])-([0-4])-([0-4])$/u.exec(value.trim());
  if (!m) return undefined;
  return { K: Number(m[1]) as KlassaLevel, R: Number(m[2]) as KlassaLevel, T: Number(m[3]) as KlassaLevel };
}

/** Parses argv (without node and script). Options may come before or after the files; `--opt=value` works too. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args = argv.flatMap((a) => (a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a]));
  let lang: Lang | "auto" = "auto";
  const li = args.indexOf("--lang");
  if (li >= 0 && isOneOf(["auto", "sv", "en"] as const, args[li + 1])) lang = args[li + 1] as Lang | "auto";
  const fail = (sv: string, en: string): ParsedArgs => ({ command: "usage-error", lang, problem: { sv, en } });

  if (args.includes("--help") || args.includes("-h") || args[0] === "help") return { command: "help", lang };
  if (args.includes("--version") || args.includes("-v")) return { command: "version", lang };
  if (args.length === 0) return { command: "help", lang };
  if (args[0] !== "review") return fail(`Okänt kommando "${args[0]}". Använd: avtalskoll review <filer...>`, `Unknown command "${args[0]}". Use: avtalskoll review <files...>`);

  const files: string[] = [];
  let format: Format = "text";
  let out: string | undefined;
  let klassa: Klassa | undefined;
  let secret: boolean | undefined;
  let exposure: Exposure | undefined;
  let control: ControlAnswer | undefined;
  let failOn: OverallBand | undefined;
  const measures: Measure[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i] ?? "";
    const value = (): string | undefined => args[++i];
    switch (a) {
      case "--format": {
        const v = value();
        if (!isOneOf(FORMATS, v)) return fail(`--format måste vara ${FORMATS.join("|")}.`, `--format must be ${FORMATS.join("|")}.`);
        format = v;
        break;
      }
      case "--out": {
        const v = value();
        if (!v) return fail("--out behöver en sökväg.", "--out needs a path.");
        out = v;
        break;
      }
      case "--lang": {
        const v = value();
        if (!isOneOf(["auto", "sv", "en"] as const, v)) return fail("--lang måste vara auto|sv|en.", "--lang must be auto|sv|en.");
        break;
      }
      case "--klassa": {
        const v = value() ?? "";
        klassa = parseKlassa(v);
        if (!klassa) return fail(`--klassa måste vara K-R-T med nivåer 0–4, t.ex. 3-2-2 (fick "${v}").`, `--klassa must be K-R-T with levels 0–4, e.g. 3-2-2 (got "${v}").`);
        break;
      }
      case "--secret":
        secret = true;
        break;
      case "--exposure": {
        const v = value();
        if (!isOneOf(EXPOSURES, v)) return fail("--exposure måste vara yes|no|unknown.", "--exposure must be yes|no|unknown.");
        exposure = v;
        break;
      }
      case "--measure": {
        const v = value();
        if (!isOneOf(MEASURES, v)) return fail(`--measure måste vara ${MEASURES.join("|")}.`, `--measure must be ${MEASURES.join("|")}.`);
        if (!measures.includes(v)) measures.push(v);
        break;
      }
      case "--control": {
        const v = value();
        if (!isOneOf(CONTROL_ANSWERS, v)) return fail("--control måste vara yes|no|unknown.", "--control must be yes|no|unknown.");
        control = v;
        break;
      }
      case "--fail-on": {
        const v = value();
        if (!isOneOf(FAIL_ON, v)) return fail(`--fail-on måste vara ${FAIL_ON.join("|")}.`, `--fail-on must be ${FAIL_ON.join("|")}.`);
        failOn = v;
        break;
      }
      default:
        if (a.startsWith("-") && a !== "-") return fail(`Okänt alternativ ${a}. Se avtalskoll --help.`, `Unknown option ${a}. See avtalskoll --help.`);
        files.push(a);
    }
  }
  if (files.length === 0) return fail("Ange minst en fil att granska (.docx, .txt eller .md).", "Give at least one file to review (.docx, .txt or .md).");
  return {
    command: "review", files, format, lang,
    ...(out !== undefined && { out }), ...(klassa && { klassa }), ...(secret !== undefined && { secret }), ...(exposure && { exposure }),
    ...(measures.length > 0 && { measures }), ...(control && { control }), ...(failOn && { failOn }),
  };
}
