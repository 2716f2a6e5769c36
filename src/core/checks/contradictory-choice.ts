import { subjectOf } from "../detect/subject";
import { shorten } from "../detect/text";
import { yesNoAnswers } from "../guidance";
import { refKey } from "../model";
import type { GuidedAnswer } from "../report";
import type { ChoiceGroup } from "../templates/types";
import type { Check } from "./types";

/**
 * A check-box group whose marks contradict each other: several boxes ticked where only one answer is possible (Yes and
 * No, or a group the form says to "choose one" from), or a mark typed beside an option whose box is left unticked
 * ("☐ x Yes"), so the box and the text say different things. No box ticked at all is unresolved-choice's.
 */

/** One answer per option: keeping that option (answer-edits ticks it and clears the other ticked boxes). */
function keepOne(group: ChoiceGroup): GuidedAnswer[] {
  const explained = yesNoAnswers(group.question);
  return group.options.map((o) => {
    const same = explained.find((a) => a.label.toLowerCase() === o.label.toLowerCase());
    return { label: o.label, text: o.label, why: same?.why ?? `Keep "${o.label}" only.`, citation: same?.citation };
  });
}

export const contradictoryChoice: Check = {
  meta: {
    id: "contradictory-choice",
    kind: "contradictory-choice",
    description:
      "A one-answer check-box group with several boxes ticked, or a mark typed beside an option whose box is unticked.",
    defaultSeverity: "error",
    messages: {
      several: '{{count}} boxes are ticked for "{{question}}" ({{options}}), but only one answer is possible.',
      typed: '"{{option}}" is marked by a typed "x" for "{{question}}", but its box is not ticked.',
    },
    shortMessages: {
      several: "{{count}} boxes ticked, one allowed: {{subject}}",
      typed: '"{{option}}" typed "x", box not ticked',
    },
  },
  check(context) {
    for (const group of context.structure.choices ?? []) {
      const ticked = group.options.filter((o) => o.ticked);
      const typed = group.options.find((o) => o.typed);
      const question = shorten(group.question || group.options.map((o) => o.label).join(" / "), 100);
      const subject = subjectOf(group.question) || subjectOf(group.options.map((o) => o.label).join(" / "));
      const base = {
        ref: group.ref,
        text: group.question || group.expected,
        section: group.section,
        slot: "yes-no" as const,
      };
      // Only a group wholly in one cell (and alone there) can be put right by an edit.
      const editable =
        group.options.every((o) => refKey(o.ref) === refKey(group.ref)) &&
        (group.expected.match(/[☐☒☑■□]/g) ?? []).length === group.options.length;
      if (group.exclusive && ticked.length > 1) {
        context.report({
          ...base,
          messageId: "several",
          data: { question, subject, count: ticked.length, options: ticked.map((o) => o.label).join(", ") },
          answers: editable ? keepOne(group) : undefined,
        });
      } else if (typed) {
        context.report({ ...base, messageId: "typed", data: { question, subject, option: typed.label } });
      }
    }
  },
};

export const { meta, check } = contradictoryChoice;
export default contradictoryChoice;
