import { BOX_CHARACTERS, type Edit } from "./edits";
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
  const edit = answerEdit(finding, answerText);
  // The scan's context travels with the edit, so apply can tell when the ref now names another place.
  if (finding.context !== undefined && edit.kind !== "clear-marks") edit.expectedContext = finding.context;
  return edit;
}

function answerEdit(finding: Finding, answerText: string): Edit {
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
  if (finding.slot === "yes-no" && BOX.test(expected)) return tickBox(finding, answerText);
  if (isBlank(expected)) return { kind: "set-text", ref, expected, text: answerText };
  return { kind: "append-text", ref, expected, text: answerText, asNewParagraph: true };
}

const BOX = /[☐□☒☑]/;

/**
 * The box that belongs to an option word: after it ("Yes ☐ No ☐", "N/A: ☐") or, when the group starts with a box,
 * before it ("☐ Yes ☐ No").
 */
function boxOf(text: string, option: string): { box: string; at: number } | undefined {
  const word = option.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const boxFirst = /^\s*[☐□☒☑]/.test(text);
  const m = (
    boxFirst ? new RegExp(`([☐□☒☑])\\s*${word}\\b`, "i") : new RegExp(`\\b${word}\\s*:?\\s*([☐□☒☑])`, "i")
  ).exec(text);
  if (!m) return undefined;
  const box = m[1];
  return { box, at: m.index + (boxFirst ? m[0].indexOf(box) : m[0].lastIndexOf(box)) };
}

/** Ticks (or clears) the box at `at` in the finding's text: which box it is, counted among the boxes before it. */
function replaceBox(finding: Finding, at: number, checked: boolean): Edit {
  const { ref, expected } = finding;
  const box = (expected.slice(0, at).match(BOX_CHARACTERS) ?? []).length;
  return { kind: "tick-box", ref, expected, box, checked };
}

/**
 * A check-box group in one cell ("Yes ☐ No ☐"): the answer names an option. Its box is ticked; when it is already
 * ticked (both were), the other ticked box is cleared. Only that one character changes. Writing words into a box
 * cell is refused: a group spread over rows is ticked by the user.
 */
function tickBox(finding: Finding, option: string): Edit {
  const { expected } = finding;
  const chosen = boxOf(expected, option);
  if (!chosen)
    throw new AnswerEditError(`"${option}" is not an option of this check-box group; tick it in the document.`);
  if (/[☐□]/.test(chosen.box)) return replaceBox(finding, chosen.at, true);
  for (const other of finding.answers ?? []) {
    if (other.text.toLowerCase() === option.trim().toLowerCase()) continue;
    const found = boxOf(expected, other.text);
    if (found && /[☒☑]/.test(found.box)) return replaceBox(finding, found.at, false);
  }
  throw new AnswerEditError(`"${option}" is already the only ticked option.`);
}
