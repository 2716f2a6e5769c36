import { unmitigatedRisk } from "../../../src/core/checks/unmitigated-risk";
import { doc, heading, row, table } from "../../support/model-builder";
import { abbreviated, blankIco, fennex, seed001 } from "../risk/fixtures";
import { runCheck } from "./run-check";

const dpia = (step5: string[][], step6: string[][]) =>
  doc(
    heading("Step 5: Identify and assess risks", 2),
    table(
      row("Describe source of risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
      ...step5.map((r) => row(...r)),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      ...step6.map((r) => row(...r)),
    ),
  );

runCheck(unmitigatedRisk, {
  valid: [
    { name: "blank ICO template (an empty slot is not a risk yet)", model: blankIco() },
    { name: "abbreviated layout: medium and high risks have measures linked by description", model: abbreviated() },
    {
      name: "an unscored risk with a written measure (its blank scores are other checks')",
      model: dpia([["1) Phishing", "", "", ""]], [["1)", "Staff training", "Reduced", "Low", "Yes"]]),
    },
    {
      name: "a medium risk (misspelt values) with its measure linked by number",
      model: dpia([["1) Phishing", "Possibe", "Signifcant", "Med"]], [["1)", "Training", "Reduced", "Low", "Yes"]]),
    },
    {
      name: "low risks need no measure",
      model: dpia(
        [
          ["1) Paper forms", "Remote", "Severe", "Low"],
          ["2) Typos", "Probable", "Minimal", "Low"],
        ],
        [],
      ),
    },
    {
      name: "measure linked by description",
      model: dpia(
        [["Phishing emails trick staff", "Probable", "Severe", "High"]],
        [["Phishing emails", "Training", "Reduced", "Low", "Yes"]],
      ),
    },
  ],
  invalid: [
    {
      name: "FENNEX: 004 is high with no Step 6 row",
      model: fennex(),
      errors: [
        {
          messageId: "unmitigated",
          at: "t0r4c1",
          section: "Step 5",
          data: { riskId: "004", level: "high", matrix: "ICO 3×3" },
        },
      ],
    },
    {
      // Risks 1 and 2 have Step 6 measures: treated, their blank scores are the placeholder check's.
      name: "seed 001: the two unscored risks that Step 6 does not treat",
      model: seed001(),
      errors: [3, 4].map((n) => ({
        messageId: "cannotScore",
        data: { riskId: String(n), missing: "likelihood, severity and overall risk", verb: "are" },
      })),
    },
    {
      name: "a Step 6 row with no measure written does not count",
      model: dpia(
        [["1) Phishing", "Possible", "Significant", "Medium"]],
        [["1)", "", "Eliminated reduced accepted", "Low medium high", "Yes/no"]],
      ),
      errors: [{ messageId: "unmitigated", data: { level: "medium" } }],
    },
    {
      name: "only the severity missing",
      model: dpia([["1) Phishing", "Possible", "", ""]], []),
      errors: [{ messageId: "cannotScore", data: { missing: "severity and overall risk" } }],
    },
    {
      name: "stated overall used when it cannot be computed",
      model: dpia([["1) Phishing", "", "", "High"]], []),
      errors: [{ messageId: "unmitigated", data: { level: "high" } }],
    },
  ],
});
