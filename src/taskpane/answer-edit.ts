import { editForAnswer } from "../core/answer-edits";
import type { Edit } from "../core/edits";
import type { Finding } from "../core/report";

/**
 * The edit that writes a chosen answer for a finding: the pane's single call site for the analysis
 * engine's builder (replace the placeholder, fill an empty slot, or append after a label; never delete
 * what the user wrote). The answer is trimmed so a stray newline from the text box is not written.
 */
export function answerEdit(finding: Finding, answer: string): Edit {
  return editForAnswer(finding, answer.trim());
}
