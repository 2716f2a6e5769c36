/**
 * Finding a piece of text inside a paragraph or cell with Word's search, which (a) matches at most 255
 * characters, (b) treats "^" as a special character and (c) cannot match across paragraph marks. A long
 * or multi-line `find` is therefore located by its first and last pieces, and the range between them is
 * taken with expandTo. Which search hit to use is worked out from the target's text, so no extra sync
 * is needed to compare positions.
 */

/** Word's limit on the length of a search string. */
export const SEARCH_LIMIT = 255;

export interface SearchPiece {
  /** The text searched for (unescaped). */
  text: string;
  /** Offset of the piece inside `find`. */
  offset: number;
}

export interface SearchPlan {
  head: SearchPiece;
  /** Present when `find` extends beyond `head` (longer than the limit, or over several lines). */
  tail?: SearchPiece;
}

/** Escapes Word's special search character. */
export function escapeSearch(text: string): string {
  return text.replace(/\^/g, "^^");
}

/** Longest prefix of `text` whose escaped form fits Word's limit. */
function fitPrefix(text: string): string {
  let length = 0;
  let out = "";
  for (const ch of text) {
    const cost = ch === "^" ? 2 : ch.length;
    if (length + cost > SEARCH_LIMIT) break;
    length += cost;
    out += ch;
  }
  return out;
}

function fitSuffix(text: string): string {
  return [...fitPrefix([...text].reverse().join(""))].reverse().join("");
}

/** Splits `find` into the pieces Word can search for; null when there is nothing searchable. */
export function planSearch(find: string): SearchPlan | null {
  const text = normaliseBreaks(find);
  const lines: SearchPiece[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  if (lines.length === 0) return null;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const head: SearchPiece = { text: fitPrefix(first.text), offset: first.offset };
  const lastText = fitSuffix(last.text);
  const tail: SearchPiece = { text: lastText, offset: last.offset + last.text.length - lastText.length };
  const headEnd = head.offset + head.text.length;
  if (tail.offset + tail.text.length <= headEnd) return { head };
  return { head, tail };
}

/** Word's line-break codes as the model writes them. */
export function normaliseBreaks(text: string): string {
  return text.replace(/\r\n?|\u000b/g, "\n");
}

/** Start positions of the non-overlapping matches of `piece`, scanning left to right as Word's search does. */
export function matchPositions(text: string, piece: string): number[] {
  const positions: number[] = [];
  if (piece === "") return positions;
  let from = 0;
  for (;;) {
    const at = text.indexOf(piece, from);
    if (at < 0) return positions;
    positions.push(at);
    from = at + piece.length;
  }
}

export interface PieceHits {
  /** Index into the head piece's search results. */
  head: number;
  /** Index into the tail piece's search results, when the plan has a tail. */
  tail?: number;
  /** Start of the located text within the target's text (used to order several writes in one target). */
  position: number;
}

/**
 * Which search hits cover the `occurrence`-th (0-based) `find` in `targetText`; null when the target
 * does not hold it (the caller refuses the edit).
 */
export function hitsFor(targetText: string, find: string, occurrence: number, plan: SearchPlan): PieceHits | null {
  const text = normaliseBreaks(targetText);
  const wanted = normaliseBreaks(find);
  const starts = matchPositions(text, wanted);
  const position = starts[occurrence];
  if (position === undefined) return null;
  const head = matchPositions(text, plan.head.text).indexOf(position + plan.head.offset);
  if (head < 0) return null;
  if (!plan.tail) return { head, position };
  const tail = matchPositions(text, plan.tail.text).indexOf(position + plan.tail.offset);
  if (tail < 0) return null;
  return { head, tail, position };
}

/** Queues Word searches for a plan inside `range` (results to be loaded by the caller's sync). */
export function queueSearch(
  range: Word.Range | Word.Body | Word.Paragraph,
  plan: SearchPlan,
): {
  head: Word.RangeCollection;
  tail?: Word.RangeCollection;
} {
  const options = { matchCase: true };
  const head = range.search(escapeSearch(plan.head.text), options);
  head.load("text");
  if (!plan.tail) return { head };
  const tail = range.search(escapeSearch(plan.tail.text), options);
  tail.load("text");
  return { head, tail };
}

/**
 * The range covering the hits, or null when Word's hits are not the ones the text implies. Word's search and a
 * range's `.text` can disagree: a field's code or result, hidden runs, or Word matching a straight quote to a curly one
 * shift which hit is the n-th. So each piece's hits must be exactly as many as the piece's occurrences in the target's
 * text, and the chosen hits must read as the pieces searched for; otherwise the edit is refused rather than written
 * at another occurrence. Valid after the sync that loaded the results (their `text` is loaded by queueSearch).
 */
export function rangeFromHits(
  results: { head: Word.RangeCollection; tail?: Word.RangeCollection },
  hits: PieceHits,
  targetText: string,
  plan: SearchPlan,
): Word.Range | null {
  const text = normaliseBreaks(targetText);
  const head = verifiedHit(results.head, hits.head, text, plan.head.text);
  if (!head) return null;
  if (hits.tail === undefined || !plan.tail) return head;
  const tail = results.tail ? verifiedHit(results.tail, hits.tail, text, plan.tail.text) : null;
  return tail ? head.expandTo(tail) : null;
}

function verifiedHit(results: Word.RangeCollection, index: number, text: string, piece: string): Word.Range | null {
  if (results.items.length !== matchPositions(text, piece).length) return null;
  const hit = results.items[index];
  if (!hit || normaliseBreaks(hit.text) !== piece) return null;
  return hit;
}
