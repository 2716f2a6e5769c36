import { contradictoryChoice } from "../../../src/core/checks/contradictory-choice";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

runCheck(contradictoryChoice, {
  valid: [
    { name: "one box ticked inline", model: doc(table(row("Is data shared externally?", "☒ Yes ☐ No"))) },
    { name: "no box ticked is unresolved, not contradictory", model: doc(p("Is data shared externally? ☐ Yes ☐ No")) },
    {
      name: "several ticked where all that apply may be ticked",
      model: doc(
        p("Which methods will you use? Tick all that apply:"),
        p("☒ Interviews"),
        p("☒ Surveys"),
        p("☐ Diaries"),
      ),
    },
    {
      name: "several ticked in a list that does not ask for one",
      model: doc(table(row("Data sources", "☒ Patient records\n☒ Staff survey\n☐ Public data"))),
    },
    { name: "an x typed beside a ticked box", model: doc(p("Is it shared? ☒ x Yes ☐ No")) },
  ],
  invalid: [
    {
      name: "Yes and No both ticked in one cell",
      model: doc(table(row("Is data shared externally?", "☒ Yes ☒ No"))),
      errors: [{ messageId: "several", data: { count: 2, options: "Yes, No" }, at: "t0r0c1" }],
    },
    {
      name: "Yes | ☒ | No | ☒ across cells",
      model: doc(heading("Consent"), table(row("Is consent obtained?"), row("Yes", "☒", "No", "☒"))),
      errors: [{ messageId: "several", section: "Consent", text: "Is consent obtained?" }],
    },
    {
      name: "choose one with three ticked, one option a paragraph",
      model: doc(
        p("What type of application is this? Choose one:"),
        p("☒ Research project"),
        p("☒ Exploratory analysis"),
        p("☒ Service evaluation"),
      ),
      errors: [{ messageId: "several", data: { count: 3 }, at: "p1" }],
    },
    {
      name: "a typed x beside an unticked box",
      model: doc(p("Will data leave the UK? ☐ x Yes ☐ No")),
      errors: [{ messageId: "typed", data: { option: "Yes" }, text: "Will data leave the UK?" }],
    },
    {
      name: "symbol boxes in a section cell, both ticked on one line",
      model: doc(
        table(
          row(
            "Section Four: Data storage\nWill mobile devices be used?\n\nYes: ☒\tNo: ☒\n\nWho will have access to the data? The research team",
          ),
        ),
      ),
      errors: [{ messageId: "several", text: "Will mobile devices be used?" }],
    },
  ],
});
