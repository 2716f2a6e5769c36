/**
 * Word.Table (learn.microsoft.com/javascript/api/word/word.table): values (2D array of cell text), rowCount,
 * nestingLevel ("1 for a table that is not nested"), getCell (ItemNotFound outside the table), addRows,
 * TableRow.insertRows, TableCell.value / rowIndex / cellIndex / shadingColor, Body.insertTable with values.
 */
import { cell, p, r, row, table } from "../headless-word/support/mini-docx";
import { docFrom, reopen, syncError } from "./helpers";

describe("tables", () => {
  const basic = table(row("Risk", "Likelihood"), row("Theft", "Possible")) + p("after");

  it("reports values, rowCount, nestingLevel and cell positions", async () => {
    const doc = await docFrom(basic);
    await doc.run(async (context) => {
      const t = context.document.body.tables.getFirst().load("values,rowCount,nestingLevel");
      const c = t.getCell(1, 1).load("value,rowIndex,cellIndex");
      await context.sync();
      expect(t.values).toEqual([
        ["Risk", "Likelihood"],
        ["Theft", "Possible"],
      ]);
      expect(t.rowCount).toBe(2);
      expect(t.nestingLevel).toBe(1);
      expect([c.value, c.rowIndex, c.cellIndex]).toEqual(["Possible", 1, 1]);
    });
  });

  it("fails getCell outside the table with ItemNotFound at sync", async () => {
    const doc = await docFrom(basic);
    const error = await syncError(doc, async (context) => {
      context.document.body.tables.getFirst().getCell(5, 0);
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("lists nested tables after their parent with nestingLevel 2", async () => {
    const inner = table(row("inner"));
    const doc = await docFrom(table(row(cell(p("outer"), inner, "<w:p/>"))) + p(""));
    const levels = await doc.run(async (context) => {
      const tables = context.document.body.tables.load("items/nestingLevel,items/values");
      await context.sync();
      return tables.items.map((t) => [t.nestingLevel, t.values[0][0].split("\r")[0]]);
    });
    expect(levels).toEqual([
      [1, "outer"],
      [2, "inner"],
    ]);
  });

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

  it("joins a cell's paragraphs with \\r and keeps tabs and line breaks", async () => {
    const doc = await docFrom(
      table(row(cell(p("one"), `<w:p>${r("two")}<w:r><w:tab/></w:r>${r("x")}<w:r><w:br/></w:r>${r("y")}</w:p>`))) +
        p(""),
    );
    const value = await doc.run(async (context) => {
      const c = context.document.body.tables.getFirst().getCell(0, 0).load("value");
      await context.sync();
      return c.value;
    });
    expect(value).toBe("one\rtwo\tx\vy");
  });

  it("adds rows at the end and inserts rows after a row, copying the row's cell formatting", async () => {
    const doc = await docFrom(basic);
    await doc.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.addRows("End", 1, [["Loss", "Remote"]]);
      t.rows.getFirst().insertRows("After", 1, [["First", "Inserted"]]);
      await context.sync();
    });
    const reopened = await reopen(doc);
    const values = await reopened.run(async (context) => {
      const t = context.document.body.tables.getFirst().load("values,rowCount");
      await context.sync();
      return t.values;
    });
    expect(values).toEqual([
      ["Risk", "Likelihood"],
      ["First", "Inserted"],
      ["Theft", "Possible"],
      ["Loss", "Remote"],
    ]);
  });

  it("sets and reads cell shading as #RRGGBB", async () => {
    const doc = await docFrom(basic);
    await doc.run(async (context) => {
      const c = context.document.body.tables.getFirst().getCell(0, 0);
      c.shadingColor = "#FFC000";
      await context.sync();
      c.load("shadingColor");
      const row0 = context.document.body.tables.getFirst().rows.getFirst().load("shadingColor");
      await context.sync();
      expect(c.shadingColor).toBe("#FFC000");
      expect(row0.shadingColor).toBe("");
    });
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

  it("refuses insertTable values that do not fit with InvalidArgument", async () => {
    const doc = await docFrom(p("x"));
    const error = await syncError(doc, async (context) => {
      context.document.body.insertTable(1, 1, "End", [["a", "b"]]);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("finds a paragraph's parent cell and table, or a null object outside tables", async () => {
    const doc = await docFrom(p("out") + basic);
    await doc.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const outside = paragraphs.items[0].parentTableCellOrNullObject;
      const inside = paragraphs.items[4].parentTableCellOrNullObject;
      inside.load("rowIndex,cellIndex,value");
      await context.sync();
      expect(outside.isNullObject).toBe(true);
      expect([inside.rowIndex, inside.cellIndex, inside.value]).toEqual([1, 1, "Possible"]);
    });
  });
});
