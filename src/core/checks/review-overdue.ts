import { isPast, parseDate } from "../detect/dates";
import { oneLine } from "../detect/text";
import { dateAnswers } from "../guidance";
import { refKey, type Ref } from "../model";
import type { Check } from "./types";

/**
 * A review or next-review date that has passed ("Next review date: 2025" read in 2026). A date naming a
 * period (a year, a month) is overdue only once the whole period is past.
 */

const REVIEW_LABEL = /\b(?:next\s+)?review(?:\s+date|\s+due|\s+by)?\b|\breview(?:ed)? on\b/i;
// At the start of a line, or after other fields on the same line ("Date: October 2025 Next Review: January 2026").
const INLINE = /(?:^|\s)(?:next\s+)?review(?:\s+date)?(?:\s+due)?\s*[:–-]\s*(.+)$/im;
// "…; next review 1 March 2026": the date written straight after the words, with no separator.
const NEXT_REVIEW = /\bnext\s+review(?:\s+(?:date|due|on|by|in))?\s+(\d.*|[a-z]+\s+\d{4}.*)$/im;

export const reviewOverdue: Check = {
  meta: {
    id: "review-overdue",
    kind: "review-overdue",
    description: "A review or next-review date in the past.",
    defaultSeverity: "warning",
    messages: {
      overdue:
        'The review date "{{date}}" has passed (today is {{today}}): review the assessment and set the next date.',
    },
    shortMessages: { overdue: "Review date {{date}} has passed" },
  },
  check(context) {
    const { structure, model, options } = context;
    const done = new Set<string>();
    const report = (ref: Ref, label: string, value: string, whole: string) => {
      const date = parseDate(value);
      if (!date || !isPast(date, options.today) || done.has(refKey(ref))) return;
      done.add(refKey(ref));
      context.report({
        messageId: "overdue",
        data: { date: date.raw, today: options.today },
        ref,
        text: oneLine(whole),
        target: date.raw,
        section: structure.sectionOf(ref),
        slot: "date",
        answers: dateAnswers(label, options.today),
      });
    };
    for (const slot of structure.slots) {
      // Labels that ask for a date of review, not "kept under review by" (a person).
      if (
        !REVIEW_LABEL.test(slot.question) ||
        /\bby\s*:?\s*$/i.test(slot.question.trim()) ||
        /\bissued\b/i.test(slot.question)
      )
        continue;
      if (!/date|due|next|when/i.test(slot.question)) continue;
      report(slot.ref, slot.question, slot.answer, slot.expected);
    }
    for (const paragraph of model.paragraphs) {
      const m = INLINE.exec(paragraph.text) ?? NEXT_REVIEW.exec(paragraph.text);
      if (m && paragraph.tableNestingLevel === 0)
        report({ paragraph: paragraph.index }, "Next review date", m[1], paragraph.text);
    }
    for (const table of model.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const m = INLINE.exec(cell.text) ?? NEXT_REVIEW.exec(cell.text);
          if (m) report(cell.ref, "Next review date", m[1], cell.text);
        }
      }
    }
  },
};

export const { meta, check } = reviewOverdue;
export default reviewOverdue;
