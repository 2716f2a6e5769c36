import { goTo, TargetMissingError } from "../../src/word/go-to";
import { findCell, open, read, realBytes, type HeadlessDocument } from "./support";
import { describeReal } from "../support/real-fixtures";

async function selected(document: HeadlessDocument): Promise<string> {
  return document.run(async (context) => {
    const selection = context.document.getSelection().load("text");
    await context.sync();
    return selection.text;
  });
}

describeReal(["ico-dpia-template-blank.docx", "pia-template-modelop.docx"])("goTo", () => {
  it("selects the text inside the cell, or the whole cell when the text is gone", async () => {
    const document = await open(realBytes("ico-dpia-template-blank.docx"));
    const model = await read(document);
    const cell = findCell(model, (t) => t.includes("Minimal, significant or severe"));
    const ref = { table: cell.table, row: cell.row, cell: cell.cell };
    await document.run((context) => goTo(context, ref, "significant"));
    expect(await selected(document)).toBe("significant");
    await document.run((context) => goTo(context, ref, "not in this cell"));
    expect((await selected(document)).replace(/\r/g, "\n").trim()).toBe(cell.text.trim());
  });

  it("selects a paragraph", async () => {
    const document = await open(realBytes("pia-template-modelop.docx"));
    const model = await read(document);
    const paragraph = model.paragraphs.find((p) => p.text.trim().length > 5)!;
    await document.run((context) => goTo(context, { paragraph: paragraph.index }));
    expect((await selected(document)).trim()).toBe(paragraph.text.trim());
  });

  it("throws TargetMissingError for a place that no longer exists", async () => {
    const document = await open(realBytes("pia-template-modelop.docx"));
    await expect(document.run((context) => goTo(context, { table: 40, row: 0, cell: 0 }))).rejects.toBeInstanceOf(
      TargetMissingError,
    );
  });
});
