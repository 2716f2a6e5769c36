import { findPlaceholders } from "../detect/placeholders";
import { isBlank } from "../detect/text";
import type { ParagraphRef } from "../model";
import {
  isConditional,
  isGuidanceSentence,
  isHeadingLike,
  isImperativePrompt,
  isImperativeSentence,
  isInstruction,
  isNumbered,
  isQuestion,
  QUESTION_NUMBER,
} from "./classify";
import { slotRole, slotType } from "./slot-types";
import type { AnswerSlot } from "./types";
import type { Unit } from "./units";

/**
 * Questions written as paragraphs (or list items) with their answers in the paragraphs that follow, up to
 * the next question, heading or table: LIA bullet prompts, "2.1 Data storage: …?", a prompt under a heading.
 * A question group followed directly by a table hands its question to that table (check-box pairs, an
 * answer cell).
 */

type ParagraphUnit = Extract<Unit, { kind: "paragraph" }>;

export interface ParagraphSlotsResult {
  slots: AnswerSlot[];
  /** The question a table answers, keyed by table index (the group right before it had no answer of its own). */
  tableQuestions: Map<number, string>;
}

export function isHeadingUnit(unit: ParagraphUnit): boolean {
  const p = unit.paragraph;
  return p.headingLevel > 0 || /^title$/i.test(p.style) || isHeadingLike(p.text);
}

const LABEL_LINE = /^\s*([^:\n]{2,60}):[ \t\u00a0]*(.*)$/;
/** Labels under which the value is the answer to the question above ("Answer: …", "Response: …"). */
const ANSWER_LABEL = /^(?:answers?|responses?|reply|comments?|details|notes?)$/i;

/** "Outcome: [describe…]" — a label with a template value of its own: a new slot, not the answer to the question above. */
function isOwnLabelSlot(text: string): boolean {
  const m = LABEL_LINE.exec(text);
  return !!m && !ANSWER_LABEL.test(m[1].trim()) && m[2].trim().length > 0 && findPlaceholders(m[2]).length > 0;
}
/** A question that is only a label ending in a colon ("Directorate:"), with nothing after it. */
function isBareLabel(unit: ParagraphUnit): boolean {
  const text = unit.paragraph.text.trim();
  return /:$/.test(text) && !text.includes("?") && text.split(/\s+/).length <= 6;
}

/** "Service: Libraries and archives": a short label with its value on the same line. */
function isLabelWithValue(text: string): boolean {
  const m = LABEL_LINE.exec(text);
  return !!m && !ANSWER_LABEL.test(m[1].trim()) && m[1].trim().split(/\s+/).length <= 6 && m[2].trim().length > 0;
}

/** An introduction to a list of questions ("Answer these questions to determine…:", "Consider the following questions:"). */
const CHECKLIST_INTRO = /\bquestions\b[^.?]*:\s*$/i;

/** An introduction and two or more questions under it, with nothing written between them. */
function isChecklist(questions: readonly ParagraphUnit[]): boolean {
  return questions.length >= 3 && CHECKLIST_INTRO.test(questions[0].paragraph.text);
}

const RECORD_LABEL =
  /^(?:date|review date|next review(?: date)?|date of (?:next )?review|reference(?: number)?|ref(?:erence)? no\.?)$/i;

/**
 * A sign-off, date or reference line written as a paragraph ("Approved by: J Smith, 1/2/24", "Date:"), outside
 * any question's answer. Other "Label: value" lines are prose and make no slot.
 */
function labelSlot(unit: ParagraphUnit, section: string): AnswerSlot | undefined {
  const m = LABEL_LINE.exec(unit.paragraph.text);
  if (!m) return undefined;
  const label = `${m[1].trim()}:`;
  const role = slotRole(label, section);
  if (role !== "signoff" && !RECORD_LABEL.test(m[1].trim())) return undefined;
  return {
    question: label,
    section,
    ref: { paragraph: unit.paragraph.index },
    answer: m[2].trim(),
    expected: unit.paragraph.text,
    type: slotType(label, true),
    required: true,
    role: RECORD_LABEL.test(m[1].trim()) && role !== "signoff" ? (/ref/i.test(m[1]) ? "reference" : "answer") : role,
    inline: true,
  };
}

/**
 * Which paragraphs are items of a list of questions numbered by Word (w:numPr): their number ("3.", "a)") is shown
 * but is not in their text, so they are read as numbered questions are. A list counts as one of questions when, in
 * the same section and at the same level, at least one of its numbered items is a question by its own text; a
 * numbered list of answers ("1. Encrypt the database.") under a question stays an answer, as a bulleted one does.
 */
function numberedQuestionItems(units: readonly Unit[]): boolean[] {
  const listed: boolean[] = new Array(units.length).fill(false);
  let from = 0;
  const closeSection = (to: number) => {
    const questionLevels = new Set<number>();
    for (let i = from; i < to; i++) {
      const unit = units[i];
      if (unit.kind === "paragraph" && unit.paragraph.list?.numbered && isQuestion(unit.paragraph.text))
        questionLevels.add(unit.paragraph.list.level);
    }
    for (let i = from; i < to; i++) {
      const unit = units[i];
      const list = unit.kind === "paragraph" ? unit.paragraph.list : undefined;
      listed[i] = !!list?.numbered && questionLevels.has(list.level);
    }
    from = to;
  };
  units.forEach((unit, i) => {
    if (unit.kind === "paragraph" && isHeadingUnit(unit)) closeSection(i);
  });
  closeSection(units.length);
  return listed;
}

export function paragraphSlots(units: Unit[], sectionAt: (position: number) => string): ParagraphSlotsResult {
  const listed = numberedQuestionItems(units);
  const slots: AnswerSlot[] = [];
  const tableQuestions = new Map<number, string>();
  let questions: ParagraphUnit[] = [];
  let answers: ParagraphUnit[] = [];
  let empties: ParagraphUnit[] = [];
  let start = -1;

  const emit = (next: Unit | undefined) => {
    if (!questions.length) return;
    const question = questions
      .map((q) =>
        answers.includes(q) ? q.paragraph.text.slice(0, q.paragraph.text.lastIndexOf("?") + 1) : q.paragraph.text,
      )
      .map((t) => t.trim())
      .join("\n");
    const section = sectionAt(start);
    const filled = answers.filter((a) => !isBlank(a.paragraph.text));
    if (!filled.length && next?.kind === "row") {
      tableQuestions.set(next.table.index, question);
    } else {
      const optional = /\(optional\)/i.test(question);
      const last = questions[questions.length - 1];
      const target = filled[0] ?? empties[0] ?? last;
      const ref: ParagraphRef = { paragraph: target.paragraph.index };
      slots.push({
        question,
        section,
        ref,
        // A question answered on its own line ("Who is the controller? The council.") answers after its "?".
        answer: filled
          .map((a) =>
            questions.includes(a) ? a.paragraph.text.slice(a.paragraph.text.lastIndexOf("?") + 1) : a.paragraph.text,
          )
          .map((t) => t.trim())
          .join("\n"),
        expected: target.paragraph.text,
        type: slotType(question, false),
        required: !optional && !isConditional(question),
        role: slotRole(last.paragraph.text, section),
        ...(target === last ? { inline: true } : {}),
        ...(optional ? { optional } : {}),
      });
    }
    questions = [];
    answers = [];
    empties = [];
  };

  units.forEach((unit, position) => {
    if (unit.kind === "row") {
      emit(unit);
      return;
    }
    const text = unit.paragraph.text;
    if (isHeadingUnit(unit)) {
      emit(undefined);
      return;
    }
    // A sign-off line ("Residual risks approved by:") is a slot of its own, never a question's answer or a prompt.
    const signoff = labelSlot(unit, sectionAt(position));
    if (signoff?.role === "signoff" || (signoff && !questions.length)) {
      emit(unit);
      slots.push(signoff);
      return;
    }
    // An instruction right before a table ("Explain why… Please state…" over an empty box) asks for what goes in it.
    const asksForTable = !questions.length && units[position + 1]?.kind === "row" && isImperativePrompt(text);
    // An imperative sentence after an answered question, or after its empty answer space, asks the next question.
    const asksNext =
      isImperativeSentence(text) &&
      (!questions.length || answers.some((a) => !isBlank(a.paragraph.text)) || empties.length > 0);
    // An imperative sentence numbered in a Word list of questions ("3. Describe how …") is the list's next question.
    const listPrompt = listed[position] && isImperativeSentence(text);
    if (isQuestion(text) || asksForTable || asksNext || listPrompt) {
      // Numbered in its text ("3a", "Q3") or by Word's list numbering: a new question, not more of the one above —
      // unless it is numbered one level below that one ("4 Research sponsor:", then "4.1 Have you …?"): its sub-question.
      const above = questions[questions.length - 1]?.paragraph.list;
      const nextInList = listed[position] && !(above?.numbered && above.level < (unit.paragraph.list?.level ?? 0));
      const numbered = QUESTION_NUMBER.test(text) || isNumbered(text) || nextInList;
      if (answers.some((a) => !isBlank(a.paragraph.text)) || (questions.length && (empties.length || numbered)))
        emit(unit);
      if (!questions.length) start = position;
      questions.push(unit);
      // "1.1 Data storage: Where will it be stored? On servers in London." answers on the same line.
      const after = text.slice(text.lastIndexOf("?") + 1).trim();
      // Not an answer: a hint in brackets ("(on-prem, cloud, etc.)"), another prompt, guidance or a condition.
      const answersInline =
        !isInstruction(after) &&
        (numbered ||
          (!isQuestion(after) && !isImperativePrompt(after) && !isGuidanceSentence(after) && !isConditional(after)));
      if (text.includes("?") && after.length > 2 && answersInline) {
        answers.push(unit);
        emit(undefined);
      }
      return;
    }
    if (questions.length && !answers.some((a) => !isBlank(a.paragraph.text)) && isOwnLabelSlot(text)) {
      // "Answer these questions to decide…:" and its questions, then "Outcome: [document reasoning here]": a checklist
      // whose result is written on the labelled line (its own slot), not a question left without an answer.
      if (isChecklist(questions)) {
        questions = [];
        empties = [];
      } else emit(unit);
    }
    // "Directorate:" then "Service: Libraries": a label left empty, followed by the next label with its own value.
    if (questions.length && !answers.length && isBareLabel(questions[questions.length - 1]) && isLabelWithValue(text))
      emit(unit);
    if (!questions.length) {
      const labelled = labelSlot(unit, sectionAt(position));
      if (labelled) slots.push(labelled);
      return;
    }
    if (isBlank(text)) {
      if (!answers.length) empties.push(unit);
      else answers.push(unit);
      return;
    }
    // Guidance right under the question ("- List each purpose.") belongs to the question, not the answer.
    if (!answers.length && (isInstruction(text) || isGuidanceSentence(text))) return;
    answers.push(unit);
  });
  emit(undefined);
  return { slots, tableQuestions };
}
