/**
 * Document-level state kept in the file: Word.SettingCollection (WordApi 1.4, "settings … persisted in the
 * document"), Word.CustomXmlPartCollection (add / getByNamespace / getXml / delete), changeTrackingMode
 * (w:trackRevisions in settings.xml), and getSelection / select.
 */
import { p, partText } from "../../headless-word/support/mini-docx";
import { docFrom, reopen } from "./file-helpers";

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

  it("reports the table cell a selection starts in", async () => {
    const tbl = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>target</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const doc = await docFrom(p("x") + tbl + p("y"));
    await doc.run(async (context) => {
      context.document.body.tables.getFirst().getCell(1, 1).body.paragraphs.getFirst().select();
      await context.sync();
    });
    expect(doc.selection).toMatchObject({ paragraph: 4, text: "target", cell: { table: 0, row: 1, cell: 1 } });
  });
});

describe("edits while change tracking is on", () => {
  // With changeTrackingMode TrackAll, Word records edits as revisions
  // (learn.microsoft.com/javascript/api/word/word.changetrackingmode): inserted text in w:ins, removed text in
  // w:del (ECMA-376 Part 1 §17.13.5). The current text shows the new text only.
  it("records a replacement as a tracked deletion plus a tracked insertion", async () => {
    const doc = await docFrom(p("Overall risk: Low"));
    await doc.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.search("Low").getFirst().insertText("Medium", "Replace");
      await context.sync();
      const para = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      expect(para.text).toBe("Overall risk: Medium");
    });
    const xml = (await partText(await doc.save(), "word/document.xml"))!;
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="Test Author" w:date="2026-01-02T03:04:05Z"><w:r><w:t xml:space="preserve">Medium<\/w:t><\/w:r><\/w:ins>/,
    );
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Test Author" w:date="[^"]+"><w:r><w:delText[^>]*>Low<\/w:delText><\/w:r><\/w:del>/,
    );
  });
});
