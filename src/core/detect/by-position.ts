/**
 * A memo's answers (keyed by text) for the parts of a document read in order, remembered by position as well: a live
 * re-check reads the same strings again at the same places (the patched model keeps every unchanged paragraph), so
 * most answers are found by comparing the string with the one read at that place in the last pass, without hashing
 * it. A part added or taken out shifts the places after it: the neighbouring places are tried and the shift followed.
 * Any other string is looked up in the memo. The answer depends only on the text: the position only says where to
 * look first. One reader per list it reads (answer parts, paragraphs); a pass reads increasing positions.
 */
export function byPosition<T>(memo: (text: string) => T): (text: string, at: number) => T {
  let prevTexts: string[] = [];
  let prevValues: T[] = [];
  let texts: string[] = [];
  let values: T[] = [];
  let last = -1;
  let shift = 0;
  return (text, at) => {
    if (at <= last) {
      // A new pass: the one just ended is the one to compare with.
      prevTexts = texts;
      prevValues = values;
      texts = new Array<string>(prevTexts.length);
      values = new Array<T>(prevTexts.length);
      shift = 0;
    }
    last = at;
    const j = at + shift;
    let value: T;
    if (prevTexts[j] === text) value = prevValues[j];
    else if (prevTexts[j - 1] === text) {
      value = prevValues[j - 1];
      shift--;
    } else if (prevTexts[j + 1] === text) {
      value = prevValues[j + 1];
      shift++;
    } else value = memo(text);
    texts[at] = text;
    values[at] = value;
    return value;
  };
}
