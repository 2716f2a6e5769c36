/**
 * What the contract specs share: building a setup document through the API, and catching the error a batch
 * rejects with. Nothing here reads a .docx, so the specs run in Word as they run over headless-word.
 */
import type { ContextRunner } from "./support/context-runner";
import { runner } from "./support/spec-api";

export { describe, expect, it, runner } from "./support/spec-api";

/** A block of the setup document: a paragraph (optionally in a built-in style) or a table of values. */
export type Block = string | { text: string; style: Word.BuiltInStyleName } | { table: string[][] };

export const heading = (level: 1 | 2 | 3, text: string): Block => ({
  text,
  style: `Heading${level}` as Word.BuiltInStyleName,
});
export const table = (...rows: string[][]): Block => ({ table: rows });

/**
 * Empties the document and writes `blocks` at the end of the body in order. The first paragraph replaces the empty
 * one Body.clear() leaves; every table is followed by the empty paragraph Word keeps after a table at the end of
 * the body, so a setup of [p, table, p] reads back as [p, table, "", p].
 */
export async function setup(...blocks: Block[]): Promise<void> {
  await setupOn(runner, blocks);
}

export async function setupOn(on: ContextRunner, blocks: Block[]): Promise<void> {
  await on.reset();
  await on.run(async (context) => {
    const body = context.document.body;
    let first = true;
    for (const block of blocks) {
      if (typeof block !== "string" && "table" in block) {
        const rows = block.table;
        body.insertTable(rows.length, Math.max(...rows.map((r) => r.length)), "End", rows);
        first = false;
        continue;
      }
      const text = typeof block === "string" ? block : block.text;
      const paragraph = first ? body.paragraphs.getFirst() : body.insertParagraph(text, "End");
      if (first) paragraph.insertText(text, "Replace");
      // Word.Paragraph.styleBuiltIn (WordApi 1.3); reset to Normal so a new paragraph never inherits a heading.
      paragraph.styleBuiltIn = typeof block === "string" ? ("Normal" as Word.BuiltInStyleName) : block.style;
      first = false;
    }
    await context.sync();
  });
}

export interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo: { errorLocation?: string };
}

/** Runs a batch and returns the error it rejects with (fails the spec if it does not reject). */
export async function syncError(batch: (context: Word.RequestContext) => Promise<unknown>): Promise<OfficeErrorLike> {
  try {
    await runner.run(batch);
  } catch (error) {
    return error as OfficeErrorLike;
  }
  throw new Error("expected the batch to fail");
}

/** The Office error code `read` throws synchronously with, or "none". */
export function thrownCode(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "none";
}

/** Paragraph texts of the body, in order. */
export function paragraphTexts(): Promise<string[]> {
  return runner.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items.map((x) => x.text);
  });
}
