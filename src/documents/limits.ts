// Hard limits for reading untrusted documents, so a hostile or broken file fails with a clear error instead of exhausting memory or time.
import type { Localized } from "../rules/types";

const MB = 1024 * 1024;

/**
 * Largest input file accepted (bytes). Real contracts, even with embedded images and appendices,
 * are a few MB as .docx; 25 MB leaves ample room while keeping a browser or Office add-in
 * (which hold the whole file in memory) safe. Checked before a file is read.
 */
export const MAX_FILE_BYTES = 25 * MB;

/**
 * Most uncompressed bytes read out of one .docx, summed over every part the reader inflates
 * (word/document.xml, styles, relationships). A 1,000-page contract's document.xml is ~10–20 MB;
 * 100 MB is far beyond that but still safe to hold as a string.
 */
export const MAX_DECOMPRESSED_BYTES = 100 * MB;

/**
 * Highest compression ratio (uncompressed : compressed) accepted for a zip entry larger than
 * RATIO_CHECK_MIN_BYTES. Word's XML compresses roughly 5–30:1; zip bombs reach ~1000:1.
 */
export const MAX_COMPRESSION_RATIO = 100;

/** Entries smaller than this skip the ratio check: tiny parts of blank or repetitive XML compress extremely well and are harmless. */
export const RATIO_CHECK_MIN_BYTES = 1 * MB;

/** Most paragraphs returned. A 1,000-page contract has ~20,000; beyond 100,000 the review would be slow and the input is almost surely not a contract. */
export const MAX_PARAGRAPHS = 100_000;

/**
 * Longest paragraph handed to the engine (characters). Longer paragraphs are not rejected but split
 * at whitespace into consecutive paragraphs of at most this length, so no text is lost and the
 * engine's per-paragraph matching stays bounded. ~100,000 characters is about 30 pages of text.
 */
export const MAX_PARAGRAPH_CHARS = 100_000;

/** How much of a text file is sniffed for binary content (bytes/characters). Binary formats show themselves early. */
export const BINARY_SNIFF_BYTES = 64 * 1024;

/** Share of control characters (other than tab, line breaks and form feed) in the sniffed text above which it is treated as binary. Real text has essentially none. */
export const MAX_CONTROL_CHAR_RATIO = 0.02;

/** Thousands grouping without Intl, so the text is identical in every runtime. */
const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+$)/g, sep);

/** One line for the CLI's --help describing the limits above (without a "Limits:" label; the caller adds its own). */
export const LIMITS_SUMMARY: Localized = {
  sv: `högst ${MAX_FILE_BYTES / MB} MB per fil, högst ${MAX_DECOMPRESSED_BYTES / MB} MB uppackat innehåll ur en .docx (komprimering över ${MAX_COMPRESSION_RATIO}:1 avvisas som möjlig zip-bomb), högst ${grouped(MAX_PARAGRAPHS, " ")} stycken; mycket långa stycken delas vid ${grouped(MAX_PARAGRAPH_CHARS, " ")} tecken.`,
  en: `at most ${MAX_FILE_BYTES / MB} MB per file, at most ${MAX_DECOMPRESSED_BYTES / MB} MB unpacked from a .docx (compression above ${MAX_COMPRESSION_RATIO}:1 is refused as a possible zip bomb), at most ${grouped(MAX_PARAGRAPHS, ",")} paragraphs; very long paragraphs are split at ${grouped(MAX_PARAGRAPH_CHARS, ",")} characters.`,
};
