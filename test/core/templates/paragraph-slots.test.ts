import { buildStructure } from "../../../src/core/templates/structure";
import { bulletLi, doc, heading, numberedLi, p } from "../../support/model-builder";

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

describe("paragraph slots: questions numbered by Word's list numbering", () => {
  const questionsOf = (structure: ReturnType<typeof buildStructure>) =>
    structure.slots.map((s) => [s.question, s.answer] as const);

  it("each numbered item of a list of questions is a question of its own, with its own answer slot", () => {
    const structure = buildStructure(
      doc(
        heading("Privacy questions"),
        numberedLi("What is the platform called?", "1."),
        p("Read Anywhere, through the library card."),
        numberedLi("Will any reading history be shared with the publisher?", "2."),
        numberedLi("Please describe the project:", "3."),
        numberedLi("Describe how borrowers sign in.", "4."),
        p("With their library card number and PIN."),
      ),
    );
    expect(questionsOf(structure)).toEqual([
      ["What is the platform called?", "Read Anywhere, through the library card."],
      ["Will any reading history be shared with the publisher?", ""],
      ["Please describe the project:", ""],
      ["Describe how borrowers sign in.", "With their library card number and PIN."],
    ]);
  });

  it("bulleted items are read as before: no number separates them", () => {
    const bullets = buildStructure(
      doc(
        heading("Privacy questions"),
        bulletLi("Will any reading history be shared with the publisher?"),
        bulletLi("Please describe the project:"),
        bulletLi("Describe how borrowers sign in."),
        p("With their library card number and PIN."),
      ),
    );
    const plain = buildStructure(
      doc(
        heading("Privacy questions"),
        p("Will any reading history be shared with the publisher?"),
        p("Please describe the project:"),
        p("Describe how borrowers sign in."),
        p("With their library card number and PIN."),
      ),
    );
    expect(questionsOf(bullets)).toEqual(questionsOf(plain));
    expect(bullets.slots.some((s) => s.question === "Describe how borrowers sign in.")).toBe(false);
  });

  it("a numbered list of answers under a question stays its answer", () => {
    const structure = buildStructure(
      doc(
        heading("Measures"),
        p("What measures will you take to reduce the risks?"),
        numberedLi("Encrypt the database.", "1."),
        numberedLi("Train staff who use the system.", "2."),
      ),
    );
    expect(questionsOf(structure)).toEqual([
      ["What measures will you take to reduce the risks?", "Encrypt the database.\nTrain staff who use the system."],
    ]);
  });

  it("an item numbered one level below the question above is its sub-question, not a new question", () => {
    const structure = buildStructure(
      doc(
        heading("Sponsor"),
        numberedLi("Research sponsor:", "4"),
        numberedLi("Have you been commissioned to perform this research for another organisation?", "4.1", 1),
        p("No."),
      ),
    );
    expect(questionsOf(structure)).toEqual([
      ["Research sponsor:\nHave you been commissioned to perform this research for another organisation?", "No."],
    ]);
  });
});
