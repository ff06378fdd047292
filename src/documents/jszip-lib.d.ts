// The slice of JSZip this reader uses, declared for the untyped entry "jszip/lib/index" (jszip's own typings pull in all of @types/node, which the pure core build must not see).
declare module "jszip/lib/index" {
  namespace JSZipLib {
    /** JSZip's internal stream over one entry's uncompressed bytes; "data" fires synchronously per chunk, "end"/"error" asynchronously. */
    interface StreamHelper {
      on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
      on(event: "error", listener: (error: unknown) => void): StreamHelper;
      on(event: "end", listener: () => void): StreamHelper;
      resume(): StreamHelper;
      pause(): StreamHelper;
    }
    interface ZipObject {
      readonly name: string;
      readonly dir: boolean;
      internalStream(type: "uint8array"): StreamHelper;
      /** Internal: for loaded entries, the still-compressed data with the sizes the central directory declares. */
      readonly _data?: unknown;
    }
    interface LoadOptions {
      checkCRC32?: boolean;
      createFolders?: boolean;
    }
  }
  class JSZipLib {
    static loadAsync(data: Uint8Array, options?: JSZipLib.LoadOptions): Promise<JSZipLib>;
    readonly files: { readonly [name: string]: JSZipLib.ZipObject };
    file(name: string): JSZipLib.ZipObject | null;
  }
  export = JSZipLib;
}
