/**
 * Word.Table (learn.microsoft.com/javascript/api/word/word.table): values (2D array of cell text), rowCount,
 * nestingLevel ("1 for a table that is not nested"), getCell (ItemNotFound outside the table), addRows,
 * TableRow.insertRows, TableCell.value / rowIndex / cellIndex / shadingColor, Body.insertTable with values.
 */
import { p, r } from "../../headless-word/support/mini-docx";
import { docFrom, reopen } from "./file-helpers";

describe("tables", () => {
  it("reports merged cells as they are in the file: one cell per w:tc, vertical continuations empty", async () => {
    const merged =
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
      `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>${r("wide")}</w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${r("tall")}</w:p></w:tc></w:tr>` +
      `<w:tr><w:tc><w:p>${r("a")}</w:p></w:tc><w:tc><w:p>${r("b")}</w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>` +
      p("");
    const doc = await docFrom(merged);
    const values = await doc.run(async (context) => {
      const t = context.document.body.tables.getFirst().load("values");
      await context.sync();
      return t.values;
    });
    expect(values).toEqual([
      ["wide", "tall"],
      ["a", "b", ""],
    ]);
  });

  it("inserts a complete table after a paragraph, with values, grid and header row", async () => {
    const doc = await docFrom(p("Intro") + p("End"));
    await doc.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertTable(2, 3, "After", [
        ["A", "B", "C"],
        ["1", "2", "3"],
      ]);
      await context.sync();
    });
    const reopened = await reopen(doc);
    await reopened.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
      const t = context.document.body.tables.getFirst().load("values,headerRowCount");
      await context.sync();
      expect(t.values).toEqual([
        ["A", "B", "C"],
        ["1", "2", "3"],
      ]);
      expect(t.headerRowCount).toBe(1);
      expect(paragraphs.items[0].text).toBe("Intro");
      expect(paragraphs.items[paragraphs.items.length - 1].text).toBe("End");
    });
  });
});
