/**
 * Whether a mention is negated in its own clause: "No special category data is processed", "We will not profile",
 * "does not involve children", "Children: none", "special category data will not be processed". A clause ends at
 * ";", ":" followed by a new statement, or a contrast ("but", "however", "whereas", "although"), so "we do not sell
 * data, but we profile customers" still says it profiles. Works on normalised text (lower case, straight quotes).
 * The same reading as src/core/detect/legal-language.ts (a negation earlier in the sentence), plus negations after
 * the term ("… will not be processed", ": none").
 */

const NEGATION_BEFORE =
  /\b(?:no|not|never|none|without|nor|neither|cannot|isn't|aren't|won't|doesn't|don't|didn't|wasn't|weren't|shan't|rule out|ruled out|excludes?|excluding|avoid|avoids)\b|n't\b/;

const NEGATION_AFTER =
  /^[^,;]{0,80}?\b(?:is|are|was|were|will|would|shall|does|do|did|be|being|has|have)\s+(?:not|never)\b|^[^,;]{0,80}?\b(?:isn't|aren't|won't|doesn't|don't|wasn't)\b|^(?:\s*[\w'()/-]+){0,3}\s*[:=–-]\s*(?:none|no|n\/a|not applicable|nil)\b|^[^,;]{0,40}?\b(?:is|are) (?:excluded|out of scope|not applicable)\b|^[^,;]{0,60}?\b(?:stays?|remains?|(?:is|are) kept) (?:on paper|outside|out of|separate)\b/;

const CONTRAST = /,?\s\b(?:but|however|whereas|although|though|yet|except)\b|;/g;

/** Start of the clause holding `at` within `sentence`. */
function clauseStart(sentence: string, at: number): number {
  let start = 0;
  for (const m of sentence.matchAll(CONTRAST)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end <= at) start = end;
  }
  return start;
}

/** End of the clause holding a term that ends at `end`. */
function clauseEnd(sentence: string, end: number): number {
  for (const m of sentence.matchAll(CONTRAST)) if ((m.index ?? 0) >= end) return m.index ?? sentence.length;
  return sentence.length;
}

/** True when the term at [start, end) of the (normalised) sentence is negated in its clause. */
export function isNegated(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(clauseStart(sentence, start), start);
  if (NEGATION_BEFORE.test(before)) return true;
  return NEGATION_AFTER.test(sentence.slice(end, clauseEnd(sentence, end)));
}

/**
 * Sentences of a text, with their offsets: split after ".", "!", "?" followed by a space and at line breaks.
 * Abbreviations ("e.g.", "i.e.") do not end a sentence.
 */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const boundary = /(?<!\b(?:e\.g|i\.e|etc|no|art|para|cf|vs))[.!?](?=\s|$)|\n+/g;
  let from = 0;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    push(text.slice(from, end), from);
    from = end;
  }
  push(text.slice(from), from);
  return out;

  function push(piece: string, at: number) {
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ text: trimmed, start: at + lead });
  }
}
