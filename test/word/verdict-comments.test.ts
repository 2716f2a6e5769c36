import { analyze } from "../../src/core/analyze";
import type { ReviewAction, SectionVerdict } from "../../src/core/review/model";
import { openDocx } from "../../src/headless-word";
import { createDocumentService } from "../../src/word/document-service";
import { readModel } from "../../src/word/read";
import {
  verdictComments,
  verdictCommentText,
  writeVerdictComments,
  type VerdictComment,
} from "../../src/word/verdict-comments";
import { buildDocx, heading, p } from "../fixtures/docx-builder";
import { reopen, type HeadlessDocument } from "./support";

const STEP2 = "Step 2: Describe the processing";
const STEP5 = "Step 5: Identify and assess risks";

const ACTIONS: ReviewAction[] = [
  { id: "A1", section: STEP5, what: "Score risk 2", owner: "Priya Shah", due: "2026-12-15", status: "open" },
  { id: "A2", section: STEP2, what: "Name the processor", owner: "Sam Okoro", due: "2026-12-20", status: "open" },
];

/** A DPIA-like document where the author has already left a comment of their own on the Step 5 heading. */
async function documentWithAuthorComment(): Promise<HeadlessDocument> {
  const bytes = await buildDocx(
    heading("Step 2: Describe the processing", 2),
    p("We collect names and addresses of tenants to schedule repairs."),
    heading("Step 5: Identify and assess risks", 2),
    p("Risk 1: disclosure of addresses to the wrong contractor."),
  );
  // The author's comment is written under the author's name, as Word would.
  const authored = await openDocx(bytes, { author: "Jo Author" });
  await authored.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("text");
    await context.sync();
    paragraphs.items[2].getRange("Content").insertComment("Please check the scoring here.");
  });
  return reopen(authored);
}

async function comments(document: HeadlessDocument): Promise<{ content: string; at: string }[]> {
  return document.run(async (context) => {
    const list = context.document.body.getComments().load("items/content");
    await context.sync();
    const ranges = list.items.map((c) => c.getRange().load("text"));
    await context.sync();
    // Word gives a comment's paragraphs joined by "\r".
    return list.items.map((c, i) => ({ content: c.content.replace(/\r\n?/g, "\n"), at: ranges[i].text }));
  });
}

async function sectionsOf(document: HeadlessDocument) {
  const model = await document.run((context) => readModel(context));
  return analyze(model, { today: "2026-12-03" }).sections ?? [];
}

const verdict = (section: string, v: SectionVerdict["verdict"], note = ""): SectionVerdict => ({
  section,
  verdict: v,
  note,
});

describe("verdict comments", () => {
  it("writes one comment per judged section at its heading, in at most three syncs", async () => {
    const document = await documentWithAuthorComment();
    const sections = await sectionsOf(document);
    expect(sections.map((s) => s.title)).toEqual([STEP2, STEP5]);
    const wanted = verdictComments(
      [verdict(STEP2, "improvable", "Name the processor."), verdict(STEP5, "to-correct")],
      ACTIONS,
      sections,
    );
    const before = document.syncCount;
    const results = await document.run((context) => writeVerdictComments(context, wanted));
    expect(document.syncCount - before).toBeLessThanOrEqual(3);
    expect(results.map((r) => r.status)).toEqual(["added", "added"]);

    const after = await comments(await reopen(document));
    expect(after).toHaveLength(3);
    const step2 = after.find((c) => c.at === STEP2)!;
    expect(step2.content).toMatch(
      /^DPIA Assist review: Improvable — Name the processor\. — Action: Name the processor \(Sam Okoro, due 2026-12-20\) \[/,
    );
    expect(after.filter((c) => c.at === STEP5).map((c) => c.content.split(" — ")[0])).toEqual(
      expect.arrayContaining(["Please check the scoring here.", "DPIA Assist review: To correct"]),
    );
  });

  it("updates the comment in place when the verdict changes, and removes it when the verdict is withdrawn", async () => {
    const document = await documentWithAuthorComment();
    const sections = await sectionsOf(document);
    const write = (wanted: VerdictComment[]) => document.run((context) => writeVerdictComments(context, wanted));
    await write(verdictComments([verdict(STEP5, "to-correct")], ACTIONS, sections));

    const changed = verdictComments([verdict(STEP5, "acceptable", "Fixed in draft 3.")], [], sections);
    expect((await write(changed)).map((r) => r.status)).toEqual(["updated"]);
    expect((await write(changed)).map((r) => r.status)).toEqual(["unchanged"]);
    const ours = (await comments(document)).filter((c) => c.content.startsWith("DPIA Assist review:"));
    expect(ours.map((c) => c.content.split(" — "))).toEqual([
      ["DPIA Assist review: Acceptable", expect.stringMatching(/^Fixed in draft 3\. \[dpia-assist:mark:verdict-/)],
    ]);

    expect((await write(verdictComments([], [], sections))).map((r) => r.status)).toEqual(["removed"]);
    expect((await comments(document)).map((c) => c.content)).toEqual(["Please check the scoring here."]);
  });

  it("is removed by Clear marks, which keeps the author's own comment", async () => {
    const document = await documentWithAuthorComment();
    const service = createDocumentService((batch) => document.run(batch), { comments: true, trackChanges: false });
    const sections = (await service.scan()).sections ?? [];
    await service.writeVerdictComments({ verdicts: [verdict(STEP5, "to-correct")], actions: ACTIONS }, sections);
    expect(await comments(document)).toHaveLength(2);
    expect(await service.clearMarks()).toEqual({ removed: 1 });
    expect((await comments(await reopen(document))).map((c) => c.content)).toEqual(["Please check the scoring here."]);
  });

  it("refuses a new comment where the heading changed since the scan, and writes nothing there", async () => {
    const document = await documentWithAuthorComment();
    const sections = await sectionsOf(document);
    await document.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      paragraphs.items[0].insertText("Step 2: Describe the data flows", "Replace");
    });
    const [result] = await document.run((context) =>
      writeVerdictComments(context, verdictComments([verdict(STEP2, "acceptable")], [], sections.slice(0, 1))),
    );
    expect(result).toMatchObject({ section: STEP2, status: "refused", reason: "stale" });
    expect(await comments(document)).toHaveLength(1);
  });

  it("leaves a document without comments support alone", async () => {
    const document = await documentWithAuthorComment();
    const service = createDocumentService((batch) => document.run(batch), { comments: false, trackChanges: false });
    const sections = (await service.scan()).sections ?? [];
    const review = { verdicts: [verdict(STEP5, "acceptable")], actions: [] };
    expect(await service.writeVerdictComments(review, sections)).toEqual([]);
    expect(await comments(document)).toHaveLength(1);
  });

  it("cannot name its author: headless-word, like Word, has no setter for Comment.authorName", async () => {
    const document = await documentWithAuthorComment();
    await document.run(async (context) => {
      const list = context.document.body.getComments().load("items/authorName");
      await context.sync();
      const comment = list.items[0] as unknown as { authorName: string };
      expect(comment.authorName).toBe("Jo Author");
      expect(() => {
        comment.authorName = "DPIA Assist review";
      }).toThrow(TypeError);
    });
  });

  it("says whose it is in its text, since Word sets the author itself", () => {
    const text = verdictCommentText(verdict(STEP5, "to-correct", "  Score every\nrisk. "), ACTIONS);
    expect(text).toMatch(
      /^DPIA Assist review: To correct — Score every risk\. — Action: Score risk 2 \(Priya Shah, due 2026-12-15\) \[dpia-assist:mark:verdict-[0-9a-f]{8}\]$/,
    );
  });
});
