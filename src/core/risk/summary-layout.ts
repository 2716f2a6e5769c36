/**
 * Column widths for the tables DPIA Assist writes into a document, from their content: every column at least as
 * wide as its longest word, the spare width to the columns of running text. Widths are in points.
 *
 * Text is measured with a deliberately wide estimate (advance widths of DejaVu Sans Bold or DejaVu Serif Bold,
 * whichever is wider: the widest common fallbacks for sans and serif text; Calibri, Carlito, Arial, Liberation Sans,
 * Times New Roman and Liberation Serif are all narrower), so a word that fits here fits whatever font the reader's
 * machine substitutes. Serif counts because the summary takes the document's table style, and many templates' table
 * styles ask for Times New Roman, which a machine without Liberation Serif renders in DejaVu Serif.
 */

/** A4 portrait (595.3 pt) at Word's default A4 margins (2.54 cm each side): the text width most DPIAs have. */
export const A4_TEXT_WIDTH = 451.3;
/** Font size the summary is laid out for; it is never written larger than this. */
export const SUMMARY_FONT_SIZE = 10;
/** Word's default cell margins (0.19 cm left and right) plus the borders. */
const CELL_PADDING = 12;

/** Advance widths in em, by character class (the wider of DejaVu Sans Bold and DejaVu Serif Bold, rounded up). */
function charWidth(ch: string): number {
  if (" ijl.,:;'|".includes(ch)) return 0.4;
  if ('I!`frt()[]-/\\"*_'.includes(ch)) return 0.53;
  if ("mwMW@%".includes(ch)) return 1.13;
  if (/\p{Lu}/u.test(ch)) return 0.95;
  if (/\p{N}/u.test(ch)) return 0.7;
  if (/\p{Ll}/u.test(ch)) return 0.73;
  // Other symbols (…, —, →, ×, &): an em, the widest of them.
  return 1;
}

/** Estimated width of `text` on one line, in points, at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** Width a cell needs so that none of its words is broken: its longest word plus the cell's padding. */
export function longestWordWidth(text: string, fontSize: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  return Math.max(0, ...words.map((w) => textWidth(w, fontSize))) + CELL_PADDING;
}

/** Width a cell needs to show its text on one line. */
export function lineWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize) + CELL_PADDING;
}

export interface FitOptions {
  /** Width available, in points. */
  width: number;
  fontSize: number;
  /** Columns of running text that take the spare width (in proportion to how much text they hold). */
  grow: number[];
  /** Columns that should keep their text on one line when there is room (short values such as levels). */
  oneLine?: number[];
}

/**
 * Column widths for `rows` (header first) that break no word, or null when the columns' longest words alone do not
 * fit in `width`. Spare width goes first to keeping short columns on one line, then to the running-text columns.
 */
export function fitColumns(rows: string[][], options: FitOptions): number[] | null {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const cell = (r: string[], c: number) => r[c] ?? "";
  const min = Array.from({ length: columns }, (_, c) =>
    Math.max(...rows.map((r) => longestWordWidth(cell(r, c), options.fontSize))),
  );
  const total = min.reduce((a, b) => a + b, 0);
  if (total > options.width) return null;
  const widths = [...min];
  let spare = options.width - total;
  const grow = options.grow.filter((c) => c < columns);
  // Running text first gets a fair share of the page (or all it needs), so it does not become a narrow ribbon...
  const share = (options.width * 0.45) / Math.max(1, grow.length);
  for (const c of grow) {
    const want = Math.min(share, Math.max(...rows.slice(1).map((r) => lineWidth(cell(r, c), options.fontSize))));
    const extra = Math.min(spare, Math.max(0, want - widths[c]));
    widths[c] += extra;
    spare -= extra;
  }
  // ...then short columns (levels, IDs) are kept on one line where possible...
  for (const c of options.oneLine ?? []) {
    const want = Math.max(...rows.slice(1).map((r) => lineWidth(cell(r, c), options.fontSize)), widths[c]);
    const extra = Math.min(spare, Math.max(0, want - widths[c]));
    widths[c] += extra;
    spare -= extra;
  }
  // ...and what is left goes to the running text, in proportion to how much of it each column holds.
  if (grow.length && spare > 0) {
    const weights = grow.map((c) =>
      Math.max(
        1,
        rows.slice(1).reduce((n, r) => n + cell(r, c).length, 0),
      ),
    );
    const sum = weights.reduce((a, b) => a + b, 0);
    grow.forEach((c, i) => (widths[c] += (spare * weights[i]) / sum));
  }
  return widths.map((w) => Math.floor(w * 10) / 10);
}

/** Column widths of a small grid that takes only the room it needs (heat maps, counts): each column on one line. */
export function compactColumns(rows: string[][], fontSize: number, width: number): number[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(...rows.map((r) => lineWidth(r[c] ?? "", fontSize))),
  );
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural.map((w) => Math.ceil(w));
  // Too wide for one line per cell: fall back to breaking between words, never inside one.
  return fitColumns(rows, { width, fontSize, grow: [...Array(columns).keys()] }) ?? natural.map(() => width / columns);
}
