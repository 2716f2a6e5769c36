/**
 * Document-level state: Word.SettingCollection (WordApi 1.4, "settings … persisted in the document"),
 * Word.CustomXmlPartCollection (WordApi 1.4: add / getByNamespace / getXml / delete), changeTrackingMode (WordApi
 * 1.4), getSelection / select. Runs in Word too; what lands in the file is checked in file/document.test.ts.
 */
import { describe, expect, it, paragraphTexts, runner, setup } from "./helpers";

describe("document state", () => {
  it("keeps settings from one batch to the next and deletes them", async () => {
    await setup("x");
    await runner.run(async (context) => {
      context.document.settings.add("matrix", { preset: "ico-3x3", ignored: ["a"] });
      context.document.settings.add("drop", 1);
      await context.sync();
      context.document.settings.getItem("drop").delete();
      await context.sync();
    });
    await runner.run(async (context) => {
      const all = context.document.settings.load("items/key,items/value");
      const missing = context.document.settings.getItemOrNullObject("drop");
      await context.sync();
      expect(all.items.map((s) => [s.key, s.value])).toEqual([["matrix", { preset: "ico-3x3", ignored: ["a"] }]]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("adds, finds by namespace, reads and deletes custom XML parts", async () => {
    await setup("x");
    const xml = `<state xmlns="urn:dpia-assist:contract-spec"><ignored>f1</ignored></state>`;
    await runner.run(async (context) => {
      context.document.customXmlParts.add(xml);
      await context.sync();
    });
    await runner.run(async (context) => {
      const parts = context.document.customXmlParts
        .getByNamespace("urn:dpia-assist:contract-spec")
        .load("items/id,items/namespaceUri");
      await context.sync();
      expect(parts.items).toHaveLength(1);
      expect(parts.items[0].id).toMatch(/^\{[0-9A-F-]{36}\}$/);
      const text = parts.items[0].getXml();
      await context.sync();
      expect(text.value).toContain("<ignored>f1</ignored>");
      parts.items[0].delete();
      await context.sync();
      const after = context.document.customXmlParts.getByNamespace("urn:dpia-assist:contract-spec").load("items");
      await context.sync();
      expect(after.items).toHaveLength(0);
    });
  });

  it("reads and sets changeTrackingMode", async () => {
    await setup("x");
    const modes = await runner.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      const before = context.document.changeTrackingMode;
      context.document.changeTrackingMode = "TrackAll";
      await context.sync();
      context.document.load("changeTrackingMode");
      await context.sync();
      return [before, context.document.changeTrackingMode];
    });
    expect(modes).toEqual(["Off", "TrackAll"]);
  });

  it("selects a search result, and getSelection returns it", async () => {
    await setup("first", "the gap is here");
    await runner.run(async (context) => {
      context.document.body.search("gap").getFirst().select();
      await context.sync();
      const selection = context.document.getSelection().load("text");
      await context.sync();
      expect(selection.text).toBe("gap");
    });
  });
});

describe("edits while change tracking is on", () => {
  // With changeTrackingMode TrackAll, Word records edits as revisions
  // (learn.microsoft.com/javascript/api/word/word.changetrackingmode); the current text shows the new text only.
  it("shows only the new text after a tracked replacement", async () => {
    await setup("Overall risk: Low");
    await runner.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.search("Low").getFirst().insertText("Medium", "Replace");
      await context.sync();
    });
    expect(await paragraphTexts()).toEqual(["Overall risk: Medium"]);
  });
});
