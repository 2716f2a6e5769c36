import { analyze } from "../../src/core/analyze";
import { doc, heading, p, row, table } from "../support/model-builder";

const sectionsOf = (model: ReturnType<typeof doc>) => analyze(model, { today: "2026-12-03" }).sections ?? [];

describe("the sections a reviewer judges (Report.sections)", () => {
  it("are the top-level headings with their place, without a title that has nothing under it", () => {
    const model = doc(
      heading("Data Protection Impact Assessment", 1),
      heading("Step 1: Identify the need for a DPIA", 2),
      p("The service schedules repairs for tenants, using their names and addresses."),
      heading("Step 2: Describe the processing", 2),
      heading("Describe the scope of the processing", 3),
      p("About 4,000 tenants."),
      heading("Step 5: Identify and assess risks", 2),
      p("Risk 1: addresses sent to the wrong contractor."),
    );
    expect(sectionsOf(model)).toEqual([
      {
        title: "Step 1: Identify the need for a DPIA",
        ref: { paragraph: 1 },
        expected: "Step 1: Identify the need for a DPIA",
      },
      // Its subsection is its content: it is judged, the subsection is not listed on its own.
      { title: "Step 2: Describe the processing", ref: { paragraph: 3 }, expected: "Step 2: Describe the processing" },
      {
        title: "Step 5: Identify and assess risks",
        ref: { paragraph: 6 },
        expected: "Step 5: Identify and assess risks",
      },
    ]);
  });

  it("point at the cell of a table row that names the section", () => {
    const model = doc(
      heading("Step 3: Consultation process", 2),
      p("We asked the tenants' panel."),
      table(row("", "Step 4: Assess necessity and proportionality"), row("What is your lawful basis?", "Public task")),
    );
    const step4 = sectionsOf(model).find((s) => s.title.startsWith("Step 4"));
    expect(step4).toEqual({
      title: "Step 4: Assess necessity and proportionality",
      ref: { table: 0, row: 0, cell: 1 },
      expected: "Step 4: Assess necessity and proportionality",
    });
  });

  it("list a title that recurs once, at its first heading (a verdict names its section by title)", () => {
    const model = doc(
      heading("Risks", 1),
      p("Risk 1: addresses sent to the wrong contractor."),
      heading("Measures", 1),
      p("Contractors receive the address on the day of the visit."),
      heading("Risks", 1),
      p("Risk 2: repair notes kept after the repair."),
    );
    expect(sectionsOf(model).map((s) => [s.title, s.ref])).toEqual([
      ["Risks", { paragraph: 0 }],
      ["Measures", { paragraph: 2 }],
    ]);
  });
});
