// Node side of document reading: checks the path and size before touching the contents, then hands the bytes to the shared readers.
import type { Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { describeException, readFailure, type ReadFailure, type ReadResult } from "../documents/errors";
import { documentFormatOf, extensionOf, readDocumentBytes } from "../documents/index";
import { MAX_FILE_BYTES } from "../documents/limits";

/** Maps file-system errors people actually hit to their own codes; anything else is read-failed with a short reason. */
function fsFailure(error: unknown, path: string): ReadFailure {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ENOENT" || code === "ENOTDIR") return readFailure("file-not-found", { path });
  if (code === "EACCES" || code === "EPERM") return readFailure("permission-denied", { path });
  if (code === "EISDIR") return readFailure("not-a-file", { path, kind: "directory" });
  return readFailure("read-failed", { path, reason: describeException(error) });
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads at most `limit + 1` bytes, so a file that grew after stat (or lied about its size) still
 * cannot make us hold more than the limit. Returns undefined when the file is over the limit.
 */
async function readCapped(path: string, limit: number): Promise<Uint8Array | undefined> {
  const handle = await open(path, "r");
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK_BYTES, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return undefined;
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * Reads a document file into paragraphs. Order matters: the path is checked (missing, folder),
 * then the type by extension, then the size from stat, and only then is the file read, so an
 * oversized or unsupported file costs nothing. Never throws.
 */
export async function readDocumentFile(path: string): Promise<ReadResult> {
  try {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      return fsFailure(error, path);
    }
    if (info.isDirectory()) return readFailure("not-a-file", { path, kind: "directory" });
    if (!info.isFile()) return readFailure("not-a-file", { path });
    if (documentFormatOf(path) === undefined) return readFailure("unsupported-type", { extension: extensionOf(path) });
    if (info.size > MAX_FILE_BYTES) return readFailure("too-large", { size: info.size, limit: MAX_FILE_BYTES });

    let bytes: Uint8Array | undefined;
    try {
      bytes = await readCapped(path, MAX_FILE_BYTES);
    } catch (error) {
      return fsFailure(error, path);
    }
    if (bytes === undefined) return readFailure("too-large", { limit: MAX_FILE_BYTES });
    return await readDocumentBytes(path, bytes);
  } catch (error) {
    return readFailure("read-failed", { path, reason: describeException(error) });
  }
}
