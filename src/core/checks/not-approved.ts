import { answerTarget, allMeasures, levelAnswers, measureRiskNames, measureSubject } from "../risk/check-helpers";
import type { Check } from "./types";

/** Step 6: a measure whose "Measure approved" cell is blank, "No", "Awaiting" or "Pending". */
export const notApproved: Check = {
  meta: {
    id: "not-approved",
    kind: "not-approved",
    description: "A Step 6 measure that has not been approved.",
    defaultSeverity: "warning",
    messages: {
      blank: 'The measure "{{measure}}" (risk {{risk}}) has no approval recorded.',
      no: 'The measure "{{measure}}" (risk {{risk}}) was not approved ("{{value}}"): record why, and what is done instead.',
      pending: 'The measure "{{measure}}" (risk {{risk}}) is still awaiting approval ("{{value}}").',
    },
    shortMessages: {
      blank: "{{subject}}: measure approval not recorded",
      no: '{{subject}}: measure not approved ("{{value}}")',
      pending: "{{subject}}: measure awaiting approval",
    },
  },
  check(context) {
    for (const { measure, risks } of allMeasures(context.register)) {
      const cell = measure.cells.approved;
      if (!cell || !measure.description) continue;
      const value = measure.approved;
      const messageId =
        value.state === "blank" ? "blank" : value.state === "value" && value.id !== "yes" ? value.id : undefined;
      if (!messageId) continue;
      context.report({
        messageId,
        data: {
          riskId: risks.map((r) => r.id).join(", "),
          measure: measure.description,
          risk: measureRiskNames(risks),
          subject: measureSubject(risks),
          value: value.raw.trim(),
        },
        ref: cell.ref,
        text: cell.raw,
        ...(value.state === "blank" ? { target: "" } : answerTarget(cell)),
        slot: "approved",
        answers: levelAnswers("approved", context.matrix).slice(0, 2),
        discriminator: `${cell.part ?? ""}`,
      });
    }
  },
};

export const { meta, check } = notApproved;
export default notApproved;
