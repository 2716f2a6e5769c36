/**
 * ContextRunner inside Word: the test task pane runs the specs on the document it is open in. reset() empties it
 * with the API (Body.clear, SettingCollection.deleteAll and changeTrackingMode, WordApi 1.4), so run the suite on a
 * new blank document only.
 */
import type { ContextRunner } from "./context-runner";

export function wordRunner(): ContextRunner {
  return {
    host: "word",
    run: (batch) => Word.run(batch),
    reset: () =>
      Word.run(async (context) => {
        const document = context.document;
        document.changeTrackingMode = Word.ChangeTrackingMode.off;
        document.body.clear();
        document.settings.deleteAll();
        await context.sync();
      }),
  };
}
