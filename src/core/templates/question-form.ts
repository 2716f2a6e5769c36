import { oneLine } from "../detect/text";
import type { DocModel, Table } from "../model";
import { share } from "./features";
import type { AnswerSlot, ChoiceGroup } from "./types";
import type { Recogniser } from "./recogniser";

/** Council and company PIA forms: numbered questions, Yes/No check boxes, label/value tables. */
const VOCABULARY = [
  /privacy impact|\bpia\b|impact report|impact assessment/,
  /lawful basis|personal data/,
  /lead officer|reference number|approv/,
];

export const questionForm: Recogniser = {
  id: "question-form",
  name: "Question form (PIA)",
  patterns: VOCABULARY,
  score: (f) =>
    0.45 * Math.min(1, f.numberedQuestions / 6) + 0.2 * Math.min(1, f.checkBoxes / 4) + 0.35 * share(f, VOCABULARY),
};

/**
 * A questionnaire design rather than a filled form: a table whose columns describe the questions ("Question | Answer
 * type | GDPR reference") with no column for the answers. "Yes/No" there names an answer type, not a choice left
 * open; an empty cell there is not an unanswered question.
 */
const QUESTION_COLUMN = /^(?:questions?|question text|questions? asked|item|prompt|field)$/i;
const DESIGN_COLUMN =
  /\b(?:answer|response|field|input|data) (?:type|format)\b|^(?:type|format|options|answer options|response options|mandatory|required|validation|guidance|rationale|purpose|why we ask)$|\b(?:gdpr|article|legal|regulatory|statutory) (?:reference|basis|ref)\b|^(?:reference|ref\.?|source)$/i;
const ANSWER_COLUMN = /^(?:answers?|responses?|your (?:answer|response)|reply|comments?|details|evidence|notes?)$/i;

export function isQuestionBank(table: Table): boolean {
  const header = table.rows[0]?.cells.map((c) => oneLine(c.text)) ?? [];
  if (table.rows.length < 2 || header.length < 2) return false;
  return (
    header.some((h) => QUESTION_COLUMN.test(h)) &&
    header.some((h) => DESIGN_COLUMN.test(h)) &&
    !header.some((h) => ANSWER_COLUMN.test(h))
  );
}

/** Most of the document's table rows are question-bank rows: it designs a questionnaire, it does not answer one. */
export function isQuestionnaireDesign(model: DocModel): boolean {
  let bank = 0;
  let all = 0;
  for (const t of model.tables) {
    if (t.nestingLevel > 1) continue;
    all += t.rows.length;
    if (isQuestionBank(t)) bank += t.rows.length;
  }
  return bank > 0 && bank * 2 >= all;
}

/**
 * A form to fill in, whatever it calls itself ("privacy questionnaire", "screening questions"): several questions
 * asked with a place for their answers, or check-box groups. Such a document is checked like an assessment even
 * without the word; prose (a policy, an essay) has neither.
 */
export function isForm(slots: readonly AnswerSlot[], choices: readonly ChoiceGroup[]): boolean {
  // One question a slot: a policy that lists questions for its reader has them in groups, not one by one.
  // A question has words: a row keyed by a number ("12 | Mrs Patel") is a data table's row, not a form's question.
  const asked = slots.filter(
    (s) =>
      s.role !== "signoff" && s.role !== "reference" && !s.question.trim().includes("\n") && /\p{L}/u.test(s.question),
  );
  return asked.length >= 3 || choices.length >= 2 || (asked.length >= 2 && choices.length >= 1);
}
