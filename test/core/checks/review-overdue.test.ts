import { reviewOverdue } from "../../../src/core/checks/review-overdue";
import { doc, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

runCheck(reviewOverdue, {
  valid: [
    { name: "a review date in the future", model: doc(table(row("Next review date:", "March 2027"))) },
    { name: "a review this year is not yet overdue", model: doc(table(row("Next review date:", "2026"))) },
    {
      name: "kept under review by a person",
      model: doc(table(row("This LIA will kept under review by:", "Head of Housing 2019"))),
    },
    { name: "an issue date in the past", model: doc(table(row("Version: 3.0", "Issued: April 2024"))) },
    { name: "no date at all", model: doc(p("Review date: to be agreed with the DPO")) },
    { name: "today counts as not overdue", model: doc(p("Next review: 23/11/2026")) },
  ],
  invalid: [
    {
      name: "the date straight after 'next review', in a kept-under-review-by answer",
      model: doc(table(row("Kept under review by:", "Records manager; next review 3 May 2021"))),
      errors: [{ messageId: "overdue", data: { date: "3 May 2021" } }],
    },
    {
      name: "a year",
      model: doc(table(row("Next review date:", "2025"))),
      errors: [{ messageId: "overdue", data: { date: "2025" } }],
    },
    {
      name: "a month and year",
      model: doc(table(row("Review date", "April 2024"))),
      errors: [{ messageId: "overdue", data: { date: "April 2024" } }],
    },
    {
      name: "UK numeric date in a paragraph",
      model: doc(p("Next review date: 31/3/2022")),
      errors: [{ messageId: "overdue", data: { date: "31/3/2022" }, slot: "date" }],
    },
    {
      name: "two-digit year with dots",
      model: doc(table(row("Date of next review", "10.12.24"))),
      errors: [{ messageId: "overdue", data: { date: "10.12.24" } }],
    },
    {
      name: "an ordinal day",
      model: doc(table(row("Review due", "11 th May 2018"))),
      errors: [{ messageId: "overdue" }],
    },
  ],
});
