import { oneLine } from "../detect/text";
import type { SlotType } from "../report";
import type { SlotRole } from "./types";

/** What kind of answer a question or label asks for, from its words. */

const SIGNOFF =
  /\b(?:approved|signed|completed|provided|accepted|overruled|reviewed|prepared|authori[sz]ed|agreed|kept under review)\b[^.?]{0,30}\bby\b|^(?:signature|signed|approver|signatory)\b|\b(?:dpo )?advice provided\b|\bsign(?:ed)?[- ]off by\b/i;
const REFERENCE = /\b(?:reference|ref\.?|number|no\.)\s*:?$/i;
const DATE = /\bdate\b|\bissued\b|\breview(?:ed)? (?:on|due)\b/i;
const YES_NO_QUESTION =
  /^(?:can|could|do|does|did|is|are|was|were|will|would|have|has|should)\b[^?]{3,200}\?\s*(?:\(optional\))?\s*$/i;

/** Sign-off labels are short ("Measures approved by:"); a long prompt that mentions "provided by" is not one. */
const MAX_LABEL = 80;

export function slotRole(label: string, section: string): SlotRole {
  const l = oneLine(label);
  if (l.length <= MAX_LABEL && SIGNOFF.test(l)) return "signoff";
  if (/^(?:summary of dpo advice|comments?)\s*:?$/i.test(l) && /sign|outcome|approv/i.test(section)) return "signoff";
  if (REFERENCE.test(l) && l.length < 60) return "reference";
  return "answer";
}

/** The slot type a question asks for. `labelled` is true for label/value rows, where a yes/no question takes a yes/no value. */
export function slotType(question: string, labelled: boolean): SlotType {
  const q = oneLine(question).replace(/^\s*\d{1,2}(?:\.\d{1,2})*[a-z]?\s*[:).]\s*/i, "");
  if (/\b(?:condition for processing special|special category condition|article 9 condition)\b/i.test(q))
    return "special-category-condition";
  if (
    /\blawful basis\b/i.test(q) &&
    (/^(?:what|please|list|which|state)\b/i.test(q) || /lawful basis for (?:each|processing)/i.test(q))
  )
    return "lawful-basis";
  if (q.length <= MAX_LABEL && SIGNOFF.test(q) && !q.endsWith("?")) return "name-date";
  if (q.length <= 40 && DATE.test(q)) return "date";
  if (labelled && YES_NO_QUESTION.test(q)) return "yes-no";
  return "free-text";
}
