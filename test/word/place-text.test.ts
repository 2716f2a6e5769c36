/** readPlaceText: the text of one paragraph or cell as Word reads it, over a real .docx in headless-word. */
import { openDocx } from "../../src/headless-word";
import { readPlaceText } from "../../src/word/place-text";
import { buildDocx, heading, p, row, table } from "../fixtures/docx-builder";

async function open() {
  return openDocx(
    await buildDocx(
      heading("Submitting controller details", 2),
      table(row("Name of controller", ""), row("Subject/title of DPO", "Head of Privacy")),
      p("Closing remarks."),
    ),
  );
}

test("reads a cell and a body paragraph by their Refs, in two syncs", async () => {
  const doc = await open();
  const before = doc.syncCount;
  expect(await doc.run((c) => readPlaceText(c, { table: 0, row: 1, cell: 1 }))).toBe("Head of Privacy");
  expect(doc.syncCount - before).toBeLessThanOrEqual(3); // two, plus the run's closing sync
  expect(await doc.run((c) => readPlaceText(c, { table: 0, row: 0, cell: 1 }))).toBe("");
  // Body paragraphs count the table's paragraphs too (Word's body.paragraphs): the heading, four cells, then this.
  expect(await doc.run((c) => readPlaceText(c, { paragraph: 5 }))).toBe("Closing remarks.");
  expect(await doc.run((c) => readPlaceText(c, { paragraph: 0 }))).toBe("Submitting controller details");
});

test("a place the document does not have reads as undefined, without an error", async () => {
  const doc = await open();
  expect(await doc.run((c) => readPlaceText(c, { paragraph: 99 }))).toBeUndefined();
  expect(await doc.run((c) => readPlaceText(c, { table: 3, row: 0, cell: 0 }))).toBeUndefined();
  expect(await doc.run((c) => readPlaceText(c, { table: 0, row: 5, cell: 0 }))).toBeUndefined();
  expect(await doc.run((c) => readPlaceText(c, { table: 0, row: 0, cell: 7 }))).toBeUndefined();
});
