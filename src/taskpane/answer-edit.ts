import type { Edit } from "../core/edits";
import type { Finding } from "../core/report";

/**
 * The edit that writes a chosen answer for a finding. This is the pane's single call site for the
 * analysis engine's answer-edit builder; until that lands it follows the same rules: replace the
 * placeholder (`target`) when there is one, fill an empty slot, otherwise add the answer after the text
 * already there, so nothing the user wrote is ever deleted.
 */
export function answerEdit(finding: Finding, answer: string): Edit {
  const text = answer.trim();
  const expected = finding.expected;
  if (finding.target && finding.target.trim() && expected.includes(finding.target)) {
    return { kind: "replace-text", ref: finding.ref, expected, find: finding.target, replacement: text };
  }
  if (!expected.trim()) return { kind: "set-text", ref: finding.ref, expected, text };
  const separator = /\s$/.test(expected) ? "" : " ";
  return { kind: "append-text", ref: finding.ref, expected, text: separator + text };
}
