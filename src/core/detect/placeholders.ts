import { getMatrix } from "../vocabulary/risk-matrices";
import { memoText } from "./text";
import { allowedWords, AXES } from "../vocabulary/risk-levels";
import { isOptionListPlaceholder } from "./risk-values";
import { isCellRef, type DocModel, type Ref, type TextSpan } from "../model";
import { OPTION_LISTS, LEGEND_WORDS } from "../vocabulary/choices";
import { DEFERRED, FIELD_HABITS, LEADER_RUN, MASK_SEGMENTS } from "../vocabulary/placeholders";
import { FILL_IN_VERBS, FORM_PROMPTS, phrasePattern } from "../vocabulary/prompts";

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
  | "date-mask"
  | "blank"
  | "control";

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
  /** Whether the match at `start` of `text` is a placeholder (not a citation, a hint, markup…). */
  accept?: (match: string, text: string, start: number) => boolean;
  /** A cheap test the text must pass before the full pattern runs (most texts have nothing of the kind). */
  quick?: RegExp;
}

const SEGMENT = `(?:${MASK_SEGMENTS.map((m) => m.replace(/#/g, "\\#")).join("|")})`;
/** "dd/mm/yyyy", "XX/XX/XXXX", "REF-YYYY-NN", "DPIA-###": two mask segments, or an upper-case prefix and one. */
const MASK = new RegExp(`(?<![\\w#])(?:[A-Za-z][A-Za-z0-9]{1,7}-)?${SEGMENT}(?:[-/.]${SEGMENT})*(?![\\w#])`, "gi");

const SEGMENT_ONLY = new RegExp(`^${SEGMENT}$`, "i");

function isMask(match: string, text: string, start: number): boolean {
  const parts = match.split(/[-/.]/);
  const masks = parts.filter((p) => SEGMENT_ONLY.test(p));
  const prefix = parts.length > masks.length ? parts[0] : "";
  if (prefix && (prefix !== prefix.toUpperCase() || parts.length - masks.length > 1)) return false;
  if (masks.length < (prefix ? 1 : 2)) return false;
  // Lower-case masks only as a date ("dd/mm/yyyy"), never a stray "mm" or "xx" in prose.
  if (match === match.toLowerCase() && !/d{2}[-/.]m{2}|m{2}[-/.]d{2}|y{2,4}[-/.]m{2}/.test(match)) return false;
  // "Date (dd/mm/yyyy):" tells the format: a hint in a label, not a value left unfilled.
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(start + match.length, start + match.length + 3);
  return !(/\(\s*(?:format:?\s*)?$/i.test(before) && /^\s*\)/.test(after)) && !/^\s*\)?\s*:/.test(after);
}

const FIELD_NOUNS =
  "name|names|date|title|details|text|number|address|email|e-mail|role|description|reference|value|answer|signature|organisation|organization|project|company|department|phone|telephone|summary|version|owner|position|job title";
/** "Insert name", "Enter date", "Type your email": a fill-in instruction standing where the value goes. */
const FILL_IN = new RegExp(
  `(?<=^|:[ \\t\\u00a0]*)(?:${phrasePattern(FILL_IN_VERBS.filter((v) => v.text !== "add"))})\\s+(?:the\\s+|your\\s+|a\\s+|an\\s+)?(?:[a-z]+\\s+){0,2}(?:${FIELD_NOUNS})(?:\\s+here)?\\.?(?=[ \\t\\u00a0]*$)`,
  "gim",
);

const PATTERNS: Pattern[] = [
  ...FIELD_HABITS.map((h) => ({
    kind: "merge-field" as const,
    re: h.pattern,
    // "{1}", "{ }" and CSS/JSON are not fields; a field names something.
    accept: (m: string) => /[A-Za-z]{2}/.test(m),
  })),
  // "<name of organisation>"; not markup ("<a href=…>") and not comparisons ("a < b > c").
  { kind: "merge-field", re: /<[A-Za-z][A-Za-z .,'/-]{2,60}>/g, accept: (m) => !/[=/]\s*>$/.test(m) && /\s/.test(m) },
  {
    kind: "bracket",
    re: /\[[^\][\n]{0,80}\]/g,
    // "[ ]", "[Name, Date]", "[insert …]"; not citations ("[1]", "[12a]") nor editorial "[sic]", nor references' "[Online]".
    accept: (m) =>
      /^\[\s*\]$/.test(m) ||
      (/[A-Za-z]{2}/.test(m) &&
        !/^\[(sic|emphasis added|redacted|online|accessed [^\]]*|internet|pdf|video)\]$/i.test(m)),
  },
  { kind: "enter-here", re: /\b(?:enter|insert|type|add|write)\b[^.\n<>[\]]{0,70}?\bhere\b/gi, quick: /\bhere\b/i },
  ...FORM_PROMPTS.map((p) => ({
    kind: "form-prompt" as const,
    re: p.pattern,
    quick: /\b(?:here|choose|select|click|tap)\b/i,
  })),
  { kind: "form-prompt", re: FILL_IN, quick: /\b(?:insert|enter|type|fill)\b/i },
  { kind: "to-be-confirmed", re: DEFERRED },
  {
    kind: "date-mask",
    re: MASK,
    accept: isMask,
    quick: /(?:yy|mm|dd|xx|nn|##)[-/.]|[-/.](?:yy|mm|dd|xx|nn|##)|[A-Z]{2}-(?:YY|XX|NN|##)/i,
  },
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

const LEGEND = new RegExp(`^\\s*(?:${LEGEND_WORDS.join("|")})\\b`, "i");
/** "Status key:", "Rating scale:" — a label that names a legend. */
const LEGEND_IN_LABEL = new RegExp(`\\b(?:${LEGEND_WORDS.join("|")})\\s*$`, "i");

/** A line of a legend or key: several "Scale: options" on one line, or under "Key:" / "Scale:". */
function isLegend(line: string, previous: string): boolean {
  const label = line.includes(":") ? line.slice(0, line.indexOf(":")) : "";
  return (
    (line.match(/[A-Za-z][A-Za-z ]{0,30}:/g) ?? []).length > 1 ||
    LEGEND.test(line) ||
    LEGEND_IN_LABEL.test(label) ||
    LEGEND.test(previous)
  );
}

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
const YES_NO = /^(?:yes|no):?\s*(?:\/|or|,|\s)\s*(?:yes|no):?\.?$/i;

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
      // A legend names several scales on one line ("Likelihood: Low / High  Severity: Minimal / Severe").
      if (
        found &&
        mightBeOptionList(found) &&
        isOptionListPlaceholder(found) &&
        !isLegend(ls[i].text, i > 0 ? ls[i - 1].text : "")
      )
        hits.push({ kind: YES_NO.test(found) ? "choice-list" : "option-list", text: found, start, end });
    }
  }
  return hits;
}

/** One option list of another template ("Proposed / In progress / Done"), matched option by option. */
function matchesOptionList(items: string[]): boolean {
  return OPTION_LISTS.some((list) => {
    if (list.name === "yes-no") return false; // "Yes / No" is an unresolved choice, reported by its own check
    const used = new Set<number>();
    return items.every((item) => {
      const i = list.options.findIndex((o, k) => !used.has(k) && o.split("|").includes(item));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
  });
}

/**
 * Option lists of other templates written whole where a value belongs: "Proposed / In progress / Done" on a line of its
 * own or after a label. Not in a legend: a line that names several scales ("Likelihood: Low / High  Severity: …"), or
 * follows "Key:" / "Scale:".
 */
function otherOptionLists(text: string): PlaceholderHit[] {
  if (!/\/|\bor\b/i.test(text)) return [];
  const hits: PlaceholderHit[] = [];
  let previous = "";
  for (const line of lines(text)) {
    const before = previous;
    if (line.text.trim()) previous = line.text;
    if (!/\/|\bor\b/i.test(line.text)) continue;
    const colon = line.text.lastIndexOf(":");
    const from = colon >= 0 ? colon + 1 : 0;
    const { start, end } = span(text, line.start + from, line.start + line.text.length);
    const found = text.slice(start, end);
    if (!found || found.length > 120 || /^\(.*\)$/.test(found)) continue;
    const items = found
      .replace(/^\[|\]$/g, "")
      .split(/\s*\/\s*|\s+or\s+/i)
      .map((i) => i.trim().toLowerCase().replace(/[.]$/, ""));
    if (items.length >= 2 && matchesOptionList(items) && !isLegend(line.text, before))
      hits.push({ kind: "option-list", text: found, start, end });
  }
  return hits;
}

/**
 * Fill-in leaders with nothing written on them: "Programme: ………", a line of "______" under a question. A leader after
 * words ("Name: J Smith ........") is filled in; a line of leaders right under such a line continues it.
 */
function blanks(text: string): PlaceholderHit[] {
  if (!/_{3}|\.{4}|…|\. \. \./.test(text)) return [];
  const hits: PlaceholderHit[] = [];
  let previousFilled = false;
  for (const line of lines(text)) {
    let wrote = false;
    for (const m of line.text.matchAll(LEADER_RUN)) {
      const at = m.index ?? 0;
      const before = line.text.slice(0, at).trimEnd();
      const after = line.text.slice(at + m[0].length).trim();
      // A blank stands alone, after its label ("Signed: ____"), and is followed by nothing or the next label.
      const alone = before === "" ? !previousFilled : before.endsWith(":");
      if (alone && (after === "" || /^[A-Za-z][^:.]{0,40}:/.test(after))) {
        const start = line.start + at;
        hits.push({ kind: "blank", text: m[0], start, end: start + m[0].length });
      } else if (before.replace(/^[^:]*:/, "").trim()) wrote = true;
    }
    if (line.text.trim()) {
      const words = line.text
        .replace(LEADER_RUN, "")
        .replace(/^[^:]*:/, "")
        .trim();
      // A line of leaders under a filled line continues it ("Title: My project ……" then "………").
      previousFilled = words ? true : wrote || (previousFilled && !line.text.replace(LEADER_RUN, "").trim());
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
  for (const hit of [...otherOptionLists(text), ...blanks(text)])
    if (!hits.some((h) => hit.start < h.end && hit.end > h.start)) hits.push(hit);
  for (const pattern of PATTERNS) {
    if (pattern.quick && !pattern.quick.test(text)) continue;
    for (const m of text.matchAll(pattern.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (pattern.accept && !pattern.accept(m[0], text, start)) continue;
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

/**
 * Placeholders of a text together with what its content controls show as their placeholder (`spans`): a control
 * showing its placeholder is template text whatever it says. A pattern hit on exactly such a span keeps its kind; other
 * hits inside a span give way to the span.
 */
export function placeholdersWithSpans(
  text: string,
  spans: readonly TextSpan[] | undefined,
): readonly Readonly<PlaceholderHit>[] {
  const found = findPlaceholders(text);
  if (!spans?.length) return found;
  const controls: PlaceholderHit[] = [];
  for (const s of spans) {
    let start = Math.max(0, s.start);
    let end = Math.min(text.length, s.end);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) continue;
    const same = found.find((h) => h.start === start && h.end === end);
    controls.push({ kind: same?.kind ?? "control", text: text.slice(start, end), start, end });
  }
  const rest = found.filter((h) => !controls.some((c) => h.start < c.end && h.end > c.start));
  return [...rest, ...controls].sort((a, b) => a.start - b.start);
}

/** What a content control shows as its placeholder at a ref (cell or paragraph), if the reader could tell. */
export function placeholderSpansAt(model: DocModel, ref: Ref): readonly TextSpan[] | undefined {
  if (isCellRef(ref)) return model.tables[ref.table]?.rows[ref.row]?.cells[ref.cell]?.placeholderSpans;
  return model.paragraphs[ref.paragraph]?.placeholderSpans;
}

/**
 * True when an answer holds template text: a placeholder pattern, or (when the answer is the whole text at its ref) a
 * content control still showing its placeholder.
 */
export function answerHasPlaceholder(model: DocModel, ref: Ref, answer: string): boolean {
  if (findPlaceholders(answer).length) return true;
  const spans = placeholderSpansAt(model, ref);
  return !!spans?.some((s) => s.end > s.start);
}
