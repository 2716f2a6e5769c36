import { answerTarget, allMeasures, levelAnswers, measureRiskNames, riskName } from "../risk/check-helpers";
import type { ParsedValue } from "../detect/risk-values";
import type { RegisterCell } from "../risk/types";
import type { Axis } from "../vocabulary/risk-levels";
import { refKey } from "../model";
import type { Check, CheckContext } from "./types";

const COLUMN: Record<Axis, string> = {
  likelihood: "likelihood",
  severity: "severity",
  overall: "overall risk",
  effect: "effect on risk",
  residual: "residual risk",
  approved: "measure approved",
};

function reportInvalid(
  reportedUnpaired: Set<string>,
  context: CheckContext,
  axis: Axis,
  value: ParsedValue,
  cell: RegisterCell | undefined,
  risk: { id: string; name: string },
  section?: string,
): void {
  if (value.state !== "invalid" || !cell) return;
  if (cell.unpaired) {
    // One finding per unpaired cell, not one per risk of its row.
    const key = `${refKey(cell.ref)}:${axis}`;
    if (reportedUnpaired.has(key)) return;
    reportedUnpaired.add(key);
  }
  context.report({
    messageId: cell.unpaired ? "unpaired" : axis === "effect" || axis === "approved" ? "invalidWord" : "invalid",
    data: {
      riskId: risk.id,
      risk: risk.name,
      value: value.raw.replace(/\s+/g, " ").trim(),
      column: COLUMN[axis],
      allowed: value.allowed.join(", "),
      matrix: context.matrix.name,
    },
    ref: cell.ref,
    text: cell.raw,
    ...answerTarget(cell),
    section,
    slot: axis,
    ...(cell.unpaired ? {} : { answers: levelAnswers(axis, context.matrix) }),
    discriminator: `${axis}:${cell.part ?? ""}`,
  });
}

/** A risk table value outside its column's vocabulary (never guessed: the allowed words are named). */
export const invalidValue: Check = {
  meta: {
    id: "invalid-value",
    kind: "invalid-value",
    description:
      "A likelihood, severity, overall, effect, residual or approval value that is not one of the column's words.",
    defaultSeverity: "warning",
    messages: {
      invalid:
        'Risk {{risk}}: "{{value}}" is not a valid {{column}} on the {{matrix}} matrix. Use one of: {{allowed}}.',
      invalidWord: 'Risk {{risk}}: "{{value}}" is not a valid {{column}} value. Use one of: {{allowed}}.',
      unpaired:
        'Risk {{risk}}: the {{column}} cell lists a different number of values than the row has numbered risks, so "{{value}}" cannot be paired with each risk. Split the row or give one value per risk.',
    },
    shortMessages: {
      invalid: 'Risk {{riskId}}: {{column}} "{{value}}" not on the scale',
      invalidWord: 'Risk {{riskId}}: {{column}} "{{value}}" not a valid word',
      unpaired: "Risk {{riskId}}: {{column}} values do not pair with risks",
    },
  },
  check(context) {
    const reported = new Set<string>();
    for (const risk of context.register.risks) {
      const name = { id: risk.id, name: riskName(risk) };
      reportInvalid(reported, context, "likelihood", risk.likelihood, risk.cells.likelihood, name, risk.section);
      reportInvalid(reported, context, "severity", risk.severity, risk.cells.severity, name, risk.section);
      reportInvalid(reported, context, "overall", risk.overall, risk.cells.overall, name, risk.section);
    }
    for (const { measure, risks } of allMeasures(context.register)) {
      const name = { id: risks.map((r) => r.id).join(", "), name: measureRiskNames(risks) };
      reportInvalid(reported, context, "effect", measure.effect, measure.cells.effect, name);
      reportInvalid(reported, context, "residual", measure.residual, measure.cells.residual, name);
      reportInvalid(reported, context, "approved", measure.approved, measure.cells.approved, name);
    }
  },
};

export const { meta, check } = invalidValue;
export default invalidValue;
