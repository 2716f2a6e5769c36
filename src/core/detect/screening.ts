import type { Ref } from "../model";
import { SCREENING_CRITERIA, type ScreeningCriterionId } from "../vocabulary/screening";
import { isNegated, sentencesOf } from "./negation";
import { normalise, oneLine, shorten } from "./text";

/**
 * Which WP248 criteria a description meets, each with the first sentence (in document order) that shows it. A
 * sentence counts only when it states something: questions ("Does it involve children?") and mentions negated in
 * their clause ("no special category data", "we will not profile") never do.
 */

export interface ScreeningUnit {
  text: string;
  ref: Ref;
  section: string;
}

export interface ScreeningHit {
  id: ScreeningCriterionId;
  label: string;
  /** Where the criterion is defined (WP248 rev.01 III.B.a (n)). */
  ref: string;
  /** The sentence that meets it, as written in the document (whitespace collapsed, clipped). */
  sentence: string;
  /** Where that sentence is. */
  at: Ref;
  section: string;
}

// One alternation per criterion, global so every occurrence in a sentence is tried (the first may be negated).
const MATCHERS = SCREENING_CRITERIA.map((c) => ({
  criterion: c,
  re: new RegExp(c.patterns.map((p) => `(?:${p.source})`).join("|"), "g"),
}));

const EXAMPLE_LEAD = /^(?:e\.g\.|eg\b|for example|for instance|such as)/i;
/** "(e.g. data linkage or matching)": an aside listing examples, as the form's guidance does. */
const EXAMPLE_ASIDE = /\((?:e\.g\.|eg\b|for example|for instance|such as)[^)]*\)?/g;

/** True when the sentence (normalised) states the criterion: some occurrence that is not negated. */
function states(sentence: string, re: RegExp): boolean {
  for (const m of sentence.matchAll(re)) {
    const start = m.index ?? 0;
    if (!isNegated(sentence, start, start + m[0].length)) return true;
  }
  return false;
}

// Any criterion at all: most texts have none, and are then never split into sentences.
const ANY = new RegExp(MATCHERS.map((m) => m.re.source).join("|"));

export function screen(units: readonly ScreeningUnit[]): ScreeningHit[] {
  const found = new Map<ScreeningCriterionId, ScreeningHit>();
  // Only the criteria not yet met are looked for, first as one alternation over the whole text, then per sentence.
  let pending = MATCHERS;
  let any = ANY;
  for (const unit of units) {
    if (pending.length === 0) break;
    if (!any.test(normalise(unit.text))) continue;
    for (const sentence of sentencesOf(unit.text)) {
      const written = oneLine(sentence.text);
      // Questions ask, labels ("Children aged 12–16:") wait for an answer, examples illustrate: none states anything.
      if (/[?:][^\p{L}\p{N}]*$/u.test(written) || EXAMPLE_LEAD.test(written)) continue;
      // One end of a bracketed template prompt that spans paragraphs ("[Data categories: …", "… etc.)]").
      if (/\]\W*$/.test(written) !== /\[/.test(written) && /^\W*\[|\]\W*$/.test(written)) continue;
      const flat = normalise(written).replace(EXAMPLE_ASIDE, " ");
      if (!any.test(flat)) continue;
      for (const { criterion, re } of pending) {
        if (!states(flat, re)) continue;
        found.set(criterion.id, {
          id: criterion.id,
          label: criterion.label,
          ref: criterion.ref,
          sentence: shorten(written, 240),
          at: unit.ref,
          section: unit.section,
        });
      }
      if (found.size > MATCHERS.length - pending.length) {
        pending = pending.filter((m) => !found.has(m.criterion.id));
        any = new RegExp(pending.map((m) => m.re.source).join("|") || "(?!)");
      }
    }
  }
  // In WP248's order, so two reports of the same document list them alike.
  return SCREENING_CRITERIA.flatMap((c) => found.get(c.id) ?? []);
}
