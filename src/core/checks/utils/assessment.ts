import { normalise } from "../../detect/text";
import type { DocModel, Ref } from "../../model";
import type { DocumentStructure } from "../../templates/types";
import { ASSESSMENT_TITLE } from "../../vocabulary/assessment-elements";
import { LIA_TITLE } from "../../vocabulary/lawful-basis";

/** How many of the first non-empty paragraphs make the title area. */
const TITLE_LINES = 8;

/** The first lines of the document, normalised: where it says what it is. */
export function titleText(model: DocModel): string {
  const lines: string[] = [];
  for (const p of model.paragraphs) {
    if (!p.text.trim()) continue;
    lines.push(normalise(p.text));
    if (lines.length >= TITLE_LINES) break;
  }
  return lines.join("\n");
}

/**
 * Whether the document is a DPIA or PIA (on a template or written free-form), the documents Art. 35(7) speaks of:
 * a DPIA template, or a document whose title calls it an impact assessment or a privacy risk assessment. An LIA is
 * not (it is the Article 6(1)(f) test), nor is anything the recogniser found not to be an assessment.
 */
export function isImpactAssessment(structure: DocumentStructure, model: DocModel): boolean {
  if (structure.notAnAssessment || structure.template === "ico-lia") return false;
  if (structure.template === "ico-dpia" || structure.template === "edpb-dpia") return true;
  const title = titleText(model);
  // A first line that calls the document a DPIA or PIA decides, whatever the lines below mention (the LIA "on file").
  const first = title.split("\n")[0] ?? "";
  if (ASSESSMENT_TITLE.test(first) && !LIA_TITLE.test(first)) return true;
  if (LIA_TITLE.test(title) && !/\bimpact assessment\b/.test(title)) return false;
  return ASSESSMENT_TITLE.test(title);
}

/** The last non-empty paragraph outside tables: where a missing part would be added. */
export function endOfDocument(model: DocModel): { ref: Ref; text: string } | undefined {
  for (let i = model.paragraphs.length - 1; i >= 0; i--) {
    const p = model.paragraphs[i];
    if (p.tableNestingLevel === 0 && p.text.trim()) return { ref: { paragraph: p.index }, text: p.text };
  }
  return undefined;
}
