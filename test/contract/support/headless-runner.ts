/**
 * ContextRunner over headless-word, in Node (Jest) and in the browser (the test pane's CI mode). `reset()` opens a
 * new package whose body is one empty paragraph, which is what Word's Body.clear() leaves
 * (learn.microsoft.com/javascript/api/word/word.body#word-word-body-clear-member(1)).
 */
import { openDocx, type HeadlessDocument } from "../../../src/headless-word";
import { miniDocx } from "../../headless-word/support/mini-docx";
import type { ContextRunner } from "./context-runner";

export interface HeadlessRunner extends ContextRunner {
  /** The document the last reset() opened (for headless-only checks: saved bytes, sync counts). */
  readonly document: HeadlessDocument;
}

export function headlessRunner(): HeadlessRunner {
  let current: HeadlessDocument | undefined;
  const document = (): HeadlessDocument => {
    if (!current) throw new Error("headlessRunner: call reset() before run()");
    return current;
  };
  return {
    host: "headless",
    get document() {
      return document();
    },
    run: (batch) => document().run(batch),
    reset: async () => {
      current = await openDocx(await miniDocx("<w:p/>"), {
        author: "Test Author",
        now: () => new Date("2026-01-02T03:04:05Z"),
      });
    },
  };
}
