import { answerParts } from "../templates/document-text";
import { namesLawfulBasisInParts } from "../detect/legal-language";
import { findPlaceholders } from "../detect/placeholders";
import { byPosition } from "../detect/by-position";
import { isBlank, memoText, normalise } from "../detect/text";
import { lawfulBasisAnswers } from "../guidance";
import { restsOnGdpr } from "../templates/jurisdiction";
import { ARTICLE_6_OPTIONS, BASIS_ASKED, LIA_TITLE } from "../vocabulary/lawful-basis";
import type { Check } from "./types";
import { linesOfParts, partsWithoutOpenLists } from "./utils/option-list-parts";

/**
 * No Article 6 lawful basis named or described anywhere in the answers of a DPIA or PIA ("Full compliance
 * given as no data is processed"). A legitimate interests assessment is itself about one basis, so it is
 * not checked here.
 */
/** Whether a paragraph asks for the basis, by its text (a live re-check finds most answers by position). */
const asksForBasis = byPosition(memoText((text: string) => BASIS_ASKED.test(text)));

export const lawfulBasisMissing: Check = {
  meta: {
    id: "lawful-basis-missing",
    kind: "lawful-basis-missing",
    description: "No Article 6 lawful basis is identified in the assessment's answers.",
    defaultSeverity: "error",
    messages: {
      missing: "No Article 6 lawful basis is named or described in the answers{{where}}.",
    },
    shortMessages: { missing: "Lawful basis not named" },
  },
  check(context) {
    const { structure, model, options } = context;
    // Articles 6, 9 and 10 are GDPR articles: a US PIA or a document resting on no GDPR is not checked against them.
    if (!restsOnGdpr(structure.jurisdiction)) return;
    if (structure.notAnAssessment || structure.template === "ico-lia") return;
    // Only an assessment that asks for the basis (a question, heading or prompt naming it) can be said to leave it
    // out; a form or an extract that never mentions it is section-missing's, if anything.
    if (!model.paragraphs.some((p, i) => asksForBasis(p.text, i))) return;
    // An LIA written on another form is still the Article 6(1)(f) assessment: its title says so.
    const title = model.paragraphs
      .slice(0, 6)
      .map((p) => normalise(p.text))
      .join(" ");
    if (LIA_TITLE.test(title) && !/\bimpact assessment\b/.test(title)) return;
    // The Article 6(1) options printed as a list, none chosen, name no basis.
    // A free-form document has no answer slots: its paragraphs are its answers.
    // Read part by part (answerParts): after a live edit only the changed answer is read again.
    const parts = answerParts(structure, model);
    const answers = structure.slots.length ? structure.slots.map((x) => x.answer) : linesOfParts(parts);
    if (namesLawfulBasisInParts(partsWithoutOpenLists(parts, answers, ARTICLE_6_OPTIONS))) return;
    const asked =
      structure.slots.find((s) => s.type === "lawful-basis") ??
      structure.slots.find((s) => BASIS_ASKED.test(s.question)) ??
      structure.slots.find((s) => /lawful basis|necessity and proportionality/i.test(`${s.question} ${s.section}`));
    if (asked && isBlank(asked.answer)) return; // reported by unanswered, with the same guided answers
    // A prompt left in place ("[Consent / Contract / …]") is the placeholder check's one finding.
    if (asked && findPlaceholders(asked.answer).some((h) => h.text.trim().length >= asked.answer.trim().length - 2))
      return;
    // Without an answer slot, point at the heading of the step that asks for the basis (stable when text is added).
    const step = structure.sections.find((s) => /necessity|lawful basis|proportionality/i.test(s.title));
    const stepBlock = step ? model.blocks[step.startBlock] : undefined;
    const headingRef = stepBlock?.kind === "paragraph" ? { paragraph: stepBlock.paragraph.index } : undefined;
    const ref = asked?.ref ?? headingRef ?? (model.paragraphs[0] ? { paragraph: 0 } : undefined);
    if (!ref) return;
    context.report({
      messageId: "missing",
      data: { where: asked ? ` (asked in "${asked.section}")` : "" },
      ref,
      text: asked?.question ?? "",
      section: asked?.section ?? structure.sectionOf(ref),
      slot: "lawful-basis",
      append: asked ? asked.inline === true || !isBlank(asked.expected) : true,
      answers: lawfulBasisAnswers(options.organisation),
    });
  },
};

export const { meta, check } = lawfulBasisMissing;
export default lawfulBasisMissing;
