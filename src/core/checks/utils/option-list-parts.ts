import { memoText } from "../../detect/text";
import type { OptionName } from "../../vocabulary/lawful-basis";
import { openListLines, optionsIn, withoutOpenOptionLists } from "./option-lists";

/**
 * Open option lists (option-lists.ts) taken out of text given as parts (answer parts, one per line when joined): the
 * same lists as from the joined text, line by line across the parts, and the parts come back (the unchanged ones as the same strings), so the
 * checks can go on reading them part by part through memos keyed by each part's text.
 */
/** Lists are looked for only in answers shorter than this (a list sits in one answer). */
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
  // The same passes as over the joined text: a run of one-option lines may run on from one part into the next.
  const open = openListLines(lines, lines.map(count));
  const changed = new Set<number>();
  open.lines.forEach((line, i) => {
    if (!open.keep[i] || line !== lines[i]) changed.add(partOf[i]);
  });
  if (!changed.size) return parts;
  const kept = new Map<number, string[]>();
  open.lines.forEach((line, i) => {
    if (!open.keep[i] || !changed.has(partOf[i])) return;
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
