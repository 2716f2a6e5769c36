/**
 * Content controls (learn.microsoft.com/javascript/api/word/word.contentcontrol): tag, title, text, type,
 * getByTag, delete(keepContent) ("true to keep the contents"), insertContentControl on a paragraph, a range and a
 * table. Runs in Word too; check box controls and inline-versus-block placement are checked in file/.
 */
import { describe, expect, it, paragraphTexts, runner, setup, table } from "./helpers";

describe("content controls", () => {
  it("reads tag, title, text and type of a block control and an inline plain-text control", async () => {
    await setup("Block text", "Answer: inline");
    await runner.run(async (context) => {
      const block = context.document.body.paragraphs.getFirst().insertContentControl();
      block.tag = "risk-summary";
      block.title = "Summary";
      const inline = context.document.body.search("inline").getFirst().insertContentControl("PlainText");
      inline.tag = "answer";
      await context.sync();
    });
    const rows = await runner.run(async (context) => {
      const ccs = context.document.body.contentControls.load("items/tag,items/title,items/text,items/type");
      await context.sync();
      return ccs.items.map((c) => [c.tag, c.title, c.text, c.type]);
    });
    expect(rows).toEqual([
      ["risk-summary", "Summary", "Block text", "RichText"],
      ["answer", "", "inline", "PlainText"],
    ]);
  });

  it("wraps paragraphs in tagged controls, finds them by tag, and deletes them keeping or dropping content", async () => {
    await setup("keep me", "drop me", "last");
    await runner.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items");
      await context.sync();
      paragraphs.items[0].insertContentControl().tag = "ours";
      paragraphs.items[1].insertContentControl().tag = "ours";
      await context.sync();
    });
    await runner.run(async (context) => {
      const ours = context.document.contentControls.getByTag("ours").load("items/text");
      await context.sync();
      expect(ours.items.map((c) => c.text)).toEqual(["keep me", "drop me"]);
      ours.items[0].delete(true);
      ours.items[1].delete(false);
      await context.sync();
    });
    const left = await runner.run(async (context) => {
      const controls = context.document.body.contentControls.load("items");
      await context.sync();
      return controls.items.length;
    });
    expect(await paragraphTexts()).toEqual(["keep me", "last"]);
    expect(left).toBe(0);
  });

  it("finds the content control around a table", async () => {
    await setup("x", table(["cell"]), "y");
    await runner.run(async (context) => {
      context.document.body.tables.getFirst().insertContentControl().tag = "risk-table";
      await context.sync();
    });
    const tag = await runner.run(async (context) => {
      const cc = context.document.body.tables.getFirst().parentContentControlOrNullObject.load("tag");
      await context.sync();
      return cc.isNullObject ? null : cc.tag;
    });
    expect(tag).toBe("risk-table");
  });
});
