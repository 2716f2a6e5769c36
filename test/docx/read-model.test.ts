/**
 * src/docx reads a .docx into the DocModel: what Word's API lists (indices, text, styles) plus what only the file
 * says — grid columns and merges, check-box states, placeholder controls, highlighting — with tracked deletions left
 * out and fields shown by their results. Documents come from the fixture builder.
 */
import { readDocx } from "../../src/docx";
import type { Cell, DocModel } from "../../src/core/model";
import {
  buildDocx,
  cell,
  checkboxCC,
  contentControl,
  deleted,
  formCheckbox,
  heading,
  inserted,
  mergeField,
  p,
  row,
  rowAfterGap,
  run,
  table,
} from "../fixtures/docx-builder";

const geometry = (c: Cell) => [c.text, c.gridColumn, c.columnSpan ?? 1, c.verticallyMergedContinuation === true];
const texts = (model: DocModel) => model.paragraphs.map((x) => x.text);

describe("src/docx readDocx", () => {
  it("gives each cell its grid column and span: a merged header over two columns does not shift the row below", async () => {
    const model = await readDocx(
      await buildDocx(
        table(
          row(cell("Risk", { span: 2 }), "Likelihood", "Overall"),
          row("R1", "Data lost in transit", "Possible", "Medium"),
        ),
      ),
    );
    const [header, body] = model.tables[0].rows;
    expect(header.cells.map(geometry)).toEqual([
      ["Risk", 0, 2, false],
      ["Likelihood", 2, 1, false],
      ["Overall", 3, 1, false],
    ]);
    expect(body.cells.map((c) => [c.text, c.gridColumn])).toEqual([
      ["R1", 0],
      ["Data lost in transit", 1],
      ["Possible", 2],
      ["Medium", 3],
    ]);
  });

  it("starts a row after w:gridBefore and marks vertical-merge continuations", async () => {
    const model = await readDocx(
      await buildDocx(
        table(
          row(cell("Step", { vMerge: "restart" }), "a", "b"),
          row(cell("", { vMerge: "continue" }), "c", "d"),
          rowAfterGap(1, "e", "f"),
        ),
      ),
    );
    const rows = model.tables[0].rows.map((r) => r.cells.map(geometry));
    expect(rows).toEqual([
      [
        ["Step", 0, 1, false],
        ["a", 1, 1, false],
        ["b", 2, 1, false],
      ],
      [
        ["", 0, 1, true],
        ["c", 1, 1, false],
        ["d", 2, 1, false],
      ],
      [
        ["e", 1, 1, false],
        ["f", 2, 1, false],
      ],
    ]);
  });

  it("lists nested tables after their parent, and their paragraphs in body order with their nesting level", async () => {
    const model = await readDocx(
      await buildDocx(
        p("before"),
        table(row(cell(p("outer"), table(row("inner 1", "inner 2")), p("after inner")), "outer b")),
        p("after"),
      ),
    );
    expect(model.tables.map((t) => [t.index, t.nestingLevel, t.rows[0].cells.map((c) => c.text)])).toEqual([
      [0, 1, ["outer\nafter inner", "outer b"]],
      [1, 2, ["inner 1", "inner 2"]],
    ]);
    expect(model.paragraphs.map((x) => [x.text, x.tableNestingLevel])).toEqual([
      ["before", 0],
      ["outer", 1],
      ["inner 1", 2],
      ["inner 2", 2],
      ["after inner", 1],
      ["outer b", 1],
      ["after", 0],
    ]);
    expect(model.blocks.map((b) => (b.kind === "table" ? `t${b.table.index}` : b.paragraph.text))).toEqual([
      "before",
      "t0",
      "after",
    ]);
    expect(model.source).toBe("file");
  });

  it("shows a checkbox content control by its w14:checked state, not by the glyph it displays", async () => {
    const model = await readDocx(
      await buildDocx(
        p("Yes ", checkboxCC(false, undefined, { glyph: "☒" }), " No ", checkboxCC(true, undefined, { glyph: "☐" })),
        p("Plain ", checkboxCC(true), " ", checkboxCC(false)),
      ),
    );
    expect(texts(model)).toEqual(["Yes ☐ No ☒", "Plain ☒ ☐"]);
  });

  it("shows legacy FORMCHECKBOX fields by their state and never their field code", async () => {
    const model = await readDocx(await buildDocx(p(formCheckbox(true), " Yes ", formCheckbox(false), " No")));
    expect(texts(model)).toEqual(["☒ Yes ☐ No"]);
  });

  it("reads symbol-font boxes by their font: Wingdings 2's empty box and boxed X are boxes, Wingdings 2's F0A8 is not", async () => {
    const sym = (font: string, char: string) => ({ kind: "sym" as const, font, char });
    const model = await readDocx(
      await buildDocx(
        p(sym("Wingdings 2", "F0A3"), " Yes ", sym("Wingdings 2", "F054"), " No"),
        p(sym("Wingdings", "F0A8"), " Maybe ", sym("Wingdings 2", "F0A8"), " Other"),
      ),
    );
    expect(texts(model)).toEqual(["☐ Yes ☒ No", "☐ Maybe \uf0a8 Other"]);
  });

  it("marks what content controls show as their placeholder, in paragraphs and in cells", async () => {
    const model = await readDocx(
      await buildDocx(
        p("Name: ", contentControl("name", "", { placeholder: true }), "."),
        p("Filled: ", contentControl("filled", "Jane Doe")),
        table(row("Owner", cell(p("See: ", contentControl("owner", "", { placeholder: true }))))),
      ),
    );
    const prompt = "Click or tap here to enter text.";
    const [name, filled] = model.paragraphs;
    expect(name.text).toBe(`Name: ${prompt}.`);
    expect(name.placeholderSpans).toEqual([{ start: 6, end: 6 + prompt.length }]);
    expect(filled.placeholderSpans).toBeUndefined();
    const owner = model.tables[0].rows[0].cells[1];
    expect(owner.text).toBe(`See: ${prompt}`);
    expect(owner.placeholderSpans).toEqual([{ start: 5, end: 5 + prompt.length }]);
    expect(model.tables[0].rows[0].cells[0].placeholderSpans).toBeUndefined();
  });

  it("keeps tracked insertions and leaves tracked deletions out", async () => {
    const model = await readDocx(
      await buildDocx(
        p("Risk is ", deleted("high"), inserted("low"), "."),
        table(row(cell(p(deleted("gone"), "kept")))),
      ),
    );
    expect(texts(model)[0]).toBe("Risk is low.");
    expect(model.tables[0].rows[0].cells[0].text).toBe("kept");
  });

  it("shows field results, not field codes (complex and simple fields)", async () => {
    const model = await readDocx(
      await buildDocx(p("Dear ", mergeField("name"), ","), p(mergeField("ref", { brackets: "angle", simple: true }))),
    );
    expect(texts(model)).toEqual(["Dear «name»,", "<<ref>>"]);
  });

  it("gives highlighted text as offsets into the paragraph, adjacent runs merged", async () => {
    const model = await readDocx(
      await buildDocx(
        p("Keep ", run("delete this", { highlight: true }), run(" and this", { highlight: "green" }), " end"),
        p("No highlight at all"),
      ),
    );
    const [first, second] = model.paragraphs;
    expect(first.highlights).toEqual([{ start: 5, end: 5 + "delete this and this".length }]);
    expect(first.text.slice(first.highlights![0].start, first.highlights![0].end)).toBe("delete this and this");
    expect(second.highlights).toBeUndefined();
  });

  it("gives headings their level from the style", async () => {
    const model = await readDocx(await buildDocx(heading("Step 1", 1), heading("Why", 2), p("body")));
    expect(model.paragraphs.map((x) => x.headingLevel)).toEqual([1, 2, 0]);
  });
});
