import { buildStructure } from "../../../src/core/templates/structure";
import { doc, heading, p } from "../../support/model-builder";

describe("paragraph slots: labels", () => {
  it("a bare label followed by another label with its value is left empty, not answered by that line", () => {
    const structure = buildStructure(
      doc(
        heading("Project details"),
        p("Directorate:"),
        p("Service: Libraries and archives"),
        p("Budget holder: A. Khan"),
      ),
    );
    const directorate = structure.slots.find((s) => s.question === "Directorate:");
    expect(directorate?.answer).toBe("");
  });

  it("a bare label followed by its value on the next line keeps that value", () => {
    const structure = buildStructure(doc(heading("Project details"), p("Directorate:"), p("Adult social care")));
    expect(structure.slots.find((s) => s.question === "Directorate:")?.answer).toBe("Adult social care");
  });
});

describe("paragraph slots: checklists", () => {
  const screening = (outcome: string) =>
    doc(
      heading("Screening"),
      p("Answer these questions to decide whether an assessment is needed:"),
      p("Will you process data about children?"),
      p("Will you match data from several sources?"),
      p("Will you use a new technology?"),
      p(outcome),
      heading("Next part"),
    );

  it("questions under an introduction, recorded on an outcome line, make no empty slot of their own", () => {
    const structure = buildStructure(screening("Outcome: [Record the result of the screening here]"));
    expect(structure.slots.filter((s) => /children/.test(s.question))).toEqual([]);
  });

  it("without an outcome line the questions are still a slot to answer", () => {
    const structure = buildStructure(screening(""));
    expect(structure.slots.some((s) => /children/.test(s.question))).toBe(true);
  });
});
