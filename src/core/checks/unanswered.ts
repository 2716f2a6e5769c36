import { isBothOptions } from "../detect/choices";
import { answerHasPlaceholder } from "../detect/placeholders";
import { subjectOf } from "../detect/subject";
import { isBlank, memoText, normalise, shorten } from "../detect/text";
import { modelAnswer } from "../guidance";
import { allMeasures } from "../risk/check-helpers";
import { isNoneAnswer } from "../templates/classify";
import type { DocModel } from "../model";
import type { AnswerSlot } from "../templates/types";
import type { Check } from "./types";
import { slotDescriptor } from "./utils/slot-descriptor";

/**
 * A question or answer slot with nothing in it, or holding only its own prompt; a follow-up ("Why not?")
 * left empty although its box is ticked; a blank reference number. Sign-off rows are signoff-missing's.
 */

/** The answer says nothing beyond the question's own words (the prompt pasted or left as the answer). */
function onlyPrompt(slot: AnswerSlot): boolean {
  const answer = promptLike(slot.answer);
  return answer.length >= 12 && normalise(slot.question).includes(answer);
}

/** An answer as compared with its question: normalised, without closing punctuation. Memoised by the answer. */
const promptLike = memoText((answer: string): string => normalise(answer).replace(/[?:.\s]+$/, ""));

/** What is missing in a slot that is not a sign-off, if anything: the message to report. */
function gapOf(
  slot: AnswerSlot,
  model: DocModel,
): "followUp" | "reference" | "empty" | "promptOnly" | "noneOnly" | undefined {
  if (isBlank(slot.answer)) {
    if (!slot.required) return undefined;
    if (slot.role === "follow-up") return "followUp";
    return slot.role === "reference" ? "reference" : "empty";
  }
  // Placeholders and "Yes / No" are reported by their own checks, not twice.
  if (answerHasPlaceholder(model, slot.ref, slot.answer) || isBothOptions(slot.answer)) return undefined;
  if (onlyPrompt(slot)) return "promptOnly";
  if (isNoneAnswer(slot.answer) && /impact|risk|harm|concern/i.test(slot.question)) return "noneOnly";
  return undefined;
}

export const unanswered: Check = {
  meta: {
    id: "unanswered",
    kind: "unanswered",
    description:
      "An answer slot left empty, or holding only its prompt; a follow-up required by a ticked box left empty.",
    defaultSeverity: "error",
    messages: {
      empty: 'No answer is given to "{{question}}".',
      promptOnly: '"{{question}}" holds only its own prompt, not an answer.',
      followUp: '"{{question}}" must be answered because "{{option}}" is ticked.',
      reference: 'The "{{question}}" is blank.',
      riskDescription: "A row of the risk table has no risk described.",
      measure: "A row of the measures table has no measure written ({{risk}}).",
      noneOnly: '"{{question}}" is answered "{{answer}}": check that nothing applies and say why.',
    },
    shortMessages: {
      empty: "No answer: {{subject}}",
      promptOnly: "Only the prompt: {{subject}}",
      followUp: 'No answer, needed as "{{option}}" is ticked: {{subject}}',
      reference: "Blank: {{subject}}",
      riskDescription: "Risk {{riskId}}: no risk described",
      measure: "No measure written ({{risk}})",
      noneOnly: 'Answered "{{answer}}": {{subject}}',
    },
  },
  check(context) {
    const { structure, options, matrix, register } = context;
    // Risk tables are read by the register: a row with values (or template option lists) but no risk or measure written.
    for (const risk of register.risks) {
      const cell = risk.cells.description;
      if (!cell || !isBlank(risk.description)) continue;
      context.report({
        messageId: "riskDescription",
        data: { riskId: risk.id },
        ref: cell.ref,
        text: "Describe source of risk and nature of potential impact on individuals",
        section: risk.section,
        slot: "free-text",
        append: !isBlank(cell.expected),
        discriminator: risk.id,
        answers: [modelAnswer("risk description", risk.section)],
      });
    }
    for (const { measure, risks } of allMeasures(register)) {
      const cell = measure.cells.measure;
      if (!cell || !isBlank(measure.description)) continue;
      context.report({
        messageId: "measure",
        data: { risk: risks.length ? `risk ${risks.map((r) => r.id).join(", ")}` : "no risk named" },
        ref: cell.ref,
        text: "Options to reduce or eliminate risk",
        section: structure.sectionOf(cell.ref),
        slot: "free-text",
        append: !isBlank(cell.expected),
        discriminator: risks.map((r) => r.id).join(","),
        answers: [modelAnswer("measures to reduce risk", structure.sectionOf(cell.ref))],
      });
    }
    for (const slot of structure.slots) {
      if (slot.role === "signoff") continue;
      const gap = gapOf(slot, context.model);
      if (!gap) continue;
      // Built only when a gap is reported: most slots are answered.
      const base = slotDescriptor(slot, matrix, options);
      const question = shorten(slot.question, 100);
      const subject = subjectOf(slot.question);
      if (gap === "followUp")
        context.report({ ...base, messageId: gap, data: { question, subject, option: slot.condition ?? "" } });
      else if (gap === "noneOnly")
        context.report({
          ...base,
          append: true,
          messageId: gap,
          severity: "info",
          data: { question, subject, answer: slot.answer.trim() },
        });
      else context.report({ ...base, messageId: gap, data: { question, subject } });
    }
  },
};

export const { meta, check } = unanswered;
export default unanswered;
