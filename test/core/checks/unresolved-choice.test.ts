import { unresolvedChoice } from "../../../src/core/checks/unresolved-choice";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

runCheck(unresolvedChoice, {
  valid: [
    { name: "one answer chosen", model: doc(table(row("Can you offer individuals an opt-out?", "Yes"))) },
    {
      name: "a pair with one box ticked",
      model: doc(table(row("5: Is profiling included?"), row("No", "☒"), row("Yes", "☐", "How?", ""))),
    },
    {
      name: "inline boxes with one ticked",
      model: doc(table(row("Will you obtain consent at the point of collection?", "", "Yes ☒ No ☐"))),
    },
    {
      name: "Yes/no in the approved column is a risk-table placeholder",
      model: doc(
        table(
          row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
          row("1", "Train staff", "Reduced", "Low", "Yes/no"),
        ),
      ),
    },
    {
      name: "yes and no in a sentence",
      model: doc(p("Staff answer yes or no questions about access during training.")),
    },
    { name: "a filled question form in prose", model: doc(p("Do you have consent?"), p("Yes, recorded on the form.")) },
    {
      name: "both boxes ticked is contradictory-choice's, not this check's",
      model: doc(table(row("Is data shared externally?", "☒ Yes ☒ No"))),
    },
    {
      name: "a lone box after a question is ticked when it applies",
      model: doc(table(row("Do you authorise this person to deputise for you?   Yes ☐"))),
    },
    {
      name: "one of a list ticked",
      model: doc(p("Methods:"), p("☐ Interviews"), p("☒ Questionnaires"), p("☐ Observations")),
    },
  ],
  invalid: [
    {
      name: "Yes / No left under the question",
      model: doc(
        heading("Part 3: Balancing test"),
        table(row("Can you offer individuals an opt-out?"), row("Yes / No")),
      ),
      errors: [{ messageId: "both", section: "Part 3", data: { choice: "Yes / No" }, text: "Yes / No" }],
    },
    {
      name: "YES or NO after a colon",
      model: doc(p("Can you rely on legitimate interests for this processing? YES or NO")),
      errors: [{ messageId: "both", data: { choice: "YES or NO" } }],
    },
    {
      name: "neither box ticked",
      model: doc(
        table(
          row("4: Have individuals been given the opportunity to refuse?"),
          row("No", "☐", "Why not?", ""),
          row("Yes", "☐", "How?", ""),
        ),
      ),
      errors: [{ messageId: "neither", severity: "error", text: "opportunity to refuse" }],
    },
    {
      name: "inline boxes on one line of a paragraph, none ticked",
      model: doc(heading("Part 2"), p("Is data shared externally? ☐Yes ☐No")),
      errors: [
        {
          messageId: "neither",
          section: "Part 2",
          text: "Is data shared externally?",
          at: "p1",
          data: { options: "Yes / No" },
        },
      ],
    },
    {
      name: "Yes | ☐ | No | ☐ in one row is one choice, not two questions",
      model: doc(p("Have you been commissioned by another organisation?"), table(row("Yes", "☐", "No", "☐"))),
      errors: [{ messageId: "neither", text: "commissioned" }],
    },
    {
      name: "boxes before free labels in cells",
      model: doc(p("Application type:"), table(row("☐", "Research project", "☐", "Exploratory analysis"))),
      errors: [{ messageId: "neither", text: "Application type" }],
    },
    {
      name: "a list of roles under a label, none ticked",
      model: doc(table(row("What is your role on the project?", "☐ Approved researcher\n☐ Peer reviewer"))),
      errors: [{ messageId: "neither", text: "role on the project", at: "t0r0c1" }],
    },
    {
      name: "Yes/No lines inside a form section written in one cell",
      model: doc(
        table(
          row(
            "Will participants be debriefed?\nYes: ☐\tNo: ☐\n\nWho are the participants? Tick all that apply:\nChildren: ☐  Adults: ☐",
          ),
        ),
      ),
      errors: [
        // Each group is reported at its own paragraph inside the cell, where its boxes are.
        { messageId: "neither", text: "debriefed", at: "p1" },
        { messageId: "neither", text: "Who are the participants", at: "p4" },
      ],
    },
    {
      name: "neither ticked beside N/A is information only",
      model: doc(
        table(
          row("8b: Do you have an approved Information Sharing Agreement (ISA) in place?"),
          row("No", "☐", "Why not?", "N/A"),
          row("Yes", "☐", "ISA Reference?", ""),
        ),
      ),
      errors: [{ messageId: "notApplicable", severity: "info" }],
    },
  ],
});
