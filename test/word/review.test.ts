import type { Edit, MarkEdit } from "../../src/core/edits";
import { applyEditsWithOutcome } from "../../src/word/apply";
import { ourCommentId } from "../../src/word/review";
import { apply, findCell, formattedRuns, open, read, realBytes, reopen, type HeadlessDocument } from "./support";
import { describeReal } from "../support/real-fixtures";

const BLANK = "ico-dpia-template-blank.docx";
const LIKELIHOOD = "Remote, possible or probable";

async function ourComments(document: HeadlessDocument): Promise<{ ours: string[]; all: string[] }> {
  return document.run(async (context) => {
    const comments = context.document.body.getComments().load("content");
    await context.sync();
    const all = comments.items.map((c) => c.content);
    return { ours: all.map(ourCommentId).filter((id): id is string => id !== null), all };
  });
}

async function marksFor(document: HeadlessDocument): Promise<MarkEdit[]> {
  const model = await read(document);
  const placeholder = findCell(model, (t) => t.includes(LIKELIHOOD));
  const empty = findCell(model, (t) => t === "");
  const paragraph = model.paragraphs.find((p) => p.tableNestingLevel === 0 && p.text.trim().length > 20)!;
  return [
    {
      kind: "mark",
      ref: { table: placeholder.table, row: placeholder.row, cell: placeholder.cell },
      expected: placeholder.text,
      find: LIKELIHOOD,
      comment: "Choose a likelihood.",
      findingId: "f-placeholder",
    },
    {
      kind: "mark",
      ref: { table: empty.table, row: empty.row, cell: empty.cell },
      expected: "",
      comment: "Answer this question.",
      findingId: "f-empty",
    },
    {
      kind: "mark",
      ref: { paragraph: paragraph.index },
      expected: paragraph.text,
      comment: "Check this paragraph.",
      findingId: "f-paragraph",
    },
  ];
}

describeReal(["ico-dpia-template-blank.docx", "ico-dpia-filled-fennex.docx"])("reviewer marks", () => {
  it("highlights and comments each gap, then clear restores the document exactly", async () => {
    const bytes = realBytes(BLANK);
    const document = await open(bytes);
    const edits = await marksFor(document);
    const { results, syncs } = await apply(document, edits, { comments: true });
    expect(results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    expect(syncs).toBeLessThanOrEqual(3);

    const marked = await reopen(document);
    expect((await ourComments(marked)).ours.sort()).toEqual(["f-empty", "f-paragraph", "f-placeholder"]);
    const runs = (await formattedRuns(await marked.save())).flat();
    const placeholderFormat = runs[runs.findIndex((r) => r.includes(LIKELIHOOD)) - 1]!;
    expect(placeholderFormat).toMatch(/w:highlight/);
    // Marks change formatting only: the text of every paragraph is as before.
    expect((await read(marked)).paragraphs.map((p) => p.text)).toEqual(
      (await read(await open(bytes))).paragraphs.map((p) => p.text),
    );

    const outcome = await marked.run((context) =>
      applyEditsWithOutcome(context, [{ kind: "clear-marks" }], { comments: true }),
    );
    expect(outcome.marksRemoved).toBe(3);
    const cleared = await reopen(marked);
    expect((await ourComments(cleared)).all).toEqual([]);
    expect(await formattedRuns(await cleared.save())).toEqual(await formattedRuns(bytes));
  });

  it("leaves the user's own highlights and comments in place", async () => {
    const document = await open(realBytes(BLANK));
    const model = await read(document);
    const placeholder = findCell(model, (t) => t.includes(LIKELIHOOD));
    const other = model.paragraphs.find((p) => p.tableNestingLevel === 0 && p.text.trim().length > 20)!;
    // The user highlights the placeholder and another paragraph, and comments on that paragraph.
    await document.run(async (context) => {
      const tables = context.document.body.tables.load("rowCount");
      const paragraphs = context.document.body.paragraphs.load("text");
      await context.sync();
      tables.items[placeholder.table]!.getCell(placeholder.row, placeholder.cell).body.getRange(
        "Content",
      ).font.highlightColor = "#00FF00";
      const range = paragraphs.items[other.index]!.getRange("Content");
      range.font.highlightColor = "#00FFFF";
      range.insertComment("My own note");
      await context.sync();
    });
    const baseline = await document.save();
    const user = await open(baseline);
    const edits = await marksFor(user);
    expect((await apply(user, edits, { comments: true })).results.every((r) => r.status === "applied")).toBe(true);
    expect((await apply(user, [{ kind: "clear-marks" }], { comments: true })).results[0]!.status).toBe("applied");
    const after = await reopen(user);
    expect((await ourComments(after)).all).toEqual(["My own note"]);
    expect(await formattedRuns(await after.save())).toEqual(await formattedRuns(baseline));
  });

  it("marking twice adds no second mark", async () => {
    const document = await open(realBytes(BLANK));
    const edits = await marksFor(document);
    await apply(document, edits, { comments: true });
    await apply(document, edits, { comments: true });
    expect((await ourComments(document)).ours).toHaveLength(3);
    const outcome = await document.run((context) =>
      applyEditsWithOutcome(context, [{ kind: "clear-marks" }], { comments: true }),
    );
    expect(outcome.marksRemoved).toBe(3);
  });

  it("without comments (WordApi 1.3) marks are highlights only, and an empty slot cannot be marked", async () => {
    const document = await open(realBytes(BLANK));
    const edits = await marksFor(document);
    const { results } = await apply(document, edits, { comments: false });
    expect(results.map((r) => r.status)).toEqual(["applied", "refused", "applied"]);
    expect((await ourComments(document)).all).toEqual([]);
  });

  it("refuses to mark text that changed since the scan", async () => {
    const document = await open(realBytes(BLANK));
    const [mark] = await marksFor(document);
    const stale: Edit = { ...mark!, expected: "Probable" };
    const { results } = await apply(document, [stale], { comments: true });
    expect(results[0]).toMatchObject({ status: "refused", reason: "stale" });
  });
});

describeReal(["ico-dpia-template-blank.docx", "ico-dpia-filled-fennex.docx"])("many marks", () => {
  it("marks every paragraph and cell of a real document (up to 200) in at most 3 syncs, and clears them all", async () => {
    const bytes = realBytes("ico-dpia-filled-fennex.docx");
    const document = await open(bytes);
    const model = await read(document);
    const edits: MarkEdit[] = [];
    model.paragraphs
      .filter((p) => p.tableNestingLevel === 0 && p.text.trim() !== "")
      .forEach((p) =>
        edits.push({
          kind: "mark",
          ref: { paragraph: p.index },
          expected: p.text,
          comment: "Check.",
          findingId: `p${p.index}`,
        }),
      );
    model.tables.forEach((t) =>
      t.rows.forEach((r, ri) =>
        r.cells.forEach((c, ci) => {
          if (c.text.trim() !== "")
            edits.push({
              kind: "mark",
              ref: { table: t.index, row: ri, cell: ci },
              expected: c.text,
              comment: "Check.",
              findingId: `t${t.index}r${ri}c${ci}`,
            });
        }),
      ),
    );
    const batch = edits.slice(0, 200);
    expect(batch.length).toBeGreaterThan(50);
    const { results, syncs } = await apply(document, batch, { comments: true });
    expect(results.filter((r) => r.status !== "applied")).toEqual([]);
    expect(syncs).toBeLessThanOrEqual(3);
    expect((await ourComments(document)).ours).toHaveLength(batch.length);
    const cleared = await apply(document, [{ kind: "clear-marks" }], { comments: true });
    expect(cleared.syncs).toBeLessThanOrEqual(3);
    expect(await formattedRuns(await document.save())).toEqual(await formattedRuns(bytes));
  });
});
