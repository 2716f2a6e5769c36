/**
 * Text and heading rules shared by both ways of building a DocModel (from the file here, through the Word API in
 * src/word/read.ts), so that the two give the same text and the same heading levels.
 */
import type { TextSpan } from "../../core/model";

const NEEDS_NORMALISING = /[\r\v\u0007]/;

/** Word reports paragraph breaks as "\r", line breaks as "\v" (or "\n" on some hosts); the model uses "\n". */
export function normaliseText(text: string): string {
  // Most paragraphs have none of these: skip the three replacements (each would copy the string).
  if (!NEEDS_NORMALISING.test(text)) return text;
  // One pass for the breaks ("\r\n" before a lone "\r", as replacing "\r\n" first then "\r" and "\v" would do).
  const broken = text.replace(/\r\n?|\v/g, "\n");
  return broken.includes("\u0007") ? broken.replace(/\u0007/g, "") : broken;
}

/**
 * normaliseText, carrying spans of the raw text over to the normalised one. Only "\r\n" (two characters become one)
 * and "\u0007" (dropped) change lengths; "\r" and "\v" become "\n" in place.
 */
export function normaliseWithSpans(text: string, spans: TextSpan[]): { text: string; spans: TextSpan[] } {
  const normalised = normaliseText(text);
  if (normalised.length === text.length || spans.length === 0) return { text: normalised, spans };
  // at[i]: offset in the normalised text of raw offset i.
  const at = new Array<number>(text.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = j;
    const c = text[i];
    if (c === "\u0007" || (c === "\r" && text[i + 1] === "\n")) continue;
    j++;
  }
  at[text.length] = j;
  const out = spans.map((s) => ({ start: at[s.start], end: at[s.end] })).filter((s) => s.end > s.start);
  return { text: normalised, spans: out };
}

/**
 * Heading level from Word's built-in style name ("Heading1" … "Heading9") or, failing that, the paragraph's outline
 * level (1–9; 10 is body text). `cache`: level by built-in name, so that each distinct name is matched once.
 */
export function headingLevel(styleBuiltIn: string, outlineLevel: number, cache: Map<string, number>): number {
  let fromStyle = cache.get(styleBuiltIn);
  if (fromStyle === undefined) {
    const m = /^Heading([1-9])$/.exec(styleBuiltIn);
    fromStyle = m ? Number(m[1]) : 0;
    cache.set(styleBuiltIn, fromStyle);
  }
  if (fromStyle > 0) return fromStyle;
  return Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : 0;
}
