import { contentLines, memoText, normalise, oneLine, stripBullet } from "../detect/text";
import { GUIDANCE_LEADS, IMPERATIVE_VERBS, phrasePattern, POLITE_LEADS } from "../vocabulary/prompts";

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

/** "Describe…", "Please list…", "Give details of…", "Tell us…" (the verbs are data: src/core/vocabulary/prompts). */
const IMPERATIVE = new RegExp(
  `^(?:(?:${phrasePattern(POLITE_LEADS)})\\s+)?(?:${phrasePattern(IMPERATIVE_VERBS)})\\b(?!\\s+(?:of|and|for)\\b)`,
  "i",
);
const INTERROGATIVE =
  /^(?:who|what|when|where|why|how|which|is|are|do|does|did|can|could|will|would|should|has|have|if)\b/i;

/** "3a:", "12:", "2.4 " at the start of a question. */
export const QUESTION_NUMBER =
  /^\s*(?:q(?:uestion)?\s*)?(\d{1,2}(?:\.\d{1,2})*[a-z]?)\s*[:)]\s*|^\s*(\d{1,2}\.\d{1,2}[a-z]?)\s+/i;

/**
 * Numbering in any style before a question: "3.", "3)", "3:", "Q3", "Question 3:", "3a", "(a)", "a)", "(iv)", "1.1",
 * "2.4.1". Stripped before the question's mood is judged.
 */
const NUMBERING =
  /^\s*(?:q(?:uestion)?\s*\.?\s*\d{1,2}(?:\.\d{1,2})*[a-z]?[.):]?\s*|\(?\d{1,2}(?:\.\d{1,2})*[a-z]?[.):]\s*|\d{1,2}(?:\.\d{1,2})+[a-z]?\s+|\d{1,2}[a-z]\s+|\(?[a-z]\)\s*|\([ivx]{1,4}\)\s*|[ivx]{1,4}\)\s*|[a-z]\.\s+)/i;

/** The text without its numbering ("3a) Describe…" → "Describe…"). */
export function withoutNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

/** The text starts with numbering of some style. */
export function isNumbered(text: string): boolean {
  return NUMBERING.test(text) && withoutNumbering(text).trim().length > 0;
}

/** "Directorate:", "Title of the project: *": a short label asking for a value. */
const LABEL_PROMPT = /^[A-Z(][^.!?:]{1,70}:\s*\*?\s*$|^[A-Z(][^.!?:]{1,70}\*\s*:?\s*$/;

/** Words that address the person filling in: an imperative sentence with them is guidance, not an answer. */
const READER_ADDRESS =
  /\b(?:you|your|please|below|above|this (?:section|form|box|table)|words|if applicable|where applicable|where relevant|e\.g\.)\b/i;

const GUIDANCE = new RegExp(`^(?:${phrasePattern(GUIDANCE_LEADS)})(?:\\b|[:\\s])`, "i");

function stripOptional(text: string): string {
  const t = text.replace(/\(optional\)\s*$/i, "");
  // Trailing spaces, colons and asterisks, trimmed by hand: the regex /[\s:*]+$/ retries at every character.
  let end = t.length;
  while (end > 0 && /[\s:*]/.test(t[end - 1])) end--;
  return t.slice(0, end).trim();
}

/**
 * A question or prompt in any numbering ("3.", "Q3", "3a", "(a)", "1.1" or none) and mood: it ends with "?", asks with
 * an interrogative, instructs in the imperative ("Please describe the project:", "List…:"), or labels a value
 * ("Directorate:").
 */
export const isQuestion = memoText(function isQuestion(text: string): boolean {
  const lines = contentLines(text);
  if (!lines.length) return false;
  const first = stripOptional(withoutNumbering(lines[0]));
  const numbered = QUESTION_NUMBER.test(lines[0]) && !/^\d{1,2}[.)]\s/.test(lines[0].trim());
  if (numbered && first.length <= 300) return true;
  if (lines.every((l) => stripOptional(l).endsWith("?"))) return true;
  if (GUIDANCE.test(first)) return false;
  // "3a Outline how volunteers sign up." — numbered and in the imperative: a prompt, full stop or not.
  if (isNumbered(lines[0]) && IMPERATIVE.test(first) && lines.length === 1 && first.split(/\s+/).length <= 40)
    return true;
  // A prompt sentence that ends with "?" before any full stop ("Who will have access…? Give a description…").
  if (/^[^.!]{3,250}\?/.test(first) && (INTERROGATIVE.test(first) || IMPERATIVE.test(first)) && text.length < 600)
    return true;
  const line = withoutNumbering(lines[0]).trim();
  if (IMPERATIVE.test(first) && (/[:?]\s*$/.test(line) || first.includes("?")) && text.length < 900) return true;
  // "Describe the project" on its own (no full stop): a prompt, short enough not to be prose.
  if (IMPERATIVE.test(first) && lines.length === 1 && !/[.!]$/.test(line) && first.split(/\s+/).length <= 20)
    return true;
  // "Directorate:" — a label, on a line of its own (anything under it is its answer).
  return LABEL_PROMPT.test(line) && line.split(/\s+/).length <= 10;
});

/** An instruction to write something ("Explain broadly what the project aims to achieve…"). */
export function isImperativePrompt(text: string): boolean {
  const first = withoutNumbering(contentLines(text)[0] ?? "");
  return IMPERATIVE.test(first) && oneLine(text).split(" ").length >= 4;
}

/**
 * Guidance under a question that addresses the person filling in ("Provide a detailed description… in no more than 500
 * words.", "Include details below."): part of the prompt, never its answer.
 */
export function isGuidanceSentence(text: string): boolean {
  const first = withoutNumbering(contentLines(text)[0] ?? "");
  return (IMPERATIVE.test(first) && READER_ADDRESS.test(text)) || GUIDANCE.test(first);
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

/** "If yes, please give details", "If you intend to…": required only when a condition holds that the form states. */
export function isConditional(text: string): boolean {
  return /^(?:if\b|where\b[^?.]{0,60}\b(?:yes|applicable|relevant)\b|only if\b)/i.test(
    withoutNumbering(contentLines(text)[0] ?? "").trim(),
  );
}

/**
 * "Give details of any other organisation that will see the data." — one imperative sentence that does not address
 * the reader as guidance does: a prompt when it starts a new question, an answer when it follows a question.
 */
export function isImperativeSentence(text: string): boolean {
  const lines = contentLines(text);
  if (lines.length !== 1) return false;
  const first = withoutNumbering(lines[0]).trim();
  return IMPERATIVE.test(first) && first.split(/\s+/).length <= 25 && !isGuidanceSentence(first) && !/[;]/.test(first);
}
