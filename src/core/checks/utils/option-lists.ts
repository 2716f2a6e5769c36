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
function markedParts(line: string): string[] {
  return line.split(/\s*(?:\/|\||;|,)\s*|(?=[☐☒☑])/).filter((part) => SELECTED_MARK.test(part));
}

/**
 * The open lists among lines, given how many options each names: `lines` with a one-line list reduced to its marked
 * parts, and which lines to keep (a list none of whose parts is marked, and the unmarked lines of a run of one-option
 * lines, are dropped). A run may span any lines given, so text read in parts is judged as if joined.
 */
export function openListLines(
  lines: readonly string[],
  counts: readonly number[],
): { lines: string[]; keep: boolean[] } {
  const out = [...lines];
  const keep = lines.map(() => true);
  // One line listing the options: only its marked parts are kept, or nothing.
  out.forEach((line, i) => {
    if (counts[i] < MIN_OPTIONS) return;
    const marked = SELECTED_MARK.test(line) ? markedParts(line) : [];
    if (marked.length) out[i] = marked.join(" ");
    else keep[i] = false;
  });
  // A run of lines, one option each.
  let start = 0;
  while (start < out.length) {
    let end = start;
    while (end < out.length && counts[end] === 1 && keep[end]) end++;
    if (end - start >= MIN_OPTIONS) {
      const marked = out.slice(start, end).some((l) => SELECTED_MARK.test(l));
      for (let i = start; i < end; i++) if (!marked || !SELECTED_MARK.test(out[i])) keep[i] = false;
    }
    start = end + 1;
  }
  return { lines: out, keep };
}

export function withoutOpenOptionLists(text: string, options: readonly OptionName[]): string {
  // Fewer than three of the options anywhere: there is no list to take out (and the text, unchanged, stays memoised).
  if (optionsIn(text, options) < MIN_OPTIONS) return text;
  const original = text.split("\n");
  const { lines, keep } = openListLines(
    original,
    original.map((line) => optionsIn(line, options)),
  );
  if (keep.every(Boolean) && lines.every((l, i) => l === original[i])) return text;
  return lines.filter((_, i) => keep[i]).join("\n");
}
