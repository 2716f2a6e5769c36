/** Reading and searching spans of the document (RangeTarget) at sync time. */
import { ErrorCodes, officeError } from "../errors";
import type { RangeTarget } from "../api/session";
import { paragraphsOfRange } from "./edit-text";
import { paragraphPieces, paragraphText } from "../../docx/ooxml/text";
import { tablesIn } from "../../docx/ooxml/structure";
import { compareOrder, type XmlElement } from "../../docx/xml";

/** Paragraph separator in Word's text of a multi-paragraph range. */
export const PARAGRAPH_SEPARATOR = "\r";

export function spanText(range: RangeTarget): string {
  const paras = paragraphsOfRange(range);
  return paras
    .map((p, i) => {
      const text = paragraphText(p);
      const from = i === 0 ? range.start.offset : 0;
      const to = i === paras.length - 1 ? range.end.offset : text.length;
      return text.slice(from, to);
    })
    .join(PARAGRAPH_SEPARATOR);
}

export function isEmptySpan(range: RangeTarget): boolean {
  return range.start.p === range.end.p && range.start.offset >= range.end.offset;
}

/** Tables whose content lies inside the span. */
export function spanTables(range: RangeTarget): XmlElement[] {
  const root = range.start.p.ownerDocument!.documentElement as unknown as XmlElement;
  const contains = (t: XmlElement, p: XmlElement) => {
    for (let n = p.parentNode; n; n = n.parentNode) if (n === t) return true;
    return false;
  };
  return tablesIn(root).filter(
    (t) =>
      (contains(t, range.start.p) || compareOrder(range.start.p, t) < 0) &&
      (contains(t, range.end.p) || compareOrder(t, range.end.p) < 0),
  );
}

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/** Word refuses search strings longer than 255 characters. */
export const MAX_SEARCH_LENGTH = 255;

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function searchSpan(range: RangeTarget, searchText: string, options: SearchOptions = {}): RangeTarget[] {
  if (searchText.length === 0 || searchText.length > MAX_SEARCH_LENGTH) {
    throw officeError(
      ErrorCodes.searchStringInvalidOrTooLong,
      "The search string is invalid or too long (Word allows 255 characters).",
      "Range.search",
    );
  }
  if (options.matchWildcards) {
    throw officeError(ErrorCodes.notImplemented, "headless-word does not implement wildcard search.", "Range.search");
  }
  // A line break typed as "\n" or Word's "^l" matches a manual line break ("\v"); "^t" a tab.
  const needle = searchText.replace(/\^l|\r\n|\n/g, "\v").replace(/\^t/g, "\t");
  const fold = (s: string) => (options.matchCase ? s : s.toLocaleLowerCase());
  const foldedNeedle = fold(needle);
  const out: RangeTarget[] = [];
  const paras = paragraphsOfRange(range);
  paras.forEach((p, i) => {
    const text = paragraphText(p);
    const from = i === 0 ? range.start.offset : 0;
    const to = i === paras.length - 1 ? range.end.offset : text.length;
    const hay = fold(text);
    // toLocaleLowerCase can change lengths for a few characters; fall back to exact matching then.
    const sameLength = hay.length === text.length && foldedNeedle.length === needle.length;
    const h = sameLength ? hay : text;
    const n = sameLength ? foldedNeedle : needle;
    // A legacy FORMCHECKBOX reads as ☐/☒ here, but Word's text has no character for it, so Word's search never matches
    // it (the stricter reading): a hit over one is dropped.
    const boxes = /[☐☒]/.test(text)
      ? paragraphPieces(p)
          .filter((x) => x.kind === "checkbox")
          .map((x) => x.start)
      : [];
    for (let at = h.indexOf(n, from); at >= 0 && at + n.length <= to; at = h.indexOf(n, at + Math.max(1, n.length))) {
      if (options.matchWholeWord || options.matchPrefix || options.matchSuffix) {
        const before = at > 0 && WORD_CHAR.test(text[at - 1]);
        const after = at + n.length < text.length && WORD_CHAR.test(text[at + n.length]);
        if (options.matchWholeWord && (before || after)) continue;
        if (options.matchPrefix && before) continue;
        if (options.matchSuffix && after) continue;
      }
      if (boxes.some((b) => b >= at && b < at + n.length)) continue;
      out.push({ start: { p, offset: at }, end: { p, offset: at + n.length } });
    }
  });
  return out;
}
