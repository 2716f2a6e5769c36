import { answerParts } from "../templates/document-text";
import {
  criminalOffenceMentionInParts,
  namesCriminalOffenceConditionInParts,
  namesSpecialCategoryConditionInParts,
  specialCategoryMentionInParts,
} from "../detect/legal-language";
import { byPosition } from "../detect/by-position";
import { memoText, normalise } from "../detect/text";
import { criminalOffenceAnswers, specialCategoryAnswers } from "../guidance";
import { restsOnGdpr } from "../templates/jurisdiction";
import { ARTICLE_9_OPTIONS, BASIS_ASKED, CONDITION_ASKED } from "../vocabulary/lawful-basis";
import type { Check } from "./types";
import { linesOfParts, partsWithoutOpenLists } from "./utils/option-list-parts";

/**
 * Special category data (health, ethnicity, religion…) said to be processed with no Article 9(2) condition
 * named; criminal offence data with no Article 10 route (official authority or a DPA 2018 Schedule 1
 * condition). A sentence that says such data is not processed does not count.
 */
/** Whether a paragraph asks for the basis or the condition, by its text (a re-check finds most by position). */
const asksForGrounds = byPosition(memoText((text: string) => BASIS_ASKED.test(text) || CONDITION_ASKED.test(text)));

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
    shortMessages: {
      special: 'No Article 9 condition for "{{term}}"',
      criminal: 'No Article 10 condition for "{{term}}"',
    },
  },
  check(context) {
    const { structure, model } = context;
    // Articles 6, 9 and 10 are GDPR articles: a US PIA or a document resting on no GDPR is not checked against them.
    if (!restsOnGdpr(structure.jurisdiction)) return;
    if (structure.notAnAssessment) return;
    // Only an assessment that deals with the legal grounds (asks for the lawful basis or the Article 9 condition) can
    // be said to leave the condition out; a data-access application or an extract that never mentions them is not.
    if (!model.paragraphs.some((p, i) => asksForGrounds(p.text, i))) return;
    // Read part by part (answerParts): after a live edit only the changed answer is read again.
    const parts = answerParts(structure, model);
    // A free-form document has no answer slots: its paragraphs are its answers.
    const answers = structure.slots.length ? structure.slots.map((s) => s.answer) : linesOfParts(parts);
    const where = (term: string) => {
      const slot = structure.slots.find((s) => normalise(s.answer).includes(term));
      if (slot) return { ref: slot.ref, text: slot.question, section: slot.section };
      // No slot holds the term (free-form prose): the paragraph that says the data is processed.
      const paragraph = model.paragraphs.find((p) => normalise(p.text).includes(term));
      if (!paragraph) return undefined;
      const ref = { paragraph: paragraph.index };
      return { ref, text: paragraph.text, section: structure.sectionOf(ref) };
    };
    // Article 9 and Article 10 are checked alike: a mention without a named condition is reported once.
    const rules = [
      {
        messageId: "special",
        mention: specialCategoryMentionInParts,
        named: namesSpecialCategoryConditionInParts,
        answers: specialCategoryAnswers,
      },
      {
        messageId: "criminal",
        mention: criminalOffenceMentionInParts,
        named: namesCriminalOffenceConditionInParts,
        answers: criminalOffenceAnswers,
      },
    ];
    for (const rule of rules) {
      const term = rule.mention(parts);
      // Article 9(2)'s conditions printed as a list, none chosen, name no condition.
      if (!term || rule.named(partsWithoutOpenLists(parts, answers, ARTICLE_9_OPTIONS))) continue;
      const at = where(term);
      if (!at) continue;
      context.report({
        messageId: rule.messageId,
        data: { term },
        ref: at.ref,
        text: at.text,
        section: at.section,
        slot: "special-category-condition",
        append: true,
        answers: rule.answers(),
      });
    }
  },
};

export const { meta, check } = specialCategoryConditionMissing;
export default specialCategoryConditionMissing;
