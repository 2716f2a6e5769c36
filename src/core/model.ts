/**
 * DocModel: what the analysis engine knows of a document. Built by src/word/read.ts from Word (or
 * headless-word), or by test builders. Plain data only, so it can be passed to a worker or serialised.
 */

/** A body-level paragraph (index into Word's `body.paragraphs`, which also counts paragraphs inside tables). */
export interface ParagraphRef {
  paragraph: number;
}

/** A table cell (index into Word's `body.tables`, 0-based row and cell as Word reports them). */
export interface CellRef {
  table: number;
  row: number;
  cell: number;
}

/** Names a place in the document. Every finding and edit carries one plus the text expected there. */
export type Ref = ParagraphRef | CellRef;

export function isCellRef(ref: Ref): ref is CellRef {
  return (ref as CellRef).table !== undefined;
}

export function refKey(ref: Ref): string {
  return isCellRef(ref) ? `t${ref.table}r${ref.row}c${ref.cell}` : `p${ref.paragraph}`;
}

export function sameRef(a: Ref, b: Ref): boolean {
  return refKey(a) === refKey(b);
}

export interface ListInfo {
  level: number;
  numbered: boolean;
  /** ListItem.listString; absent when empty. */
  label?: string;
}

export interface Paragraph {
  /** Index in Word's body.paragraphs (all paragraphs, including those in tables). */
  index: number;
  /** Text with line breaks as "\n"; tabs as "\t"; no trailing paragraph mark. */
  text: string;
  /** Style name as Word reports it (localised), e.g. "Heading 2". */
  style: string;
  /** 1–9 for headings (from the built-in style or the outline level), 0 for body text. */
  headingLevel: number;
  isListItem: boolean;
  /**
   * Word's automatic list numbering, for a list item: its level (0–8), whether it shows a number (not a bullet), and
   * the string Word shows before the text ("3.", "a)", "2.1", "•") — the number a reader sees, which is not in
   * `text`. Absent for paragraphs that are not list items, and where the host could not read it.
   */
  list?: ListInfo;
  /** 0 outside tables; 1 in a top-level table; 2+ in nested tables. */
  tableNestingLevel: number;
  /**
   * Parts of `text` that a content control shows as its placeholder (w:showingPlcHdr): template text, whatever it
   * says ("Click or tap here to enter text.", "Choose an item."). Absent when there are none or the host cannot tell.
   */
  placeholderSpans?: TextSpan[];
  /** Parts of `text` with highlighting (w:highlight or shading used as a highlighter), for "instructions left highlighted". */
  highlights?: TextSpan[];
}

/**
 * A part of a paragraph's or cell's text, as offsets into that text (start inclusive, end exclusive). Check boxes of any
 * kind (Word checkbox content controls by their checked state, legacy FORMCHECKBOX fields, symbol-font boxes) appear
 * in the text itself as "☐" (unticked) or "☒" (ticked), so the engine sees one form whatever the document used.
 */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Cell {
  ref: CellRef;
  /** Cell text, paragraphs joined by "\n". */
  text: string;
  /** Column span (w:gridSpan), 1 when not merged. */
  columnSpan?: number;
  /**
   * The table-grid column this cell starts in (0-based, counting gridBefore and the spans of the cells before it).
   * Equal to `ref.cell` unless a cell before it in the row spans several columns. Absent when the host cannot tell.
   */
  gridColumn?: number;
  /** Offsets into `text` shown by a content control as its placeholder (see Paragraph.placeholderSpans). */
  placeholderSpans?: TextSpan[];
  /** True for the continuation cells of a vertical merge (they hold no text of their own). */
  verticallyMergedContinuation?: boolean;
}

export interface Row {
  cells: Cell[];
}

export interface Table {
  /** Index in Word's body.tables. */
  index: number;
  /** 1 for top-level tables. */
  nestingLevel: number;
  rows: Row[];
  /** Tag of the content control wrapping the table, if any (our risk summary is tagged). */
  tag?: string;
}

/** Body order: top-level paragraphs and top-level tables as they appear on the page. */
export type Block = { kind: "paragraph"; paragraph: Paragraph } | { kind: "table"; table: Table };

export interface DocModel {
  blocks: Block[];
  /** Every paragraph in body order, including those inside tables. */
  paragraphs: Paragraph[];
  /** Every table in body.tables order (nested ones included, with nestingLevel > 1). */
  tables: Table[];
  /**
   * How the model was read: "file" from the document's own bytes (OOXML: merges, check-box states, placeholder
   * controls, tracked deletions all known), "api" through the Word API paragraphs and tables (fallback). Absent in
   * models built by tests.
   */
  source?: "file" | "api";
}

/** The text expected at a ref, as the model saw it (used to refuse stale edits). */
export function textAt(model: DocModel, ref: Ref): string | undefined {
  if (isCellRef(ref)) return model.tables[ref.table]?.rows[ref.row]?.cells[ref.cell]?.text;
  return model.paragraphs[ref.paragraph]?.text;
}
