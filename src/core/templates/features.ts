import { hasBox } from "../detect/choices";
import { normalise } from "../detect/text";
import type { DocModel } from "../model";
import { QUESTION_NUMBER } from "./classify";

/** What recognisers look at: the document's text and a few counts, computed once. */
export interface DocumentFeatures {
  /** All text (paragraphs, including those in tables), normalised, one paragraph a line. */
  text: string;
  numberedQuestions: number;
  checkBoxes: number;
  tables: number;
}

export function featuresOf(model: DocModel): DocumentFeatures {
  const lines = model.paragraphs.map((p) => p.text);
  return {
    text: lines.map(normalise).join("\n"),
    numberedQuestions: lines.filter((l) => QUESTION_NUMBER.test(l) && !/^\s*\d{1,2}[.)]\s/.test(l)).length,
    checkBoxes: lines.filter(hasBox).length,
    tables: model.tables.length,
  };
}

/** Share of the patterns found in the text (0–1). */
export function share(text: string, patterns: RegExp[]): number {
  return patterns.filter((re) => re.test(text)).length / patterns.length;
}

/** Words that say the document is an assessment of some kind. */
export const ASSESSMENT_WORDS =
  /\b(?:impact assessment|interests assessment|dpia|pia|lia|privacy impact|risk assessment)\b/;
