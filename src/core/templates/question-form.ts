import { share } from "./features";
import type { Recogniser } from "./recogniser";

/** Council and company PIA forms: numbered questions, Yes/No check boxes, label/value tables. */
const VOCABULARY = [
  /privacy impact|\bpia\b|impact report|impact assessment/,
  /lawful basis|personal data/,
  /lead officer|reference number|approv/,
];

export const questionForm: Recogniser = {
  id: "question-form",
  name: "Question form (PIA)",
  score: (f) =>
    0.45 * Math.min(1, f.numberedQuestions / 6) +
    0.2 * Math.min(1, f.checkBoxes / 4) +
    0.35 * share(f.text, VOCABULARY),
};
