/**
 * Document-level state kept in the file: Word.SettingCollection (WordApi 1.4, "settings … persisted in the
 * document"), Word.CustomXmlPartCollection (add / getByNamespace / getXml / delete), changeTrackingMode
 * (w:trackRevisions in settings.xml), and getSelection / select.
 */
import { p } from "../headless-word/support/mini-docx";
import { docFrom, reopen } from "./helpers";

describe("document state", () => {
  it("persists settings across save and reopen", async () => {
    const doc = await docFrom(p("x"));
    await doc.run(async (context) => {
      context.document.settings.add("matrix", { preset: "ico-3x3", ignored: ["a"] });
      context.document.settings.add("drop", 1);
      await context.sync();
      context.document.settings.getItem("drop").delete();
      await context.sync();
    });
    const reopened = await reopen(doc);
    await reopened.run(async (context) => {
      const all = context.document.settings.load("items/key,items/value");
      const missing = context.document.settings.getItemOrNullObject("drop");
      await context.sync();
      expect(all.items.map((s) => [s.key, s.value])).toEqual([["matrix", { preset: "ico-3x3", ignored: ["a"] }]]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("adds, finds by namespace, reads and deletes custom XML parts", async () => {
    const doc = await docFrom(p("x"));
    const xml = `<state xmlns="urn:example:state"><ignored>f1</ignored></state>`;
    await doc.run(async (context) => {
      context.document.customXmlParts.add(xml);
      await context.sync();
    });
    const reopened = await reopen(doc);
    await reopened.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace("urn:example:state").load("items/id,items/namespaceUri");
      await context.sync();
      expect(parts.items).toHaveLength(1);
      expect(parts.items[0].id).toMatch(/^\{[0-9A-F-]{36}\}$/);
      const text = parts.items[0].getXml();
      await context.sync();
      expect(text.value).toContain("<ignored>f1</ignored>");
      parts.items[0].delete();
      await context.sync();
      const after = context.document.customXmlParts.getByNamespace("urn:example:state").load("items");
      await context.sync();
      expect(after.items).toHaveLength(0);
    });
  });

  it("reads and sets changeTrackingMode through w:trackRevisions", async () => {
    const doc = await docFrom(p("x"));
    await doc.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      expect(context.document.changeTrackingMode).toBe("Off");
      context.document.changeTrackingMode = "TrackAll";
      await context.sync();
    });
    const reopened = await reopen(doc);
    const mode = await reopened.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
      return context.document.changeTrackingMode;
    });
    expect(mode).toBe("TrackAll");
  });

  it("keeps the selection made by select() for the host to scroll to", async () => {
    const doc = await docFrom(p("first") + p("the gap is here"));
    await doc.run(async (context) => {
      context.document.body.search("gap").getFirst().select();
      await context.sync();
      const selection = context.document.getSelection().load("text");
      await context.sync();
      expect(selection.text).toBe("gap");
    });
    expect(doc.selection).toMatchObject({ paragraph: 1, text: "gap", startOffset: 4 });
  });
});
