import { byPosition } from "./by-position";
import { memoText, normalise as normaliseText } from "./text";

/** The checks ask several questions of the same (large) answer text: normalise it once. */
let last: { input: string; output: string } | undefined;
function normalise(text: string): string {
  if (last?.input !== text) last = { input: text, output: normaliseText(text) };
  return last.output;
}

/**
 * Recognises the legal language of assessments: which Article 6 lawful bases a text names or describes,
 * whether it says special category or criminal offence data is processed (and not that it is not), and
 * whether an Article 9 / Article 10 condition is named.
 */

export type LawfulBasisId =
  "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";

const BASIS_PATTERNS: Record<LawfulBasisId, RegExp[]> = {
  consent: [
    /\b6\s*\(\s*1\s*\)\s*\(\s*a\s*\)/,
    /\b(?:basis|rely|relying|relies|based)\b[^.]{0,40}\bconsent\b/,
    /\bconsent\b[^.]{0,30}\b(?:basis|lawful)\b/,
  ],
  contract: [
    /\b6\s*\(\s*1\s*\)\s*\(\s*b\s*\)/,
    /\bperformance of (?:a|the) contract\b/,
    /\bnecessary for (?:the performance of )?(?:a|the|our) contract\b/,
    /\b(?:basis|rely|relying)\b[^.]{0,30}\bcontract\b/,
    /\bcontractual necessity\b/,
  ],
  "legal-obligation": [
    /\b6\s*\(\s*1\s*\)\s*\(\s*c\s*\)/,
    /\blegal obligations?\b/,
    /\bstatutory (?:duty|obligation)\b/,
  ],
  "vital-interests": [/\b6\s*\(\s*1\s*\)\s*\(\s*d\s*\)/, /\bvital interests?\b/],
  "public-task": [
    /\b6\s*\(\s*1\s*\)\s*\(\s*e\s*\)/,
    /\bpublic task\b/,
    /\bofficial authority\b/,
    /\btask (?:carried out )?in the public interest\b/,
  ],
  "legitimate-interests": [/\b6\s*\(\s*1\s*\)\s*\(\s*f\s*\)/, /\blegitimate interests?\b/],
};

/**
 * Each basis's patterns as one alternation: the answer text of a long assessment is megabytes, and one pass per
 * basis costs a third of one pass per pattern. (Any alternative matching anywhere is what `some` asked.)
 */
const BASIS_ANY = Object.fromEntries(
  Object.entries(BASIS_PATTERNS).map(([id, patterns]) => [
    id,
    new RegExp(patterns.map((p) => `(?:${p.source})`).join("|")),
  ]),
) as Record<LawfulBasisId, RegExp>;

/** The Article 6 bases the text names (in the order of Article 6(1)). */
export function lawfulBasesIn(text: string): LawfulBasisId[] {
  const t = normalise(text);
  return (Object.keys(BASIS_PATTERNS) as LawfulBasisId[]).filter((id) => BASIS_ANY[id].test(t));
}

const BASIS_IDS = Object.keys(BASIS_PATTERNS) as LawfulBasisId[];
/**
 * Any basis at all (every pattern as one flat alternation), tried first: most parts of a document name none, and one
 * pass over a part rules all six out.
 */
const ANY_BASIS = new RegExp(
  Object.values(BASIS_PATTERNS)
    .flat()
    .map((p) => `(?:${p.source})`)
    .join("|"),
);

/** The bases one part names, as bits in the order of BASIS_IDS (kept between the scans of a live session). */
const basisBitsOfPart = memoText((text: string): number => {
  const t = normalise(text);
  if (!ANY_BASIS.test(t)) return 0;
  return BASIS_IDS.reduce((bits, id, i) => (BASIS_ANY[id].test(t) ? bits | (1 << i) : bits), 0);
});

/**
 * The Article 6 bases the parts name (answers, paragraphs), as lawfulBasesIn of their text joined line by line: each
 * part is read on its own through a memo keyed by its text, so after one edit only the changed part is read again.
 * A phrase split over two parts ("our basis" ending one answer, "consent" starting the next) is an accident of layout,
 * not a basis named, and does not count.
 */
export function lawfulBasesInParts(parts: readonly string[]): LawfulBasisId[] {
  let bits = 0;
  for (const part of parts) bits |= basisBitsOfPart(part);
  return BASIS_IDS.filter((_, i) => bits & (1 << i));
}

/** Whether some part names a basis (any, or the one asked for), as lawfulBasesInParts; stops at the first that does. */
export function namesLawfulBasisInParts(parts: readonly string[], basis?: LawfulBasisId): boolean {
  const wanted = basis ? 1 << BASIS_IDS.indexOf(basis) : ~0;
  return parts.some((part) => (basisBitsOfPart(part) & wanted) !== 0);
}

export const SPECIAL_CATEGORY = [
  /\bspecial categor(?:y|ies)\b/,
  /\bsensitive (?:personal )?data\b/,
  /\bhealth\b(?!\s*(?:&|and)\s*safety)(?! (?:and )?safety)/,
  /\bmedical\b/,
  // Data about someone as a patient, their diagnosis or symptoms is about the provision of health care (ICO, "What is
  // special category data?": health data).
  /\bpatients?\b/,
  /\bdiagnos(?:is|es)\b/,
  /\bsymptoms?\b/,
  /\bmental (?:and physical )?health\b/,
  /\bracial\b|\bethnic(?:ity)?\b/,
  /\breligio(?:n|us)\b/,
  /\bsexual orientation\b|\bsex life\b/,
  /\bpolitical opinions?\b/,
  /\btrade union\b/,
  /\bbiometric\b/,
  /\bgenetic\b/,
];

export const CRIMINAL = [
  /\bcriminal (?:offence|conviction|record)s?\b/,
  /\boffending\b/,
  /\bconvictions?\b/,
  /\bcriminal offences? data\b/,
];

/** A sentence says the data is NOT processed ("No special category data will be processed"). */
const NEGATION = /\b(?:no|not|never|none|without|nor|isn't|aren't|won't|doesn't|don't)\b/;

/** "If health notes are ever added": a condition, not something processed now. */
const HYPOTHETICAL = /\b(?:if|unless)\b/;
const NONE_AFTER = /^[^.;:\n]{0,30}[:\-–]\s*(?:none|no|n\/a|not)\b/;

/** Each list of patterns as one global alternation, in list order: one pass over megabytes instead of one each. */
const alternations = new WeakMap<RegExp[], RegExp>();
function alternationOf(patterns: RegExp[]): RegExp {
  let re = alternations.get(patterns);
  if (!re) {
    re = new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "g");
    alternations.set(patterns, re);
  }
  return re;
}

/** A term found in one part, judged from inside the part. */
interface PartTerm {
  term: string;
  /** Negated or hypothetical from inside the part (its own sentence start lies inside the part). */
  negatedHere: boolean;
  /** No sentence end before the term in its part: the sentence began in an earlier part. */
  opensBefore: boolean;
  /** Where the term ends in the part's normalised text (for the 60 characters after it). */
  end: number;
}

const negates = (before: string) => NEGATION.test(before) || HYPOTHETICAL.test(before);
/** The characters that end a sentence: . ; ? ! and a line break. */
const SENTENCE_ENDS = new Set([".", ";", "?", "!", "\n"].map((c) => c.charCodeAt(0)));
/** Where the last sentence end at or before `at` is, or -1 (the largest lastIndexOf of each, in one pass). */
function lastSentenceEnd(text: string, at: number): number {
  let i = Math.min(at, text.length - 1);
  while (i >= 0 && !SENTENCE_ENDS.has(text.charCodeAt(i))) i--;
  return i;
}

const anyTerms = new WeakMap<RegExp[], RegExp>();
/** The patterns as one alternation without the global flag: whether a part holds any term at all. */
function anyOf(patterns: RegExp[]): RegExp {
  let re = anyTerms.get(patterns);
  if (!re) {
    re = new RegExp(alternationOf(patterns).source);
    anyTerms.set(patterns, re);
  }
  return re;
}

const NO_TERMS: readonly PartTerm[] = [];
const termMemos = new WeakMap<RegExp[], (text: string, at: number) => readonly PartTerm[]>();
/** The terms of a part (most parts have none), memoised by its text for each list of patterns. */
function termsOf(patterns: RegExp[]): (text: string, at: number) => readonly PartTerm[] {
  let memo = termMemos.get(patterns);
  if (!memo) {
    memo = byPosition(
      memoText((text: string): readonly PartTerm[] => {
        const normalised = normalise(text);
        if (!anyOf(patterns).test(normalised)) return NO_TERMS;
        return [...normalised.matchAll(alternationOf(patterns))].map((m) => {
          const at = m.index ?? 0;
          const start = lastSentenceEnd(normalised, at);
          return {
            term: m[0],
            negatedHere: negates(normalised.slice(start + 1, at)),
            opensBefore: start < 0,
            end: at + m[0].length,
          };
        });
      }),
    );
    termMemos.set(patterns, memo);
  }
  return memo;
}

/**
 * The first term (in text order) said to be processed: a negation earlier in the same sentence ("No special category
 * data will be processed") means it is not, and so does a value after the label saying none ("Special categories: none
 * collected", "Health data – N/A"). Asked of the parts joined line by line, read part by part: the normalised joined text
 * is the parts' normalised forms joined by spaces, so a term's sentence may begin in an earlier part (an answer with no
 * full stop) and the 60 characters after it may run into the next. Both are followed across parts here, so the result
 * is the joined text's; only a term split over two parts is not seen (an accident of layout, not something said).
 */
function mentionedInParts(parts: readonly string[], patterns: RegExp[]): string | undefined {
  const terms = termsOf(patterns);
  // Whether the sentence open after the parts before `read` negates: worked out only when a term needs it (most
  // parts hold no term), each part read at most once per call.
  let read = 0;
  let openNegates = false;
  const negatesBefore = (i: number): boolean => {
    for (; read < i; read++) {
      const text = normalise(parts[read]);
      if (!text) continue; // blank parts are left out of the joined text
      const end = lastSentenceEnd(text, text.length);
      if (end >= 0) openNegates = negates(text.slice(end + 1));
      else if (!openNegates) openNegates = negates(text);
    }
    return openNegates;
  };
  for (let i = 0; i < parts.length; i++)
    for (const t of terms(parts[i], i)) {
      if (t.negatedHere || (t.opensBefore && negatesBefore(i))) continue;
      if (NONE_AFTER.test(textAfter(parts, i, t.end))) continue;
      return t.term;
    }
  return undefined;
}

/** The 60 characters of the joined normalised text after `end` in part i. */
function textAfter(parts: readonly string[], i: number, end: number): string {
  let after = normalise(parts[i]).slice(end, end + 60);
  for (let j = i + 1; j < parts.length && after.length < 60; j++) {
    const next = normalise(parts[j]);
    if (next) after = `${after} ${next}`.slice(0, 60);
  }
  return after;
}

/** specialCategoryMention of the parts joined line by line (see mentionedInParts). */
export function specialCategoryMentionInParts(parts: readonly string[]): string | undefined {
  return mentionedInParts(parts, SPECIAL_CATEGORY);
}

/** criminalOffenceMention of the parts joined line by line (see mentionedInParts). */
export function criminalOffenceMentionInParts(parts: readonly string[]): string | undefined {
  return mentionedInParts(parts, CRIMINAL);
}

/** The special category term the text says is processed, if any (the text as one part). */
export function specialCategoryMention(text: string): string | undefined {
  return mentionedInParts([text], SPECIAL_CATEGORY);
}

export function criminalOffenceMention(text: string): string | undefined {
  return mentionedInParts([text], CRIMINAL);
}

const CONDITIONS = [
  /\b9\s*\(\s*2\s*\)/,
  /\barticle 9\b/,
  /\bschedule 1\b/,
  /\bexplicit consent\b/,
  /\bhealth or social care\b/,
  /\bprovision of (?:health|social) care\b/,
  /\bsubstantial public interest\b/,
  /\bemployment,? social security\b|\bsocial protection\b/,
  /\bmanifestly made public\b/,
  /\blegal claims\b/,
  /\bpublic health\b/,
  /\bpreventive or occupational medicine\b|\boccupational medicine\b/,
  /\barchiving purposes\b|\bscientific (?:or historical )?research\b/,
  /\bappropriate policy document\b/,
  /\bnot-for-profit body\b/,
  /\bvital interests\b/,
];

const ARTICLE_10 = [
  /\barticle 10\b/,
  /\bschedule 1\b/,
  /\bofficial authority\b/,
  /\blaw enforcement\b|\bpart 3 of the (?:data protection act|dpa)\b/,
];

/** An Article 9(2) condition (or DPA 2018 Schedule 1 condition) named in the text. */
export function namesSpecialCategoryCondition(text: string): boolean {
  const t = normalise(text);
  return CONDITIONS.some((re) => re.test(t));
}

/** An Article 10 basis for criminal offence data (official authority, or a condition of DPA 2018 Schedule 1). */
export function namesCriminalOffenceCondition(text: string): boolean {
  const t = normalise(text);
  return ARTICLE_10.some((re) => re.test(t)) || CONDITIONS.some((re) => re.test(t));
}

const namesSpecialConditionMemo = memoText(namesSpecialCategoryCondition);
const namesCriminalConditionMemo = memoText(namesCriminalOffenceCondition);

/** namesSpecialCategoryCondition of the parts joined line by line, part by part (a name split over two is none). */
export function namesSpecialCategoryConditionInParts(parts: readonly string[]): boolean {
  return parts.some(namesSpecialConditionMemo);
}

/** namesCriminalOffenceCondition of the parts joined line by line, part by part (a name split over two is none). */
export function namesCriminalOffenceConditionInParts(parts: readonly string[]): boolean {
  return parts.some(namesCriminalConditionMemo);
}
