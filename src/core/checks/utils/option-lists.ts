import { normalise } from "../../detect/text";
import { SELECTED_MARK, type OptionName } from "../../vocabulary/lawful-basis";

/**
 * Takes the open option lists out of a text before it is asked which basis or condition it names: a line that lists
 * three or more of the options ("Consent / Contract / Legal obligation…") or a run of three or more lines each giving
 * one option ("☐ (a) consent", "☐ (b) contract"…) states no choice, unless one option is marked (☒, ✓, [x]): then
 * only the marked lines or parts are kept.
 */
const MIN_OPTIONS = 3;

function optionsIn(line: string, options: readonly OptionName[]): number {
  const t = normalise(line);
  return options.filter((o) => o.pattern.test(t)).length;
}

/** The parts of a one-line list that carry a selection mark ("☐ Consent ☒ Contract ☐ …" → "☒ Contract"). */
function markedParts(line: string): string[] {
  return line.split(/\s*(?:\/|\||;|,)\s*|(?=[☐☒☑])/).filter((part) => SELECTED_MARK.test(part));
}

export function withoutOpenOptionLists(text: string, options: readonly OptionName[]): string {
  const lines = text.split("\n");
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
  return lines.filter((_, i) => keep[i]).join("\n");
}
