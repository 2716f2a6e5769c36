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
    { name: "an assessment that never speaks of a review is left to the reviewer", model: dpia() },
    { name: "not an assessment", model: doc(heading("Meeting notes"), p("The policy will be reviewed regularly.")) },
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
  ],
});

describe("review-date-missing guided answer", () => {
  it("offers the date a year from today", () => {
    const [finding] = findingsOf(reviewDateMissing, dpia(p("To be reviewed as required.")), { today: "2026-11-23" });
    expect(finding.answers?.map((a) => a.text)).toEqual(["23/11/2027"]);
  });
});
