/**
 * What Paragraph.text and Body.text contain. Word.Paragraph.text: "the text of the paragraph"
 * (learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-text); deleted tracked text is not
 * part of the current text (learn.microsoft.com/office/dev/add-ins/word/track-changes; on the web it was, office-js
 * issue 1267). Runs in Word too (test/word-pane); file-level reading rules are in file/text.test.ts.
 */
import { describe, expect, heading, it, paragraphTexts, runner, setup, table } from "./helpers";

describe("paragraph text", () => {
  it("joins text split across runs, tabs as \\t, line breaks as \\v", async () => {
    await setup("Hel");
    await runner.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.insertText("lo", "End").font.bold = true;
      paragraph.insertText("\twor\vld", "End").font.italic = true;
      await context.sync();
    });
    expect(await paragraphTexts()).toEqual(["Hello\twor\vld"]);
  });

  it("leaves out text deleted while change tracking is on", async () => {
    await setup("Keep gone end");
    await runner.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.search("gone ").getFirst().delete();
      await context.sync();
    });
    expect(await paragraphTexts()).toEqual(["Keep end"]);
  });

  it("enumerates paragraphs inside tables and content controls in body order", async () => {
    await setup("a", table(["in cell"]), "in control", "b");
    await runner.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      paragraphs.items.find((x) => x.text === "in control")?.insertContentControl();
      await context.sync();
    });
    expect(await paragraphTexts()).toEqual(["a", "in cell", "", "in control", "b"]);
  });

  it("reports tableNestingLevel 0 outside tables, 1 in a table, 2 in a nested table", async () => {
    await setup("out", table(["outer"]), "after");
    await runner.run(async (context) => {
      context.document.body.tables
        .getFirst()
        .getCell(0, 0)
        .body.insertTable(1, 1, "End", [["inner"]]);
      await context.sync();
    });
    const levels = await runner.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
      await context.sync();
      return paragraphs.items.map((x) => [x.text, x.tableNestingLevel]);
    });
    expect(levels.filter(([text]) => text !== "")).toEqual([
      ["out", 0],
      ["outer", 1],
      ["inner", 2],
      ["after", 0],
    ]);
  });

  it("reports built-in style names as Word shows them, with outline levels", async () => {
    await setup(heading(2, "H"), "plain");
    const rows = await runner.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(
        "items/style,items/styleBuiltIn,items/isListItem,items/outlineLevel",
      );
      await context.sync();
      return paragraphs.items.map((x) => [x.style, x.styleBuiltIn, x.isListItem, x.outlineLevel]);
    });
    expect(rows).toEqual([
      ["Heading 2", "Heading2", false, 2],
      ["Normal", "Normal", false, 10],
    ]);
  });

  it("separates paragraphs with \\r in Body.text", async () => {
    await setup("one", "two");
    const text = await runner.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      return body.text;
    });
    expect(text).toBe("one\rtwo");
  });
});

describe("paragraph styles", () => {
  // Paragraph.styleBuiltIn (learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-stylebuiltin):
  // setting a built-in style works even when the document has not used it yet.
  it("sets a built-in style the document has not used yet", async () => {
    await setup("Title me");
    await runner.run(async (context) => {
      context.document.body.paragraphs.getFirst().styleBuiltIn = "Heading4" as Word.BuiltInStyleName;
      await context.sync();
      const paragraph = context.document.body.paragraphs.getFirst().load("style,styleBuiltIn,outlineLevel");
      await context.sync();
      expect([paragraph.style, paragraph.styleBuiltIn, paragraph.outlineLevel]).toEqual(["Heading 4", "Heading4", 4]);
    });
  });
});

describe("insertText with breaks", () => {
  // Word turns "\n" in insertText into a paragraph break and "\v" into a manual line break (behaviour confirmed by
  // Microsoft in OfficeDev/office-js issue #4275; Word.Range.insertText reference:
  // learn.microsoft.com/javascript/api/word/word.range#word-word-range-inserttext-member(1)).
  it("starts a new paragraph for \\n, keeping the paragraph's style, and a line break for \\v", async () => {
    await setup(heading(2, "Before GAP after"), "next");
    await runner.run(async (context) => {
      const range = context.document.body.search("GAP").getFirst().insertText("one\ntwo\vthree", "Replace");
      range.load("text");
      await context.sync();
      expect(range.text).toBe("one\rtwo\vthree");
    });
    const texts = await runner.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text,items/style");
      await context.sync();
      return paragraphs.items.map((x) => [x.text, x.style]);
    });
    expect(texts).toEqual([
      ["Before one", "Heading 2"],
      ["two\vthree after", "Heading 2"],
      ["next", "Normal"],
    ]);
  });
});
