import type { DocModel } from "../core/model";
import { openDocx } from "../headless-word";
import { readDocument } from "../word/read-document";
import { createDocumentService, localToday } from "../word/document-service";
import type { ContextRunner, DocumentService } from "../word/service";
import { readBytes } from "./documents";

/** A document opened through headless-word, with the same service the task pane uses in Word. */
export interface OpenDocument {
  service: DocumentService;
  run: ContextRunner;
  /** The DocModel as a scan reads it now (from the document itself, with src/docx). */
  readModel(): Promise<DocModel>;
  save(): Promise<Uint8Array>;
}

export async function openDocument(path: string, today?: string): Promise<OpenDocument> {
  const document = await openDocx(await readBytes(path));
  const run: ContextRunner = (batch) => document.run(batch);
  // headless-word implements the WordApi 1.4 parts we use (comments, change tracking, settings). Scans build the
  // model from the document itself with src/docx, as the add-in does in Word.
  const file = document.file();
  const service = createDocumentService(run, { comments: true, trackChanges: true }, () => today ?? localToday(), {
    file,
  });
  const readModel = () => run(async (context) => (await readDocument(context, file)).model);
  return { service, run, readModel, save: () => document.save() };
}
