import type { UpsertTaggedBlockEdit } from "../../src/core/edits";
import { apply, findCell, open, read, realBytes, reopen, type HeadlessDocument } from "./support";
import { describeReal } from "../support/real-fixtures";

const TAG = "dpia-assist:test-block";

function block(
  anchor: UpsertTaggedBlockEdit["anchor"],
  expected: string,
  level: "low" | "high",
): UpsertTaggedBlockEdit {
  return {
    kind: "upsert-tagged-block",
    tag: TAG,
    title: "Test block",
    anchor,
    expected,
    tables: [
      {
        before: ["Computed summary"],
        values: [
          ["Risk", "Overall"],
          ["1", level === "low" ? "Low" : "High"],
        ],
        shading: [
          [null, null],
          [null, level],
        ],
        after: [`Level ${level}`],
      },
      { values: [["a", "b"]] },
    ],
  };
}

async function blocks(document: HeadlessDocument): Promise<string[]> {
  return document.run(async (context) => {
    const controls = context.document.contentControls.getByTag(TAG).load("text");
    await context.sync();
    return controls.items.map((c) => c.text);
  });
}

async function shadingOf(document: HeadlessDocument, table: number, row: number, cell: number): Promise<string> {
  return document.run(async (context) => {
    const tables = context.document.body.tables.load("rowCount");
    await context.sync();
    const found = tables.items[table]!.getCell(row, cell).load("shadingColor");
    await context.sync();
    return found.shadingColor;
  });
}

describeReal(["ico-dpia-template-blank.docx", "pia-template-modelop.docx"])("upsert-tagged-block", () => {
  it("inserts the block after the anchor table, then updates it in place on a second run", async () => {
    const document = await open(realBytes("ico-dpia-template-blank.docx"));
    const model = await read(document);
    const anchor = findCell(model, (t) => t.startsWith("Identify additional measures"));
    const ref = { table: anchor.table, row: anchor.row, cell: anchor.cell };
    const first = await apply(document, [block(ref, anchor.text, "high")]);
    expect(first.results[0]!.status).toBe("applied");
    expect(first.syncs).toBeLessThanOrEqual(3);
    let after = await read(await reopen(document));
    const tagged = after.tables.filter((t) => t.tag === TAG);
    expect(tagged.map((t) => t.index)).toEqual([anchor.table + 1, anchor.table + 2]);
    expect(tagged[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Risk", "Overall"],
      ["1", "High"],
    ]);
    expect((await shadingOf(document, anchor.table + 1, 1, 1)).toUpperCase()).toBe("#FFC7CE");
    expect(await blocks(document)).toHaveLength(1);
    expect((await blocks(document))[0]).toMatch(/^Test block\s+Computed summary[\s\S]*Level high/);

    const second = await apply(document, [block(ref, anchor.text, "low")]);
    expect(second.results[0]!.status).toBe("applied");
    after = await read(await reopen(document));
    expect(await blocks(document)).toHaveLength(1);
    expect((await blocks(document))[0]).toMatch(/Level low/);
    expect(after.tables.filter((t) => t.tag === TAG)[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(["1", "Low"]);
    // Everything outside the block is as it was.
    const outside = (m: typeof model) =>
      m.tables.filter((t) => t.tag !== TAG).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(outside(after)).toEqual(outside(model));
    const bodyText = (m: typeof model) => m.paragraphs.filter((p) => p.tableNestingLevel === 0).map((p) => p.text);
    const extra = bodyText(after).filter((t) => !bodyText(model).includes(t));
    expect(extra.every((t) => ["Test block", "Computed summary", "Level low", ""].includes(t))).toBe(true);
  });

  it("refuses to insert when the anchor changed", async () => {
    const document = await open(realBytes("ico-dpia-template-blank.docx"));
    const model = await read(document);
    const anchor = findCell(model, (t) => t.startsWith("Identify additional measures"));
    const { results } = await apply(document, [block({ table: anchor.table, row: 0, cell: 0 }, "Other text", "low")]);
    expect(results[0]).toMatchObject({ status: "refused", reason: "stale" });
    expect(await blocks(document)).toHaveLength(0);
  });

  it("inserts at the end of the document when asked", async () => {
    const document = await open(realBytes("pia-template-modelop.docx"));
    const { results } = await apply(document, [block("end", "", "low")]);
    expect(results[0]!.status).toBe("applied");
    const model = await read(await reopen(document));
    expect(model.tables.filter((t) => t.tag === TAG)).toHaveLength(2);
  });
});
