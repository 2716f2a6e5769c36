import { clearTextMemos } from "../../../src/core/detect/text";
import type { DocModel } from "../../../src/core/model";
import { keptTableSlots } from "../../../src/core/templates/kept-table-slots";
import { tableSlots } from "../../../src/core/templates/table-slots";
import { buildUnits } from "../../../src/core/templates/units";
import { doc, row, table } from "../../support/model-builder";

/**
 * keptTableSlots gives what tableSlots gives for the same table, lead, section titles and cell paragraphs — also the
 * second time, when it answers from what it kept — and a copy each time.
 */

/** A form table: a question row with its answer below, a label/value row, a check-box row, a form section in one cell. */
const form = (): DocModel =>
  doc(
    table(
      row("1: What is the purpose of the processing?"),
      row("To send newsletters."),
      row("Lead officer:", "A. Smith"),
      row("Is data shared?", "Yes ☐", "No ☒"),
      row(
        "Who will have access to the data? Me\nWhere is it stored? On site\nWill mobile devices be used?\nYes: ☐ No: ☐",
      ),
    ),
  );

const titles = (names: string[]) => (r: number) => names[Math.min(r, names.length - 1)];

function fresh(model: DocModel, sectionAt: (r: number) => string, lead?: string) {
  clearTextMemos();
  const copy = JSON.parse(JSON.stringify(model)) as DocModel;
  return tableSlots(copy.tables[0], sectionAt, lead, buildUnits(copy).cellParagraphs);
}

describe("keptTableSlots", () => {
  const sections = titles(["Step 1", "Step 1", "Step 2", "Step 3", "Step 3"]);

  it("answers as tableSlots, the first time and from what it kept", () => {
    const model = form();
    const expected = fresh(model, sections);
    expect(expected.slots.length).toBeGreaterThanOrEqual(2);
    expect(expected.choices.length).toBeGreaterThan(0);
    // Read, read and kept, then given from what was kept.
    for (let i = 0; i < 3; i++)
      expect(keptTableSlots(model.tables[0], sections, undefined, buildUnits(model).cellParagraphs)).toEqual(expected);
  });

  it.each<[string, (r: number) => string, string | undefined]>([
    ["a row's section title changed", titles(["Step 1", "Step 1", "Part B", "Step 3", "Step 3"]), undefined],
    ["the last section renamed", titles(["Step 1", "Step 1", "Step 2", "Step 9", "Step 9"]), undefined],
  ])("reads again when %s", (_, sectionAt, lead) => {
    const model = form();
    keptTableSlots(model.tables[0], sections, undefined, buildUnits(model).cellParagraphs);
    keptTableSlots(model.tables[0], sections, undefined, buildUnits(model).cellParagraphs);
    const again = keptTableSlots(model.tables[0], sectionAt, lead, buildUnits(model).cellParagraphs);
    const expected = fresh(model, sectionAt, lead);
    expect(again).toEqual(expected);
    expect(again).not.toEqual(fresh(model, sections));
  });

  it("reads again when the question written above the table changes", () => {
    const box = doc(table(row("")));
    const { cellParagraphs } = buildUnits(box);
    for (let i = 0; i < 2; i++)
      expect(keptTableSlots(box.tables[0], sections, undefined, cellParagraphs)).toEqual(fresh(box, sections));
    const led = keptTableSlots(box.tables[0], sections, "Describe the project:", cellParagraphs);
    expect(led).toEqual(fresh(box, sections, "Describe the project:"));
    expect(led.slots.map((s) => s.question)).toEqual(["Describe the project:"]);
  });

  it("reads again when a cell's paragraphs are not the same", () => {
    const model = form();
    const { cellParagraphs } = buildUnits(model);
    keptTableSlots(model.tables[0], sections, undefined, cellParagraphs);
    keptTableSlots(model.tables[0], sections, undefined, cellParagraphs);
    const none = () => undefined;
    expect(keptTableSlots(model.tables[0], sections, undefined, none)).toEqual(
      tableSlots(JSON.parse(JSON.stringify(model.tables[0])), sections, undefined, none),
    );
  });

  it("hands out a copy: changing a result does not change the next", () => {
    const model = form();
    const { cellParagraphs } = buildUnits(model);
    // The first result is read, the second read and kept, the third given from it: none may be the one kept.
    for (let i = 0; i < 3; i++) {
      const result = keptTableSlots(model.tables[0], sections, undefined, cellParagraphs);
      result.slots[0].role = "signoff";
      result.choices[0].options[0].ticked = true;
      result.slots.pop();
    }
    expect(keptTableSlots(model.tables[0], sections, undefined, cellParagraphs)).toEqual(fresh(model, sections));
  });
});
