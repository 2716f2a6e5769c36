import { normalise, withoutBoxes } from "./text";

/**
 * Choices left open: "Yes / No" written as both options, and check-box pairs with neither or both ticked.
 */

const OPTION_WORDS = ["yes", "no", "n/a", "not applicable", "unsure", "don't know", "partly", "partially"];

const BOTH = /^(?:yes|no)\s*(?:\/|\bor\b|,|\s)\s*(?:yes|no)(?:\s*(?:\/|\bor\b|,)\s*(?:n\/a|unsure|don't know))?[.?]?$/;

/** True for "Yes / No", "Yes/no", "YES or NO", "No / Yes" left as the answer (both words, nothing else). */
export function isBothOptions(text: string): boolean {
  const t = normalise(withoutBoxes(text));
  if (!BOTH.test(t)) return false;
  return /\byes\b/.test(t) && /\bno\b/.test(t);
}

/** Finds "Yes / No" standing on a line of its own or after a colon or question mark; returns the exact characters. */
export function findBothOptions(text: string): { text: string; start: number } | undefined {
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
        return { text: part.trim(), start: offset + from + lead };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

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
