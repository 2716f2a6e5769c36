import { getMatrix } from "../risk/matrices";
import { memoText } from "./text";
import { allowedWords, AXES, isOptionListPlaceholder } from "../risk/vocabulary";

/**
 * Template text left where an answer belongs. Works on the whole text of a paragraph or cell and returns
 * each placeholder with its exact characters and offset, so an answer can replace just that part.
 */

export type PlaceholderKind =
  | "option-list"
  | "choice-list"
  | "bracket"
  | "merge-field"
  | "enter-here"
  | "form-prompt"
  | "to-be-confirmed"
  | "date-mask";

export interface PlaceholderHit {
  kind: PlaceholderKind;
  /** Exact characters of the placeholder as they appear in the text. */
  text: string;
  start: number;
  end: number;
}

interface Pattern {
  kind: PlaceholderKind;
  re: RegExp;
  accept?: (match: string) => boolean;
}

const PATTERNS: Pattern[] = [
  { kind: "merge-field", re: /<<[^<>\n]{1,120}>>|«[^«»\n]{1,120}»/g },
  // "<name of organisation>"; not markup ("<a href=…>") and not comparisons ("a < b > c").
  { kind: "merge-field", re: /<[A-Za-z][A-Za-z .,'/-]{2,60}>/g, accept: (m) => !/[=/]\s*>$/.test(m) && /\s/.test(m) },
  {
    kind: "bracket",
    re: /\[[^\][\n]{0,80}\]/g,
    // "[ ]", "[Name, Date]", "[insert …]"; not citations ("[1]", "[12a]") nor editorial "[sic]".
    accept: (m) => /^\[\s*\]$/.test(m) || (/[A-Za-z]{2}/.test(m) && !/^\[(sic|emphasis added|redacted)\]$/i.test(m)),
  },
  { kind: "enter-here", re: /\b(?:enter|insert|type)\b[^.\n<>[\]]{0,70}?\bhere\b/gi },
  {
    kind: "form-prompt",
    re: /\b(?:click|tap)(?: or (?:click|tap))? here to enter (?:a )?(?:text|date)\.?|\bchoose an item\.?|\bselect (?:an item|a date)\.?/gi,
  },
  { kind: "to-be-confirmed", re: /\b(?:TBC|TBD|TBA)\b|\bto be (?:confirmed|determined)\b/g },
  { kind: "date-mask", re: /\b(?:XX|DD)[/.-](?:XX|MM)[/.-](?:XXXX|XX|YYYY|YY)\b/gi },
];

/** Lines of the text with their offsets. */
function lines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** Exact span of a run of lines, without surrounding whitespace. */
function span(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const MAX_LIST_LENGTH = 80;

/** Every word of every option list (all preset matrices), for a cheap test before the full one. */
const OPTION_WORDS: ReadonlySet<string> = new Set(
  ["ico-3x3", "nhs-5x5", "cnil-4x4"].flatMap((id) =>
    AXES.flatMap((axis) => allowedWords(axis, getMatrix(id)).flatMap((w) => w.split(/[^a-z0-9]+/))),
  ),
);

/** An option list has a few words, at least one of them written exactly as in the template. */
function mightBeOptionList(text: string): boolean {
  if (text.length > MAX_LIST_LENGTH || /[☐☒☑■□]/.test(text)) return false;
  const tokens = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t && t !== "or" && t !== "and");
  return tokens.length >= 2 && tokens.length <= 8 && tokens.some((t) => OPTION_WORDS.has(t));
}
const YES_NO = /^(?:yes|no)\s*(?:\/|or|,)\s*(?:yes|no)\.?$/i;

/**
 * Option lists ("Remote, possible or probable") written whole on one line, split over up to four lines, or
 * after a label on the same line ("Likelihood: Remote, possible or probable").
 */
function optionLists(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) {
    if (!ls[i].text.trim()) continue;
    let taken = 0;
    for (let n = Math.min(4, ls.length - i); n >= 1 && !taken; n--) {
      const group = ls.slice(i, i + n);
      if (group.some((l) => !l.text.trim())) continue;
      const last = group[group.length - 1];
      const { start, end } = span(text, group[0].start, last.start + last.text.length);
      const found = text.slice(start, end);
      // Option lists are a few words: longer text is never one (and this keeps the scan linear and cheap).
      if (!mightBeOptionList(found) || !isOptionListPlaceholder(found)) continue;
      // "(eliminated, reduced or accepted)" under a column title is a hint, not a value left unchosen.
      if (/^\(.*\)$/s.test(found) && text.replace(found, "").trim()) {
        taken = n;
        continue;
      }
      hits.push({ kind: YES_NO.test(found.trim()) ? "choice-list" : "option-list", text: found, start, end });
      taken = n;
    }
    if (taken) {
      i += taken - 1;
      continue;
    }
    const colon = ls[i].text.lastIndexOf(":");
    if (colon > 0) {
      const { start, end } = span(text, ls[i].start + colon + 1, ls[i].start + ls[i].text.length);
      const found = text.slice(start, end);
      if (found && mightBeOptionList(found) && isOptionListPlaceholder(found))
        hits.push({ kind: YES_NO.test(found) ? "choice-list" : "option-list", text: found, start, end });
    }
  }
  return hits;
}

/**
 * Every placeholder in a paragraph or cell text, in order, never overlapping. Memoised: several checks ask it of
 * the same answers, so the list is shared and frozen.
 */
export function findPlaceholders(text: string): readonly Readonly<PlaceholderHit>[] {
  return placeholdersMemo(text);
}

const placeholdersMemo = memoText((text: string): readonly Readonly<PlaceholderHit>[] =>
  Object.freeze(placeholdersIn(text).map((h) => Object.freeze(h))),
);

function placeholdersIn(text: string): PlaceholderHit[] {
  const hits = optionLists(text);
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (pattern.accept && !pattern.accept(m[0])) continue;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      hits.push({ kind: pattern.kind, text: m[0], start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** 0-based occurrence of `hit.text` at `hit.start` among equal substrings of `text` (for replace-text edits). */
export function occurrenceOf(text: string, find: string, start: number): number {
  let count = 0;
  for (let at = text.indexOf(find); at >= 0 && at < start; at = text.indexOf(find, at + 1)) count++;
  return count;
}
