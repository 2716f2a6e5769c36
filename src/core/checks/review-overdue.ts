import { isPast, parseDate } from "../detect/dates";
import { memoText, oneLine } from "../detect/text";
import { dateAnswers } from "../guidance";
import { refKey, type Cell, type Ref, type Table } from "../model";
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

/**
 * What a paragraph or cell gives as its review date ("Next review: March 2025" → "March 2025"), memoised by the text.
 * Both patterns need the word: a text without it is answered by that cheap test, not looked up.
 */
const reviewValue = (text: string): string | undefined => (/review/i.test(text) ? reviewValueOf(text) : undefined);
const reviewValueOf = memoText(
  (text: string): string | undefined => (INLINE.exec(text) ?? NEXT_REVIEW.exec(text))?.[1],
);

/** Labels that ask for a date of review, not "kept under review by" (a person). Memoised by the label. */
const asksReviewDate = memoText(
  (question: string): boolean =>
    REVIEW_LABEL.test(question) &&
    !/\bby\s*:?\s*$/i.test(question.trim()) &&
    !/\bissued\b/i.test(question) &&
    /date|due|next|when/i.test(question),
);

/** The cells of a table that give a review date, in order: a table the re-check kept is not read again. */
const reviewCells = new WeakMap<Table, readonly { cell: Cell; value: string }[]>();
function reviewCellsOf(table: Table): readonly { cell: Cell; value: string }[] {
  let cells = reviewCells.get(table);
  if (!cells) {
    cells = table.rows.flatMap((row) =>
      row.cells.flatMap((cell) => {
        const value = reviewValue(cell.text);
        return value === undefined ? [] : [{ cell, value }];
      }),
    );
    reviewCells.set(table, cells);
  }
  return cells;
}

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
      if (!asksReviewDate(slot.question)) continue;
      report(slot.ref, slot.question, slot.answer, slot.expected);
    }
    for (const paragraph of model.paragraphs) {
      if (paragraph.tableNestingLevel !== 0) continue;
      const value = reviewValue(paragraph.text);
      if (value !== undefined) report({ paragraph: paragraph.index }, "Next review date", value, paragraph.text);
    }
    for (const table of model.tables)
      for (const { cell, value } of reviewCellsOf(table)) report(cell.ref, "Next review date", value, cell.text);
  },
};

export const { meta, check } = reviewOverdue;
export default reviewOverdue;
