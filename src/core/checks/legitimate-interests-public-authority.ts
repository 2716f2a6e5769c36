import { answerParts } from "../templates/document-text";
import { lawfulBasesIn, namesLawfulBasisInParts } from "../detect/legal-language";
import { detectOrganisationInParagraphs } from "../detect/organisation";
import { normalise } from "../detect/text";
import { publicTaskAnswer } from "../guidance";
import { restsOnGdpr } from "../templates/jurisdiction";
import type { Check } from "./types";

/**
 * A public authority relying on legitimate interests: Article 6(1) says the basis does not apply to
 * processing carried out by public authorities in performance of their tasks. The organisation type comes
 * from the settings, or from clear words in the document (a council, a police force, a .gov.uk address).
 */
export const legitimateInterestsPublicAuthority: Check = {
  meta: {
    id: "legitimate-interests-public-authority",
    kind: "legitimate-interests-public-authority",
    description: "A public authority relies on legitimate interests for processing that is part of its tasks.",
    defaultSeverity: "warning",
    messages: {
      publicAuthority:
        "A public authority ({{reason}}) relies on legitimate interests: it cannot do so for processing in performance of its tasks; public task usually applies.",
    },
    shortMessages: { publicAuthority: "Public authority relying on legitimate interests" },
  },
  check(context) {
    const { structure, model, options } = context;
    // Articles 6, 9 and 10 are GDPR articles: a US PIA or a document resting on no GDPR is not checked against them.
    if (!restsOnGdpr(structure.jurisdiction)) return;
    if (structure.notAnAssessment) return;
    const evidence = options.organisation
      ? options.organisation === "public-authority"
        ? { reason: "from the settings" }
        : undefined
      : detectOrganisationInParagraphs(model.paragraphs);
    if (!evidence) return;
    const basisSlot = structure.slots.find((s) => s.type === "lawful-basis" && s.answer.trim());
    const reliesOnLi =
      structure.template === "ico-lia" ||
      (basisSlot
        ? lawfulBasesIn(basisSlot.answer).includes("legitimate-interests")
        : namesLawfulBasisInParts(answerParts(structure, model), "legitimate-interests"));
    if (!reliesOnLi) return;
    const slot =
      structure.slots.find((s) => /legitimate interest/.test(normalise(s.answer))) ??
      structure.slots.find((s) => /rely on legitimate interests/i.test(s.question)) ??
      basisSlot ??
      structure.slots[0];
    // A free-form document has no slots: the paragraph that names the basis.
    const paragraph = slot ? undefined : model.paragraphs.find((p) => /legitimate interest/.test(normalise(p.text)));
    const at = slot
      ? { ref: slot.ref, text: slot.question, section: slot.section }
      : paragraph
        ? {
            ref: { paragraph: paragraph.index },
            text: paragraph.text,
            section: structure.sectionOf({ paragraph: paragraph.index }),
          }
        : undefined;
    if (!at) return;
    context.report({
      messageId: "publicAuthority",
      data: { reason: evidence.reason },
      ref: at.ref,
      text: at.text,
      section: at.section,
      slot: "lawful-basis",
      append: true,
      answers: [publicTaskAnswer()],
    });
  },
};

export const { meta, check } = legitimateInterestsPublicAuthority;
export default legitimateInterestsPublicAuthority;
