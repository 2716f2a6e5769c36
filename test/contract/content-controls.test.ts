/**
 * Content controls (learn.microsoft.com/javascript/api/word/word.contentcontrol): tag, title, text, type,
 * getByTag, delete(keepContent) ("true to keep the contents"), insertContentControl, and check box controls
 * (WordApi 1.7, Word.CheckboxContentControl.isChecked) stored as w14:checkbox (MS-DOCX 2.6.1).
 */
import { p, r } from "../headless-word/support/mini-docx";
import { docFrom, reopen } from "./helpers";

const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const checkbox = (checked: boolean, tag: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="5"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${checked ? "☒" : "☐"}</w:t></w:r></w:sdtContent></w:sdt>`;

describe("content controls", () => {
  it("reads tag, title, text and type of block and inline controls", async () => {
    const body =
      `<w:sdt><w:sdtPr><w:alias w:val="Summary"/><w:tag w:val="risk-summary"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${p("Block text")}</w:sdtContent></w:sdt>` +
      `<w:p>${r("Answer: ")}<w:sdt><w:sdtPr><w:tag w:val="answer"/><w:text/></w:sdtPr><w:sdtContent>${r("inline")}</w:sdtContent></w:sdt></w:p>`;
    const doc = await docFrom(body);
    const rows = await doc.run(async (context) => {
      const ccs = context.document.body.contentControls.load("items/tag,items/title,items/text,items/type");
      await context.sync();
      return ccs.items.map((c) => [c.tag, c.title, c.text, c.type]);
    });
    expect(rows).toEqual([
      ["risk-summary", "Summary", "Block text", "RichText"],
      ["answer", "", "inline", "PlainText"],
    ]);
  });

  it("wraps a paragraph in a tagged control, finds it by tag, and deletes it keeping or dropping content", async () => {
    const doc = await docFrom(p("keep me") + p("drop me") + p("last"));
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items");
      await context.sync();
      const a = paragraphs.items[0].insertContentControl();
      a.tag = "ours";
      const b = paragraphs.items[1].insertContentControl();
      b.tag = "ours";
      await context.sync();
    });
    const reopened = await reopen(doc);
    await reopened.run(async (context) => {
      const ours = context.document.contentControls.getByTag("ours").load("items/text");
      await context.sync();
      expect(ours.items.map((c) => c.text)).toEqual(["keep me", "drop me"]);
      ours.items[0].delete(true);
      ours.items[1].delete(false);
      await context.sync();
      const paragraphs = context.document.body.paragraphs.load("items/text");
      const left = context.document.body.contentControls.load("items");
      await context.sync();
      expect(paragraphs.items.map((x) => x.text)).toEqual(["keep me", "last"]);
      expect(left.items).toHaveLength(0);
    });
  });

  it("reads and sets the checked state of a w14 check box control", async () => {
    const doc = await docFrom(`<w:p>${checkbox(false, "consent")}${r(" Consent given")}</w:p>`);
    await doc.run(async (context) => {
      const cc = context.document.contentControls.getByTag("consent").getFirst();
      const box = cc.checkboxContentControl.load("isChecked");
      cc.load("type");
      await context.sync();
      expect(cc.type).toBe("CheckBox");
      expect(box.isChecked).toBe(false);
      box.isChecked = true;
      await context.sync();
    });
    const reopened = await reopen(doc);
    await reopened.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      const box = cc.checkboxContentControl.load("isChecked");
      const para = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      expect(box.isChecked).toBe(true);
      expect(para.text).toBe("☒ Consent given");
    });
    expect(W14).toContain("2010");
  });

  it("finds the content control around a table", async () => {
    const tbl = `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p>${r("cell")}</w:p></w:tc></w:tr></w:tbl>`;
    const doc = await docFrom(
      p("x") +
        `<w:sdt><w:sdtPr><w:tag w:val="risk-table"/></w:sdtPr><w:sdtContent>${tbl}</w:sdtContent></w:sdt>` +
        p("y"),
    );
    const tag = await doc.run(async (context) => {
      const cc = context.document.body.tables.getFirst().parentContentControlOrNullObject.load("tag");
      await context.sync();
      return cc.isNullObject ? null : cc.tag;
    });
    expect(tag).toBe("risk-table");
  });
});
