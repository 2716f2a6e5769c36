import { getMatrix, type RiskMatrix } from "../vocabulary/risk-matrices";
import {
  APPROVAL_LEVELS,
  BLANK_WORDS,
  EFFECT_LEVELS,
  levelsFor,
  ORDINAL_WORDS,
  type Axis,
  type Level,
} from "../vocabulary/risk-levels";
import { memoText } from "./text";

/**
 * The words people write in risk tables, normalised to the levels of a matrix. Reading is tolerant of
 * case, punctuation, abbreviations ("Med", "H"), small misspellings ("Possibe", "Signifcant") and
 * numeric scales, but never guesses: a value that matches no level, or more than one, is "invalid"
 * with the allowed words, so a check can name them. The words themselves are data in src/core/vocabulary.
 */

/** A cell value as read from the document. */
export type ParsedValue =
  | { state: "value"; id: string; raw: string }
  | { state: "blank"; raw: string }
  | { state: "placeholder"; raw: string }
  | { state: "invalid"; raw: string; allowed: string[] };

/** Prompts from Word forms and templates that stand in for a value. */
const FORM_PROMPTS = [/^click or tap here/, /^choose an item/, /^select (one|a value|an option)/, /^\[.*\]$/, /^<.*>$/];

/** Lower case, typographic variants folded, surrounding punctuation and inner runs of spaces removed. */
export function normaliseValue(text: string): string {
  return normaliseValueMemo(text);
}

const normaliseValueMemo = memoText((text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u000b]+/g, " ")
    .replace(/^[\s.,;:!?*"'()–—-]+|[\s.,;:!?*"'()]+$/g, "")
    .trim(),
);

function words(norm: string): string[] {
  return norm.split(/[^a-z0-9]+/).filter(Boolean);
}

interface Candidate {
  words: string[];
  rank: number;
  /** The level's own id or label (abbreviated by prefix); aliases only match whole or misspelt. */
  primary: boolean;
}

function stripLeadingNumber(label: string): string {
  return normaliseValue(label)
    .replace(/^\d+\s*/, "")
    .replace(/\s*\(.*\)$/, "");
}

/** Candidates depend only on the level list, so they are built once per list (not once per cell). */
const candidateCache = new WeakMap<Level[], Map<boolean, Candidate[]>>();

function candidatesFor(levels: Level[], ordinal: boolean): Candidate[] {
  let byOrdinal = candidateCache.get(levels);
  if (!byOrdinal) candidateCache.set(levels, (byOrdinal = new Map()));
  let candidates = byOrdinal.get(ordinal);
  if (!candidates) byOrdinal.set(ordinal, (candidates = buildCandidates(levels, ordinal)));
  return candidates;
}

function buildCandidates(levels: Level[], ordinal: boolean): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set<string>();
  const add = (phrase: string, rank: number, primary = false) => {
    const w = words(normaliseValue(phrase));
    const key = w.join(" ");
    if (!w.length || taken.has(key)) return;
    taken.add(key);
    out.push({ words: w, rank, primary });
  };
  for (const level of levels) {
    add(level.id, level.rank, true);
    add(stripLeadingNumber(level.label), level.rank, true);
    for (const alias of level.aliases ?? []) add(alias, level.rank);
  }
  if (ordinal) (ORDINAL_WORDS[levels.length] ?? []).forEach((group, rank) => group.forEach((w) => add(w, rank, true)));
  // Longest phrases first, so "not approved" wins over "approved" and "very high" over "high".
  return out.sort((a, b) => b.words.length - a.words.length);
}

/** Optimal string alignment distance (edits incl. one transposition), capped for speed. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Exact phrase matches scanning left to right, longest phrase first; returns the ranks found in order. */
function exactRanks(tokens: string[], candidates: Candidate[]): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = candidates.find((c) => c.words.every((w, k) => tokens[i + k] === w));
    if (hit) {
      ranks.push(hit.rank);
      i += hit.words.length;
    } else i++;
  }
  return ranks;
}

/** Abbreviation or misspelling of one token: initials ("h", "vh"), prefixes ("med"), one or two typos. */
function fuzzyRanks(token: string, candidates: Candidate[], allowInitials: boolean): Set<number> {
  const ranks = new Set<number>();
  for (const c of candidates) {
    const phrase = c.words.join(" ");
    const initials = c.words.map((w) => w[0]).join("");
    if (allowInitials && token.length <= 2 && token === initials) ranks.add(c.rank);
    else if (allowInitials && token.length === 2 && c.primary && c.words.length === 1 && phrase.startsWith(token))
      ranks.add(c.rank);
    else if (token.length >= 3 && c.primary && c.words.length === 1 && phrase.startsWith(token)) ranks.add(c.rank);
    else if (token.length >= 4 && c.words.length === 1 && editDistance(token, phrase) <= (token.length >= 8 ? 2 : 1))
      ranks.add(c.rank);
  }
  return ranks;
}

function numericValue(
  norm: string,
  axis: Axis,
  levels: Level[],
  matrix: RiskMatrix,
): { rank?: number; rest: string } | undefined {
  const m = /^(\d+)(?:\s*(?:\/|out of)\s*(\d+))?(?:\s+|$|(?=[^0-9]))(.*)$/.exec(norm);
  if (!m) return undefined;
  const n = Number(m[1]);
  const outOf = m[2] ? Number(m[2]) : undefined;
  const rest = normaliseValue(m[3] ?? "");
  if ((axis === "overall" || axis === "residual") && matrix.scoring && (outOf === undefined || outOf === 25)) {
    const band = matrix.scoring.bands.find((b) => n >= b.min && n <= b.max);
    const level = band && levels.find((l) => l.id === band.level);
    return { rank: level?.rank, rest };
  }
  if (outOf !== undefined && outOf !== levels.length) return { rest };
  return { rank: n >= 1 && n <= levels.length ? n - 1 : undefined, rest };
}

/**
 * Reads a cell value on one axis. `matrix` gives the likelihood/severity/overall words (ICO 3×3 when
 * absent). An option-list placeholder ("Remote, possible or probable") is "placeholder", not invalid.
 */
export function parseLevel(axis: Axis, text: string, matrix: RiskMatrix = getMatrix()): ParsedValue {
  const raw = text;
  const norm = normaliseValue(text);
  if (!norm || BLANK_WORDS.has(norm)) return { state: "blank", raw };
  if (isOptionListPlaceholder(text) || FORM_PROMPTS.some((re) => re.test(norm))) return { state: "placeholder", raw };
  const levels = levelsFor(axis, matrix);
  const invalid: ParsedValue = { state: "invalid", raw, allowed: levels.map((l) => l.id) };
  const ordinal = axis !== "effect" && axis !== "approved";
  const candidates = candidatesFor(levels, ordinal);
  const result = (rank: number | undefined): ParsedValue => {
    const level = rank === undefined ? undefined : levels[rank];
    return level ? { state: "value", id: level.id, raw } : invalid;
  };

  const numeric = ordinal ? numericValue(norm, axis, levels, matrix) : undefined;
  if (numeric) {
    if (numeric.rank === undefined) return invalid;
    // "4 - Likely": words after the number must agree with it.
    const after = numeric.rest ? exactRanks(words(numeric.rest), candidates) : [];
    return after.every((r) => r === numeric.rank) ? result(numeric.rank) : invalid;
  }

  const tokens = words(norm);
  const exact = exactRanks(tokens, candidates);
  const distinct = [...new Set(exact)];
  if (distinct.length === 1) return result(distinct[0]);
  if (distinct.length > 1) {
    // "No – awaiting budget": every word found means "not approved", so the first one stands.
    if (axis === "approved" && !distinct.includes(0)) return result(exact[0]);
    return invalid;
  }
  // Abbreviations and misspellings only in short values, so that free text never matches by accident.
  if (tokens.length > 3) return invalid;
  const fuzzy = new Set<number>();
  for (const token of tokens) for (const r of fuzzyRanks(token, candidates, tokens.length === 1)) fuzzy.add(r);
  return fuzzy.size === 1 ? result([...fuzzy][0]) : invalid;
}

/** Option lists as templates print them: every word of one axis, each once, joined by ",", "/", "or". */
const OPTION_VOCABULARIES: string[][][] = (() => {
  const lists: Level[][] = [EFFECT_LEVELS, APPROVAL_LEVELS.slice(0, 2)];
  for (const id of ["ico-3x3", "nhs-5x5", "cnil-4x4"]) {
    const m = getMatrix(id);
    lists.push(m.likelihood, m.severity, m.overall);
  }
  return lists.map((levels) => levels.map((l) => words(l.id)).sort((a, b) => b.length - a.length));
})();

/**
 * True for a template's option list left in place of a value: "Remote, possible or probable",
 * "Minimal, significant or severe", "Low, medium or high", "Eliminated reduced accepted", "Yes/no",
 * whatever the line breaks, case and small misspellings.
 */
export function isOptionListPlaceholder(text: string): boolean {
  const tokens = words(normaliseValue(text)).filter((t) => t !== "or" && t !== "and");
  if (tokens.length < 2) return false;
  return OPTION_VOCABULARIES.some((vocabulary) => {
    const used = new Set<string>();
    for (let i = 0; i < tokens.length;) {
      const hit = vocabulary.find((phrase) =>
        phrase.every((w, k) => {
          const t = tokens[i + k];
          return t !== undefined && (t === w || (t.length >= 4 && editDistance(t, w) <= 1));
        }),
      );
      if (!hit) return false;
      const key = hit.join(" ");
      if (used.has(key)) return false;
      used.add(key);
      i += hit.length;
    }
    // Every option of the list, not a value such as "Medium-High" that happens to use two of them.
    return used.size === vocabulary.length;
  });
}
