import { DocxFormatError, openDocx, type HeadlessDocument } from "../headless-word";
import type { Ref } from "../core/model";
import { createDocumentService } from "../word/document-service";
import type { Capabilities, ContextRunner, DocumentService } from "../word/service";

/** Author of the comments the reviewer mode adds here (in Word it is the signed-in user). */
const COMMENT_AUTHOR = "DPIA Assist";

/** headless-word implements comments (WordApi 1.4) but not change tracking. */
const PLAYGROUND_CAPABILITIES: Capabilities = { comments: true, trackChanges: false };

export interface OpenDocument {
  /** Distinguishes documents, so the task pane is mounted afresh for each. */
  id: number;
  fileName: string;
  service: DocumentService;
  save(): Promise<Uint8Array>;
}

export interface DocumentHooks {
  /** The document changed (an edit, marks, clear marks): re-render the view. */
  changed(doc: OpenDocument): void;
  /** The pane asked to go to a place: show it in the view. */
  reveal(doc: OpenDocument, ref: Ref): void;
}

/** A file the playground cannot open: the message is for the user, one line, no stack. */
export class OpenFailure extends Error {
  override readonly name = "OpenFailure";
}

let nextId = 1;

/**
 * Opens .docx bytes with headless-word. Throws OpenFailure with a readable message for anything that is not
 * a Word document headless-word can edit; the caller keeps its previous document in that case.
 */
export async function openDocument(bytes: Uint8Array, fileName: string, hooks: DocumentHooks): Promise<OpenDocument> {
  if (bytes.length === 0) throw new OpenFailure(`“${fileName}” is empty.`);
  let doc: HeadlessDocument;
  try {
    doc = await openDocx(bytes, { author: COMMENT_AUTHOR });
  } catch (error) {
    // DocxFormatError messages name the problem (legacy .doc, encrypted, not a zip, truncated, too large…).
    if (error instanceof DocxFormatError)
      throw new OpenFailure(`“${fileName}” could not be opened. ${firstLine(error)}`);
    throw error;
  }
  const run: ContextRunner = (batch) => doc.run(batch);
  // Scans build the model from the document itself with src/docx, as the add-in does in Word.
  const inner = createDocumentService(run, PLAYGROUND_CAPABILITIES, undefined, { file: doc.file() });
  const opened: OpenDocument = { id: nextId++, fileName, service: inner, save: () => doc.save() };
  opened.service = observe(inner, {
    changed: () => hooks.changed(opened),
    reveal: (ref) => hooks.reveal(opened, ref),
  });
  return opened;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").trim() || "the file is damaged or not a Word document.";
}

/** Wraps the service so that every change to the document re-renders the view, and Go to shows the place. */
function observe(inner: DocumentService, hooks: { changed(): void; reveal(ref: Ref): void }): DocumentService {
  return {
    capabilities: () => inner.capabilities(),
    lastRead: () => inner.lastRead?.(),
    scan: (options) => inner.scan(options),
    unchangedSinceScan: () => inner.unchangedSinceScan(),
    apply: async (edits) => {
      try {
        return await inner.apply(edits);
      } finally {
        hooks.changed();
      }
    },
    goTo: async (ref, text) => {
      await inner.goTo(ref, text);
      hooks.reveal(ref);
    },
    markGaps: async (findings) => {
      try {
        return await inner.markGaps(findings);
      } finally {
        hooks.changed();
      }
    },
    clearMarks: async () => {
      try {
        return await inner.clearMarks();
      } finally {
        hooks.changed();
      }
    },
    loadSettings: () => inner.loadSettings(),
    saveSettings: (settings, options) => inner.saveSettings(settings, options),
    settingsProblem: () => inner.settingsProblem?.() ?? null,
    loadReview: () => inner.loadReview(),
    saveReview: (review) => inner.saveReview(review),
    writeVerdictComments: async (review, sections) => {
      try {
        return await inner.writeVerdictComments(review, sections);
      } finally {
        hooks.changed();
      }
    },
  };
}
