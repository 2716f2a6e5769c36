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
