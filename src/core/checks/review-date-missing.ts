import { findPlaceholders } from "../detect/placeholders";
import { hasDate } from "../detect/dates";
import { isBlank, normalise, oneLine } from "../detect/text";
import { ukDate } from "../guidance";
import type { Ref } from "../model";
import type { GuidedAnswer } from "../report";
import { REVIEW_MENTION, REVIEW_SCHEDULE } from "../vocabulary/assessment-elements";
import type { Check } from "./types";
import { isImpactAssessment } from "./utils/assessment";

/**
 * No date by which the assessment will be reviewed. The ICO asks that a DPIA be kept under review and revisited when
 * the processing changes; "will be reviewed regularly" names no date, so nobody can tell when it is due. A review
 * line that gives a date or a schedule ("annually", "every 6 months") is fine; an empty or template review field is
 * the unanswered or placeholder check's finding. An assessment that never speaks of a review is not reported: whether
 * it needs a date is the reviewer's call (the ICO's own template asks who keeps it under review, not when).
 */

function inOneYear(today: string): string {
  const [y, m, d] = today.split("-");
  return ukDate(`${Number(y) + 1}-${m}-${d}`);
}

function answers(today: string): GuidedAnswer[] {
  return [
    {
      label: "In one year",
      text: inOneYear(today),
      why: "Keep the assessment under review: a yearly review, or sooner when the processing changes.",
      citation: "ICO: How do we carry out a DPIA? (keep the DPIA under review); Art. 35(11) GDPR",
    },
  ];
}

const REVIEW_WORD = /review/i;
/** A review statement is a line or two; long answers that mention reviewing are prose about something else. */
const MAX_LINE = 300;
const speaksOfReview = (text: string) => text.length <= MAX_LINE && REVIEW_WORD.test(text);

export const reviewDateMissing: Check = {
  meta: {
    id: "review-date-missing",
    kind: "review-date-missing",
    description: "The assessment gives no date by which it will be reviewed.",
    defaultSeverity: "warning",
    messages: {
      noDate: '"{{text}}" names no review date: say when the assessment will next be reviewed.',
    },
  },
  check(context) {
    const { structure, model, options } = context;
    if (!isImpactAssessment(structure, model)) return;
    // Only the lines that speak of a review at all (a cheap test first: a long document has thousands of lines).
    const lines: { ref: Ref; text: string }[] = [];
    for (const p of model.paragraphs)
      if (p.tableNestingLevel === 0 && speaksOfReview(p.text))
        lines.push({ ref: { paragraph: p.index }, text: p.text });
    for (const t of model.tables)
      for (const r of t.rows)
        for (const c of r.cells) if (speaksOfReview(c.text)) lines.push({ ref: c.ref, text: c.text });
    const mentions = lines.filter(
      (l) => !/\bunder review by\b|\breview(?:ed)? by\s*:?\s*$/i.test(l.text) && REVIEW_MENTION.test(normalise(l.text)),
    );
    const dated = (text: string) => hasDate(text) || REVIEW_SCHEDULE.test(normalise(text));
    // Any line that speaks of reviewing and gives a date will do ("We will review this assessment by 1 June 2027").
    if (lines.some((l) => /\breview/i.test(l.text) && !/\bunder review by\b/i.test(l.text) && dated(l.text))) return;
    // A review field of a form: its value may sit in the slot beside it.
    const slots = structure.slots.filter(
      (s) => REVIEW_MENTION.test(normalise(`${s.question}:`)) || /\breview\b/i.test(s.question),
    );
    if (slots.some((s) => dated(s.answer) || isBlank(s.answer) || findPlaceholders(s.answer).length)) return;
    if (mentions.some((m) => findPlaceholders(m.text).length)) return;
    const vague = mentions.find((m) => /\breview/i.test(m.text));
    if (vague) {
      context.report({
        messageId: "noDate",
        data: { text: oneLine(vague.text).slice(0, 80) },
        ref: vague.ref,
        text: oneLine(vague.text),
        section: structure.sectionOf(vague.ref),
        slot: "date",
        append: true,
        answers: answers(options.today),
      });
      return;
    }
  },
};

export const { meta, check } = reviewDateMissing;
export default reviewDateMissing;
