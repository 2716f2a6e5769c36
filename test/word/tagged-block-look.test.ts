/**
 * The tagged block takes the document's look through the Word API: its title the paragraph style of the heading it
 * names, its tables the style, header shading and font size of the table it names, and the column widths its spec
 * gives. A second run replaces it with the same layout.
 */
import type { UpsertTaggedBlockEdit } from "../../src/core/edits";
import { buildDocx, cell, heading, p, row, table } from "../fixtures/docx-builder";
import { apply, open, read } from "./support";

const TAG = "dpia-assist:test-look";

function block(level: string): UpsertTaggedBlockEdit {
  return {
    kind: "upsert-tagged-block",
    tag: TAG,
    title: "Computed block",
    anchor: { table: 0, row: 0, cell: 0 },
    expected: "Risk",
    headingText: "Step 5: Risks",
    lookLike: 0,
    tables: [
      {
        before: ["Caption line"],
        values: [
          ["ID", "Description", "Level"],
          ["1", "A risk", level],
        ],
        widths: [40, 300, 80],
        fontSize: 10,
      },
    ],
  };
}

async function documentWithLook() {
  return open(
    await buildDocx(
      heading("Step 5: Risks", 2),
      table(
        row(cell(p("Risk"), { shading: "7030A0" }), cell(p("Level"), { shading: "7030A0" })),
        row(cell(p("Loss")), cell(p("Low"))),
      ),
      p("After the table"),
    ),
  );
}

async function look(document: Awaited<ReturnType<typeof open>>) {
  return document.run(async (context) => {
    const tables = context.document.body.tables.load("items/style");
    const paragraphs = context.document.body.paragraphs.load("items/text,items/style");
    await context.sync();
    const t = tables.items[1];
    const cells = [0, 1, 2].map((c) => t.getCell(0, c).load("shadingColor,columnWidth"));
    const font = t.font.load("size");
    await context.sync();
    return {
      titleStyle: paragraphs.items.find((x) => x.text === "Computed block")?.style,
      captionStyle: paragraphs.items.find((x) => x.text === "Caption line")?.style,
      tableStyle: t.style,
      header: cells.map((c) => c.shadingColor.toUpperCase()),
      widths: cells.map((c) => c.columnWidth),
      size: font.size,
    };
  });
}

describe("tagged block look", () => {
  it("copies the heading style, the table's style, header shading and font size, and sets the widths", async () => {
    const document = await documentWithLook();
    expect((await apply(document, [block("Low")])).results[0]!.status).toBe("applied");
    const first = await look(document);
    expect(first).toEqual({
      titleStyle: "Heading 2",
      captionStyle: "Normal",
      tableStyle: "Table Grid",
      header: ["#7030A0", "#7030A0", "#7030A0"],
      widths: [40, 300, 80],
      // The document's table is 11 pt (the default): written no larger than the 10 pt the widths were made for.
      size: 10,
    });
    // Updating replaces the block in place with the same layout.
    expect((await apply(document, [block("High")])).results[0]!.status).toBe("applied");
    expect(await look(document)).toEqual(first);
    const model = await read(document);
    expect(model.tables.filter((t) => t.tag === TAG)).toHaveLength(1);
    expect(model.tables[1].rows[1].cells.map((c) => c.text)).toEqual(["1", "A risk", "High"]);
  });
});
