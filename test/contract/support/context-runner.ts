/**
 * What a contract spec needs from the host it runs on: a way to run a batch on a Word.RequestContext (Word.run in
 * Word, HeadlessDocument.run over headless-word) and a way to start from an empty document. Specs build what they
 * need through the API (insertParagraph, insertTable, insertContentControl…), never by loading a .docx, so the same
 * spec runs unchanged in Word.
 */
export type Host = "headless" | "word";

export interface ContextRunner {
  readonly host: Host;
  /** Runs `batch` on a fresh request context and syncs what it left queued (as Word.run does). */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Empties the document: body cleared (Word keeps one empty paragraph), settings deleted, change tracking off.
   * Custom XML parts a spec adds are deleted by that spec.
   */
  reset(): Promise<void>;
}
