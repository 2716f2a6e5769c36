import { normalise } from "../../detect/text";
import { SELECTED_MARK, type OptionName } from "../../vocabulary/lawful-basis";

/**
 * Takes the open option lists out of a text before it is asked which basis or condition it names: a line that lists
 * three or more of the options ("Consent / Contract / Legal obligation…") or a run of three or more lines each giving
 * one option ("☐ (a) consent", "☐ (b) contract"…) states no choice, unless one option is marked (☒, ✓, [x]): then
 * only the marked lines or parts are kept.
 */
const MIN_OPTIONS = 3;

export function optionsIn(line: string, options: readonly OptionName[]): number {
  const t = line.length > 400 ? line.toLowerCase() : normalise(line);
  return options.filter((o) => o.pattern.test(t)).length;
}

/** The parts of a one-line list that carry a selection mark ("☐ Consent ☒ Contract ☐ …" → "☒ Contract"). */
export function markedParts(line: string): string[] {
  return line.split(/\s*(?:\/|\||;|,)\s*|(?=[☐☒☑])/).filter((part) => SELECTED_MARK.test(part));
}

export function withoutOpenOptionLists(text: string, options: readonly OptionName[]): string {
  // Fewer than three of the options anywhere: there is no list to take out (and the text, unchanged, stays memoised).
  if (optionsIn(text, options) < MIN_OPTIONS) return text;
  const lines = text.split("\n");
  const original = [...lines];
  const keep = lines.map(() => true);
  const counts = lines.map((line) => optionsIn(line, options));
  // One line listing the options.
  lines.forEach((line, i) => {
    if (counts[i] < MIN_OPTIONS) return;
    const marked = SELECTED_MARK.test(line) ? markedParts(line) : [];
    if (marked.length) lines[i] = marked.join(" ");
    else keep[i] = false;
  });
  // A run of lines, one option each.
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && counts[end] === 1 && keep[end]) end++;
    if (end - start >= MIN_OPTIONS) {
      const marked = lines.slice(start, end).some((l) => SELECTED_MARK.test(l));
      for (let i = start; i < end; i++) if (!marked || !SELECTED_MARK.test(lines[i])) keep[i] = false;
    }
    start = end + 1;
  }
  if (keep.every(Boolean) && lines.every((l, i) => l === original[i])) return text;
  return lines.filter((_, i) => keep[i]).join("\n");
}

/**
 * The answers' text without its open option lists. Lists sit in one answer each, so the (short) answers are looked at
 * first and the whole text, megabytes in a long document, is only rebuilt when one of them holds a list.
 */
export function answersWithoutOpenLists(
  text: string,
  answers: readonly string[],
  options: readonly OptionName[],
): string {
  const hasList = answers.some((a) => a.length < 4000 && withoutOpenOptionLists(a, options) !== a);
  return hasList ? withoutOpenOptionLists(text, options) : text;
}
