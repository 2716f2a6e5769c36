import { hasDate } from "../detect/dates";
import { answerHasPlaceholder } from "../detect/placeholders";
import { subjectOf } from "../detect/subject";
import { isBlank, shorten } from "../detect/text";
import { isCellRef } from "../model";
import type { AnswerSlot } from "../templates/types";
import { ROLE_QUALIFIERS, ROLE_WORDS, SIGNOFF_COLUMNS } from "../vocabulary/signoff";
import type { Check } from "./types";
import { slotDescriptor } from "./utils/slot-descriptor";

/**
 * Sign-off rows without a name or a date (Step 7, "LIA completed by", Name | Signature | Date), the DPO's
 * advice not summarised, and DPO advice overruled without reasons.
 */

const NEEDS_DATE = /\b(?:approved|provided|signed|accepted|overruled|completed)\b/i;
/** Labels of an approval (who approved, prepared or reviewed it); "kept under review by" names a role by design. */
const APPROVAL = /\b(?:approved|approver|signed|authori[sz]ed|accepted|agreed|prepared|reviewed)\b/i;
const ROLES = new RegExp(`\\b(?:${ROLE_WORDS.map((r) => r.text.replace(/ /g, "\\s+")).join("|")})\\b`, "gi");

const QUALIFIERS = new RegExp(`\\b(?:the|of|and|for|to|a|an|or|${ROLE_QUALIFIERS.join("|")})\\b`, "gi");

/** "Project Manager", "DPO / Head of IT": nothing but roles (and small words), so no one is named. */
function onlyRoles(answer: string): boolean {
  const rest = answer
    .replace(/\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/g, " ")
    .replace(ROLES, " ")
    .replace(QUALIFIERS, " ")
    .replace(/[^A-Za-z]+/g, "");
  return rest === "" && ROLES.test(answer);
}

/** A row of an approval table: "Role | Name | Date | Signature" slots that share a row. */
function rowKey(slot: AnswerSlot): string | undefined {
  return isCellRef(slot.ref) && !slot.inline ? `${slot.ref.table}:${slot.ref.row}` : undefined;
}
const COMMENTS = /^comments?\s*:?$/i;

export const signoffMissing: Check = {
  meta: {
    id: "signoff-missing",
    kind: "signoff-missing",
    description:
      "A sign-off row without a name or date, the DPO's advice not recorded, or DPO advice overruled without reasons.",
    defaultSeverity: "error",
    shortMessages: {
      missing: "{{subject}}: no name or date",
      roleOnly: "{{subject}}: a role only, no name or date",
      noDate: "{{subject}}: no date",
      empty: "{{subject}}: empty",
      dateEmpty: "Sign-off: no date ({{subject}})",
      comments: "{{subject}}: empty",
      overruled: "DPO advice overruled, no reasons recorded",
    },
    messages: {
      missing: 'Sign-off "{{label}}" has no name or date.',
      roleOnly: 'Sign-off "{{label}}" gives only a role ("{{answer}}"): name the person and the date of the approval.',
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
    // An approval table row is one sign-off: reported once, at its first empty cell, and not at all when a cell of it
    // holds template text (the placeholder check reports that).
    const rows = new Map<string, AnswerSlot[]>();
    for (const slot of slots) {
      const key = slot.role === "signoff" ? rowKey(slot) : undefined;
      if (key) rows.set(key, [...(rows.get(key) ?? []), slot]);
    }
    const done = new Set<string>();
    slots.forEach((slot: AnswerSlot, i) => {
      if (slot.role !== "signoff" || answerHasPlaceholder(context.model, slot.ref, slot.answer)) return;
      const key = rowKey(slot);
      const row = key ? rows.get(key) : undefined;
      if (key && row && row.length > 1) {
        if (done.has(key)) return;
        if (row.some((s) => answerHasPlaceholder(context.model, s.ref, s.answer))) return;
        const empty = row.filter((s) => isBlank(s.answer));
        if (!empty.length) return;
        const nameColumn = row.some((s) => SIGNOFF_COLUMNS.name.test(s.question.trim()));
        const named = row.some(
          (s, k) =>
            !isBlank(s.answer) &&
            (nameColumn
              ? SIGNOFF_COLUMNS.name.test(s.question.trim())
              : k > 0 && s.type !== "date" && !SIGNOFF_COLUMNS.signature.test(s.question.trim())),
        );
        const dated = row.some((s) => !isBlank(s.answer) && s.type === "date");
        // A wet signature left blank beside a name and a date is not a missing sign-off.
        if (named && dated) return;
        done.add(key);
        const first = empty[0];
        const who = row.find((s) => !isBlank(s.answer))?.answer;
        const label = shorten((who ?? first.question).replace(/[:\s]+$/, ""), 80);
        const subject = subjectOf(who ?? first.question);
        const base = slotDescriptor(first, matrix, options);
        context.report({ ...base, messageId: named ? "dateEmpty" : "missing", data: { label, subject } });
        return;
      }
      // What a finding at this slot says: built only for a finding (most sign-off slots are filled).
      const described = () => ({
        base: slotDescriptor(slot, matrix, options),
        label: shorten(slot.question.replace(/[:\s]+$/, ""), 80),
        subject: subjectOf(slot.question),
      });
      if (isBlank(slot.answer)) {
        const { base, label, subject } = described();
        if (COMMENTS.test(slot.question.trim())) {
          const previous = slots[i - 1];
          const overruled = previous?.role === "signoff" && /overrul/i.test(previous.answer);
          context.report({
            ...base,
            messageId: overruled ? "overruled" : "comments",
            severity: overruled ? "error" : "warning",
            data: { label, subject },
          });
        } else if (slot.type === "date") {
          context.report({ ...base, messageId: "dateEmpty", data: { label, subject } });
        } else if (slot.type === "name-date") {
          context.report({ ...base, messageId: "missing", data: { label, subject } });
        } else {
          context.report({ ...base, messageId: "empty", data: { label, subject } });
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
        const { base, label, subject } = described();
        context.report({
          ...base,
          append: true,
          messageId: "noDate",
          severity: "warning",
          data: { label, subject, answer: shorten(slot.answer, 60) },
        });
      } else if (
        APPROVAL.test(slot.question) &&
        !/under review/i.test(slot.question) &&
        !hasDate(slot.answer) &&
        !dateFollows &&
        onlyRoles(slot.answer)
      ) {
        // "Prepared by: Project Manager" with no date: no one is named and nothing says when it was approved. A
        // document-control table giving roles on every line ("Prepared by | Reviewed by") is one missing sign-off.
        const table = isCellRef(slot.ref) ? `table:${slot.ref.table}` : undefined;
        if (table && done.has(table)) return;
        if (table) done.add(table);
        const { base, label, subject } = described();
        context.report({
          ...base,
          append: true,
          messageId: "roleOnly",
          data: { label, subject, answer: shorten(slot.answer, 60) },
        });
      }
    });
  },
};

export const { meta, check } = signoffMissing;
export default signoffMissing;
