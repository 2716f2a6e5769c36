import { answerTarget, levelFor, levelText, riskName } from "../risk/check-helpers";
import type { Check } from "./types";

/** Step 5: the overall risk written differs from the matrix result for the likelihood and severity written. */
export const riskScoreMismatch: Check = {
  meta: {
    id: "risk-score-mismatch",
    kind: "risk-score-mismatch",
    description: "The stated overall risk differs from the likelihood × severity cell of the risk matrix in use.",
    defaultSeverity: "warning",
    messages: {
      mismatch:
        'Risk {{risk}}: overall risk is written as "{{stated}}", but {{likelihood}} × {{severity}} is {{computed}} in the {{matrix}} matrix (cell {{likelihood}} / {{severity}}).',
    },
    shortMessages: { mismatch: "Risk {{riskId}}: overall {{stated}}, matrix gives {{computed}}" },
  },
  check(context) {
    const { register, matrix } = context;
    for (const risk of register.risks) {
      const cell = risk.cells.overall;
      if (!cell || risk.overall.state !== "value" || !risk.computed || risk.overall.id === risk.computed) continue;
      if (risk.likelihood.state !== "value" || risk.severity.state !== "value") continue;
      const computed = levelFor("overall", matrix, risk.computed);
      if (!computed) continue;
      context.report({
        messageId: "mismatch",
        data: {
          riskId: risk.id,
          risk: riskName(risk),
          stated: risk.overall.raw.trim(),
          computed: levelText(computed),
          likelihood: levelText(levelFor("likelihood", matrix, risk.likelihood.id) ?? computed),
          severity: levelText(levelFor("severity", matrix, risk.severity.id) ?? computed),
          matrix: matrix.name,
        },
        ref: cell.ref,
        text: cell.raw,
        ...answerTarget(cell),
        section: risk.section,
        slot: "overall",
        discriminator: risk.id,
        answers: [
          {
            label: `Correct to ${levelText(computed)}`,
            text: levelText(computed),
            why: `${levelText(computed)} is the ${matrix.name} result for this likelihood and severity. ${computed.definition}`,
            citation: matrix.name,
          },
        ],
      });
    }
  },
};

export const { meta, check } = riskScoreMismatch;
export default riskScoreMismatch;
