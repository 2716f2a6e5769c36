import { riskScoreMismatch } from "../../../src/core/checks/risk-score-mismatch";
import { doc, heading, row, table } from "../../support/model-builder";
import { abbreviated, blankIco, combinedNumeric, fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const step5 = (...rows: ReturnType<typeof row>[]) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(row("Describe source of risk", "Likelihood of harm", "Severity of harm", "Overall risk"), ...rows),
  );

runCheck(riskScoreMismatch, {
  valid: [
    { name: "seed 001: option lists left (placeholders, not mismatches)", model: seed001() },
    { name: "blank ICO template", model: blankIco() },
    { name: "abbreviations that agree with the matrix", model: abbreviated() },
    { name: "NHS scores that agree", model: combinedNumeric(), options: { matrix: "nhs-5x5" } },
    {
      name: "stated equals computed, any case",
      model: step5(row("Phishing", "probable", "SIGNIFICANT", "high."), row("Lost USB", "Remote", "Severe", "Low")),
    },
    {
      name: "overall blank or likelihood unknown",
      model: step5(row("A", "Possible", "Severe", ""), row("B", "Sometimes", "Severe", "Low")),
    },
  ],
  invalid: [
    {
      name: "FENNEX: 002, 003 and 004 disagree with the ICO matrix",
      model: fennex(),
      errors: [
        {
          messageId: "mismatch",
          at: "t0r2c4",
          section: "Step 5",
          slot: "overall",
          data: {
            riskId: "002",
            stated: "Low",
            computed: "Medium",
            likelihood: "Possible",
            severity: "Significant",
            matrix: "ICO 3×3",
          },
        },
        { messageId: "mismatch", at: "t0r3c4", data: { riskId: "003", stated: "High", computed: "Medium" } },
        { messageId: "mismatch", at: "t0r4c4", data: { riskId: "004", stated: "Medium", computed: "High" } },
      ],
    },
    {
      name: "the strict matrix reads remote × severe as medium",
      model: step5(row("Lost USB", "Remote", "Severe", "Low")),
      options: { matrix: "ico-3x3-strict" },
      errors: [{ messageId: "mismatch", data: { computed: "Medium", matrix: "ICO 3×3 strict" } }],
    },
    {
      name: "NHS 5×5: 2 × 4 = 8 is high, written as 4",
      model: doc(table(row("Risk", "Likelihood", "Impact", "Risk score"), row("Laptop lost", "2", "4", "4"))),
      options: { matrix: "nhs-5x5" },
      errors: [{ messageId: "mismatch", data: { stated: "4", computed: "High" } }],
    },
    {
      name: "one of several risks in one cell",
      model: step5(row("1) Phishing\n2) Lost USB", "Probable\nRemote", "Severe\nMinimal", "High\nMedium")),
      errors: [{ messageId: "mismatch", at: "t0r1c3", text: "Medium", data: { riskId: "2", computed: "Low" } }],
    },
  ],
});
