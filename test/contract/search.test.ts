/**
 * Body/Range/Paragraph.search (learn.microsoft.com/javascript/api/word/word.body#word-word-body-search-member(1)):
 * finds text whatever its run structure; matchCase / matchWholeWord; "The search string has a maximum length of
 * 255 characters" (Word.SearchOptions), beyond which Word fails with SearchStringInvalidOrTooLong
 * (learn.microsoft.com/javascript/api/word/word.errorcodes). Runs in Word too.
 */
import { describe, expect, it, runner, setup, syncError } from "./helpers";

async function found(text: string, options?: Parameters<Word.Body["search"]>[1]): Promise<string[]> {
  return runner.run(async (context) => {
    const results = context.document.body.search(text, options);
    results.load("items/text");
    await context.sync();
    return results.items.map((x) => x.text);
  });
}

describe("search", () => {
  it("finds text split across runs with different formatting", async () => {
    await setup("Remote, pos");
    await runner.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.getRange("Whole").font.italic = true;
      paragraph.insertText("sible or ", "End").font.italic = false;
      paragraph.insertText("probable", "End").font.bold = true;
      await context.sync();
    });
    expect(await found("possible or probable")).toEqual(["possible or probable"]);
  });

  it("finds text across a manual line break written as \\n or ^l", async () => {
    await setup("Yes\vNo");
    expect(await found("Yes\nNo")).toHaveLength(1);
    expect(await found("Yes^lNo")).toHaveLength(1);
  });

  it("ignores case unless matchCase is set", async () => {
    await setup("Low risk. LOW impact. low.");
    expect(await found("low")).toHaveLength(3);
    expect(await found("low", { matchCase: true })).toEqual(["low"]);
  });

  it("matches whole words only with matchWholeWord", async () => {
    await setup("risk risky brisk risk.");
    expect(await found("risk")).toHaveLength(4);
    expect(await found("risk", { matchWholeWord: true })).toHaveLength(2);
  });

  it("does not find text deleted while change tracking is on", async () => {
    await setup("keep secret");
    await runner.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.search("secret").getFirst().delete();
      await context.sync();
    });
    expect(await found("secret")).toEqual([]);
  });

  it("rejects a search string over 255 characters at sync with SearchStringInvalidOrTooLong", async () => {
    await setup("a".repeat(255));
    const error = await syncError(async (context) => {
      context.document.body.search("a".repeat(256));
      await context.sync();
    });
    expect(error.code).toBe("SearchStringInvalidOrTooLong");
    expect(await found("a".repeat(255))).toHaveLength(1);
  });

  it("searches within a paragraph's range only", async () => {
    await setup("gap here", "gap there");
    const n = await runner.run(async (context) => {
      const second = context.document.body.paragraphs.getFirst().getNext();
      const results = second.search("gap");
      results.load("items/text");
      await context.sync();
      return results.items.length;
    });
    expect(n).toBe(1);
  });
});

describe("ranges follow their text", () => {
  // A Word.Range stays on its text while other text in the document changes (Word.Range: "Represents a
  // contiguous area in a document", learn.microsoft.com/javascript/api/word/word.range).
  it("keeps later search results on their words after an earlier result in the same paragraph is replaced", async () => {
    await setup("Likelihood: Low. Severity: Low. Overall: Low.");
    await runner.run(async (context) => {
      const hits = context.document.body.search("Low", { matchCase: true });
      hits.load("items");
      await context.sync();
      hits.items[0].insertText("Possible", "Replace");
      hits.items[1].insertText("Significant", "Replace");
      hits.items[2].font.bold = true;
      hits.items[2].insertText("!", "End");
      await context.sync();
      const para = context.document.body.paragraphs.getFirst().load("text");
      hits.load("items/text");
      await context.sync();
      expect(para.text).toBe("Likelihood: Possible. Severity: Significant. Overall: Low!.");
      expect(hits.items.map((h) => h.text)).toEqual(["Possible", "Significant", "Low"]);
    });
  });
});
