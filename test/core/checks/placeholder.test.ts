import { placeholder } from "../../../src/core/checks/placeholder";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

const step5Header = row("Describe source of risk", "Likelihood of harm", "Severity of harm", "Overall risk");

runCheck(placeholder, {
  valid: [
    {
      name: "a filled risk row",
      model: doc(
        heading("Step 5: Identify and assess risks"),
        table(step5Header, row("Laptop stolen", "Possible", "Severe", "High")),
      ),
    },
    {
      name: "option hint in a column title",
      model: doc(
        table(
          row("Risk", "Likelihood (remote, possible or probable)", "Severity (minimal, significant or severe)"),
          row("Phishing", "Probable", "Minimal"),
        ),
      ),
    },
    {
      name: "citations and editorial brackets",
      model: doc(p("As set out in the guidance [1] and the policy [12a], the data [sic] is kept for six years.")),
    },
    {
      name: "prose about entering data",
      model: doc(p("Staff enter the data into the system when the resident arrives.")),
    },
    { name: "a date written in full", model: doc(table(row("Date of review:", "01/04/2025"))) },
    {
      name: "Yes / No is a choice, not a placeholder",
      model: doc(table(row("Can you offer individuals an opt-out?"), row("Yes / No"))),
    },
    { name: "lower-case tbc inside a word", model: doc(p("The tbcx system and TBCS codes are unrelated.")) },
  ],
  invalid: [
    {
      name: "ICO option lists on one line",
      model: doc(
        heading("Step 5: Identify and assess risks"),
        table(
          step5Header,
          row(
            "Server is stolen",
            "Remote, possible or probable",
            "Minimal, significant or severe",
            "Low, medium or high",
          ),
        ),
      ),
      errors: [
        {
          messageId: "riskValue",
          section: "Step 5",
          slot: "likelihood",
          at: "t0r1c1",
          data: { column: "likelihood of harm" },
        },
        { messageId: "riskValue", slot: "severity", at: "t0r1c2" },
        { messageId: "riskValue", slot: "overall", at: "t0r1c3" },
      ],
    },
    {
      name: "option list split over lines in a multi-risk cell: one finding per risk",
      model: doc(
        heading("Step 5: Identify and assess risks"),
        table(
          step5Header,
          row(
            "1) Screens left unlocked.\n\n2) Passwords shared.",
            "Remote,\npossible or\nprobable\n\nRemote,\npossible or\nprobable",
            "Minimal",
            "Low",
          ),
        ),
      ),
      errors: [
        {
          messageId: "riskValue",
          text: "Remote,\npossible or\nprobable",
          data: { risk: "1 (Screens left unlocked.)" },
        },
        { messageId: "riskValue", text: "Remote,\npossible or\nprobable", data: { risk: "2 (Passwords shared.)" } },
      ],
    },
    {
      name: "Step 6 option lists",
      model: doc(
        heading("Step 5"),
        table(step5Header, row("1) Loss of laptop", "Possible", "Severe", "High")),
        heading("Step 6: Identify measures to reduce risk"),
        table(
          row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
          row("1", "Encrypt disks", "Eliminated reduced accepted", "Low medium high", "Yes/no"),
        ),
      ),
      errors: [
        { messageId: "riskValue", slot: "effect", section: "Step 6" },
        { messageId: "riskValue", slot: "residual" },
        { messageId: "riskValue", slot: "approved" },
      ],
    },
    {
      name: "bracketed prompts, merge fields and Word prompts",
      model: doc(
        p("Prepared by: [Name, Date]"),
        p("Model: <<modelop.storedModel.name>> owned by «Owner»"),
        p("Prepared by: Enter the document preparer's name here"),
        table(row("Project lead", "Click or tap here to enter text.")),
        p("Tick when done: [ ]"),
      ),
      errors: [
        { messageId: "bracket", text: "[Name, Date]" },
        { messageId: "mergeField", text: "<<modelop.storedModel.name>>" },
        { messageId: "mergeField", text: "«Owner»" },
        { messageId: "prompt", text: "Enter the document preparer's name here" },
        { messageId: "prompt", text: "Click or tap here to enter text." },
        { messageId: "bracket", text: "[ ]" },
      ],
    },
    {
      name: "TBC and date masks",
      model: doc(table(row("Data owner", "TBC"), row("Review date", "XX/XX/XXXX"))),
      errors: [
        { messageId: "toBeConfirmed", severity: "warning", text: "TBC" },
        { messageId: "dateMask", text: "XX/XX/XXXX", slot: "date" },
      ],
    },
    {
      name: "an option list left after a label in a paragraph",
      model: doc(p("Overall risk: Low, medium or high")),
      errors: [{ messageId: "optionList", text: "Low, medium or high", slot: "overall" }],
    },
  ],
});
