import type { DocxPackage } from "../docx";

/**
 * Where the document's own bytes come from; the host passes it in. In Word: Office.context.document's
 * getFileAsync (office-file.ts); in headless-word (CLI, playground, tests): the document it holds, as edited.
 */
export interface FileSource {
  /** The document as a .docx now. Rejects with FileReadError when the host cannot give it. */
  readBytes(): Promise<Uint8Array>;
  /**
   * Hosts that hold the parsed package already (headless-word) hand it over: the same reader reads the same XML,
   * without zipping and unzipping the document on every scan.
   */
  readPackage?(): DocxPackage;
  /**
   * False when the host hands over the stored file rather than the open document (Word on the web returns the
   * saved document.xml, office-js issue 640): right after our own edits the file would be stale, and the next scan
   * reads through the API instead. Absent means live.
   */
  readonly live?: boolean;
}

/** The host could not give the document's bytes; `code` is Office's error code when it gave one (e.g. 11001). */
export class FileReadError extends Error {
  override readonly name = "FileReadError";
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
  }
}
