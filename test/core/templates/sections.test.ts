import { clearTextMemos } from "../../../src/core/detect/text";
import { cellMapOf, withParagraphTexts } from "../../../src/core/model-patch";
import type { DocModel } from "../../../src/core/model";
import type { TemplateId } from "../../../src/core/report";
import { buildSections } from "../../../src/core/templates/sections";
import { buildUnits } from "../../../src/core/templates/units";
import { doc, heading, p, row, table } from "../../support/model-builder";

/**
 * The headings of rows and paragraphs are kept per Table and Paragraph object for the live re-check: sections built
 * for a patched model (most tables and paragraphs shared) or for another template equal those of a fresh copy.
 */

const model = (): DocModel =>
  doc(
    heading("Step 1: Identify the need for a DPIA"),
    p("Explain broadly what the project aims to achieve."),
    table(row("Step 2: Describe the processing"), row("3a: What is the nature of the processing?"), row("Answer")),
    p("Part 3: Balancing test"),
    heading("Likely impact", 2),
    p("Text."),
  );

const sectionsOf = (m: DocModel, template: TemplateId) => {
  const { units } = buildUnits(m);
  const index = buildSections(units, template);
  return { sections: index.sections, titles: units.map((_, i) => index.at(i)) };
};
const fresh = (m: DocModel, template: TemplateId) => {
  clearTextMemos();
  return sectionsOf(JSON.parse(JSON.stringify(m)) as DocModel, template);
};

describe("buildSections on a re-checked model", () => {
  it("equals a fresh build for another template (row headings depend on it)", () => {
    const m = model();
    const ico = sectionsOf(m, "ico-dpia");
    const form = sectionsOf(m, "question-form");
    expect(form).toEqual(fresh(m, "question-form"));
    expect(form).not.toEqual(ico);
    expect(sectionsOf(m, "ico-dpia")).toEqual(fresh(m, "ico-dpia"));
  });

  it.each([
    ["a heading paragraph is renamed", "Part 3: Balancing test", "Part 4: Decision"],
    ["a paragraph becomes a heading", "Text.", "Step 9: Sign off"],
    ["a heading row is renamed", "Step 2: Describe the processing", "Step 2: Describe the data"],
  ])("equals a fresh build when %s", (_, from, to) => {
    const m = model();
    sectionsOf(m, "ico-dpia");
    const at = m.paragraphs.findIndex((x) => x.text === from);
    const patched = withParagraphTexts(m, cellMapOf(m), new Map([[at, to]]))!;
    const again = sectionsOf(patched, "ico-dpia");
    expect(again).toEqual(fresh(patched, "ico-dpia"));
    expect(again.titles.join("|")).toContain(to);
  });
});
