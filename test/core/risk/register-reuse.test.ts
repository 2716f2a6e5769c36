import { cellMapOf, withParagraphTexts } from "../../../src/core/model-patch";
import type { DocModel } from "../../../src/core/model";
import { buildRegister } from "../../../src/core/risk/register";
import { getMatrix } from "../../../src/core/vocabulary/risk-matrices";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { structureOf } from "./fixtures";

/**
 * The register keeps what each table gave, per Table object, for the live re-check (a patched model shares the tables
 * an edit did not touch). Built for the patched model, it must equal the register of a fresh copy of that model (no
 * table shared, nothing kept), and what a caller changes in a register must not reach the next one.
 */

const ico = getMatrix("ico-3x3");
const fresh = (model: DocModel): DocModel => JSON.parse(JSON.stringify(model)) as DocModel;
const registerOf = (model: DocModel, matrix = ico) => buildRegister(model, structureOf(model), matrix);

/** Two assessment tables without ID columns (risks numbered by position), a Step 6 table, headings between them. */
const base = () =>
  doc(
    heading("Step 5: Identify and assess risks"),
    p("Risks of the pilot."),
    table(
      row("Risk", "Likelihood", "Severity", "Overall risk"),
      row("Staff browse records", "Possible", "Significant", "Medium"),
      row("", "", "", ""),
    ),
    heading("Second site"),
    table(
      row("Risk", "Likelihood", "Severity", "Overall risk"),
      row("Data kept too long", "Remote", "Minimal", "Low"),
      row("Wrong recipient", "Probable", "Severe", "High"),
    ),
    heading("Step 6: Identify measures to reduce risk"),
    table(
      row("Risk", "Measure", "Effect on risk", "Residual risk", "Measure approved"),
      row("2", "Retention schedule", "Reduced", "Low", "Yes"),
    ),
  );

/** The paragraph index of a cell's (only) paragraph. */
function paragraphOf(model: DocModel, tableIndex: number, r: number, c: number): number {
  const map = cellMapOf(model)!;
  return map.findIndex((entry) => entry?.ref.table === tableIndex && entry.ref.row === r && entry.ref.cell === c);
}

function edited(model: DocModel, edits: [number, number, number, string][]): DocModel {
  const texts = new Map(edits.map(([t, r, c, text]) => [paragraphOf(model, t, r, c), text]));
  const patched = withParagraphTexts(model, cellMapOf(model), texts);
  if (!patched) throw new Error("the edit could not be placed");
  return patched;
}

describe("buildRegister on a re-checked model", () => {
  it.each<[string, [number, number, number, string][]]>([
    ["a value in the last table changes", [[2, 1, 3, "Eliminated"]]],
    ["a risk in the second table is rescored", [[1, 2, 1, "Remote"]]],
    // The first table gains a risk: the second table's risks, numbered by position, move on by one.
    [
      "an earlier table gains a risk",
      [
        [0, 2, 0, "Laptop stolen"],
        [0, 2, 1, "Possible"],
      ],
    ],
    ["a heading changes a risk's section", []],
  ])("equals a fresh build when %s", (_, edits) => {
    const before = base();
    // Read twice: a table's read is kept from the second time on (the first re-check after a scan).
    registerOf(before);
    registerOf(before);
    // No edit in a table: a heading changes (a new paragraph, every table shared).
    const heading = before.paragraphs.findIndex((x) => x.text === "Second site");
    const model = edits.length
      ? edited(before, edits)
      : withParagraphTexts(before, cellMapOf(before), new Map([[heading, "Third site"]]))!;
    // The tables the edit did not touch are the same objects: what was kept for them is used.
    const shared = model.tables.filter((t, i) => t === before.tables[i]).length;
    expect(shared).toBe(3 - new Set(edits.map(([t]) => t)).size);
    const again = registerOf(model);
    expect(again).toEqual(registerOf(fresh(model)));
    if (edits.length === 2) expect(again.risks.map((r) => r.id)).toEqual(["1", "2", "3", "4"]);
    if (!edits.length) expect(again.risks.map((r) => r.section)).toContain("Third site");
  });

  it("gives each register its own risks, measures and cells", () => {
    const model = base();
    // Read, then kept, then given from what was kept: none of them may be what is kept.
    for (let i = 0; i < 3; i++) {
      const register = registerOf({ ...model });
      register.risks[0].measures.push({ ...register.risks[2].measures[0] });
      register.risks[2].cells.likelihood!.context = "changed";
      register.risks[1].id = "changed";
      register.tables![0].lastRowContext = "changed";
    }
    expect(registerOf({ ...model })).toEqual(registerOf(fresh(model)));
  });

  it("reads a table again for another matrix", () => {
    const model = base();
    registerOf(model, ico);
    registerOf(model, ico);
    const nhs = getMatrix("nhs-5x5");
    expect(registerOf({ ...model }, nhs)).toEqual(registerOf(fresh(model), nhs));
  });
});
