import { answerTarget, inherentLevel, isAbove, levelFor, levelText, riskName } from "../risk/check-helpers";
import type { Check } from "./types";

/** Step 6: a measure cannot leave more risk than there was before it; the residual level is probably mistyped. */
export const residualAboveInherent: Check = {
  meta: {
    id: "residual-above-inherent",
    kind: "risk-score-mismatch",
    description: "A residual risk (Step 6) is higher than the risk it reduces (Step 5).",
    defaultSeverity: "warning",
    messages: {
      above:
        'Risk {{risk}}: residual risk "{{residual}}" is higher than its Step 5 risk "{{inherent}}" ({{matrix}}); a measure should not increase the risk.',
    },
    shortMessages: { above: "Risk {{riskId}}: residual {{residual}} above Step 5's {{inherent}}" },
  },
  check(context) {
    const { register, matrix } = context;
    for (const risk of register.risks) {
      const inherent = inherentLevel(risk);
      if (!inherent) continue;
      for (const measure of risk.measures) {
        const cell = measure.cells.residual;
        if (!cell || measure.residual.state !== "value" || !isAbove(matrix, measure.residual.id, inherent)) continue;
        const inherentLevelDef = levelFor("overall", matrix, inherent);
        context.report({
          messageId: "above",
          data: {
            riskId: risk.id,
            risk: riskName(risk),
            residual: measure.residual.raw.trim(),
            inherent: inherentLevelDef ? levelText(inherentLevelDef) : inherent,
            matrix: matrix.name,
          },
          ref: cell.ref,
          text: cell.raw,
          ...answerTarget(cell),
          slot: "residual",
          discriminator: `${risk.id}:${cell.part ?? ""}`,
        });
      }
    }
  },
};

export const { meta, check } = residualAboveInherent;
export default residualAboveInherent;
