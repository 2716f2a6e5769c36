/**
 * Word.Table (learn.microsoft.com/javascript/api/word/word.table): values (2D array of cell text), rowCount,
 * nestingLevel ("1 for a table that is not nested"), getCell (ItemNotFound outside the table), addRows,
 * TableRow.insertRows, TableCell.value / rowIndex / cellIndex / shadingColor, insertTable with values. Runs in Word
 * too; merged cells and the table headless-word writes are checked in file/tables.test.ts.
 */
import { describe, expect, it, paragraphTexts, runner, setup, syncError, table } from "./helpers";

const basic = table(["Risk", "Likelihood"], ["Theft", "Possible"]);

describe("tables", () => {
  it("reports values, rowCount, nestingLevel and cell positions", async () => {
    await setup("before", basic, "after");
    await runner.run(async (context) => {
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
    await setup("before", basic);
    const error = await syncError(async (context) => {
      context.document.body.tables.getFirst().getCell(5, 0);
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("lists nested tables after their parent with nestingLevel 2", async () => {
    await setup("before", table(["outer"]));
    await runner.run(async (context) => {
      context.document.body.tables
        .getFirst()
        .getCell(0, 0)
        .body.insertTable(1, 1, "End", [["inner"]]);
      await context.sync();
    });
    const levels = await runner.run(async (context) => {
      const tables = context.document.body.tables.load("items/nestingLevel,items/values");
      await context.sync();
      return tables.items.map((t) => [t.nestingLevel, t.values[0][0].split("\r")[0]]);
    });
    expect(levels).toEqual([
      [1, "outer"],
      [2, "inner"],
    ]);
  });

  it("joins a cell's paragraphs with \\r and keeps tabs and line breaks", async () => {
    await setup("before", table(["one"]));
    await runner.run(async (context) => {
      context.document.body.tables
        .getFirst()
        .getCell(0, 0)
        .body.insertParagraph("two\tx", "End")
        .insertText("\vy", "End");
      await context.sync();
    });
    const value = await runner.run(async (context) => {
      const c = context.document.body.tables.getFirst().getCell(0, 0).load("value");
      await context.sync();
      return c.value;
    });
    expect(value).toBe("one\rtwo\tx\vy");
  });

  it("adds rows at the end and inserts rows after a row", async () => {
    await setup("before", basic);
    await runner.run(async (context) => {
      const t = context.document.body.tables.getFirst();
      t.addRows("End", 1, [["Loss", "Remote"]]);
      t.rows.getFirst().insertRows("After", 1, [["First", "Inserted"]]);
      await context.sync();
    });
    const values = await runner.run(async (context) => {
      const t = context.document.body.tables.getFirst().load("values");
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
    await setup("before", basic);
    await runner.run(async (context) => {
      const c = context.document.body.tables.getFirst().getCell(0, 0);
      c.shadingColor = "#FFC000";
      await context.sync();
      c.load("shadingColor");
      await context.sync();
      expect(c.shadingColor).toBe("#FFC000");
    });
  });

  it("inserts a table after a paragraph with its values, between the paragraphs around it", async () => {
    await setup("Intro", "End");
    await runner.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertTable(2, 3, "After", [
        ["A", "B", "C"],
        ["1", "2", "3"],
      ]);
      await context.sync();
    });
    const values = await runner.run(async (context) => {
      const t = context.document.body.tables.getFirst().load("values");
      await context.sync();
      return t.values;
    });
    expect(values).toEqual([
      ["A", "B", "C"],
      ["1", "2", "3"],
    ]);
    const texts = await paragraphTexts();
    expect([texts[0], texts[texts.length - 1]]).toEqual(["Intro", "End"]);
  });

  it("refuses insertTable values that do not fit with InvalidArgument", async () => {
    await setup("x");
    const error = await syncError(async (context) => {
      context.document.body.insertTable(1, 1, "End", [["a", "b"]]);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("finds a paragraph's parent cell and table, or a null object outside tables", async () => {
    await setup("out", basic);
    await runner.run(async (context) => {
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
