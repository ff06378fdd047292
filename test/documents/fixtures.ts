// Builds .docx and raw zip fixtures in memory for the reader tests (no binary files checked in).
import JSZip from "jszip";
import { deflateRawSync } from "node:zlib";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

export function rootRels(target = "word/document.xml"): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
}

/** A complete document.xml around `body` (the children of <w:body>). */
export function documentXml(body: string, prefix = "w"): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${prefix}:document xmlns:${prefix}="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${prefix}:body>${body}<${prefix}:sectPr/></${prefix}:body></${prefix}:document>`;
}

/** A styles.xml with the given <w:style> elements. */
export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">${styles}</w:styles>`;
}

/** A plain paragraph <w:p> with one run of text (text is inserted as raw XML, so entities can be tested). */
export function p(xmlText: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${xmlText}</w:t></w:r></w:p>`;
}

export interface DocxParts {
  body?: string;
  document?: string;
  styles?: string;
  /** Extra or replacement parts by path; undefined removes a part. */
  files?: Record<string, string | Uint8Array | undefined>;
}

/** Zips a minimal but valid .docx package. */
export async function makeDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  const files: Record<string, string | Uint8Array | undefined> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": rootRels(),
    "word/document.xml": parts.document ?? documentXml(parts.body ?? ""),
    ...(parts.styles !== undefined ? { "word/styles.xml": parts.styles } : {}),
    ...parts.files,
  };
  for (const [name, content] of Object.entries(files)) if (content !== undefined) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// --- Hand-crafted zip archives, to control the sizes an archive declares (zip-bomb tests).

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  /** Uncompressed size written to the local and central headers (may lie). */
  declaredSize: number;
  crc?: number;
}

let crcTable: Uint32Array | undefined;
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (crcTable[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Writes a zip archive byte for byte (no zip64), so tests can make its headers say anything. */
export function craftZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, name, Buffer.from(e.stored));
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(0, 12);
    cd.writeUInt32LE(e.crc ?? 0, 16);
    cd.writeUInt32LE(e.stored.length, 20);
    cd.writeUInt32LE(e.declaredSize, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + e.stored.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBuf, end]));
}

const fillCache = new Map<string, Uint8Array>();

/** Deflated data that inflates to `size` bytes of `fill` (deflated natively and cached, so several 200 MB bombs cost one compression). */
export function deflatedFill(size: number, fill = 0x20): Uint8Array {
  const key = `${size}:${fill}`;
  let data = fillCache.get(key);
  if (!data) {
    data = new Uint8Array(deflateRawSync(Buffer.alloc(size, fill), { level: 9 }));
    fillCache.set(key, data);
  }
  return data;
}

/** A stored (uncompressed) text entry with honest sizes and CRC. */
export function storedEntry(name: string, text: string): RawEntry {
  const bytes = new Uint8Array(Buffer.from(text, "utf8"));
  return { name, stored: bytes, method: 0, declaredSize: bytes.length, crc: crc32(bytes) };
}

/** A deterministic pseudo-random byte generator (tests must not be flaky). */
export function pseudoRandomBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
