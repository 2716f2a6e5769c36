/**
 * Insert and range locations each object accepts, as the Word JavaScript API reference lists them ("insertLocation
 * … Must be 'Replace', 'Start', or 'End'", learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-inserttext-member(1)
 * and the same pages for Body, Range, ContentControl, Table, TableRow). A location outside the list is a bad
 * argument: Word fails the batch at sync with InvalidArgument (Word.ErrorCodes.invalidArgument, "The argument is
 * invalid or missing or has an incorrect format"), and nothing is inserted. Runs in Word too.
 */
import { describe, expect, it, paragraphTexts, runner, setup, syncError, table } from "./helpers";

type Target = "body" | "paragraph" | "range" | "control" | "table" | "row";

/** The object each case calls on, built fresh in the batch. */
function target(context: Word.RequestContext, kind: Target) {
  const body = context.document.body;
  switch (kind) {
    case "body":
      return body;
    case "paragraph":
      return body.paragraphs.getFirst();
    case "range":
      return body.search("alpha").getFirst();
    case "control":
      return body.contentControls.getFirst();
    case "table":
      return body.tables.getFirst();
    case "row":
      return body.tables.getFirst().rows.getFirst();
  }
}

type Call = (on: ReturnType<typeof target>, location: string) => void;
const insertText: Call = (on, at) => (on as Word.Paragraph).insertText("new", at as Word.InsertLocation.start);
const insertParagraph: Call = (on, at) =>
  (on as Word.Paragraph).insertParagraph("new", at as Word.InsertLocation.after);
const insertTable: Call = (on, at) =>
  (on as Word.Paragraph).insertTable(1, 1, at as Word.InsertLocation.after, [["new"]]);
const getRange: Call = (on, at) => {
  (on as Word.Paragraph).getRange(at as Word.RangeLocation.whole).load("text");
};
const addRows: Call = (on, at) => (on as Word.Table).addRows(at as Word.InsertLocation.end, 1, [["new"]]);
const insertRows: Call = (on, at) => (on as Word.TableRow).insertRows(at as Word.InsertLocation.after, 1, [["new"]]);

/** [object, method, call, locations the reference does not allow for it]. */
const refused: Array<[Target, string, Call, string[]]> = [
  ["body", "insertText", insertText, ["Before", "After"]],
  ["paragraph", "insertText", insertText, ["Before", "After"]],
  ["control", "insertText", insertText, ["Before", "After"]],
  ["body", "insertParagraph", insertParagraph, ["Before", "After", "Replace"]],
  ["paragraph", "insertParagraph", insertParagraph, ["Start", "End", "Replace"]],
  ["range", "insertParagraph", insertParagraph, ["Start", "End", "Replace"]],
  ["table", "insertParagraph", insertParagraph, ["Start", "End"]],
  ["body", "insertTable", insertTable, ["Before", "After"]],
  ["paragraph", "insertTable", insertTable, ["Start", "End"]],
  ["body", "getRange", getRange, ["Before"]],
  ["paragraph", "getRange", getRange, ["Before"]],
  ["range", "getRange", getRange, ["Before"]],
  ["table", "getRange", getRange, ["Before", "Content"]],
  ["table", "insertTable", insertTable, ["Start", "End"]],
  ["control", "insertParagraph", insertParagraph, ["Replace"]],
  ["control", "getRange", getRange, ["Replace"]],
  ["table", "addRows", addRows, ["Before", "After"]],
  ["row", "insertRows", insertRows, ["Start", "End"]],
];

async function refusedSpec(kind: Target, call: Call, location: string): Promise<void> {
  await setup("alpha", "beta", table(["cell"]), "gamma");
  await runner.run(async (context) => {
    context.document.body.paragraphs.getFirst().insertContentControl().tag = "spec";
    await context.sync();
  });
  const before = await paragraphTexts();
  const error = await syncError(async (context) => {
    call(target(context, kind), location);
    await context.sync();
  });
  expect(error.code).toBe("InvalidArgument");
  expect(await paragraphTexts()).toEqual(before);
}

describe("insert and range locations", () => {
  // One spec per refused location; each spec has its own batches (the loop declares specs, it does not sync).
  const cases = refused.flatMap(([kind, method, call, locations]) =>
    locations.map((location) => ({ kind, method, call, location })),
  );
  cases.forEach(({ kind, method, call, location }) =>
    it(`${kind}.${method}("${location}") fails with InvalidArgument and inserts nothing`, () =>
      refusedSpec(kind, call, location)),
  );

  it("accepts every location the reference lists for insertText on a range", async () => {
    await setup("alpha", "alpha", "alpha", "alpha");
    await runner.run(async (context) => {
      const hits = context.document.body.search("alpha").load("items");
      await context.sync();
      ["Before", "Start", "End", "After"].forEach((at, i) =>
        hits.items[i].insertText(`[${at}]`, at as Word.InsertLocation.start),
      );
      await context.sync();
    });
    expect(await paragraphTexts()).toEqual(["[Before]alpha", "[Start]alpha", "alpha[End]", "alpha[After]"]);
  });

  it("accepts Whole, Start, End, After and Content for getRange on a paragraph, and Whole, Start, End on a table", async () => {
    await setup("alpha", table(["cell"]));
    const texts = await runner.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      const table = context.document.body.tables.getFirst();
      const ranges = [
        ...["Whole", "Start", "End", "After", "Content"].map((at) =>
          paragraph.getRange(at as Word.RangeLocation.whole),
        ),
        ...["Whole", "Start", "End"].map((at) => table.getRange(at as Word.RangeLocation.whole)),
      ];
      ranges.forEach((r) => r.load("text"));
      await context.sync();
      return ranges.map((r) => r.text);
    });
    // Whole ranges are only required not to fail: whether Word puts the paragraph mark or cell markers in their
    // text is not documented.
    expect([texts[1], texts[2], texts[3], texts[4], texts[6], texts[7]]).toEqual(["", "", "", "alpha", "", ""]);
  });
});
