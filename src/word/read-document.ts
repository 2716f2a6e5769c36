import type { DocModel } from "../core/model";
import { DocxFormatError, readDocx, readPackage } from "../docx";
import { FileReadError, type FileSource } from "./file-source";
import { readModel } from "./read";

/** What a read gave, and why it did not use the file when it did not. */
export interface ReadOutcome {
  model: DocModel;
  /** Set when a file source was given but could not be used: the read went through the Word API instead. */
  fallbackReason?: string;
}

/**
 * Reads the DocModel the way every host does: from the document's own bytes with src/docx (merges, check-box
 * states, placeholder controls, tracked deletions, highlighting), and, when there is no file source or it fails,
 * through the Word API (readModel, ≤ 3 syncs) with each table's grid from its own OOXML. `model.source` says which.
 * The paragraph and table indices are Word's either way (body.paragraphs / body.tables order).
 */
export async function readDocument(context: Word.RequestContext, file?: FileSource): Promise<ReadOutcome> {
  let fallbackReason: string | undefined;
  if (file) {
    try {
      const model = file.readPackage ? readPackage(file.readPackage()) : await readDocx(await file.readBytes());
      return { model };
    } catch (error) {
      // Expected failures of the file path: the host's (FileReadError) or bytes that are not a usable .docx.
      if (!(error instanceof FileReadError || error instanceof DocxFormatError)) throw error;
      fallbackReason = error.message;
    }
  }
  const model = await readModel(context, { tableOoxml: true });
  return fallbackReason === undefined ? { model } : { model, fallbackReason };
}
