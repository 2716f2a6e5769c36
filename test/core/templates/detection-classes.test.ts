/**
 * Issue 15, classes 1, 2, 3, 5 and 10 through the whole analysis: documents written in habits the checks were not built
 * on. Each case lists every gap finding it must produce (kind + text) and nothing else of those kinds.
 */
import { analyze } from "../../../src/core/analyze";
import type { DocModel } from "../../../src/core/model";
import { cell, doc, heading, li, p, row, showingPlaceholder, table } from "../../support/model-builder";

const TODAY = "2026-11-23";
const GAP_KINDS = new Set([
  "placeholder",
  "unanswered",
  "unresolved-choice",
  "contradictory-choice",
  "signoff-missing",
]);

function gaps(model: DocModel): [string, string][] {
  return analyze(model, { today: TODAY })
    .findings.filter((f) => GAP_KINDS.has(f.kind))
    .map((f) => [f.kind, f.text]);
}

describe("placeholders in other habits", () => {
  it("finds template-engine fields, leaders, masks and suite prompts, once each", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      table(
        row("Project name", "{{ project_name }}"),
        row("Owner", "${owner}"),
        row("System", "[[system]]"),
        row("Directorate", "______________"),
        row("Reference", "REF-YYYY-NN"),
        row("Start date", "dd/mm/yyyy"),
        row("Team", "Type here"),
        row("Contact", "Insert name"),
        row("Lead", "Your name goes here"),
      ),
    );
    expect(gaps(model)).toEqual([
      ["placeholder", "{{ project_name }}"],
      ["placeholder", "${owner}"],
      ["placeholder", "[[system]]"],
      ["placeholder", "______________"],
      ["placeholder", "REF-YYYY-NN"],
      ["placeholder", "dd/mm/yyyy"],
      ["placeholder", "Type here"],
      ["placeholder", "Insert name"],
      ["placeholder", "Your name goes here"],
    ]);
  });

  it("reports a content control showing its placeholder whatever it says, and not as unanswered too", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      table(
        row("Department", showingPlaceholder(cell("Finance"))),
        row("Start date", showingPlaceholder(cell("Click here to enter a date."))),
        row("Decision", showingPlaceholder(cell("Choose an item."))),
      ),
    );
    expect(gaps(model)).toEqual([
      ["placeholder", "Finance"],
      ["placeholder", "Click here to enter a date."],
      ["placeholder", "Choose an item."],
    ]);
  });

  it("reports another template's option list left whole, not a legend or an answer with a slash", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      p("Key: Proposed / In progress / Done"),
      table(
        row("Measure", "Status"),
        row("Encrypt laptops", "Proposed / In progress / Done"),
        row("Train staff", "In progress"),
      ),
      p("Likelihood: Low / Medium / High  Severity: Minimal / Significant / Severe"),
      table(row("Data held", "Names/addresses of staff and HR/payroll records")),
      p("Decision: Approved / Approved with conditions / Rejected"),
    );
    expect(gaps(model)).toEqual([
      ["placeholder", "Proposed / In progress / Done"],
      ["placeholder", "Approved / Approved with conditions / Rejected"],
    ]);
  });
});

describe("questions in any numbering and mood", () => {
  it.each([
    ["3. Please describe the project:"],
    ["3) Describe the project:"],
    ["Q3 Outline the purpose of the processing"],
    ["3a List the data items you will collect:"],
    ["(a) Explain why the processing is necessary:"],
    ["1.1 Give details of the data flows:"],
    ["Tell us who will have access:"],
    ["Directorate:"],
    ["2. Will the data leave the UK?"],
  ])("%s with no answer is unanswered", (question) => {
    const model = doc(
      heading("Privacy impact assessment"),
      p(question),
      p(""),
      heading("Next section"),
      p("What is the purpose? To run the payroll."),
    );
    expect(gaps(model)).toEqual([["unanswered", question]]);
  });

  it("keeps numbered questions apart and reads guidance as part of the prompt", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      p("2. Will the data be shared?"),
      p("3. Please describe the project:"),
      p("Provide a short description in no more than 100 words, please."),
      table(row("")),
      p("4. Who is the controller?"),
      p("e.g. the council, a school or a health board"),
      p("The county council."),
    );
    expect(gaps(model)).toEqual([
      ["unanswered", "2. Will the data be shared?"],
      ["unanswered", "3. Please describe the project:"],
    ]);
  });

  it("finds the answer in the row below and in the cell below, and a label | answer row", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      table(row("Describe the project:"), row("A new payroll system for 400 staff.")),
      table(row("Outline the data flows:"), row("")),
      table(row("Directorate:", "Finance"), row("Service:", "")),
    );
    expect(gaps(model)).toEqual([
      ["unanswered", "Outline the data flows:"],
      ["unanswered", "Service:"],
    ]);
  });

  it("does not take a conditional follow-up or a routing note for a gap", () => {
    const model = doc(
      heading("Privacy impact assessment"),
      p("Is the data shared? ☐ Yes ☒ No"),
      p("If yes, please give details of who it is shared with:"),
      table(row("")),
      li("If no, skip to question 6."),
    );
    expect(gaps(model)).toEqual([]);
  });
});

describe("not assessments", () => {
  it("a questionnaire design gets no gap findings", () => {
    const model = doc(
      heading("DPIA screening questionnaire: question bank"),
      table(
        row("No.", "Question", "Answer type", "GDPR reference"),
        row("1", "Does the project use personal data?", "Yes/No", "Art. 4(1)"),
        row("2", "How likely is harm?", "Low / Medium / High", "Art. 35(7)(c)"),
        row("3", "Describe the processing:", "Free text", "Art. 35(7)(a)"),
        row("4", "Approved by", "", "Art. 24"),
      ),
    );
    expect(gaps(model)).toEqual([]);
    expect(analyze(model, { today: TODAY }).findings).toEqual([]);
  });
});
