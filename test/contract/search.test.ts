/**
 * Body/Range/Paragraph.search (learn.microsoft.com/javascript/api/word/word.body#word-word-body-search-member(1)):
 * finds text whatever its run structure; matchCase / matchWholeWord; "The search string has a maximum length of
 * 255 characters" (Word.SearchOptions), beyond which Word fails with SearchStringInvalidOrTooLong
 * (learn.microsoft.com/javascript/api/word/word.errorcodes).
 */
import { p, r } from "../headless-word/support/mini-docx";
import { docFrom, syncError } from "./helpers";

async function found(body: string, text: string, options?: Parameters<Word.Body["search"]>[1]): Promise<string[]> {
  const doc = await docFrom(body);
  return doc.run(async (context) => {
    const results = context.document.body.search(text, options);
    results.load("items/text");
    await context.sync();
    return results.items.map((x) => x.text);
  });
}

describe("search", () => {
  it("finds text split across runs with different formatting", async () => {
    const body = `<w:p>${r("Remote, pos", "<w:i/>")}${r("sible or ")}${r("probable", "<w:b/>")}</w:p>`;
    expect(await found(body, "possible or probable")).toEqual(["possible or probable"]);
  });

  it("finds text across a manual line break written as \\n or ^l", async () => {
    const body = `<w:p>${r("Yes")}<w:r><w:br/></w:r>${r("No")}</w:p>`;
    expect(await found(body, "Yes\nNo")).toHaveLength(1);
    expect(await found(body, "Yes^lNo")).toHaveLength(1);
  });

  it("ignores case unless matchCase is set", async () => {
    const body = p("Low risk. LOW impact. low.");
    expect(await found(body, "low")).toHaveLength(3);
    expect(await found(body, "low", { matchCase: true })).toEqual(["low"]);
  });

  it("matches whole words only with matchWholeWord", async () => {
    const body = p("risk risky brisk risk.");
    expect(await found(body, "risk")).toHaveLength(4);
    expect(await found(body, "risk", { matchWholeWord: true })).toHaveLength(2);
  });

  it("does not find deleted tracked text", async () => {
    const body = `<w:p>${r("keep ")}<w:del w:id="1" w:author="A"><w:r><w:delText>secret</w:delText></w:r></w:del></w:p>`;
    expect(await found(body, "secret")).toEqual([]);
  });

  it("rejects a search string over 255 characters at sync with SearchStringInvalidOrTooLong", async () => {
    const doc = await docFrom(p("x"));
    const error = await syncError(doc, async (context) => {
      context.document.body.search("a".repeat(256));
      await context.sync();
    });
    expect(error.code).toBe("SearchStringInvalidOrTooLong");
    expect(await found(p("a".repeat(255)), "a".repeat(255))).toHaveLength(1);
  });

  it("searches within a paragraph's range only", async () => {
    const doc = await docFrom(p("gap here") + p("gap there"));
    const n = await doc.run(async (context) => {
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
    const doc = await docFrom(p("Likelihood: Low. Severity: Low. Overall: Low."));
    await doc.run(async (context) => {
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
