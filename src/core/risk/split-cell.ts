import { isOptionListPlaceholder } from "../detect/risk-values";

/**
 * Several risks written in one row: the description cell numbers them ("1) … 2) … 3)…") and the
 * neighbouring cells list their values in the same order, one paragraph group each. These helpers cut
 * cells into such parts without losing anything but the whitespace between parts.
 */

export interface NumberedItem {
  /** The number written ("3" for "3)Data is…"). */
  number: string;
  /** Offset of the marker in the cell text. */
  start: number;
  /** Line (paragraph) index of the marker in the cell. */
  line: number;
}

const MARKER = /^[ \t\u00a0]*(?:\((\d{1,2})\)|(\d{1,2})[).:](?!\d)|risk[ \t]+(\d{1,2})[ \t]*[:.)–-])/gim;

/** Numbered items at line starts, kept only when they count up 1, 2, 3… (so a stray "2." is not a list). */
export function numberedItems(text: string): NumberedItem[] {
  const items: NumberedItem[] = [];
  for (const m of text.matchAll(MARKER)) {
    const number = m[1] ?? m[2] ?? m[3];
    const start = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    items.push({ number, start, line: text.slice(0, start).split("\n").length - 1 });
  }
  if (items.length < 2) return [];
  const first = Number(items[0].number);
  return items.every((item, i) => Number(item.number) === first + i) ? items : [];
}

/** Strips the "1)" marker from a part and folds its lines into one. */
export function withoutMarker(part: string): string {
  return part
    .replace(/^\s*(?:\(\d{1,2}\)|\d{1,2}[).:](?!\d)|risk\s+\d{1,2}\s*[:.)–-])/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text cut at the given offsets, each part trimmed (only whitespace between parts is dropped). */
export function sliceAt(text: string, starts: number[]): string[] {
  return starts.map((s, i) => text.slice(i === 0 ? 0 : s, starts[i + 1] ?? text.length).trim());
}

function lines(text: string): string[] {
  return text.split("\n");
}

/** Groups of non-empty lines separated by blank lines. */
export function blankLineGroups(text: string): string[] {
  return text
    .split(/\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/)
    .map((g) => g.trim())
    .filter(Boolean);
}

/**
 * Value segments: an option-list placeholder spread over several lines ("Remote,\npossible or\nprobable")
 * is one segment; any other non-empty line is a segment of its own.
 */
export function valueSegments(text: string): string[] {
  const all = lines(text);
  const offsets: number[] = [];
  all.reduce((offset, line) => (offsets.push(offset), offset + line.length + 1), 0);
  const nonEmpty = all.map((l, i) => ({ l: l.trim(), i })).filter((x) => x.l);
  // Each segment is cut from the original text (first line start to last line end), so it can be found again.
  const cut = (from: number, to: number) =>
    text.slice(offsets[nonEmpty[from].i], offsets[nonEmpty[to].i] + all[nonEmpty[to].i].length).trim();
  const out: string[] = [];
  for (let i = 0; i < nonEmpty.length;) {
    let taken = 1;
    for (let j = nonEmpty.length; j > i + 1; j--) {
      if (
        isOptionListPlaceholder(
          nonEmpty
            .slice(i, j)
            .map((x) => x.l)
            .join(" "),
        )
      ) {
        taken = j - i;
        break;
      }
    }
    out.push(cut(i, i + taken - 1));
    i += taken;
  }
  return out;
}

/** Offsets of parts found in order in the text (-1 for a part that is not a substring, e.g. a repeated shared value). */
export function locateParts(text: string, parts: string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    if (!part) return -1;
    const at = text.indexOf(part, from);
    if (at >= 0) from = at + part.length;
    return at;
  });
}

export type CellSplit =
  /** One part per risk, in order. */
  | { kind: "paired"; parts: string[] }
  /** The cell holds one value (or nothing) that speaks for the whole row. */
  | { kind: "shared"; text: string }
  /** The cell holds a different number of values than there are risks: not guessed. */
  | { kind: "unpaired"; count: number };

/**
 * Cuts a neighbouring cell into `count` parts to pair with the risks of the anchor cell. Tries, in
 * order: its own numbering, blank-line groups, value segments, then the anchor's marker lines (cells
 * of one row line up paragraph by paragraph on the page).
 */
export function splitCell(text: string, count: number, anchorLines: number[], isValue: boolean): CellSplit {
  const trimmed = text.trim();
  if (!trimmed) return { kind: "shared", text: "" };
  const own = numberedItems(text);
  if (own.length === count)
    return {
      kind: "paired",
      parts: sliceAt(
        text,
        own.map((i) => i.start),
      ),
    };
  const groups = blankLineGroups(text);
  if (groups.length === count) return { kind: "paired", parts: groups };
  if (isValue) {
    const segments = valueSegments(text);
    if (segments.length === count) return { kind: "paired", parts: segments };
    if (segments.length === 1) return { kind: "shared", text: trimmed };
  } else if (groups.length === 1) return { kind: "shared", text: trimmed };
  const cellLines = lines(text);
  if (anchorLines.length === count && cellLines.length > anchorLines[anchorLines.length - 1]) {
    const parts = anchorLines.map((start, i) =>
      cellLines
        .slice(i === 0 ? 0 : start, anchorLines[i + 1] ?? cellLines.length)
        .join("\n")
        .trim(),
    );
    if (parts.filter(Boolean).length >= Math.min(count, groups.length)) return { kind: "paired", parts };
  }
  return { kind: "unpaired", count: isValue ? valueSegments(text).length : groups.length };
}

/** Whitespace-free text: what "no character lost" is measured on. */
export function nonWhitespace(text: string): string {
  return text.replace(/\s+/g, "");
}
