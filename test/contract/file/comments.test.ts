/**
 * Comments (WordApi 1.4): Range.insertComment, Body/Range.getComments, Word.Comment content / authorName /
 * delete (learn.microsoft.com/javascript/api/word/word.comment). In the file a comment is a w:comment in
 * comments.xml, reached by a relationship of type …/comments and declared in [Content_Types].xml, anchored by
 * commentRangeStart / commentRangeEnd and a commentReference run (ECMA-376 Part 1 §17.13.4).
 */
import { partText, p, r } from "../../headless-word/support/mini-docx";
import { docFrom, reopen } from "./file-helpers";

describe("comments", () => {
  it("writes comments.xml, its relationship, its content type and the range markers", async () => {
    const doc = await docFrom(p("Overall risk: ", r("Low", "<w:b/>"), " (stated)"));
    await doc.run(async (context) => {
      const hit = context.document.body.search("Low").getFirst();
      hit.insertComment("Possible × Significant gives Medium.");
      await context.sync();
    });
    const bytes = await doc.save();
    const comments = (await partText(bytes, "word/comments.xml"))!;
    const rels = (await partText(bytes, "word/_rels/document.xml.rels"))!;
    const types = (await partText(bytes, "[Content_Types].xml"))!;
    const main = (await partText(bytes, "word/document.xml"))!;
    expect(comments).toMatch(/<w:comment [^>]*w:author="Test Author"/);
    expect(comments).toContain("Possible × Significant gives Medium.");
    expect(rels).toMatch(/relationships\/comments" Target="comments.xml"/);
    expect(types).toContain(
      'PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"',
    );
    // Markers around exactly the bold run "Low", whose formatting is kept.
    expect(main).toMatch(
      /<w:commentRangeStart w:id="0"\/><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">Low<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r>/,
    );
  });

  it("gives every comment its own id across many inserts, deletions and a reopen", async () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const doc = await docFrom(words.map((w) => p(w)).join(""));
    await doc.run(async (context) => {
      for (const w of words.slice(0, 20))
        context.document.body.search(w, { matchWholeWord: true }).getFirst().insertComment(w);
      await context.sync();
      // Delete the newest, then add more: ids must not collide with the ones still there.
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      comments.items[comments.items.length - 1].delete();
      comments.items[0].delete();
      await context.sync();
      for (const w of words.slice(20, 25))
        context.document.body.search(w, { matchWholeWord: true }).getFirst().insertComment(w);
      await context.sync();
    });
    const reopened = await reopen(doc);
    await reopened.run(async (context) => {
      for (const w of words.slice(25))
        context.document.body.search(w, { matchWholeWord: true }).getFirst().insertComment(w);
      await context.sync();
    });
    const bytes = await reopened.save();
    const ids = [...(await partText(bytes, "word/comments.xml"))!.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(ids).toHaveLength(28);
    expect(new Set(ids).size).toBe(ids.length);
    const main = (await partText(bytes, "word/document.xml"))!;
    const references = [...main.matchAll(/commentReference w:id="(\d+)"/g)].map((m) => m[1]);
    expect(references.sort()).toEqual([...ids].sort());
  });
});
