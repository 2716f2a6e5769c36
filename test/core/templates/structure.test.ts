import { refKey } from "../../../src/core/model";
import { buildStructure, recognise } from "../../../src/core/templates/structure";
import { doc, heading, li, p, row, table } from "../../support/model-builder";
import { seed000, seed002, seed003, seed004 } from "../support/seed-models";

const slotsOf = (model: ReturnType<typeof doc>) =>
  buildStructure(model).slots.map((s) => ({
    at: refKey(s.ref),
    q: s.question,
    a: s.answer,
    type: s.type,
    role: s.role,
    required: s.required,
  }));

describe("recognise", () => {
  it("tells the families apart", () => {
    expect(recognise(seed000()).recogniser.id).toBe("ico-lia");
    expect(recognise(seed002()).recogniser.id).toBe("ico-lia");
    expect(recognise(seed004()).recogniser.id).toBe("question-form");
    const policy = recognise(seed003());
    expect(policy.recogniser.id).toBe("generic");
    expect(policy.notAnAssessment).toBe(true);
  });

  it("recognises an ICO DPIA whose steps are bold table rows, not headings", () => {
    const model = doc(
      table(row("Step 1: Identify the need for a DPIA"), row("We are moving payroll to the cloud.")),
      table(
        row("Step 2: Describe the processing"),
        row("Describe the nature of the processing:"),
        row("Payroll data is uploaded monthly."),
      ),
      table(
        row("Step 5: Identify and assess risks"),
        row("Step 6: Identify measures to reduce risk"),
        row("Step 7: Sign off and record outcomes"),
      ),
    );
    const structure = buildStructure(model);
    expect(structure.template).toBe("ico-dpia");
    expect(structure.sectionOf({ table: 1, row: 2, cell: 0 })).toBe("Step 2: Describe the processing");
  });

  it("calls a generic document with a prompt an assessment-free document", () => {
    const structure = buildStructure(doc(p("Dear [Name],"), p("Thank you for your letter.")));
    expect(structure.template).toBe("generic");
    expect(structure.notAnAssessment).toBe(true);
  });

  it("honours a forced template", () => {
    expect(buildStructure(seed004(), "ico-dpia").template).toBe("ico-dpia");
  });
});

describe("sections", () => {
  it("names subsections with their part", () => {
    const structure = buildStructure(seed000());
    const optOut = structure.slots.find((s) => /opt-out/.test(s.question))!;
    expect(optOut.section).toBe("Part 3: Balancing test › Likely impact");
  });

  it("uses numbered questions as sections in question forms", () => {
    const structure = buildStructure(seed004());
    expect(structure.sections.map((s) => s.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^3a: Do you have a lawful basis/)]),
    );
  });
});

describe("answer slots", () => {
  it("pairs bullet prompts with the bullet answers after them", () => {
    const slots = slotsOf(seed000());
    const purpose = slots.find((s) => s.q.startsWith("Why do you want to process the data?"))!;
    expect(purpose.a).toMatch(/^To provide the best care/);
  });

  it("reads a prompt row and its answer row, in tables of one column", () => {
    const slots = slotsOf(
      doc(
        heading("Step 3: Consultation process"),
        table(row("Consider how to consult with relevant stakeholders:"), row("We ran two focus groups.")),
      ),
    );
    expect(slots).toEqual([expect.objectContaining({ at: "t0r1c0", a: "We ran two focus groups.", required: true })]);
  });

  it("reads check-box pairs with conditional follow-ups", () => {
    const structure = buildStructure(seed004());
    const lawful = structure.choices!.find((c) => /^3a/.test(c.question))!;
    expect(lawful.options.map((o) => [o.label, o.ticked])).toEqual([
      ["No", false],
      ["Yes", true],
    ]);
    const whyNot = structure.slots.find((s) => s.question === "Why not?" && s.section.startsWith("3b"))!;
    expect(whyNot).toMatchObject({ role: "follow-up", condition: "No", required: false });
    const basis = structure.slots.find((s) => /Please list lawful basis/.test(s.question))!;
    expect(basis).toMatchObject({ answer: "1. Public task", type: "lawful-basis", required: true });
  });

  it("reads a form laid out as label: value paragraphs and numbered questions (not any seed)", () => {
    const slots = slotsOf(
      doc(
        p("Data Protection Screening"),
        p("Q1) What personal data will you use?"),
        p("Names and email addresses of members."),
        p("Q2) Who will you share it with?"),
        p(""),
        p("Q3) How long will you keep it?"),
        p("Until membership ends."),
      ),
    );
    expect(slots.map((s) => [s.q, s.a])).toEqual([
      ["Q1) What personal data will you use?", "Names and email addresses of members."],
      ["Q2) Who will you share it with?", ""],
      ["Q3) How long will you keep it?", "Until membership ends."],
    ]);
    expect(slots[1].at).toBe("p4");
  });

  it("reads sign-off tables whose label column has a header", () => {
    const slots = slotsOf(
      doc(
        heading("Sign-off"),
        table(row("Item", "Name/date", "", "Notes"), row("Measures approved by:", "", "Integrate actions")),
      ),
    );
    expect(slots).toEqual([
      expect.objectContaining({ at: "t0r1c1", q: "Measures approved by:", role: "signoff", type: "name-date" }),
    ]);
  });

  it("does not make slots of prose, titles or notes", () => {
    const slots = slotsOf(
      doc(
        p("This template should be read alongside our guidance."),
        table(row("Document control", ""), row("Owner:", "IG team"), row("Version:", "1.2")),
        li("Keep a record of this LIA, and keep it under review."),
      ),
    );
    expect(slots.map((s) => s.q)).toEqual(["Owner:", "Version:"]);
  });
});
