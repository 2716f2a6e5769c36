import { priorConsultation } from "../../../src/core/checks/prior-consultation";
import { doc, heading, row, table } from "../../support/model-builder";
import { combinedNumeric, fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const dpia = (residual: string) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(
      row("Risk ID", "Description", "Likelihood of harm", "Severity of harm", "Overall risk"),
      row("1", "Phishing", "Probable", "Severe", "High"),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row("Risk ID", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      row("1", "Training", "Accepted", residual, "Yes"),
    ),
  );

runCheck(priorConsultation, {
  valid: [
    { name: "FENNEX: residuals low", model: fennex() },
    { name: "seed 001: residuals left as option lists", model: seed001() },
    { name: "residual medium", model: dpia("Medium") },
    { name: "NHS: moderate residual", model: combinedNumeric(), options: { matrix: "nhs-5x5" } },
  ],
  invalid: [
    {
      name: "residual high",
      model: dpia("High"),
      errors: [{ messageId: "residualHigh", severity: "error", at: "t1r1c3", data: { riskId: "1", value: "High" } }],
    },
    { name: "residual written as H", model: dpia("H"), errors: [{ messageId: "residualHigh", data: { value: "H" } }] },
    {
      name: "NHS: extreme is high too",
      model: doc(
        table(
          row("Risk", "Likelihood", "Impact", "Risk score", "Mitigation", "Residual risk"),
          row("Breach", "5", "5", "25", "Encrypt", "Extreme"),
        ),
      ),
      options: { matrix: "nhs-5x5" },
      errors: [{ messageId: "residualHigh", data: { value: "Extreme" } }],
    },
  ],
});
