import { invalidValue } from "../../../src/core/checks/invalid-value";
import { doc, heading, row, table } from "../../support/model-builder";
import { blankIco, combinedNumeric, fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const step5 = (...rows: ReturnType<typeof row>[]) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(row("Risk", "Likelihood", "Severity", "Overall risk"), ...rows),
  );

runCheck(invalidValue, {
  valid: [
    { name: "seed 001: option lists are placeholders, not invalid values", model: seed001() },
    { name: "blank ICO template", model: blankIco() },
    { name: "NHS numeric scales read with the NHS matrix", model: combinedNumeric(), options: { matrix: "nhs-5x5" } },
    {
      name: "abbreviations and misspellings are understood",
      model: step5(row("Phishing", "Possibe", "Signifcant", "Med"), row("USB", "prob.", "H", "High")),
    },
    { name: "blank and N/A cells", model: step5(row("Phishing", "", "N/A", "")) },
  ],
  invalid: [
    {
      name: "FENNEX: effect on risk written as Low",
      model: fennex(),
      errors: [
        {
          messageId: "invalidWord",
          at: "t1r1c2",
          slot: "effect",
          data: { riskId: "001", value: "Low", allowed: "eliminated, reduced, accepted" },
        },
      ],
    },
    {
      name: "words outside the vocabulary, in each column",
      model: step5(row("Phishing", "Sometimes", "Medium-High", "Critical-ish")),
      errors: [
        { messageId: "invalid", data: { column: "likelihood", allowed: "remote, possible, probable" } },
        { messageId: "invalid", data: { column: "severity", value: "Medium-High" } },
        { messageId: "invalid", data: { column: "overall risk", allowed: "low, medium, high" } },
      ],
    },
    {
      name: "a 1–5 scale read against the ICO 3×3",
      model: combinedNumeric(),
      errors: [
        { messageId: "invalid", text: "4", data: { riskId: "1", column: "severity" } },
        { messageId: "invalid", text: "8", data: { riskId: "1", column: "overall risk" } },
        { messageId: "invalid", text: "12", data: { riskId: "2", column: "overall risk" } },
        { messageId: "invalid", text: "4", data: { riskId: "3", column: "likelihood" } },
        { messageId: "invalid", text: "8", data: { riskId: "3", column: "overall risk" } },
      ],
    },
    {
      name: "values that cannot be paired with numbered risks are reported once",
      model: step5(row("1) A\n2) B\n3) C", "Possible\nRemote", "Minimal", "")),
      errors: [{ messageId: "unpaired", at: "t0r1c1", data: { column: "likelihood" } }],
    },
    {
      name: "approval words",
      model: doc(
        table(row("Risk", "Measure", "Residual risk", "Measure approved"), row("1", "Encrypt", "Low", "Maybe")),
      ),
      errors: [{ messageId: "invalidWord", data: { column: "measure approved", allowed: "yes, no, pending" } }],
    },
  ],
});
