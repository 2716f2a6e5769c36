import { needsMeasure } from "../risk/matrices";
import { inherentLevel, levelFor, levelText, riskName } from "../risk/check-helpers";
import type { RegisterRisk } from "../risk/types";
import type { Check } from "./types";

function missingValues(risk: RegisterRisk): string[] {
  const missing: string[] = [];
  if (risk.likelihood.state !== "value") missing.push("likelihood");
  if (risk.severity.state !== "value") missing.push("severity");
  if (risk.overall.state !== "value") missing.push("overall risk");
  return missing;
}

function listOf(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : (items[0] ?? "");
}

/** Step 5 → Step 6: a medium or high risk needs a measure; a risk without a score cannot be judged at all. */
export const unmitigatedRisk: Check = {
  meta: {
    id: "unmitigated-risk",
    kind: "unmitigated-risk",
    description: "A medium or high risk with no Step 6 measure, or a risk that cannot be scored.",
    defaultSeverity: "warning",
    messages: {
      unmitigated: "Risk {{risk}} is {{level}} on the {{matrix}} matrix, but no Step 6 measure addresses it.",
      cannotScore: "Risk {{risk}} cannot be scored: its {{missing}} {{verb}} missing or not understood.",
    },
    shortMessages: {
      unmitigated: "Risk {{riskId}}: {{level}}, no Step 6 measure",
      cannotScore: "Risk {{riskId}}: {{missing}} missing",
    },
  },
  check(context) {
    const { register, matrix } = context;
    for (const risk of register.risks) {
      // A row with no description is an empty template slot, reported as such by the placeholder detectors.
      if (!risk.description) continue;
      const ref = (risk.cells.description ?? risk.cells.id ?? risk.cells.likelihood)?.ref;
      if (!ref) continue;
      const text = risk.cells.description?.raw ?? risk.description;
      const level = inherentLevel(risk);
      if (!level) {
        // A risk Step 6 already treats is mitigated; its unfilled scores are the placeholder and unanswered checks'.
        if (risk.measures.some((m) => m.description.trim() !== "")) continue;
        const missing = missingValues(risk);
        context.report({
          messageId: "cannotScore",
          data: {
            riskId: risk.id,
            risk: riskName(risk),
            missing: listOf(missing),
            verb: missing.length > 1 ? "are" : "is",
          },
          ref,
          text,
          section: risk.section,
          discriminator: risk.id,
        });
        continue;
      }
      if (!needsMeasure(matrix, level)) continue;
      // A measure written, or a residual level recorded for the risk (it was treated), is a measure.
      if (risk.measures.some((m) => m.description.trim() !== "" || m.residual.state === "value")) continue;
      const def = levelFor("overall", matrix, level);
      context.report({
        messageId: "unmitigated",
        data: {
          riskId: risk.id,
          risk: riskName(risk),
          level: def ? levelText(def).toLowerCase() : level,
          matrix: matrix.name,
        },
        ref,
        text,
        section: risk.section,
        discriminator: risk.id,
      });
    }
  },
};

export const { meta, check } = unmitigatedRisk;
export default unmitigatedRisk;
