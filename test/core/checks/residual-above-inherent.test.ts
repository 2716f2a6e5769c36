import { residualAboveInherent } from "../../../src/core/checks/residual-above-inherent";
import { doc, heading, row, table } from "../../support/model-builder";
import { fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const dpia = (step5: string[][], step6: string[][]) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(
      row("Risk ID", "Description", "Likelihood of harm", "Severity of harm", "Overall risk"),
      ...step5.map((r) => row(...r)),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row("Risk ID", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      ...step6.map((r) => row(...r)),
    ),
  );

runCheck(residualAboveInherent, {
  valid: [
    { name: "FENNEX: residuals all low", model: fennex() },
    { name: "seed 001: residuals are placeholders", model: seed001() },
    {
      name: "residual equal to inherent",
      model: dpia(
        [["1", "Phishing", "Possible", "Significant", "Medium"]],
        [["1", "Training", "Accepted", "Medium", "Yes"]],
      ),
    },
    {
      name: "orphan measure with a high residual",
      model: dpia([["1", "Phishing", "Remote", "Minimal", "Low"]], [["9", "Training", "Reduced", "High", "Yes"]]),
    },
  ],
  invalid: [
    {
      name: "low risk, high residual",
      model: dpia([["1", "Phishing", "Remote", "Minimal", "Low"]], [["1", "Training", "Reduced", "High", "Yes"]]),
      errors: [
        {
          messageId: "above",
          at: "t1r1c3",
          slot: "residual",
          data: { riskId: "1", residual: "High", inherent: "Low" },
        },
      ],
    },
    {
      name: "stated overall used when likelihood is missing",
      model: dpia([["1", "Phishing", "", "Minimal", "Medium"]], [["1", "Training", "Reduced", "High", "Yes"]]),
      errors: [{ messageId: "above", data: { inherent: "Medium" } }],
    },
  ],
});
