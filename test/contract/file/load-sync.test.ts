/**
 * Sync counting (headless-only: Word has no sync counter). The proxy-object rules themselves are specs in
 * test/contract/load-sync.test.ts, from, from "Application-specific API model" and "Call load and sync" in the Office
 * Add-ins docs (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model) and the
 * OfficeExtension.Error reference (learn.microsoft.com/javascript/api/office/officeextension.error).
 */
import { p, r } from "../../headless-word/support/mini-docx";
import { docFrom } from "./file-helpers";

describe("load and sync", () => {
  it("counts every sync, including Word.run's final one for pending actions", async () => {
    const doc = await docFrom(p(r("x")));
    const before = doc.syncCount;
    await doc.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      await context.sync();
      context.document.body.paragraphs.getFirst().insertText("y", "End");
    });
    expect(doc.syncCount - before).toBe(3);
  });
});
