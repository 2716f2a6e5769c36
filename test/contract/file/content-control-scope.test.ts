/**
 * Inline (run-level) versus block-level content controls, as Word makes them.
 * - Word.Range.insertContentControl "Wraps the Range object with a content control"; a range that lies in one
 *   paragraph and does not hold its paragraph mark (a search result, or paragraph.getRange("Content"): Word.
 *   RangeLocation.content is "the range between 'Start' and 'End'", and `end` "for paragraphs … is the point before
 *   the EOP") becomes a run-level w:sdt inside the w:p (ECMA-376 Part 1 §17.5.2.31), even when it covers all text.
 * - Word.Paragraph.insertContentControl "Wraps the Paragraph object with a content control": the paragraph with its
 *   mark, so a block-level w:sdt around the w:p (§17.5.2.29); likewise a range over several whole paragraphs.
 * (learn.microsoft.com/javascript/api/word/word.range, word.paragraph, word.rangelocation)
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { cell, p, partText, r, row, table } from "../../headless-word/support/mini-docx";
import { docFrom, reopen, syncError } from "./file-helpers";

type Doc = Awaited<ReturnType<typeof docFrom>>;

/** For each w:sdt tagged `tag`: the name of its parent element and the text of its content. */
async function controls(doc: Doc, tag: string): Promise<{ parent: string; text: string }[]> {
  const xml = (await partText(await doc.save(), "word/document.xml"))!;
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(dom.getElementsByTagName("w:sdt"))
    .filter((sdt) => sdt.getElementsByTagName("w:tag")[0]?.getAttribute("w:val") === tag)
    .map((sdt) => ({
      parent: (sdt.parentNode as XmlElement).nodeName,
      text: Array.from(sdt.getElementsByTagName("w:t"))
        .map((t) => t.textContent)
        .join(""),
    }));
}

async function cellTexts(doc: Doc): Promise<string[][]> {
  return (await reopen(doc)).run(async (context) => {
    const t = context.document.body.tables.getFirst().load("values");
    await context.sync();
    return t.values;
  });
}

const oneTable = () => docFrom(table(row("Measure", "Status"), row(cell(p(r("Encrypt "), r("data"))), "Awaiting")));

describe("content control scope (inline vs block)", () => {
  it("a search result that is part of a table cell is refused, as Word on the web refuses it (office-js 3367)", async () => {
    const doc = await oneTable();
    const error = await syncError(doc, async (context) => {
      const hit = context.document.body.search("Encrypt").getFirst();
      hit.insertContentControl().tag = "hit";
      await context.sync();
    });
    expect(error.code).toBe("GeneralException");
    expect(error.debugInfo.errorLocation).toBe("Range.insertContentControl");
    expect(await controls(doc, "hit")).toEqual([]);
    expect(await cellTexts(doc)).toEqual([
      ["Measure", "Status"],
      ["Encrypt data", "Awaiting"],
    ]);
  });

  const withControl = () =>
    docFrom(
      p(
        r("Owner: "),
        '<w:sdt><w:sdtPr><w:tag w:val="theirs"/></w:sdtPr><w:sdtContent>' + r("Jane") + "</w:sdtContent></w:sdt>",
        r(" (DPO)"),
      ),
    );

  it.each([
    ["Owner: Jane", /at its start or end/],
    ["Jane (DPO)", /at its start or end/],
    ["er: Ja", /crosses/],
  ] as const)(
    "a range %j holding a control at its edge with text outside (office-js 6103), or crossing its edge (1169), is refused",
    async (find, why) => {
      const doc = await withControl();
      const error = await syncError(doc, async (context) => {
        context.document.body.search(find).getFirst().insertContentControl().tag = "mark";
        await context.sync();
      });
      expect({ code: error.code, location: error.debugInfo.errorLocation }).toEqual({
        code: "GeneralException",
        location: "Range.insertContentControl",
      });
      expect(error.message).toMatch(why);
      expect(await controls(doc, "mark")).toEqual([]);
    },
  );

  it("a range around a whole control, or inside one, is wrapped", async () => {
    const doc = await withControl();
    await doc.run(async (context) => {
      context.document.body.search("Owner: Jane (DPO)").getFirst().insertContentControl().tag = "around";
      context.document.body.search("Jan").getFirst().insertContentControl().tag = "inside";
      await context.sync();
    });
    expect(await controls(doc, "around")).toEqual([{ parent: "w:p", text: "Owner: Jane (DPO)" }]);
    expect(await controls(doc, "inside")).toEqual([{ parent: "w:sdtContent", text: "Jan" }]);
  });

  it('paragraph.getRange("Content") covering all of a cell paragraph still gets an inline control', async () => {
    const doc = await oneTable();
    await doc.run(async (context) => {
      const cellBody = context.document.body.tables.getFirst().getCell(1, 1).body;
      const paragraph = cellBody.paragraphs.getFirst();
      paragraph.getRange("Content").insertContentControl().tag = "content";
      const multi = context.document.body.tables.getFirst().getCell(1, 0).body.paragraphs.getFirst();
      multi.getRange("Content").insertContentControl().tag = "runs";
      await context.sync();
    });
    expect(await controls(doc, "content")).toEqual([{ parent: "w:p", text: "Awaiting" }]);
    // Both runs of the paragraph go into one control; the cell keeps its one paragraph and its text.
    expect(await controls(doc, "runs")).toEqual([{ parent: "w:p", text: "Encrypt data" }]);
    expect(await cellTexts(doc)).toEqual([
      ["Measure", "Status"],
      ["Encrypt data", "Awaiting"],
    ]);
  });

  it("a range around a hyperlink is wrapped whole, inline", async () => {
    const link = `<w:hyperlink w:anchor="x">${r("linked")}</w:hyperlink>`;
    const doc = await docFrom(p(r("See "), link, r(" here")));
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Content").insertContentControl().tag = "link";
      await context.sync();
    });
    expect(await controls(doc, "link")).toEqual([{ parent: "w:p", text: "See linked here" }]);
  });

  it("paragraph.insertContentControl() and a range over several paragraphs get block controls", async () => {
    const doc = await docFrom(p("First") + p("Second") + p("Third") + table(row("Cell text")));
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items");
      await context.sync();
      paragraphs.items[0].insertContentControl().tag = "paragraph";
      paragraphs.items[1].getRange("Whole").expandTo(paragraphs.items[2].getRange("Whole")).insertContentControl().tag =
        "two";
      paragraphs.items[3].insertContentControl().tag = "cell-paragraph";
      await context.sync();
    });
    expect(await controls(doc, "paragraph")).toEqual([{ parent: "w:body", text: "First" }]);
    expect(await controls(doc, "two")).toEqual([{ parent: "w:body", text: "SecondThird" }]);
    expect(await controls(doc, "cell-paragraph")).toEqual([{ parent: "w:tc", text: "Cell text" }]);
  });
});
