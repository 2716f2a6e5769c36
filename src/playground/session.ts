import { DocxFormatError, openDocx, type HeadlessDocument } from "../headless-word";
import type { EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import { applyEdits } from "../word/apply";
import { createDocumentService } from "../word/document-service";
import { readPlaceText } from "../word/place-text";
import type { Capabilities, ContextRunner, DocumentService } from "../word/service";

/** Author of the comments the reviewer mode adds here (in Word it is the signed-in user). */
const COMMENT_AUTHOR = "DPIA Assist";

/**
 * headless-word implements comments (WordApi 1.4) and paragraph ids and events (WordApi 1.6), but not change
 * tracking. With paragraphEvents the pane follows the user's typing in the view exactly as it follows an author in
 * Word: through Document.onParagraphChanged/Added/Deleted, which headless-word raises after the sync that edited.
 */
const PLAYGROUND_CAPABILITIES: Capabilities = { comments: true, trackChanges: false, paragraphEvents: true };

export interface OpenDocument {
  /** Distinguishes documents, so the task pane is mounted afresh for each. */
  id: number;
  fileName: string;
  service: DocumentService;
  save(): Promise<Uint8Array>;
  /** The user typing into the document view: an author's edits, made beside the pane, not through it. */
  typing: TypingAccess;
}

/** What the view needs to let the user type into a paragraph or cell, as an author would in Word. */
export interface TypingAccess {
  /** The place's text as Word reads it, or undefined when the document has no such place. */
  read(ref: Ref): Promise<string | undefined>;
  /**
   * Replaces the place's whole text with `text` when it still reads `expected` (else refused, nothing written):
   * one run, whose writing sync raises Word's paragraph events for the pane to hear.
   */
  write(ref: Ref, expected: string, text: string): Promise<EditResult>;
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
  const typing: TypingAccess = {
    read: (ref) => run((context) => readPlaceText(context, ref)),
    // Not through the service: the pane must learn of this edit from Word's events, as it does of an author's.
    write: async (ref, expected, text) => {
      const [result] = await run((context) =>
        applyEdits(context, [{ kind: "set-text", ref, expected, text }], { comments: true }),
      );
      return result!;
    },
  };
  const opened: OpenDocument = { id: nextId++, fileName, service: inner, save: () => doc.save(), typing };
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
    // The live re-check (WordApi 1.6) only reads: nothing for the view to re-render.
    ...(inner.watchParagraphs && inner.recheck
      ? { watchParagraphs: inner.watchParagraphs, recheck: inner.recheck }
      : {}),
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
