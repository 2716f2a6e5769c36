/**
 * Documents written differently from the seeds (other wording, other layouts), so that nothing is tuned to one
 * file: a filled DPIA answered in prose under headings, a company Q&A table, an LIA in two-column tables, a memo.
 */
import { analyze } from "../../src/core/analyze";
import { doc, heading, p, row, table } from "../support/model-builder";

const TODAY = "2026-11-23";
const kinds = (model: ReturnType<typeof doc>) =>
  analyze(model, { today: TODAY }).findings.map((f) => `${f.kind}:${f.messageId}`);

describe("documents written differently", () => {
  it("a fully filled DPIA answered in prose under the step headings has no gaps", () => {
    const model = doc(
      heading("Data Protection Impact Assessment – School Photo App", 1),
      heading("Step 1: Identify the need for a DPIA", 2),
      p("The app lets parents receive photographs taken at school events; it processes children's images at scale."),
      heading("Step 2: Describe the processing", 2),
      p("Photographs are uploaded by staff, stored in a UK data centre and deleted after one year."),
      heading("Step 3: Consultation process", 2),
      p("We surveyed parents in March and consulted our DPO and IT security lead."),
      heading("Step 4: Assess necessity and proportionality", 2),
      p("Our lawful basis is consent from parents, which can be withdrawn at any time from the app settings."),
      heading("Step 5: Identify and assess risks", 2),
      table(
        row("Risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
        row("Photos sent to the wrong parent", "Possible", "Significant", "Medium"),
      ),
      heading("Step 6: Identify measures to reduce risk", 2),
      table(
        row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
        row("Photos sent to the wrong parent", "Tag review by two staff", "Reduced", "Low", "Yes"),
      ),
      heading("Step 7: Sign off and record outcomes", 2),
      table(
        row("Item", "Name/position/date", "Notes"),
        row("Measures approved by:", "Head teacher, 4 March 2025", ""),
        row("Residual risks approved by:", "Head teacher, 4 March 2025", ""),
        row("DPO advice provided:", "A. Jones (DPO), 1 March 2025", ""),
        row("Summary of DPO advice:", "Proceed once tag review is in place.", ""),
        row("DPO advice accepted or overruled by:", "Accepted, head teacher, 4 March 2025", ""),
        row("Comments:", "None", ""),
        row("This DPIA will be kept under review by:", "Data protection lead", ""),
      ),
    );
    const report = analyze(model, { today: TODAY });
    expect(report.template).toBe("ico-dpia");
    // No gaps. Children's images are WP248's vulnerable data subjects: the screening says so once, as information.
    expect(report.findings.map((f) => [f.kind, f.severity, f.data.criteria])).toEqual([
      ["dpia-screening", "info", "data concerning vulnerable data subjects"],
    ]);
    expect(report.progress.answered).toBe(report.progress.total);
  });

  it("a company Q&A table: the empty answer, not the filled ones nor the ticked box", () => {
    const model = doc(
      heading("Privacy Impact Assessment: Customer chatbot", 1),
      table(
        row("No.", "Question", "Answer"),
        row(
          "1",
          "What personal data will the chatbot collect?",
          "Name, email, chat transcript. Lawful basis: legitimate interests.",
        ),
        row("2", "Where will it be stored?", ""),
        row("3", "Will data leave the UK?", "Yes ☐ No ☒"),
        row("4", "Who approves this PIA?", "Jane Doe, CISO"),
      ),
    );
    const report = analyze(model, { today: TODAY });
    expect(report.findings.map((f) => [f.kind, f.text])).toEqual([["unanswered", "Where will it be stored?"]]);
  });

  it("an LIA in two-column tables with a reasoned No is complete", () => {
    const model = doc(
      heading("Legitimate Interests Assessment – Fraud screening"),
      heading("Part 1: Purpose test"),
      table(
        row("Question", "Response"),
        row("Why do you want to process the data?", "To detect fraudulent orders."),
        row("Do any third parties benefit?", "Card issuers."),
      ),
      heading("Part 2: Necessity test"),
      table(row("Question", "Response"), row("Is the processing proportionate?", "Yes, only order data is screened.")),
      heading("Part 3: Balancing test"),
      table(
        row(
          "Can you offer individuals an opt-out?",
          "No – screening must apply to every order; we explain it in the privacy notice.",
        ),
      ),
      heading("Making the decision"),
      table(
        row("Can you rely on legitimate interests for this processing?", "Yes"),
        row("LIA completed by", "R. Patel"),
        row("Date", "02/02/2026"),
      ),
    );
    expect(kinds(model)).toEqual([]);
  });

  it("the same LIA with the response column left empty", () => {
    const model = doc(
      heading("Part 1: Purpose test"),
      table(
        row("Question", "Response"),
        row("Why do you want to process the data?", ""),
        row("Do any third parties benefit?", "Card issuers."),
      ),
      heading("Part 2: Necessity test"),
      heading("Part 3: Balancing test"),
      heading("Making the decision"),
    );
    expect(kinds(model)).toEqual(["unanswered:empty"]);
  });

  it("prompts and answers typed into the same cell (one-row tables)", () => {
    const model = doc(
      heading("Step 1: Identify the need for a DPIA"),
      table(
        row(
          "Explain broadly what project aims to achieve and what type of processing it involves.\nWe use Log My Care as our CRM.",
        ),
      ),
      heading("Step 2: Describe the processing"),
      table(
        row(
          "Describe the nature of the processing: how will you collect, use, store and delete data?\nWhat types of processing identified as likely high risk are involved?\n\nData is provided by the individual, and includes:\nname, dob, next of kin.",
        ),
      ),
      table(row("Describe the scope of the processing: what is the nature of the data?\n")),
      heading("Step 4: Assess necessity and proportionality"),
      table(
        row(
          "Describe compliance and proportionality measures: what is your lawful basis for processing?\nOur lawful basis is public task.",
        ),
      ),
      heading("Step 5: Identify and assess risks"),
      heading("Step 7: Sign off and record outcomes"),
    );
    const report = analyze(model, { today: TODAY });
    expect(report.findings.map((f) => [f.kind, f.messageId, f.section])).toEqual([
      ["unanswered", "empty", "Step 2: Describe the processing"],
    ]);
    expect(report.findings[0].text).toMatch(/^Describe the scope of the processing/);
    expect(report.findings[0].append).toBe(true);
  });

  it("a screening table with a Yes/No column: the blank answer, not the column title", () => {
    const model = doc(
      heading("DPIA screening checklist"),
      table(
        row("Question", "Yes/No", "Comments"),
        row("Will the project use new technology?", "Yes", "Cloud CRM"),
        row("Will it involve profiling?", "", ""),
        row("Will it process children's data?", "No", ""),
      ),
    );
    const report = analyze(model, { today: TODAY, template: "question-form" });
    expect(report.findings.filter((f) => f.kind !== "lawful-basis-missing").map((f) => [f.kind, f.text])).toEqual([
      ["unanswered", "Will it involve profiling?"],
    ]);
  });

  it("sign-off lines written as paragraphs", () => {
    const model = doc(
      heading("Step 1: Identify the need for a DPIA"),
      p("We are replacing the CRM; our lawful basis is contract (necessary for the performance of a contract)."),
      heading("Step 5: Identify and assess risks"),
      heading("Step 7: Sign off and record outcomes"),
      p("Measures approved by: J Smith, Director, 2 February 2026"),
      p("Residual risks approved by:"),
      p("This DPIA will be kept under review by: the DPO"),
    );
    const report = analyze(model, { today: TODAY });
    expect(report.findings.map((f) => [f.kind, f.messageId, f.text])).toEqual([
      ["signoff-missing", "missing", "Residual risks approved by:"],
    ]);
  });

  it("a memo with a question in it is not an assessment", () => {
    const report = analyze(
      doc(heading("Team update"), p("What happened this week?"), p(""), p("Any questions? Ask Sam.")),
      { today: TODAY },
    );
    expect(report.notAnAssessment).toBe(true);
    expect(report.findings).toEqual([]);
  });
});
