/**
 * Headless-only: what headless-word writes into the .docx and reads from OOXML the API cannot build. The API-level
 * contracts are the specs in test/contract/*.test.ts, which also run inside Word.
 */
import { openDocx, type HeadlessDocument } from "../../../src/headless-word";
import { miniDocx, type MiniDocxOptions } from "../../headless-word/support/mini-docx";

export async function docFrom(body: string, options?: MiniDocxOptions): Promise<HeadlessDocument> {
  return openDocx(await miniDocx(body, options), {
    author: "Test Author",
    now: () => new Date("2026-01-02T03:04:05Z"),
  });
}

/** Runs a batch and returns the error it rejects with (fails the test if it does not reject). */
export async function syncError(
  doc: HeadlessDocument,
  batch: (context: Word.RequestContext) => Promise<unknown>,
): Promise<{ code: string; debugInfo: { errorLocation?: string }; message: string }> {
  try {
    await doc.run(batch);
  } catch (error) {
    return error as { code: string; debugInfo: { errorLocation?: string }; message: string };
  }
  throw new Error("expected the batch to fail");
}

export async function reopen(doc: HeadlessDocument): Promise<HeadlessDocument> {
  return openDocx(await doc.save());
}
