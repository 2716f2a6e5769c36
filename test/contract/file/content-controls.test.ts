/**
 * Content controls (learn.microsoft.com/javascript/api/word/word.contentcontrol): tag, title, text, type,
 * getByTag, delete(keepContent) ("true to keep the contents"), insertContentControl, and check box controls
 * (WordApi 1.7, Word.CheckboxContentControl.isChecked) stored as w14:checkbox (MS-DOCX 2.6.1).
 */
import { r } from "../../headless-word/support/mini-docx";
import { docFrom, reopen } from "./file-helpers";

const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
const checkbox = (checked: boolean, tag: string) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="5"/><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${checked ? "☒" : "☐"}</w:t></w:r></w:sdtContent></w:sdt>`;

describe("content controls", () => {
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
});
