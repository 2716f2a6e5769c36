import type { Ref } from "../model";
import { SCREENING_CRITERIA, type ScreeningCriterionId } from "../vocabulary/screening";
import { isNegated, sentencesOf } from "./negation";
import { memoText, normalise, oneLine, shorten } from "./text";

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

/** A criterion a text states, with the first sentence of the text that states it (as written, clipped). */
export interface StatedCriterion {
  id: ScreeningCriterionId;
  sentence: string;
}

/**
 * Every criterion one text states, each with its first stating sentence, in criterion order. Memoised by the text: a
 * live re-check screens the same paragraphs and cells again after an edit elsewhere, and only the changed one is read.
 */
export const statedCriteria = memoText((text: string): readonly StatedCriterion[] => {
  if (!ANY.test(normalise(text))) return EMPTY;
  const first = new Map<ScreeningCriterionId, string>();
  for (const sentence of sentencesOf(text)) {
    const written = oneLine(sentence.text);
    // Questions ask, labels ("Children aged 12–16:") wait for an answer, examples illustrate: none states anything.
    if (/[?:][^\p{L}\p{N}]*$/u.test(written) || EXAMPLE_LEAD.test(written)) continue;
    // One end of a bracketed template prompt that spans paragraphs ("[Data categories: …", "… etc.)]").
    if (/\]\W*$/.test(written) !== /\[/.test(written) && /^\W*\[|\]\W*$/.test(written)) continue;
    const flat = normalise(written).replace(EXAMPLE_ASIDE, " ");
    if (!ANY.test(flat)) continue;
    for (const { criterion, re } of MATCHERS)
      if (!first.has(criterion.id) && states(flat, re)) first.set(criterion.id, shorten(written, 240));
    if (first.size === MATCHERS.length) break;
  }
  if (first.size === 0) return EMPTY;
  return Object.freeze(
    MATCHERS.flatMap(({ criterion }) => {
      const sentence = first.get(criterion.id);
      return sentence === undefined ? [] : [Object.freeze({ id: criterion.id, sentence })];
    }),
  );
});
const EMPTY: readonly StatedCriterion[] = Object.freeze([]);

/**
 * The criteria the units meet, each at the first unit (in order) that states it. Each unit is screened on its own
 * (statedCriteria): a phrase spread over two paragraphs or cells is an accident of layout, not a statement.
 */
export function screen(units: readonly ScreeningUnit[]): ScreeningHit[] {
  const found = new Map<ScreeningCriterionId, ScreeningHit>();
  for (const unit of units) {
    if (found.size === MATCHERS.length) break;
    for (const { id, sentence } of statedCriteria(unit.text)) {
      if (found.has(id)) continue;
      const criterion = BY_ID.get(id)!;
      found.set(id, { id, label: criterion.label, ref: criterion.ref, sentence, at: unit.ref, section: unit.section });
    }
  }
  // In WP248's order, so two reports of the same document list them alike.
  return SCREENING_CRITERIA.flatMap((c) => found.get(c.id) ?? []);
}
const BY_ID = new Map(SCREENING_CRITERIA.map((c) => [c.id, c]));
