/**
 * Every fixture read both ways — from its bytes with src/docx, and through the Word API (readModel over headless-word,
 * with each table's grid from its own OOXML as the fallback reads it) — gives the same DocModel, except for what the
 * API cannot see, listed below with its reason.
 */
import { readDocx } from "../../src/docx";
import type { DocModel } from "../../src/core/model";
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { allFixtures } from "../fixtures/fixtures";
import {
  buildDocx,
  cell,
  checkboxCC,
  contentControl,
  li,
  numberedItem,
  p,
  row,
  run,
  table,
} from "../fixtures/docx-builder";

/**
 * What only the file path gives, removed before comparing:
 * - source: says which path was used ("file" / "api");
 * - placeholderSpans: Word's API text does not say what a content control shows as its placeholder (loading
 *   every control's showingPlaceholderText would be a second walk of the document);
 * - highlights: Font.highlightColor per run is not loaded by the API read (one range per run would be needed).
 */
function comparable(model: DocModel): unknown {
  const paragraphs = model.paragraphs.map(({ placeholderSpans: _p, highlights: _h, ...rest }) => rest);
  const tables = model.tables.map((t) => ({
    ...t,
    rows: t.rows.map((r) => ({ cells: r.cells.map(({ placeholderSpans: _s, ...c }) => c) })),
  }));
  const blocks = model.blocks.map((b) => (b.kind === "table" ? `t${b.table.index}` : `p${b.paragraph.index}`));
  return { paragraphs, tables, blocks };
}

async function bothWays(bytes: Uint8Array): Promise<{ file: DocModel; api: DocModel }> {
  const document = await openDocx(bytes);
  const api = await document.run((context) => readModel(context, { tableOoxml: true }));
  return { file: await readDocx(bytes), api };
}

describe("the DocModel from the bytes equals the one from the Word API", () => {
  it.each(allFixtures().map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
    const { file, api } = await bothWays(await fixture.load());
    expect([file.source, api.source]).toEqual(["file", "api"]);
    expect(comparable(file)).toEqual(comparable(api));
    // Not vacuous: the grid came through on both paths.
    const cells = file.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.every((c) => c.gridColumn !== undefined)).toBe(true);
  });

  it("on merges, placeholders and highlights, and says what only the file shows", async () => {
    const bytes = await buildDocx(
      p("Name: ", contentControl("name", "", { placeholder: true }), " ", run("to do", { highlight: true })),
      table(row(cell("Risk", { span: 2 }), "Overall"), row("R1", "Lost laptop", "High")),
      p("Agreed ", checkboxCC(true)),
    );
    const { file, api } = await bothWays(bytes);
    expect(comparable(file)).toEqual(comparable(api));
    expect(api.tables[0].rows[0].cells.map((c) => [c.gridColumn, c.columnSpan ?? 1])).toEqual([
      [0, 2],
      [2, 1],
    ]);
    expect(file.paragraphs[0].placeholderSpans).toHaveLength(1);
    expect(file.paragraphs[0].highlights).toHaveLength(1);
    expect(api.paragraphs[0].placeholderSpans).toBeUndefined();
  });

  it("on list numbering: the number or bullet Word shows (ListItem, List.levelTypes) equals numbering.xml's", async () => {
    const bytes = await buildDocx(
      numberedItem("Who is the controller?"),
      numberedItem("What data is collected?"),
      li("Names"),
      table(row(cell(numberedItem("In a cell")))),
    );
    const { file, api } = await bothWays(bytes);
    expect(comparable(file)).toEqual(comparable(api));
    expect(api.paragraphs.map((x) => [x.list?.numbered, x.list?.label])).toEqual([
      [true, "1."],
      [true, "2."],
      // The builder's level-0 bullet is Word's own: U+F0B7 in the Symbol font, as listString gives it.
      [false, "\uF0B7"],
      [true, "1."],
    ]);
  });

  it("on an empty body: Word lists one empty paragraph", async () => {
    const { file, api } = await bothWays(await buildDocx());
    expect(comparable(file)).toEqual(comparable(api));
    expect(file.paragraphs.map((x) => x.text)).toEqual([""]);
  });

  it("differs on a checkbox control whose glyph disagrees with its state: Word's text shows the glyph", async () => {
    // Word keeps glyph and state in step; a file where they disagree is read by its state from the bytes.
    const { file, api } = await bothWays(await buildDocx(p("Yes ", checkboxCC(false, undefined, { glyph: "☒" }))));
    expect([file.paragraphs[0].text, api.paragraphs[0].text]).toEqual(["Yes ☐", "Yes ☒"]);
  });
});
