import { hasDate } from "../detect/dates";
import { answerHasPlaceholder } from "../detect/placeholders";
import { isBlank, shorten } from "../detect/text";
import type { AnswerSlot } from "../templates/types";
import type { Check } from "./types";
import { slotDescriptor } from "./utils/slot-descriptor";

/**
 * Sign-off rows without a name or a date (Step 7, "LIA completed by", Name | Signature | Date), the DPO's
 * advice not summarised, and DPO advice overruled without reasons.
 */

const NEEDS_DATE = /\b(?:approved|provided|signed|accepted|overruled|completed)\b/i;
const COMMENTS = /^comments?\s*:?$/i;

export const signoffMissing: Check = {
  meta: {
    id: "signoff-missing",
    kind: "signoff-missing",
    description:
      "A sign-off row without a name or date, the DPO's advice not recorded, or DPO advice overruled without reasons.",
    defaultSeverity: "error",
    messages: {
      missing: 'Sign-off "{{label}}" has no name or date.',
      noDate: 'Sign-off "{{label}}" names "{{answer}}" but gives no date.',
      empty: '"{{label}}" is empty.',
      dateEmpty: 'The sign-off has no date ("{{label}}" is empty).',
      comments:
        '"{{label}}" is empty: record the reasons if the advice was overruled or the decision departs from individuals\' views.',
      overruled: 'The DPO\'s advice was overruled but no reasons are recorded under "{{label}}".',
    },
  },
  check(context) {
    const { structure, options, matrix } = context;
    const slots = structure.slots;
    slots.forEach((slot: AnswerSlot, i) => {
      if (slot.role !== "signoff" || answerHasPlaceholder(context.model, slot.ref, slot.answer)) return;
      const label = shorten(slot.question.replace(/[:\s]+$/, ""), 80);
      const base = slotDescriptor(slot, matrix, options);
      if (isBlank(slot.answer)) {
        if (COMMENTS.test(slot.question.trim())) {
          const previous = slots[i - 1];
          const overruled = previous?.role === "signoff" && /overrul/i.test(previous.answer);
          context.report({
            ...base,
            messageId: overruled ? "overruled" : "comments",
            severity: overruled ? "error" : "warning",
            data: { label },
          });
        } else if (slot.type === "date") {
          context.report({ ...base, messageId: "dateEmpty", data: { label } });
        } else if (slot.type === "name-date") {
          context.report({ ...base, messageId: "missing", data: { label } });
        } else {
          context.report({ ...base, messageId: "empty", data: { label } });
        }
        return;
      }
      const next = slots[i + 1];
      const dateFollows = next !== undefined && next.type === "date" && next.section === slot.section;
      // The ICO template asks for "Name/position/date" in one cell; other forms give the date its own row.
      if (
        structure.template === "ico-dpia" &&
        slot.type === "name-date" &&
        NEEDS_DATE.test(slot.question) &&
        !/review/i.test(slot.question) &&
        !hasDate(slot.answer) &&
        !dateFollows
      ) {
        context.report({
          ...base,
          append: true,
          messageId: "noDate",
          severity: "warning",
          data: { label, answer: shorten(slot.answer, 60) },
        });
      }
    });
  },
};

export const { meta, check } = signoffMissing;
export default signoffMissing;
