import { signoffConsistency } from "../../../src/core/checks/signoff-consistency";
import { doc, heading, row, table } from "../../support/model-builder";
import { blankIco, fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const dpia = (approved: string, step7: string[][]) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(
      row("Risk ID", "Description", "Likelihood of harm", "Severity of harm", "Overall risk"),
      row("1", "Phishing", "Probable", "Severe", "High"),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row("Risk ID", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      row("1", "Training", "Reduced", "Low", approved),
    ),
    heading("Step 7: Sign off and record outcomes", 2),
    table(row("Item", "Name/position/date", "Notes"), ...step7.map((r) => row(...r))),
  );

runCheck(signoffConsistency, {
  valid: [
    { name: "FENNEX: Step 7 left blank", model: fennex() },
    { name: "blank ICO template", model: blankIco() },
    { name: "approved in both", model: dpia("Yes", [["Measures approved by:", "CEO, 1/2/24", "Integrate actions"]]) },
    {
      name: "not approved, and Step 7 says nobody approved",
      model: dpia("No", [["Measures approved by:", "", "Integrate actions"]]),
    },
  ],
  invalid: [
    {
      name: "seed 001: CEO approved measures and residual risks, Step 6 shows Yes/no",
      model: seed001(),
      errors: [
        { messageId: "measures", section: "Step 7", data: { signer: "CEO, 31/3/2022.", count: 2 } },
        { messageId: "residual", data: { signer: "CEO, 31/3/2022" } },
      ],
    },
    {
      name: "label and name in one cell",
      model: dpia("Awaiting", [["Measures approved by: J Smith, 2/2/24", "", ""]]),
      errors: [{ messageId: "measures", at: "t2r1c0", data: { signer: "J Smith, 2/2/24", count: 1 } }],
    },
  ],
});
