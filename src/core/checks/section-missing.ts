import { normalise } from "../detect/text";
import type { DocModel } from "../model";
import type { DocumentStructure } from "../templates/types";
import { ASSESSMENT_ELEMENTS, type AssessmentElement } from "../vocabulary/assessment-elements";
import type { Check } from "./types";
import { endOfDocument, isImpactAssessment, titleText } from "./utils/assessment";

/**
 * A DPIA or PIA (free-form or on a template) that lacks one of the parts Art. 35(7) GDPR, the ICO and the EDPB
 * require: one finding per missing part, saying what it should contain, with a draft of it as the guided answer.
 * A part counts as present when a heading names it or the text discusses it at all, so a document that treats it
 * briefly is not reported.
 */

const MAX_LABEL_WORDS = 6;
/** A free-form assessment has a title and at least one part under a heading of its own. */
const MIN_SECTIONS = 2;

function headingsOf(structure: DocumentStructure, model: DocModel): string[] {
  const titles = structure.sections.map((s) => normalise(s.title));
  for (const p of model.paragraphs) if (p.headingLevel > 0 && p.text.trim()) titles.push(normalise(p.text));
  // The labels down a table's first column name the parts of a DPIA written as one table ("Data Minimisation | …").
  for (const table of model.tables)
    for (const row of table.rows) {
      const label = row.cells[0]?.text.trim() ?? "";
      if (row.cells.length > 1 && label && label.split(/\s+/).length <= MAX_LABEL_WORDS) titles.push(normalise(label));
    }
  return titles;
}

function present(element: AssessmentElement, headings: string[], text: string, structure: DocumentStructure): boolean {
  if (headings.some((h) => element.heading.test(h))) return true;
  if (element.content.test(text)) return true;
  // A form that asks for the part has it, even while the answer is still empty (that is another finding).
  return structure.slots.some((s) => {
    const asked = normalise(`${s.question} ${s.section}`);
    return element.heading.test(asked) || element.content.test(asked);
  });
}

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
    },
  },
  check(context) {
    const { structure, model, register } = context;
    if (!isImpactAssessment(structure, model) || !isWrittenOut(structure, model)) return;
    const at = endOfDocument(model);
    if (!at) return;
    const headings = headingsOf(structure, model);
    const text = normalise(model.paragraphs.map((p) => p.text).join("\n"));
    for (const element of ASSESSMENT_ELEMENTS) {
      if (present(element, headings, text, structure)) continue;
      // A risk register is the risk assessment; measures in it (or linked to it) are the measures.
      if (element.id === "risks" && register.risks.length) continue;
      if (element.id === "measures" && register.risks.some((r) => r.measures.length)) continue;
      context.report({
        messageId: "missing",
        data: { element: element.name, contains: element.contains, citation: element.citation },
        ref: at.ref,
        text: element.name,
        discriminator: element.id,
        section: structure.sectionOf(at.ref),
        append: true,
        answers: [
          {
            label: `Draft: ${element.name}`,
            text: `\n${element.draft}`,
            why: `A DPIA must contain ${element.name}. Complete the draft for this processing before relying on it.`,
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
