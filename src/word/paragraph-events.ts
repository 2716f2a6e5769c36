/**
 * Subscribes to Word's paragraph events (WordApi 1.6: Document.onParagraphAdded / onParagraphChanged /
 * onParagraphDeleted, learn.microsoft.com/javascript/api/word/word.document#events) and hands each one on as a
 * ParagraphChange. Handlers are added in one batch and take effect at its sync; the returned function removes them
 * (EventHandlerResult.remove, then a sync of the context they were added on, as Microsoft's samples do). Known
 * limits, from the office-js tracker: quick edits can go unreported (#4874), deletions made while tracking changes
 * raise no onParagraphChanged (#3864), Word on the web raised nothing for formatting (#6770, fixed), and on Mac an
 * inserted paragraph took the id of the one it was inserted after (#5784) — which is why any added or deleted
 * paragraph makes the re-check read the whole document (live-read.ts).
 */
import type { ContextRunner } from "./service";
import type { ParagraphChange, ParagraphChangeType } from "./live-read";

type Args = Word.ParagraphAddedEventArgs | Word.ParagraphChangedEventArgs | Word.ParagraphDeletedEventArgs;

const TYPES: Record<string, ParagraphChangeType> = {
  ParagraphAdded: "added",
  ParagraphChanged: "changed",
  ParagraphDeleted: "deleted",
};

/** Starts listening; resolves with the function that stops (which resolves once Word has removed the handlers). */
export async function watchParagraphs(
  run: ContextRunner,
  listener: (change: ParagraphChange) => void,
): Promise<() => Promise<void>> {
  const handle = (fallback: ParagraphChangeType) => (args: Args) => {
    listener({ type: TYPES[String(args.type)] ?? fallback, ids: [...args.uniqueLocalIds] });
    return Promise.resolve();
  };
  const results = await run(async (context) => {
    const document = context.document;
    const added = [
      document.onParagraphAdded.add(handle("added")),
      document.onParagraphChanged.add(handle("changed")),
      document.onParagraphDeleted.add(handle("deleted")),
    ];
    await context.sync();
    return added;
  });
  return async () => {
    for (const result of results) result.remove();
    await results[0]!.context.sync();
  };
}
