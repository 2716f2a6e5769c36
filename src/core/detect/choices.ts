import { memoText, normalise, withoutBoxes } from "./text";

/**
 * Choices left open: "Yes / No" written as both options, and check-box pairs with neither or both ticked.
 */

const OPTION_WORDS = ["yes", "no", "n/a", "not applicable", "unsure", "don't know", "partly", "partially"];

const BOTH =
  /^(?:yes|no):?\s*(?:\/|\bor\b|,|\s)\s*(?:yes|no):?(?:\s*(?:\/|\bor\b|,)\s*(?:n\/a|unsure|don't know))?[.?]?$/;

/** True for "Yes / No", "Yes/no", "YES or NO", "No / Yes" left as the answer (both words, nothing else). */
export function isBothOptions(text: string): boolean {
  return isBothOptionsMemo(text);
}

const isBothOptionsMemo = memoText((text: string): boolean => {
  const t = normalise(withoutBoxes(text));
  if (!BOTH.test(t)) return false;
  return /\byes\b/.test(t) && /\bno\b/.test(t);
});

/** "Yes / No" found in a text: its exact characters and where they start. */
export interface BothOptions {
  text: string;
  start: number;
}

/**
 * Finds "Yes / No" standing on a line of its own or after a colon or question mark; returns the exact characters.
 * Memoised by the text (the result is shared and frozen).
 */
export function findBothOptions(text: string): Readonly<BothOptions> | undefined {
  return findBothOptionsMemo(text);
}

const findBothOptionsMemo = memoText((text: string): Readonly<BothOptions> | undefined => {
  if (!/\byes\b/i.test(text) || !/\bno\b/i.test(text)) return undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const colon = Math.max(line.lastIndexOf(":"), line.lastIndexOf("?"));
    if (hasBox(line)) {
      offset += line.length + 1;
      continue;
    }
    for (const from of colon >= 0 ? [0, colon + 1] : [0]) {
      const part = line.slice(from);
      if (isBothOptions(part)) {
        const lead = part.length - part.trimStart().length;
        return Object.freeze({ text: part.trim(), start: offset + from + lead });
      }
    }
    offset += line.length + 1;
  }
  return undefined;
});

export interface BoxOption {
  /** The option's word as written ("Yes", "No", "N/A"). */
  label: string;
  ticked: boolean;
}

const BOX = /[☐☒☑■□]/;
const TICKED = /[☒☑■]/;

/** True when the text holds a check box character. */
export function hasBox(text: string): boolean {
  return BOX.test(text);
}

/** A cell that holds only an option word ("Yes", "No:", "N/A"), for forms that put the box in the next cell. */
export function optionWord(text: string): string | undefined {
  const t = normalise(withoutBoxes(text)).replace(/[:.]$/, "").trim();
  return OPTION_WORDS.includes(t) ? t : undefined;
}

/** Only a box, nothing else (the box cell beside an option word). */
export function boxOnly(text: string): { ticked: boolean } | undefined {
  const t = text.replace(/[\s\u00a0]/g, "");
  return t.length === 1 && BOX.test(t) ? { ticked: TICKED.test(t) } : undefined;
}

/**
 * Options written inline with their boxes: "Yes ☒ No ☐", "☐ Yes ☐ No", "Yes: ☐  No: ☒". Returns the
 * options in order, or an empty list when the text is not such a group.
 */
export function inlineOptions(text: string): BoxOption[] {
  if (!BOX.test(text)) return [];
  const re = /([☐☒☑■□])\s*([A-Za-z/']+(?: applicable| know)?)|([A-Za-z/']+(?: applicable| know)?)\s*:?\s*([☐☒☑■□])/g;
  const out: BoxOption[] = [];
  let rest = text;
  for (const m of text.matchAll(re)) {
    const label = m[2] ?? m[3];
    const box = m[1] ?? m[4];
    if (!optionWord(label)) continue;
    out.push({ label, ticked: TICKED.test(box) });
    rest = rest.replace(m[0], "");
  }
  // Anything but option words and boxes (a sentence with a box in it) is not a choice group.
  return out.length >= 2 && rest.replace(/[\s:,;/|]/g, "") === "" ? out : [];
}

/** A mark typed in place of a tick ("x", "X", "✓") next to an option. */
const TYPED_MARK = /^(?:x|✓|✔|√)$/i;

export interface BoxItem {
  /** The option's words as written, without the box or a typed mark. */
  label: string;
  ticked: boolean;
  /** A mark typed beside the option ("☐ x Yes") while its box is unticked. */
  typed: boolean;
}

export interface LineGroup {
  /** Text before the first option on the same line ("Is data shared? Yes ☐ No ☐" → "Is data shared?"). */
  question: string;
  items: BoxItem[];
  /** Offset of the line in the text. */
  start: number;
  line: string;
}

/** Option labels are short: a box in a sentence ("☐ I confirm that I have read…") is a declaration, not an option. */
const MAX_LABEL_WORDS = 8;

function item(raw: string, box: string): BoxItem | undefined {
  const words = raw
    .replace(/^[\s\u00a0•·▪◦●○*\-–]+|[\s\u00a0:;,|]+$/g, "")
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  let typed = false;
  if (words.length > 1 && TYPED_MARK.test(words[0])) {
    words.shift();
    typed = true;
  } else if (words.length > 1 && TYPED_MARK.test(words[words.length - 1])) {
    words.pop();
    typed = true;
  }
  const label = words.join(" ").replace(/:$/, "");
  if (!label || words.length > MAX_LABEL_WORDS || !/[A-Za-z0-9]/.test(label)) return undefined;
  const ticked = TICKED.test(box);
  return { label, ticked, typed: typed && !ticked };
}

/**
 * The check-box options written on one line, whatever the labels: "☐ Yes ☐ No", "Yes: ☐ No: ☒", "Children: ☐ Adults:
 * ☐", "Is it shared? Yes ☐ No ☐" (question kept apart). Returns undefined when the line is not a group of options.
 */
export function boxGroup(line: string): { question: string; items: BoxItem[] } | undefined {
  if (!BOX.test(line)) return undefined;
  const parts = line.split(/([☐☒☑■□])/);
  // parts: text, box, text, box, …, text
  const boxes = (parts.length - 1) / 2;
  const lead = parts[0].trim().replace(/^[•·▪◦●○*\-–]\s*/, "");
  const tail = parts[parts.length - 1].trim();
  const items: BoxItem[] = [];
  let question = "";
  if (tail) {
    // Box first: each box labels the text after it; text before the first box can only be the question. A mark typed
    // just before a box ("x ☐ Yes") belongs to that box's option.
    const markBefore = (text: string) => /(?:^|\s)(?:x|✓|✔|√)\s*$/i.test(text);
    const question0 = lead.replace(/(?:^|\s)(?:x|✓|✔|√)\s*$/i, "").trim();
    if (question0 && !/[?:)]$/.test(question0)) return undefined;
    question = question0;
    for (let b = 0; b < boxes; b++) {
      const after = parts[2 * b + 2];
      const next = b + 1 < boxes && markBefore(after);
      const it = item(next ? after.replace(/(?:x|✓|✔|√)\s*$/i, "") : after, parts[2 * b + 1]);
      if (!it) return undefined;
      const before = b === 0 ? markBefore(lead) : markBefore(parts[2 * b]);
      if (before && !it.ticked) it.typed = true;
      items.push(it);
    }
  } else {
    // Box after: each box labels the text before it; the first text may carry the question.
    for (let b = 0; b < boxes; b++) {
      let raw = parts[2 * b];
      if (b === 0) {
        const cut = Math.max(raw.lastIndexOf("?"), raw.replace(/:\s*$/, "").lastIndexOf(":"));
        if (cut >= 0 && raw.slice(cut + 1).trim()) {
          question = raw.slice(0, cut + 1).trim();
          raw = raw.slice(cut + 1);
        }
      }
      const it = item(raw, parts[2 * b + 1]);
      if (!it) return undefined;
      items.push(it);
    }
  }
  return { question, items };
}

/**
 * Check-box groups in a multi-line text (a cell or paragraph holding a whole form section): a line with two or more
 * boxes is a group; consecutive lines with one box each are one group (a list of options). The question is the text on
 * the line before the options, or the nearest prompt line above.
 */
export function lineGroups(text: string): LineGroup[] {
  if (!BOX.test(text)) return [];
  const out: LineGroup[] = [];
  let offset = 0;
  let previous = "";
  let list: LineGroup | undefined;
  const closeList = () => {
    if (list && list.items.length >= 2) out.push(list);
    list = undefined;
  };
  for (const line of text.split("\n")) {
    const group = boxGroup(line);
    if (!group) {
      closeList();
      if (line.trim()) previous = line.trim();
    } else if (group.items.length >= 2) {
      closeList();
      out.push({ question: group.question || previous, items: group.items, start: offset, line });
    } else if (list && !group.question) {
      list.items.push(...group.items);
    } else {
      closeList();
      list = { question: group.question || previous, items: [...group.items], start: offset, line };
    }
    offset += line.length + 1;
  }
  closeList();
  return out;
}
