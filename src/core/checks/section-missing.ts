import type { DocModel } from "../model";
import type { DocumentStructure } from "../templates/types";
import { restsOnGdpr } from "../templates/jurisdiction";
import { ASSESSMENT_ELEMENTS } from "../vocabulary/assessment-elements";
import type { Check } from "./types";
import { endOfDocument, isImpactAssessment, titleText } from "./utils/assessment";
import { bodyText, headingsOf, presence, type Presence } from "./utils/elements";

/**
 * A DPIA or PIA (free-form or on a template) that lacks one of the parts Art. 35(7) GDPR, the ICO and the EDPB
 * require: one finding per missing part, saying what it should contain, with a draft of it as the guided answer.
 * A part counts as present when a heading names it or the text discusses it at all, so a document that treats it
 * briefly is not reported.
 */

/** A free-form assessment has a title and at least one part under a heading of its own. */
const MIN_SECTIONS = 2;
/** Fewer parts than this present: a fragment or a note, not an assessment whose parts can be listed as missing. */
const MIN_PRESENT = 2;

/**
 * Whether the document is an assessment written free-form in parts of its own (headings), whose parts can be missing.
 * A template's parts are its steps or questions, and their gaps are its unanswered questions (a question form's
 * coverage is its designer's choice); a screening checklist decides whether a DPIA is needed. Neither is checked.
 */
function isWrittenOut(structure: DocumentStructure, model: DocModel): boolean {
  if (structure.template !== "generic" || /\bscreening\b/.test(titleText(model))) return false;
  return structure.sections.length >= MIN_SECTIONS;
}

export const sectionMissing: Check = {
  meta: {
    id: "section-missing",
    kind: "section-missing",
    description: "A DPIA or PIA lacks a part that Art. 35(7) GDPR and the ICO / EDPB criteria require.",
    defaultSeverity: "warning",
    messages: {
      missing: "The assessment has no {{element}}: it should set out {{contains}} ({{citation}}).",
      empty:
        'The section "{{heading}}" is empty: the assessment needs its {{element}}, setting out {{contains}} ({{citation}}).',
    },
    shortMessages: {
      missing: "No section on {{short}}",
      empty: "Section empty: needs {{short}}",
    },
  },
  check(context) {
    const { structure, model, register } = context;
    if (!isImpactAssessment(structure, model) || !isWrittenOut(structure, model)) return;
    const at = endOfDocument(model);
    if (!at) return;
    const headings = headingsOf(structure, model);
    const body = bodyText(structure, model);
    const found = ASSESSMENT_ELEMENTS.map((element) => {
      // A risk register is the risk assessment; measures in it (or linked to it) are the measures.
      if (element.id === "risks" && register.risks.length) return { element, presence: { present: true } as Presence };
      if (element.id === "measures" && register.risks.some((r) => r.measures.length))
        return { element, presence: { present: true } as Presence };
      return { element, presence: presence(element, headings, body, structure) };
    });
    if (found.filter((f) => f.presence.present).length < MIN_PRESENT) return;
    for (const { element, presence: p } of found) {
      if (p.present) continue;
      // Under the GDPR a missing basis is lawful-basis-missing's finding, with the six bases as answers.
      if (element.id === "lawful-basis" && restsOnGdpr(structure.jurisdiction)) continue;
      if (element.gdprOnly && structure.jurisdiction === "us") continue;
      const where = p.empty?.ref ? { ref: p.empty.ref, text: p.empty.raw } : { ref: at.ref, text: element.name };
      context.report({
        messageId: p.empty?.ref ? "empty" : "missing",
        data: {
          element: element.name,
          short: element.short,
          contains: element.contains,
          citation: element.citation,
          ...(p.empty?.ref ? { heading: p.empty.raw } : {}),
        },
        ref: where.ref,
        text: where.text,
        discriminator: element.id,
        section: structure.sectionOf(where.ref),
        append: true,
        answers: [
          {
            label: `Draft: ${element.name}`,
            text: `\n${p.empty?.ref ? element.draft.split("\n").slice(1).join("\n") : element.draft}`,
            why: `A DPIA must contain its ${element.name}. Complete the draft for this processing before relying on it.`,
            citation: element.citation,
            draft: true,
          },
        ],
      });
    }
  },
};

export const { meta, check } = sectionMissing;
export default sectionMissing;
