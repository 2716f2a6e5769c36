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
    expect(report.findings).toEqual([]);
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

  it("a memo with a question in it is not an assessment", () => {
    const report = analyze(
      doc(heading("Team update"), p("What happened this week?"), p(""), p("Any questions? Ask Sam.")),
      { today: TODAY },
    );
    expect(report.notAnAssessment).toBe(true);
    expect(report.findings).toEqual([]);
  });
});
