/**
 * The Table members the risk summary uses to take a document's look (WordApi 1.3,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.table): style by name, font, getBorder, and
 * TableCell.columnWidth, read and written as Word documents them, errors included.
 */
import JSZip from "jszip";
import { openDocx } from "../../src/headless-word";
import { buildDocx, p, row, table } from "../fixtures/docx-builder";

async function document() {
  return openDocx(await buildDocx(p("Before"), table(row("Head A", "Head B"), row("one", "two")), p("After")));
}

describe("Table look members", () => {
  it("reads the table style by name, its borders from the style, and sets widths, borders and font size", async () => {
    const doc = await document();
    const after = await doc.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.load("style");
      const top = t.getBorder("Top").load();
      const all = t.getBorder("All").load();
      await context.sync();
      expect(t.style).toBe("Table Grid");
      expect([top.type, top.width, top.color]).toEqual(["Single", 0.5, "#000000"]);
      expect(all.type).toBe("Single");

      t.getCell(0, 1).columnWidth = 200;
      t.getBorder("InsideVertical").type = "None";
      const bottom = t.getBorder("Bottom");
      bottom.type = "Double";
      bottom.color = "#7030A0";
      bottom.width = 1.5;
      t.font.size = 9;
      await context.sync();
      const widths = [t.getCell(0, 1).load("columnWidth"), t.getCell(1, 1).load("columnWidth")];
      const inside = t.getBorder("InsideVertical").load("type");
      const outside = t.getBorder("Outside").load("type");
      const again = t.getBorder("Bottom").load();
      const font = t.font.load("size");
      await context.sync();
      return {
        widths: widths.map((w) => w.columnWidth),
        inside: inside.type,
        outside: outside.type,
        bottom: [again.type, again.color, again.width],
        size: font.size,
      };
    });
    expect(after).toEqual({
      widths: [200, 200],
      inside: "None",
      outside: "Mixed",
      bottom: ["Double", "#7030A0", 1.5],
      size: 9,
    });
    // Only the sides set are written on the table (the others still come from its style), in schema order
    // (tblStyle, tblW, tblBorders: top, left, bottom, right, insideH, insideV; then tblLook), so Word opens the file.
    const xml = await (await JSZip.loadAsync(await doc.save())).file("word/document.xml")!.async("string");
    expect(xml).toMatch(
      /<w:tblPr><w:tblStyle w:val="TableGrid"\/><w:tblW[^>]*\/><w:tblBorders><w:bottom w:val="double" w:sz="12"[^>]*w:color="7030A0"\/><w:insideV w:val="nil"[^>]*\/><\/w:tblBorders><w:tblLook/,
    );
    expect(xml).toMatch(/<w:gridCol w:w="4000"\/>/);
  });

  it("refuses a style the document does not define, and an unknown border location", async () => {
    const doc = await document();
    await expect(
      doc.run(async (context) => {
        context.document.body.tables.getFirst().style = "No Such Table Style";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      doc.run(async (context) => {
        context.document.body.tables
          .getFirst()
          .getBorder("Diagonal" as "Top")
          .load();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
