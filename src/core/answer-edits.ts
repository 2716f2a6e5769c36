import type { Edit } from "./edits";
import { isBlank } from "./detect/text";
import type { Finding } from "./report";

/**
 * The edit that writes a chosen (or typed) answer for a finding: replace the placeholder (`target`) within
 * the finding's place, fill an empty slot, or append after a label or existing answer (a "Why not?" reason,
 * a lawful basis added to an answer). Every edit carries the text the finding saw, so a stale one is refused.
 */

/** Misuse: an answer for a finding that has no place to write it. */
export class AnswerEditError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "AnswerEditError";
  }
}

export function editForAnswer(finding: Finding, answerText: string): Edit {
  if (typeof answerText !== "string" || answerText.trim() === "")
    throw new AnswerEditError(`An answer for finding ${finding.id} must be non-empty text.`);
  const { ref, expected } = finding;
  if (finding.target && expected.includes(finding.target)) {
    return {
      kind: "replace-text",
      ref,
      expected,
      find: finding.target,
      ...(finding.occurrence ? { occurrence: finding.occurrence } : {}),
      replacement: answerText,
    };
  }
  if (isBlank(expected) && !finding.append) return { kind: "set-text", ref, expected, text: answerText };
  if (isBlank(expected)) return { kind: "set-text", ref, expected, text: answerText };
  return { kind: "append-text", ref, expected, text: answerText, asNewParagraph: true };
}
