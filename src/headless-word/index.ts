/**
 * headless-word: the part of the Word JavaScript API that DPIA Assist uses, over a .docx file, with Office's
 * load/sync semantics. Runs in Node and in the browser. See README.md for what is implemented.
 */
import { HDocument } from "./api/all";
import { trackRevisionsOn } from "./api/document";
import { setRevisionProvider } from "./doc/revisions";
import { HeadlessContext } from "./api/client-object";
import type { Session, SessionOptions } from "./api/session";
import { ParagraphEventHub } from "./api/paragraph-events";
import { cellsOf, paragraphsIn, parentOf, rowsOf, tablesIn } from "../docx/ooxml/structure";
import { paragraphText } from "../docx/ooxml/text";
import { StyleSheet } from "../docx/ooxml/styles";
import { DocxPackage, type OpenOptions } from "../docx/package/docx-package";
import { rootOf } from "../docx/package/docx-package";
import { wChild } from "../docx/xml";

export {
  DocxFormatError,
  HeadlessOfficeError,
  ErrorCodes,
  type DocxFormatErrorCode,
  type OfficeErrorCode,
} from "./errors";

export type HeadlessOpenOptions = OpenOptions & SessionOptions;

/** Where the selection is, in body.paragraphs indices, so a host can scroll to it. */
export interface HeadlessSelection {
  /** Index in body.paragraphs of the paragraph where the selection starts. */
  paragraph: number;
  /** Index in body.paragraphs of the paragraph where it ends. */
  endParagraph: number;
  startOffset: number;
  endOffset: number;
  text: string;
  /** When the selection starts in a table cell: body.tables index, row and cell (innermost table). */
  cell?: { table: number; row: number; cell: number };
}

export class HeadlessDocument {
  private readonly session: Session;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(pkg: DocxPackage, options: SessionOptions) {
    const base = { pkg, styles: new StyleSheet(pkg), syncCount: 0, options };
    this.session = Object.assign(base, { events: undefined as unknown as ParagraphEventHub });
    this.session.events = new ParagraphEventHub(this.session);
    const session = this.session;
    setRevisionProvider(pkg.xml(pkg.mainPart), () =>
      trackRevisionsOn(session)
        ? {
            author: options.author ?? "DPIA Assist",
            date: (options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
          }
        : undefined,
    );
  }

  /** Number of context.sync() calls made on this document so far (all runs). */
  get syncCount(): number {
    return this.session.syncCount;
  }

  /**
   * Runs a batch like Word.run: the batch gets a fresh request context, and whatever it queued after its last
   * sync is synced when it returns (as Word.run does). Runs are serialised, one at a time.
   */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const context = new HeadlessContext(this.session, (ctx) => new HDocument(ctx));
      const result = await batch(context as unknown as Word.RequestContext);
      await context.syncIfPending();
      return result;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The selection made by the last select() (undefined before any). */
  get selection(): HeadlessSelection | undefined {
    const sel = this.session.selection;
    if (!sel || !sel.start.p.parentNode) return undefined;
    const body = wChild(rootOf(this.session.pkg.xml(this.session.pkg.mainPart)), "body");
    if (!body) return undefined;
    const all = paragraphsIn(body);
    const paragraph = all.indexOf(sel.start.p);
    const endParagraph = all.indexOf(sel.end.p);
    if (paragraph < 0) return undefined;
    const text = paragraphText(sel.start.p);
    const tc = parentOf(sel.start.p, "tc");
    const tr = tc && parentOf(tc, "tr");
    const tbl = tr && parentOf(tr, "tbl");
    const cell =
      tc && tr && tbl
        ? { table: tablesIn(body).indexOf(tbl), row: rowsOf(tbl).indexOf(tr), cell: cellsOf(tr).indexOf(tc) }
        : undefined;
    return {
      cell,
      paragraph,
      endParagraph,
      startOffset: sel.start.offset,
      endOffset: sel.end.offset,
      text: sel.start.p === sel.end.p ? text.slice(sel.start.offset, sel.end.offset) : text.slice(sel.start.offset),
    };
  }

  /** The document as .docx bytes; parts never edited are byte-identical to the input. */
  save(): Promise<Uint8Array> {
    return this.queue.then(() => this.session.pkg.save());
  }

  /**
   * The document as a file, for readers that build their model from the .docx (src/word's FileSource): its bytes
   * as they would be saved now, or the package itself, whose XML trees are the document as edited. Not queued
   * behind runs, so that a run can read the document it is working on.
   */
  file(): { readBytes(): Promise<Uint8Array>; readPackage(): DocxPackage } {
    const pkg = this.session.pkg;
    return { readBytes: () => pkg.save(), readPackage: () => pkg };
  }

  /** Names of the package's parts (for tests and diagnostics). */
  partNames(): string[] {
    return this.session.pkg.partNames();
  }
}

/** Opens .docx bytes. Throws DocxFormatError (with a `code`) for anything that is not a usable .docx. */
export async function openDocx(
  bytes: Uint8Array | ArrayBuffer,
  options: HeadlessOpenOptions = {},
): Promise<HeadlessDocument> {
  const pkg = await DocxPackage.open(bytes, options);
  return new HeadlessDocument(pkg, { author: options.author, now: options.now });
}
