/**
 * Comments (WordApi 1.4): Range.insertComment, Body/Range.getComments, Word.Comment content / authorName /
 * delete / getRange (learn.microsoft.com/javascript/api/word/word.comment). Runs in Word too; what is written
 * into comments.xml is checked in file/comments.test.ts.
 */
import { describe, expect, it, runner, setup } from "./helpers";

describe("comments", () => {
  it("reads comments back with content, one author and the anchored text, and deletes them", async () => {
    await setup("alpha beta gamma", "delta");
    await runner.run(async (context) => {
      context.document.body.search("beta").getFirst().insertComment("first");
      context.document.body.search("delta").getFirst().insertComment("second");
      await context.sync();
    });
    await runner.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content,items/authorName");
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(["first", "second"]);
      // The author is the signed-in user in Word and the open option headless: the same for both comments.
      expect(new Set(comments.items.map((c) => c.authorName)).size).toBe(1);
      const range = comments.items[0].getRange().load("text");
      const inFirst = context.document.body.paragraphs.getFirst().getRange().getComments().load("items/content");
      await context.sync();
      expect(range.text).toBe("beta");
      expect(inFirst.items.map((c) => c.content)).toEqual(["first"]);
      comments.items[0].delete();
      await context.sync();
    });
    const left = await runner.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content");
      const paragraph = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return [comments.items.map((c) => c.content), paragraph.text];
    });
    // Deleting a comment leaves the text it was anchored to.
    expect(left).toEqual([["second"], "alpha beta gamma"]);
  });

  it("changes a comment's content", async () => {
    await setup("alpha");
    await runner.run(async (context) => {
      const comment = context.document.body.search("alpha").getFirst().insertComment("draft");
      await context.sync();
      comment.content = "final";
      await context.sync();
    });
    const contents = await runner.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      return comments.items.map((c) => c.content);
    });
    expect(contents).toEqual(["final"]);
  });

  // Word's object model adds a comment "at the insertion point" of a collapsed selection (Comments.Add,
  // learn.microsoft.com/office/vba/api/word.comments.add); src/word/review.ts relies on it to mark an empty cell.
  // The JavaScript reference says nothing either way: this spec is what checks it in Word.
  it("accepts a comment at an insertion point and leaves the text alone", async () => {
    await setup("alpha");
    await runner.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("End").insertComment("here");
      await context.sync();
    });
    const seen = await runner.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content");
      const paragraph = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      return [comments.items.map((c) => c.content), paragraph.text];
    });
    expect(seen).toEqual([["here"], "alpha"]);
  });
});
