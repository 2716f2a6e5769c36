/**
 * What Paragraph.text and Body.text contain. Word.Paragraph.text: "the text of the paragraph"
 * (learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-text); deleted tracked text is
 * not part of the current text (learn.microsoft.com/office/dev/add-ins/word/track-changes); fields show their
 * results (learn.microsoft.com/javascript/api/word/word.field#word-word-field-result).
 */
import { p, r } from "../../headless-word/support/mini-docx";
import { docFrom } from "./file-helpers";

async function texts(body: string): Promise<string[]> {
  const doc = await docFrom(body);
  return doc.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items.map((x) => x.text);
  });
}

describe("paragraph text", () => {
  it("shows a merge field's result, not its code", async () => {
    const body =
      `<w:p>${r("Name: ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD Name </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("«Name»")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:fldSimple w:instr=" MERGEFIELD City ">${r("«City»")}</w:fldSimple></w:p>`;
    expect(await texts(body)).toEqual(["Name: «Name»", "«City»"]);
  });

  it("reads hyperlink text and ignores bookmarks and proofing marks", async () => {
    const body = `<w:p><w:bookmarkStart w:id="0" w:name="b"/>${r("See ")}<w:hyperlink r:id="rIdX">${r("the guidance")}</w:hyperlink><w:proofErr w:type="spellStart"/>${r(".")}<w:bookmarkEnd w:id="0"/></w:p>`;
    expect(await texts(body)).toEqual(["See the guidance."]);
  });

  it("reads legacy form checkboxes and symbol checkboxes as ☐ / ☒ (headless convention, see README)", async () => {
    const box = (checked: boolean) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="C"/><w:enabled/><w:checkBox><w:sizeAuto/>${checked ? "<w:checked/>" : '<w:default w:val="0"/>'}</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      `<w:p>${box(true)}${r(" Yes ")}${box(false)}${r(" No")}</w:p>` +
      `<w:p><w:r><w:sym w:font="Wingdings" w:char="F06F"/></w:r>${r(" A ")}<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>${r(" B ☐ C ☒")}</w:p>`;
    expect(await texts(body)).toEqual(["☒ Yes ☐ No", "☐ A ☒ B ☐ C ☒"]);
  });

  it("enumerates paragraphs inside tables and content controls in body order, not those in text boxes", async () => {
    const body =
      p("a") +
      `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p>${r("in cell")}</w:p></w:tc></w:tr></w:tbl>` +
      `<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent><w:p>${r("in control")}</w:p></w:sdtContent></w:sdt>` +
      `<w:p>${r("b")}<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>${r("box")}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    expect(await texts(body)).toEqual(["a", "in cell", "in control", "b"]);
  });

  it("reports style names as Word shows them, built-in identities, list items and outline levels", async () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${r("H")}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${r("item")}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Custom"/><w:outlineLvl w:val="3"/></w:pPr>${r("custom")}</w:p>` +
      p("plain");
    const doc = await docFrom(body);
    const rows = await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(
        "items/style,items/styleBuiltIn,items/isListItem,items/outlineLevel",
      );
      await context.sync();
      return paragraphs.items.map((x) => [x.style, x.styleBuiltIn, x.isListItem, x.outlineLevel]);
    });
    expect(rows).toEqual([
      ["Heading 2", "Heading2", false, 2],
      ["List Paragraph", "ListParagraph", true, 10],
      ["My Custom Style", "Other", false, 4],
      ["Normal", "Normal", false, 10],
    ]);
  });
});

describe("paragraph styles", () => {
  // Paragraph.styleBuiltIn (learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-stylebuiltin):
  // setting a built-in style works even when the document has not used it yet.
  it("sets a built-in style the document does not define yet, and a named one it does", async () => {
    const doc = await docFrom(p("Title me") + p("Name me"));
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items");
      await context.sync();
      paragraphs.items[0].styleBuiltIn = "Heading4" as Word.BuiltInStyleName;
      paragraphs.items[1].style = "My Custom Style";
      await context.sync();
      paragraphs.load("items/style,items/styleBuiltIn,items/outlineLevel");
      await context.sync();
      expect(paragraphs.items.map((x) => [x.style, x.styleBuiltIn, x.outlineLevel])).toEqual([
        ["Heading 4", "Heading4", 4],
        ["My Custom Style", "Other", 10],
      ]);
    });
  });
});

describe("insertText with breaks", () => {
  // Word turns "\n" in insertText into a paragraph break and "\v" into a manual line break (behaviour confirmed by
  // Microsoft in OfficeDev/office-js issue #4275; Word.Range.insertText reference:
  // learn.microsoft.com/javascript/api/word/word.range#word-word-range-inserttext-member(1)).
});
