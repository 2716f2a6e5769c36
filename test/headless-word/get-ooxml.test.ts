/**
 * headless-word's getOoxml (WordApi 1.1) at block granularity, as the API read's fallback uses it, and TableCell
 * without the merge properties Word does not have.
 */
import { openDocx } from "../../src/headless-word";
import { tableGeometriesFromOoxml } from "../../src/docx";
import { buildDocx, cell, p, row, table } from "../fixtures/docx-builder";

async function document() {
  return openDocx(
    await buildDocx(
      p("before"),
      table(row(cell(p("outer"), table(row(cell("in", { span: 2 })), row("a", "b"))), cell("x", { span: 2 }))),
      p("after"),
    ),
  );
}

describe("getOoxml", () => {
  it("gives a table's whole range as a package holding that table and the tables nested in it, nothing around", async () => {
    const doc = await document();
    const [outer, inner] = await doc.run(async (context) => {
      const tables = context.document.body.tables.load("items");
      await context.sync();
      const results = tables.items.map((t) => t.getRange("Whole").getOoxml());
      await context.sync();
      return results.map((r) => r.value);
    });
    expect(outer).toContain("pkg:package");
    expect(outer).not.toContain("before");
    expect(outer).not.toContain("after");
    expect(tableGeometriesFromOoxml(outer).map((t) => t.map((r) => r.map((c) => c.columnSpan)))).toEqual([
      [[1, 2]],
      [[2], [1, 1]],
    ]);
    expect(inner).not.toContain("outer");
    expect(tableGeometriesFromOoxml(inner)).toHaveLength(1);
  });

  it("gives a paragraph's range as that paragraph alone", async () => {
    const doc = await document();
    const ooxml = await doc.run(async (context) => {
      const result = context.document.body.paragraphs.getFirst().getRange("Whole").getOoxml();
      await context.sync();
      return result.value;
    });
    expect(ooxml).toContain("before");
    expect(ooxml).not.toContain("<w:tbl");
    expect(tableGeometriesFromOoxml(ooxml)).toEqual([]);
  });
});

describe("TableCell", () => {
  it.each(["columnSpan", "verticalMerge"])("has no %s (Word.TableCell has none)", async (name) => {
    const doc = await document();
    const error = await doc
      .run(async (context) => {
        const first = context.document.body.tables.getFirst().getCell(0, 1);
        first.load(name);
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });
});
