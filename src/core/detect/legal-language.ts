import { normalise as normaliseText } from "./text";

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

/**
 * The first term (in text order) said to be processed: a negation earlier in the same sentence ("No special
 * category data will be processed") means it is not. One left-to-right pass finds the terms in text order
 * (at one position the earlier pattern wins); only each term's own sentence is examined, so the cost stays
 * linear in the document. A term cannot hide a later one of the same sentence: that one would be negated too.
 */
function mentioned(text: string, patterns: RegExp[]): string | undefined {
  const whole = normalise(text);
  for (const m of whole.matchAll(alternationOf(patterns))) {
    const at = m.index ?? 0;
    const sentenceStart =
      Math.max(
        whole.lastIndexOf(".", at),
        whole.lastIndexOf(";", at),
        whole.lastIndexOf("?", at),
        whole.lastIndexOf("!", at),
        whole.lastIndexOf("\n", at),
      ) + 1;
    const before = whole.slice(sentenceStart, at);
    if (NEGATION.test(before) || HYPOTHETICAL.test(before)) continue;
    // "Special categories: none collected", "Health data – N/A": the value after the label says it is not processed.
    const after = whole.slice(at + m[0].length, at + m[0].length + 60);
    if (NONE_AFTER.test(after)) continue;
    return m[0];
  }
  return undefined;
}

/** The special category term the text says is processed, if any. */
export function specialCategoryMention(text: string): string | undefined {
  return mentioned(text, SPECIAL_CATEGORY);
}

export function criminalOffenceMention(text: string): string | undefined {
  return mentioned(text, CRIMINAL);
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
