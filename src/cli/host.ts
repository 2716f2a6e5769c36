import { openDocx } from "../headless-word";
import { createDocumentService, localToday } from "../word/document-service";
import type { ContextRunner, DocumentService } from "../word/service";
import { readBytes } from "./documents";

/** A document opened through headless-word, with the same service the task pane uses in Word. */
export interface OpenDocument {
  service: DocumentService;
  run: ContextRunner;
  save(): Promise<Uint8Array>;
}

export async function openDocument(path: string, today?: string): Promise<OpenDocument> {
  const document = await openDocx(await readBytes(path));
  const run: ContextRunner = (batch) => document.run(batch);
  // headless-word implements the WordApi 1.4 parts we use (comments, change tracking, settings).
  const service = createDocumentService(run, { comments: true, trackChanges: true }, () => today ?? localToday());
  return { service, run, save: () => document.save() };
}
