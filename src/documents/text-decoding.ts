// Bytes to text without Node or DOM types: UTF-8 via the runtime's TextDecoder, UTF-16 and windows-1252 by hand so they work in every runtime (even without full ICU).

/** The slice of WHATWG TextDecoder used here; declared locally so this code typechecks with neither DOM nor Node types. */
export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type DecoderConstructor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Utf8Decoder;

/**
 * TextDecoder exists in Node and every browser, but neither lib here declares it; reading it off
 * globalThis avoids an ambient global that would clash with DOM/Node declarations in other builds.
 */
export function createUtf8Decoder(fatal: boolean): Utf8Decoder {
  const Ctor = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (typeof Ctor !== "function") throw new Error("TextDecoder is not available in this runtime");
  return new Ctor("utf-8", { fatal, ignoreBOM: true });
}

/** Decodes strict UTF-8; undefined when the bytes are not valid UTF-8 (the caller then tries a legacy encoding). */
export function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  try {
    return createUtf8Decoder(true).decode(bytes);
  } catch {
    return undefined;
  }
}

/** windows-1252's 0x80–0x9F block (the rest of the byte range equals Unicode/latin1). Undefined bytes keep their C1 code point, as WHATWG does. */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const CHUNK = 8192;

/** Builds a string from code units in chunks (String.fromCharCode with huge argument lists overflows the stack). */
function fromCodeUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, Array.from(units.subarray(i, i + CHUNK))));
  }
  return parts.join("");
}

/** windows-1252 (a superset of latin1 in practice): what older Swedish Windows programs wrote. Never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
  }
  return fromCodeUnits(units);
}

/** UTF-16 in either byte order (a trailing odd byte is dropped). Unpaired surrogates pass through; they are harmless in JS strings. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const n = bytes.length >> 1;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const a = bytes[2 * i] as number;
    const b = bytes[2 * i + 1] as number;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCodeUnits(units);
}
