import { allMeasures, levelAnswers, measureRiskNames, riskName } from "../risk/check-helpers";
import type { ParsedValue, RegisterCell } from "../risk/types";
import type { Axis } from "../risk/vocabulary";
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
  context: CheckContext,
  axis: Axis,
  value: ParsedValue,
  cell: RegisterCell | undefined,
  risk: { id: string; name: string },
  section?: string,
): void {
  if (value.state !== "invalid" || !cell) return;
  context.report({
    messageId: "invalid",
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
    target: cell.raw,
    section,
    slot: axis,
    answers: levelAnswers(axis, context.matrix),
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
      invalid: 'Risk {{risk}}: "{{value}}" is not a {{column}} value. Use one of: {{allowed}} ({{matrix}}).',
    },
  },
  check(context) {
    for (const risk of context.register.risks) {
      const name = { id: risk.id, name: riskName(risk) };
      reportInvalid(context, "likelihood", risk.likelihood, risk.cells.likelihood, name, risk.section);
      reportInvalid(context, "severity", risk.severity, risk.cells.severity, name, risk.section);
      reportInvalid(context, "overall", risk.overall, risk.cells.overall, name, risk.section);
    }
    for (const { measure, risks } of allMeasures(context.register)) {
      const name = { id: risks.map((r) => r.id).join(", "), name: measureRiskNames(risks) };
      reportInvalid(context, "effect", measure.effect, measure.cells.effect, name);
      reportInvalid(context, "residual", measure.residual, measure.cells.residual, name);
      reportInvalid(context, "approved", measure.approved, measure.cells.approved, name);
    }
  },
};

export const { meta, check } = invalidValue;
export default invalidValue;
