/**
 * The document's own bytes from Word: Document.getFileAsync(Compressed) read slice by slice (requirement set
 * CompressedFile / File). Written against the shape of Office.context.document, passed in by the entry, so that
 * nothing here reads a global. See docs/reading.md for what each platform returns.
 */
import { FileReadError, type FileSource } from "./file-source";

/** The part of Office.Document used here. */
export interface OfficeFileHost {
  getFileAsync(
    fileType: Office.FileType,
    options: Office.GetFileOptions,
    callback: (result: Office.AsyncResult<Office.File>) => void,
  ): void;
}

export interface OfficeFileOptions {
  /** Bytes per slice; Office's maximum (and default) is 4 MiB (Office.GetFileOptions.sliceSize). */
  sliceSize?: number;
  /** Refuse documents larger than this (default 512 MiB, the reader's own cap on uncompressed XML). */
  maxBytes?: number;
  /** See FileSource.live. */
  live?: boolean;
}

const MAX_SLICE = 4 * 1024 * 1024;
// Office.FileType.Compressed and Office.AsyncResultStatus.Succeeded are these strings at run time (the typings
// declare enums); spelled out so that nothing here reads the Office global.
const COMPRESSED = "compressed" as unknown as Office.FileType;

function succeeded(result: Office.AsyncResult<unknown>): boolean {
  return (result.status as unknown) === "succeeded";
}

export function officeFileSource(host: OfficeFileHost, options: OfficeFileOptions = {}): FileSource {
  const sliceSize = Math.min(MAX_SLICE, Math.max(1, options.sliceSize ?? MAX_SLICE));
  const maxBytes = options.maxBytes ?? 512 * 1024 * 1024;
  return {
    live: options.live,
    readBytes: async () => {
      const file = await new Promise<Office.File>((resolve, reject) =>
        host.getFileAsync(COMPRESSED, { sliceSize }, (result) =>
          succeeded(result) ? resolve(result.value) : reject(failure("getFileAsync", result.error)),
        ),
      );
      // Only two files may be open at once (Office.File.closeAsync): close it whatever happens, or the next
      // getFileAsync fails.
      let bytes: Uint8Array | undefined;
      let readError: unknown;
      try {
        bytes = await readSlices(file, maxBytes);
      } catch (error) {
        readError = error;
      }
      const closeError = await close(file);
      if (readError) throw readError;
      // The bytes are complete; a file Word failed to close only makes the next read fail (and fall back).
      if (closeError && !bytes) throw closeError;
      return bytes!;
    },
  };
}

async function readSlices(file: Office.File, maxBytes: number): Promise<Uint8Array> {
  if (!(file.size > 0) || file.size > maxBytes)
    throw new FileReadError(`The document's file is ${file.size} bytes: not something that can be read.`);
  const out = new Uint8Array(file.size);
  let at = 0;
  // One slice after another (each is a round trip to Office; they arrive in order).
  for (let index = 0; index < file.sliceCount; index++) {
    const slice = await new Promise<Office.Slice>((resolve, reject) =>
      file.getSliceAsync(index, (result) =>
        succeeded(result) ? resolve(result.value) : reject(failure("getSliceAsync", result.error)),
      ),
    );
    const data = sliceBytes(slice.data);
    if (at + data.length > out.length)
      throw new FileReadError(`Slice ${index} runs past the file's size of ${file.size} bytes.`);
    out.set(data, at);
    at += data.length;
  }
  if (at !== out.length) throw new FileReadError(`Got ${at} of the file's ${file.size} bytes.`);
  return out;
}

/** Compressed slices are byte arrays (Office.Slice.data: number[] on most hosts, typed arrays on some). */
function sliceBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new FileReadError("A slice of the document's file holds no bytes.");
}

function close(file: Office.File): Promise<FileReadError | undefined> {
  return new Promise((resolve) =>
    file.closeAsync((result) => resolve(succeeded(result) ? undefined : failure("closeAsync", result.error))),
  );
}

function failure(call: string, error: Office.Error | undefined): FileReadError {
  const code = typeof error?.code === "number" ? error.code : undefined;
  return new FileReadError(
    `Word could not give the document's file (${call}: ${error?.message ?? "no reason given"}).`,
    code,
  );
}
