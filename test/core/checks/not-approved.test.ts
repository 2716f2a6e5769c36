import { notApproved } from "../../../src/core/checks/not-approved";
import { doc, heading, row, table } from "../../support/model-builder";
import { blankIco, combinedNumeric, fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const step6 = (...rows: string[][]) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(
      row("Risk ID", "Description", "Likelihood of harm", "Severity of harm", "Overall risk"),
      row("1", "Phishing", "Probable", "Severe", "High"),
      row("2", "Lost USB", "Possible", "Significant", "Medium"),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row("Risk ID", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      ...rows.map((r) => row(...r)),
    ),
  );

runCheck(notApproved, {
  valid: [
    { name: "seed 001: approvals left as Yes/no (a placeholder)", model: seed001() },
    { name: "blank ICO template", model: blankIco() },
    { name: "no approval column", model: combinedNumeric(), options: { matrix: "nhs-5x5" } },
    {
      name: "approved in several wordings",
      model: step6(
        ["1", "Training", "Reduced", "Low", "Yes"],
        ["2", "Encryption", "Reduced", "Low", "Approved by DPO 3/3/22"],
      ),
    },
    { name: "a row without a measure", model: step6(["1", "Training", "Reduced", "Low", "Y"], ["2", "", "", "", ""]) },
  ],
  invalid: [
    {
      name: "FENNEX: three measures awaiting approval",
      model: fennex(),
      errors: ["001", "002", "003"].map((id, i) => ({
        messageId: "pending",
        at: `t1r${i + 1}c4`,
        slot: "approved" as const,
        data: { riskId: id, value: "Awaiting" },
      })),
    },
    {
      name: "blank, no and pending",
      model: step6(
        ["1", "Training", "Reduced", "Low", ""],
        ["2", "Encryption", "Reduced", "Low", "No"],
        ["1", "MFA", "Reduced", "Low", "TBC"],
      ),
      errors: [
        { messageId: "blank", data: { measure: "Training" } },
        { messageId: "pending", data: { measure: "MFA", value: "TBC" } },
        { messageId: "no", data: { measure: "Encryption", riskId: "2" } },
      ],
    },
  ],
});
