import { reviewDateMissing } from "../../../src/core/checks/review-date-missing";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { findingsOf, runCheck } from "./run-check";

const dpia = (...end: Parameters<typeof doc>) =>
  doc(
    p("Data Protection Impact Assessment – staff rota app"),
    heading("Description of the processing"),
    p("We process staff names and shifts."),
    heading("Sign-off"),
    p("Approved by the DPO on 3 March 2026."),
    ...end,
  );

/** A finished DPIA under the UK GDPR (the four parts of Art. 35(7), an approval with a date) that names no review. */
const finished = (approval = "Approved by Dana Reid, Head of HR, on 3 March 2026.", ...extra: Parameters<typeof doc>) =>
  doc(
    p("Data Protection Impact Assessment – staff rota app (UK GDPR)"),
    heading("Description of the processing"),
    p("We process staff names and shifts to plan the rota; the purpose is fair allocation of shifts."),
    heading("Necessity and proportionality"),
    p("Only names and shifts are needed; no less intrusive way would let managers plan cover."),
    heading("Risks"),
    table(
      row("Risk", "Likelihood", "Severity", "Overall risk"),
      row("Shift patterns seen by colleagues", "Possible", "Minimal", "Low"),
    ),
    heading("Measures"),
    p("Access control by team; managers see only their own team."),
    ...extra,
    heading("Sign-off"),
    p(approval),
  );

runCheck(reviewDateMissing, {
  valid: [
    { name: "a next review date", model: dpia(p("Next review date: 1 March 2027")) },
    { name: "a review schedule", model: dpia(p("This DPIA will be reviewed annually by the DPO.")) },
    { name: "a date in a sentence", model: dpia(p("We will review this assessment by 1 June 2027.")) },
    { name: "a review field left empty is unanswered's finding", model: dpia(table(row("Next review date:", ""))) },
    { name: "a review field with a template prompt is the placeholder's", model: dpia(p("Review date: [dd/mm/yyyy]")) },
    { name: "a past review date is review-overdue's", model: dpia(p("Next review: January 2026")) },
    {
      name: "the ICO template asks who keeps it under review, not when",
      model: doc(
        heading("Step 1: Identify the need for a DPIA"),
        heading("Step 5: Identify and assess risks"),
        heading("Step 7: Sign off and record outcomes"),
        table(row("This DPIA will kept under review by:", "The DPO")),
      ),
    },
    {
      name: "a DPIA without the parts of Art. 35(7) that never speaks of a review is not finished: no review asked",
      model: dpia(),
    },
    { name: "not an assessment", model: doc(heading("Meeting notes"), p("The policy will be reviewed regularly.")) },
    {
      name: "a finished DPIA that names its review date",
      model: finished("Approved by Dana Reid, Head of HR, on 3 March 2026. Next review: 3 March 2027."),
    },
    {
      name: "a DPIA whose approval is not recorded (no date) is not finished: the sign-off is signoff-missing's",
      model: finished("Approved by:"),
    },
    {
      name: "a DPIA with a review field that names who, not when (the ICO template's row)",
      model: finished(undefined, table(row("This DPIA will be kept under review by:", "The DPO"))),
    },
    {
      name: "a DPIA without its necessity part is not finished (section-missing's finding)",
      model: doc(
        p("Data Protection Impact Assessment – staff rota app (UK GDPR)"),
        heading("Description of the processing"),
        p("We process staff names and shifts to plan the rota; the purpose is fair allocation of shifts."),
        heading("Measures"),
        p("Access control by team."),
        heading("Sign-off"),
        p("Approved by Dana Reid, Head of HR, on 3 March 2026."),
      ),
    },
    {
      name: "a DPIA whose residual risk stays high: the Article 36 consultation comes first",
      model: finished(
        undefined,
        table(
          row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
          row("Shift patterns seen by colleagues", "Team access only", "Reduced", "High", "Yes"),
        ),
      ),
    },
    {
      name: "a legitimate interests assessment",
      model: doc(
        p("Legitimate Interests Assessment – staff rota app (UK GDPR)"),
        heading("Purpose test"),
        p("We want to plan shifts fairly."),
        heading("Sign-off"),
        p("Approved by Dana Reid on 3 March 2026."),
      ),
    },
  ],
  invalid: [
    {
      name: "reviewed regularly",
      model: dpia(p("This assessment will be reviewed regularly.")),
      errors: [{ messageId: "noDate", text: "reviewed regularly", slot: "date", at: "p5" }],
    },
    {
      name: "to be reviewed as needed",
      model: dpia(p("Review: as and when needed.")),
      errors: [{ messageId: "noDate", at: "p5" }],
    },
    {
      name: "a finished DPIA that never says when it will be reviewed: one finding, at its approval",
      model: finished(),
      errors: [{ messageId: "noReview", text: "No review date", slot: "date", at: "p17" }],
    },
    {
      name: "the same with its measures' residual risk low",
      model: finished(
        undefined,
        table(
          row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
          row("Shift patterns seen by colleagues", "Team access only", "Reduced", "Low", "Yes"),
        ),
      ),
      errors: [{ messageId: "noReview", text: "No review date" }],
    },
    {
      name: "an approval recorded in a sign-off table row",
      model: finished("Sign-off", table(row("Approved by", "Dana Reid, Head of HR", "3 March 2026"))),
      errors: [{ messageId: "noReview", text: "No review date" }],
    },
  ],
});

describe("review-date-missing guided answer", () => {
  it("adds a next review line a year from today to a finished DPIA that has none", () => {
    const [finding] = findingsOf(reviewDateMissing, finished(), { today: "2026-11-23" });
    expect(finding.answers?.map((a) => a.text)).toEqual(["\nNext review: 23/11/2027"]);
    expect(finding.message).toMatch(/Art\. 35\(11\)/);
  });

  it("offers the date a year from today", () => {
    const [finding] = findingsOf(reviewDateMissing, dpia(p("To be reviewed as required.")), { today: "2026-11-23" });
    expect(finding.answers?.map((a) => a.text)).toEqual(["23/11/2027"]);
  });
});
