/**
 * A multi-paragraph cell: a control around one of its paragraphs is a control on part of a cell, which Word on the web
 * refuses (office-js issue 3367; headless-word refuses it likewise). With comments the mark is a highlight plus a
 * comment that records the highlight to restore; clear-marks puts each paragraph's highlight back exactly. Without
 * comments there is no way to find a bare highlight again: the mark is refused with Word's reason and nothing of it
 * is left in the document.
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import JSZip from "jszip";
import { MARK_TAG_PREFIX, type MarkEdit } from "../../src/core/edits";
import { applyEditsWithOutcome } from "../../src/word/apply";
import { build as buildSeed001 } from "../fixtures/seeds/seed-001";
import { apply, findCell, formattedRuns, open, read, type HeadlessDocument } from "./support";

async function ourControls(bytes: Uint8Array): Promise<{ tag: string; parent: string; text: string }[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(dom.getElementsByTagName("w:sdt")).flatMap((sdt) => {
    const tag = sdt.getElementsByTagName("w:tag")[0]?.getAttribute("w:val") ?? "";
    if (!tag.startsWith(MARK_TAG_PREFIX)) return [];
    const text = Array.from(sdt.getElementsByTagName("w:t"))
      .map((t) => t.textContent)
      .join("");
    return [{ tag, parent: (sdt.parentNode as XmlElement).nodeName, text }];
  });
}

async function multiParagraphMark(document: HeadlessDocument): Promise<{ edit: MarkEdit; parts: string[] }> {
  const model = await read(document);
  const found = findCell(model, (t) => t.split("\n").filter((x) => x.trim() !== "").length >= 2 && t.includes("\n\n"));
  const edit: MarkEdit = {
    kind: "mark",
    ref: { table: found.table, row: found.row, cell: found.cell },
    expected: found.text,
    comment: "Check this answer.",
    findingId: "f-multi",
  };
  return { edit, parts: found.text.split("\n").filter((x) => x.trim() !== "") };
}

describe("marking a multi-paragraph cell", () => {
  it("is a highlight and a comment carrying the highlight to restore, and clear restores it", async () => {
    const bytes = await buildSeed001();
    const document = await open(bytes);
    const { edit } = await multiParagraphMark(document);
    const { results, syncs } = await apply(document, [edit], { comments: true });
    expect(results[0]!.status).toBe("applied");
    expect(syncs).toBeLessThanOrEqual(3);

    const saved = await document.save();
    expect(await ourControls(saved)).toEqual([]);
    const comments = (await (await JSZip.loadAsync(saved)).file("word/comments.xml")!.async("string")) ?? "";
    expect(comments).toContain(`[${MARK_TAG_PREFIX}f-multi|h=none]`);
    expect(await formattedRuns(saved)).not.toEqual(await formattedRuns(bytes));

    const outcome = await document.run((context) =>
      applyEditsWithOutcome(context, [{ kind: "clear-marks" }], { comments: true }),
    );
    expect(outcome.marksRemoved).toBe(1);
    const cleared = await document.save();
    expect(await ourControls(cleared)).toEqual([]);
    expect(await formattedRuns(cleared)).toEqual(await formattedRuns(bytes));
  });

  it("without comments, is refused with Word's reason and leaves nothing behind", async () => {
    const bytes = await buildSeed001();
    const document = await open(bytes);
    const { edit } = await multiParagraphMark(document);
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { results } = await apply(document, [edit], { comments: false });
    errors.mockRestore();
    const result = results[0]!;
    expect(result.status).toBe("refused");
    expect(result.status === "refused" && result.message).toMatch(/Word refused this change/);
    const saved = await document.save();
    expect(await ourControls(saved)).toEqual([]);
    expect(await formattedRuns(saved)).toEqual(await formattedRuns(bytes));
  });

  it("puts back a highlight the user had on the cell", async () => {
    const source = await open(await buildSeed001());
    const { edit } = await multiParagraphMark(source);
    const ref = edit.ref as { table: number; row: number; cell: number };
    await source.run(async (context) => {
      const tables = context.document.body.tables.load("rowCount");
      await context.sync();
      tables.items[ref.table]!.getCell(ref.row, ref.cell).body.getRange("Content").font.highlightColor = "#00FF00";
      await context.sync();
    });
    const baseline = await source.save();
    const document = await open(baseline);
    expect((await apply(document, [edit], { comments: true })).results[0]!.status).toBe("applied");
    const marked = await formattedRuns(await document.save());
    expect(marked).not.toEqual(await formattedRuns(baseline));
    await apply(document, [{ kind: "clear-marks" }], { comments: true });
    expect(await formattedRuns(await document.save())).toEqual(await formattedRuns(baseline));
  });
});
