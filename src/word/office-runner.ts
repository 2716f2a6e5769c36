import { createDocumentService } from "./document-service";
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
  };
}

export function createOfficeDocumentService(): DocumentService {
  return createDocumentService(officeRunner, officeCapabilities());
}
