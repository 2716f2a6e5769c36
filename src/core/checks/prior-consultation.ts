import { isHighLevel } from "../risk/matrices";
import { allMeasures, measureRiskNames, measureSubject } from "../risk/check-helpers";
import type { Check } from "./types";

/** Article 36 UK GDPR: a high risk left after the measures means consulting the ICO before processing starts. */
export const priorConsultation: Check = {
  meta: {
    id: "prior-consultation",
    kind: "prior-consultation",
    description: "A residual risk is high: the ICO must be consulted before the processing starts (Article 36).",
    defaultSeverity: "error",
    messages: {
      residualHigh:
        'Risk {{risk}} keeps a high residual risk ("{{value}}"). Under Article 36 UK GDPR you must consult the ICO before processing starts; the ICO aims to reply within 8 weeks, extendable by 6 for complex cases.',
    },
    shortMessages: { residualHigh: "{{subject}}: residual risk high, consult the ICO" },
  },
  check(context) {
    for (const { measure, risks } of allMeasures(context.register)) {
      const cell = measure.cells.residual;
      if (!cell || measure.residual.state !== "value" || !isHighLevel(context.matrix, measure.residual.id)) continue;
      context.report({
        messageId: "residualHigh",
        data: {
          riskId: risks.map((r) => r.id).join(", "),
          risk: measureRiskNames(risks),
          subject: measureSubject(risks),
          value: measure.residual.raw.trim(),
        },
        ref: cell.ref,
        text: cell.raw,
        discriminator: `${cell.part ?? ""}`,
      });
    }
  },
};

export const { meta, check } = priorConsultation;
export default priorConsultation;
