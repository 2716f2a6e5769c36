import { isBlank } from "../../detect/text";
import { answersFor } from "../../guidance";
import type { RiskMatrix } from "../../vocabulary/risk-matrices";
import type { AnswerSlot } from "../../templates/types";
import type { AnalysisOptions, ReportDescriptor } from "../types";

/**
 * The part of a finding that describes an answer slot: where the answer goes, whether it is appended after a
 * label sharing the place, and the guided answers for that kind of slot. Shared by the checks that report
 * empty slots (unanswered, signoff-missing) so both offer the same answers for the same slot.
 */
export function slotDescriptor(
  slot: AnswerSlot,
  matrix: RiskMatrix,
  options: AnalysisOptions,
): Pick<ReportDescriptor, "ref" | "text" | "section" | "slot" | "append" | "answers"> {
  return {
    ref: slot.ref,
    text: slot.question,
    section: slot.section,
    slot: slot.type,
    append: slot.inline === true || !isBlank(slot.expected),
    answers: answersFor(slot.type, slot.question, slot.section, {
      matrix,
      today: options.today,
      organisation: options.organisation,
    }),
  };
}
