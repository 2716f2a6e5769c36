import { memoText } from "./text";

/** The passes a reader compares: the last one ended and the one being read. */
interface Passes<T> {
  prevTexts: string[];
  prevValues: T[];
  texts: string[];
  values: T[];
  last: number;
  shift: number;
}

/**
 * A memo's answers (keyed by text) for the parts of a document read in order, remembered by position as well: a live
 * re-check reads the same strings again at the same places (the patched model keeps every unchanged paragraph), so
 * most answers are found by comparing the string with the one read at that place in the last pass, without hashing
 * it. A part added or taken out shifts the places after it: the neighbouring places are tried and the shift followed.
 * Any other string is looked up in the memo. The answer depends only on the text: the position only says where to
 * look first. One reader per list it reads (answer parts, paragraphs); a pass reads increasing positions.
 */
export function byPosition<T>(memo: (text: string) => T): (text: string, at: number) => T {
  // The passes are held like the text memos (one entry under a fixed key), so they are let go with them when a scan
  // ends (clearTextMemos): a scan's texts are not kept alive after it. Looked up once a pass, not once a part.
  const held = memoText((): Passes<T> => ({
    prevTexts: [],
    prevValues: [],
    texts: [],
    values: [],
    last: -1,
    shift: 0,
  }));
  let p = held("");
  return (text, at) => {
    if (at <= p.last) {
      p = held("");
      if (at <= p.last) {
        // A new pass: the one just ended is the one to compare with.
        p.prevTexts = p.texts;
        p.prevValues = p.values;
        p.texts = new Array<string>(p.prevTexts.length);
        p.values = new Array<T>(p.prevTexts.length);
        p.shift = 0;
      }
    }
    p.last = at;
    const j = at + p.shift;
    let value: T;
    if (p.prevTexts[j] === text) value = p.prevValues[j];
    else if (p.prevTexts[j - 1] === text) {
      value = p.prevValues[j - 1];
      p.shift--;
    } else if (p.prevTexts[j + 1] === text) {
      value = p.prevValues[j + 1];
      p.shift++;
    } else value = memo(text);
    p.texts[at] = text;
    p.values[at] = value;
    return value;
  };
}
