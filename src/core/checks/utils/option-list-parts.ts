import { memoText } from "../../detect/text";
import { SELECTED_MARK, type OptionName } from "../../vocabulary/lawful-basis";
import { markedParts, optionsIn, withoutOpenOptionLists } from "./option-lists";

/**
 * answersWithoutOpenLists for text given as parts (answer parts, one per line when joined): the same open lists are
 * taken out, line by line across the parts, and the parts come back (the unchanged ones as the same strings), so the
 * checks can go on reading them part by part through memos keyed by each part's text.
 */
const MIN_OPTIONS = 3;
/** answersWithoutOpenLists only looks for lists in answers shorter than this. */
const MAX_ANSWER = 4000;

interface Memos {
  /** An answer holds an open list (withoutOpenOptionLists changes it). */
  holdsList: (text: string) => boolean;
  /** How many of the options a line names. */
  count: (line: string) => number;
}

const memos = new WeakMap<readonly OptionName[], Memos>();
function memosFor(options: readonly OptionName[]): Memos {
  let m = memos.get(options);
  if (!m) {
    m = {
      holdsList: memoText((text: string) => withoutOpenOptionLists(text, options) !== text),
      count: memoText((line: string) => optionsIn(line, options)),
    };
    memos.set(options, m);
  }
  return m;
}

const linesOf = memoText((text: string): readonly string[] => Object.freeze(text.split("\n")));

/** The lines of the parts joined line by line (a free-form document's answers). */
export function linesOfParts(parts: readonly string[]): readonly string[] {
  return parts.flatMap(linesOf);
}

export function partsWithoutOpenLists(
  parts: readonly string[],
  answers: readonly string[],
  options: readonly OptionName[],
): readonly string[] {
  const { holdsList, count } = memosFor(options);
  if (!answers.some((a) => a.length < MAX_ANSWER && holdsList(a))) return parts;
  // withoutOpenOptionLists over the joined lines. Its first test (three of the options somewhere in the text) holds:
  // an answer above, part of the text, names three.
  const lines: string[] = [];
  const partOf: number[] = [];
  parts.forEach((part, i) => {
    for (const line of linesOf(part)) {
      lines.push(line);
      partOf.push(i);
    }
  });
  const counts = lines.map(count);
  const keep = lines.map(() => true);
  const changed = new Set<number>();
  // One line listing the options: only its marked parts are kept, or nothing.
  lines.forEach((line, i) => {
    if (counts[i] < MIN_OPTIONS) return;
    const marked = SELECTED_MARK.test(line) ? markedParts(line) : [];
    if (marked.length) lines[i] = marked.join(" ");
    else keep[i] = false;
    changed.add(partOf[i]);
  });
  // A run of lines, one option each (it may run on from one part into the next, as in the joined text).
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && counts[end] === 1 && keep[end]) end++;
    if (end - start >= MIN_OPTIONS) {
      const marked = lines.slice(start, end).some((l) => SELECTED_MARK.test(l));
      for (let i = start; i < end; i++)
        if (!marked || !SELECTED_MARK.test(lines[i])) {
          keep[i] = false;
          changed.add(partOf[i]);
        }
    }
    start = end + 1;
  }
  if (!changed.size) return parts;
  const kept = new Map<number, string[]>();
  lines.forEach((line, i) => {
    if (!keep[i] || !changed.has(partOf[i])) return;
    const list = kept.get(partOf[i]) ?? [];
    list.push(line);
    kept.set(partOf[i], list);
  });
  const result: string[] = [];
  parts.forEach((part, p) => {
    if (!changed.has(p)) result.push(part);
    else if (kept.has(p)) result.push((kept.get(p) ?? []).join("\n"));
  });
  return result;
}
