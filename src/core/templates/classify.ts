import { contentLines, memoText, normalise, oneLine, stripBullet } from "../detect/text";

/**
 * What a piece of text is: a heading, a question or prompt, an instruction, or an answer. Decided from the
 * shape of the text (numbering, question marks, imperative openings) rather than any one template's words.
 */

const SECTION_NUMBER = /^(?:step|part|section|stage|appendix|schedule)\s+\d+[a-z]?\b/i;
const DECIMAL_HEADING = /^\d{1,2}\.0\s+[A-Z][^?]{2,70}$/;
const KNOWN_TITLES =
  /^(?:making the decision|what'?s next\??|nature of the (?:personal )?data|reasonable expectations|likely impact|submitting controller details|approval|sign[- ]?off(?: and record outcomes)?|assessment|actions|version control(?: and review)?|document control|purpose test|necessity test|balancing test)\s*:?$/i;

/** A line that names a section even without a Heading style (bold "Step 5: …", "Part 2: Necessity test"). */
export const isHeadingLike = memoText(function isHeadingLike(text: string): boolean {
  const t = oneLine(text);
  if (!t || t.length > 90 || t.includes("\n")) return false;
  // A sentence that starts with "Step 5 …" is prose, not a title.
  if (/[.!]$/.test(t) && t.split(" ").length > 6) return false;
  const n = normalise(t).replace(/^\*+|\*+$/g, "");
  return SECTION_NUMBER.test(n) || DECIMAL_HEADING.test(t) || KNOWN_TITLES.test(n);
});

const IMPERATIVE =
  /^(?:describe|explain|list|summari[sz]e|give|provide|state|outline|identify|consider|detail|set out|specify)\b/i;
const INTERROGATIVE =
  /^(?:who|what|when|where|why|how|which|is|are|do|does|did|can|could|will|would|should|has|have|if)\b/i;

/** "3a:", "12:", "2.4 " at the start of a question. */
export const QUESTION_NUMBER =
  /^\s*(?:q(?:uestion)?\s*)?(\d{1,2}(?:\.\d{1,2})*[a-z]?)\s*[:)]\s*|^\s*(\d{1,2}\.\d{1,2}[a-z]?)\s+/i;

function stripOptional(text: string): string {
  const t = text.replace(/\(optional\)\s*$/i, "");
  // Trailing spaces, colons and asterisks, trimmed by hand: the regex /[\s:*]+$/ retries at every character.
  let end = t.length;
  while (end > 0 && /[\s:*]/.test(t[end - 1])) end--;
  return t.slice(0, end).trim();
}

/** A question or prompt: "Why do you want to process the data?", "3a: Do you…", "Describe the context:". */
export const isQuestion = memoText(function isQuestion(text: string): boolean {
  const lines = contentLines(text);
  if (!lines.length) return false;
  const first = stripOptional(lines[0]);
  const numbered = QUESTION_NUMBER.test(lines[0]) && !/^\d{1,2}[.)]\s/.test(lines[0].trim());
  if (numbered && first.length <= 300) return true;
  if (lines.every((l) => stripOptional(l).endsWith("?"))) return true;
  // A prompt sentence that ends with "?" before any full stop ("Who will have access…? Give a description…").
  if (/^[^.!]{3,250}\?/.test(first) && (INTERROGATIVE.test(first) || IMPERATIVE.test(first)) && text.length < 600)
    return true;
  if (IMPERATIVE.test(first) && (/[:?]\s*$/.test(lines[0].trim()) || first.includes("?")) && text.length < 900)
    return true;
  return false;
});

/** An instruction to write something ("Explain broadly what the project aims to achieve…"). */
export function isImperativePrompt(text: string): boolean {
  const first = contentLines(text)[0] ?? "";
  return IMPERATIVE.test(first) && oneLine(text).split(" ").length >= 4;
}

/** Most lines are questions: a bullet list of prompts (LIA), possibly with an imperative lead-in. */
export const isPromptList = memoText(function isPromptList(text: string): boolean {
  const lines = contentLines(text);
  if (lines.length < 2) return false;
  const asked = lines.filter((l) => stripOptional(l).endsWith("?") || IMPERATIVE.test(l)).length;
  return asked / lines.length >= 0.6;
});

/** A prompt of any sort: one question, a prompt list, or a label ending with ":". */
export function isPrompt(text: string): boolean {
  return isQuestion(text) || isPromptList(text);
}

/** Guidance written for the person filling the form ("- List each purpose.", "(see guidance)", "e.g. …"). */
export const isInstruction = memoText(function isInstruction(text: string): boolean {
  const t = oneLine(text);
  // Definitions printed for the person filling in ("Personal Data: information relating to …").
  if (/^[A-Z][\w ]{2,30}:\s*(?:consisting of|means|information relating to|is defined as)\b/i.test(t)) return true;
  if (!t || t.length > 220) return false;
  const bare = stripBullet(t);
  return (
    (/^[-–•·]\s/.test(t) && IMPERATIVE.test(bare)) ||
    /^(?:make sure|you will need|you should|please (?:list|give|provide|describe|attach|send)|note:|e\.g\.|for example)\b/i.test(
      bare,
    ) ||
    /^\(.*\)$/.test(bare)
  );
});

/** A short label ("Lead officer", "Date:", "Measures approved by:"), as opposed to a sentence. */
export function isLabel(text: string): boolean {
  const t = oneLine(text);
  if (!t || t.length > 160) return false;
  if (/[:?]$/.test(t) || /\bby$/i.test(t)) return true;
  return !/[.!]$/.test(t) && t.split(" ").length <= 12;
}

/** A declarative sentence or more (an answer written out), as opposed to a label. */
export function isSentence(text: string): boolean {
  const t = oneLine(text);
  return t.split(" ").length >= 8 && !t.endsWith("?") && !t.endsWith(":");
}

/** "None", "N/A", "Nil": an answer that says nothing applies. */
export function isNoneAnswer(text: string): boolean {
  const lines = contentLines(text);
  return lines.length === 1 && /^(?:none|n\/?a|nil|not applicable|no impacts?|none identified)\.?$/i.test(lines[0]);
}
