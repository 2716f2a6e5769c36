import { answerText } from "../detect/document-text";
import {
  criminalOffenceMention,
  namesCriminalOffenceCondition,
  namesSpecialCategoryCondition,
  specialCategoryMention,
} from "../detect/legal-language";
import { normalise } from "../detect/text";
import { criminalOffenceAnswers, specialCategoryAnswers } from "../guidance";
import type { AnswerSlot } from "../templates/types";
import type { Check } from "./types";

/**
 * Special category data (health, ethnicity, religion…) said to be processed with no Article 9(2) condition
 * named; criminal offence data with no Article 10 route (official authority or a DPA 2018 Schedule 1
 * condition). A sentence that says such data is not processed does not count.
 */
export const specialCategoryConditionMissing: Check = {
  meta: {
    id: "special-category-condition-missing",
    kind: "special-category-condition-missing",
    description:
      "Special category or criminal offence data is processed but no Article 9 / Article 10 condition is named.",
    defaultSeverity: "error",
    messages: {
      special: 'Special category data is processed ("{{term}}") but no Article 9(2) condition is named.',
      criminal:
        'Criminal offence data is processed ("{{term}}") but no Article 10 condition (official authority or a DPA 2018 Schedule 1 condition) is named.',
    },
  },
  check(context) {
    const { structure, model } = context;
    if (structure.notAnAssessment || structure.template === "generic") return;
    const text = answerText(structure, model);
    const where = (term: string): AnswerSlot | undefined =>
      structure.slots.find((s) => normalise(s.answer).includes(term)) ??
      structure.slots.find((s) => s.answer.trim() !== "");
    const special = specialCategoryMention(text);
    if (special && !namesSpecialCategoryCondition(text)) {
      const slot = where(special);
      if (slot)
        context.report({
          messageId: "special",
          data: { term: special },
          ref: slot.ref,
          text: slot.question,
          section: slot.section,
          slot: "special-category-condition",
          append: true,
          answers: specialCategoryAnswers(),
        });
    }
    const criminal = criminalOffenceMention(text);
    if (criminal && !namesCriminalOffenceCondition(text)) {
      const slot = where(criminal);
      if (slot)
        context.report({
          messageId: "criminal",
          data: { term: criminal },
          ref: slot.ref,
          text: slot.question,
          section: slot.section,
          slot: "special-category-condition",
          append: true,
          answers: criminalOffenceAnswers(),
        });
    }
  },
};

export const { meta, check } = specialCategoryConditionMissing;
export default specialCategoryConditionMissing;
