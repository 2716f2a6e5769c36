import { createDocumentService } from "./document-service";
import type { FileSource } from "./file-source";
import { officeFileSource } from "./office-file";
import type { Capabilities, ContextRunner, DocumentService } from "./service";

/**
 * The one place that touches the global Word and Office objects: everything else in src/word takes
 * the Word.RequestContext it runs on, so the same code runs over headless-word in tests and the CLI.
 */
export const officeRunner: ContextRunner = (batch) => Word.run((context) => batch(context));

/** WordApi 1.4 brings comments, change tracking and document settings; 1.3 is the add-in's minimum. */
export function officeCapabilities(): Capabilities {
  const v14 = Office.context.requirements.isSetSupported("WordApi", "1.4");
  // WordApi 1.7 brings checkboxContentControl; without it boxes are ticked through the control's OOXML.
  return {
    comments: v14,
    trackChanges: v14,
    checkboxApi: Office.context.requirements.isSetSupported("WordApi", "1.7"),
    // WordApi 1.6 brings paragraph events and ids: the pane re-checks as the author types.
    paragraphEvents: Office.context.requirements.isSetSupported("WordApi", "1.6"),
  };
}

/**
 * The document's own bytes through the File API (requirement set CompressedFile), or none where it is missing.
 * Word on the web hands over the stored file (office-js issue 640), so edits we made since are not in it until
 * it saves: marked not live (see FileSource.live). docs/reading.md has the findings per platform.
 */
export function officeFile(): FileSource | undefined {
  if (!Office.context.requirements.isSetSupported("CompressedFile")) return undefined;
  return officeFileSource(Office.context.document, {
    live: Office.context.platform !== Office.PlatformType.OfficeOnline,
  });
}

export function createOfficeDocumentService(): DocumentService {
  return createDocumentService(officeRunner, officeCapabilities(), undefined, { file: officeFile() });
}
