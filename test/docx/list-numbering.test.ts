/**
 * Word's automatic list numbering read both ways: from the bytes (word/numbering.xml, src/docx) and through the Word
 * API over headless-word (Paragraph.listItemOrNullObject → ListItem.level / listString, Paragraph.listOrNullObject →
 * List.levelTypes, WordApi 1.3). The expected strings are what Word shows for these definitions, worked out by hand
 * from ECMA-376 Part 1 §17.9 (lvlText with %n, numFmt, start, startOverride, a style's numPr, numStyleLink).
 */
import { readDocx } from "../../src/docx";
import type { DocModel } from "../../src/core/model";
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { miniDocx, W_NS, cell, row, table } from "../headless-word/support/mini-docx";

const lvl = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}">
<w:abstractNum w:abstractNumId="10">${lvl(0, "decimal", "%1.")}${lvl(1, "lowerLetter", "%2)")}${lvl(2, "upperRoman", "%1.%3")}</w:abstractNum>
<w:abstractNum w:abstractNumId="11">${lvl(0, "bullet", "•")}</w:abstractNum>
<w:abstractNum w:abstractNumId="12">${lvl(0, "decimal", "Q%1:", 3)}</w:abstractNum>
<w:abstractNum w:abstractNumId="13">${lvl(0, "none", "")}</w:abstractNum>
<w:abstractNum w:abstractNumId="14"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="15"><w:styleLink w:val="OutlineList"/>${lvl(0, "decimal", "%1)")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="13"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="15"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="14"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="QuestionList"><w:name w:val="Question List"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="numbering" w:styleId="OutlineList"><w:name w:val="Outline List"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;

const item = (numId: number | undefined, ilvl: number | undefined, text: string, style?: string) => {
  const numPr =
    numId === undefined && ilvl === undefined
      ? ""
      : `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ""}${numId !== undefined ? `<w:numId w:val="${numId}"/>` : ""}</w:numPr>`;
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : "";
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
};

/** Each paragraph with what Word shows before it: [text, level, numbered, label] or [text] for no list. */
const EXPECTED: Array<[string, number?, boolean?, string?]> = [
  ["Who is the controller?", 0, true, "1."],
  ["Name", 1, true, "a)"],
  ["Address", 1, true, "b)"],
  ["Postcode", 2, true, "1.I"],
  ["What data is collected?", 0, true, "2."],
  ["Health", 1, true, "a)"],
  ["A bullet", 0, false, "•"],
  ["Another instance of the same list continues it", 0, true, "3."],
  ["A list that restarts", 0, true, "1."],
  ["and goes on", 0, true, "2."],
  ["Numbered by its style", 0, true, "Q3:"],
  ["Styled again", 0, true, "Q4:"],
  ["Its style's numbering removed"],
  ["A level shown without a number", 0, false, undefined],
  ["A list whose definition links to a list style", 0, true, "1)"],
  ["Plain text"],
];

async function documentBytes(): Promise<Uint8Array> {
  const body = [
    item(1, 0, "Who is the controller?"),
    item(1, 1, "Name"),
    item(1, 1, "Address"),
    item(1, 2, "Postcode"),
    item(1, 0, "What data is collected?"),
    item(1, 1, "Health"),
    // A list paragraph in a table is counted in document order like any other.
    table(row(cell(item(2, 0, "A bullet")))),
    item(6, 0, "Another instance of the same list continues it"),
    item(3, 0, "A list that restarts"),
    item(3, undefined, "and goes on"),
    item(undefined, undefined, "Numbered by its style", "QuestionList"),
    item(undefined, undefined, "Styled again", "QuestionList"),
    item(0, undefined, "Its style's numbering removed", "QuestionList"),
    item(5, 0, "A level shown without a number"),
    item(8, 0, "A list whose definition links to a list style"),
    item(undefined, undefined, "Plain text"),
  ].join("");
  return miniDocx(body, { parts: { "word/numbering.xml": NUMBERING, "word/styles.xml": STYLES } });
}

function lists(model: DocModel): Array<[string, number?, boolean?, string?]> {
  return model.paragraphs.map((p) =>
    p.list ? [p.text, p.list.level, p.list.numbered, p.list.label] : ([p.text] as [string]),
  );
}

describe("Word list numbering in the DocModel", () => {
  it("is read from the bytes: level, numbered or bullet, and the string Word shows", async () => {
    const model = await readDocx(await documentBytes());
    expect(lists(model)).toEqual(EXPECTED);
    // isListItem stays what Word's Paragraph.isListItem says, bullets included.
    expect(model.paragraphs.filter((p) => p.isListItem).map((p) => p.text)).toEqual(
      EXPECTED.filter((e) => e.length > 1).map((e) => e[0]),
    );
  });

  it("is read the same through the Word API (ListItem.listString, List.levelTypes)", async () => {
    const bytes = await documentBytes();
    const document = await openDocx(bytes);
    const api = await document.run((context) => readModel(context));
    expect(lists(api)).toEqual(EXPECTED);
    expect(api.paragraphs.map((p) => p.list)).toEqual((await readDocx(bytes)).paragraphs.map((p) => p.list));
  });

  it("gives null objects for a paragraph that is not a list item, and the list's level types", async () => {
    const document = await openDocx(await documentBytes());
    const seen = await document.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const plain = paragraphs.items.find((p) => p.text === "Plain text")!;
      const bullet = paragraphs.items.find((p) => p.text === "A bullet")!;
      const numbered = paragraphs.items.find((p) => p.text === "Address")!;
      const reads = {
        plainItem: plain.listItemOrNullObject.load("level,listString"),
        plainList: plain.listOrNullObject.load("levelTypes"),
        bulletList: bullet.listOrNullObject.load("levelTypes"),
        numberedItem: numbered.listItemOrNullObject.load("level,listString"),
        numberedList: numbered.listOrNullObject.load("levelTypes"),
      };
      await context.sync();
      return {
        plain: [reads.plainItem.isNullObject, reads.plainList.isNullObject],
        bullet: reads.bulletList.levelTypes[0],
        numbered: [reads.numberedItem.level, reads.numberedItem.listString, reads.numberedList.levelTypes.slice(0, 2)],
      };
    });
    expect(seen).toEqual({ plain: [true, true], bullet: "Bullet", numbered: [1, "b)", ["Number", "Number"]] });
  });

  it("refuses a property ListItem does not have", async () => {
    const document = await openDocx(await documentBytes());
    await expect(
      document.run(async (context) => {
        context.document.body.paragraphs.getFirst().listItemOrNullObject.load("numberFormat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
