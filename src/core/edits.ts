import type { CellRef, Ref } from "./model";

/**
 * Edits are plain values built by src/core and carried out by src/word/apply.ts. Every edit names its
 * target and the whole text it expects there (as scanned); apply re-reads the target first and refuses
 * the edit if that text changed, so nothing is ever written into a place the user has since edited.
 */

/** Replace the whole text of a paragraph or cell, keeping the formatting of its first run. */
export interface SetTextEdit {
  kind: "set-text";
  ref: Ref;
  expected: string;
  text: string;
  /**
   * Digest of what surrounds the target when scanned (src/core/context.ts): apply refuses the edit as stale when
   * the ref now names another place (a table, row or paragraph was added, removed or moved before it).
   */
  expectedContext?: string;
}

/** Replace one occurrence of `find` (e.g. a placeholder) inside the target, keeping the run's formatting. */
export interface ReplaceTextEdit {
  kind: "replace-text";
  ref: Ref;
  expected: string;
  find: string;
  /** Which occurrence of `find` within the target (0-based), when it appears more than once. */
  occurrence?: number;
  replacement: string;
  /**
   * Digest of what surrounds the target when scanned (src/core/context.ts): apply refuses the edit as stale when
   * the ref now names another place (a table, row or paragraph was added, removed or moved before it).
   */
  expectedContext?: string;
}

/** Add text at the end of a paragraph or cell (e.g. a reason after "No"). */
export interface AppendTextEdit {
  kind: "append-text";
  ref: Ref;
  expected: string;
  text: string;
  /** Start a new paragraph inside the target instead of continuing the last one. */
  asNewParagraph?: boolean;
  /**
   * Digest of what surrounds the target when scanned (src/core/context.ts): apply refuses the edit as stale when
   * the ref now names another place (a table, row or paragraph was added, removed or moved before it).
   */
  expectedContext?: string;
}

/** Insert rows after `afterRow` of a table, copying that row's formatting. */
export interface InsertRowsEdit {
  kind: "insert-rows";
  ref: CellRef;
  /** Text of the cell at ref, as scanned (usually the first cell of afterRow). */
  expected: string;
  values: string[][];
  /**
   * Digest of what surrounds the target when scanned (src/core/context.ts): apply refuses the edit as stale when
   * the ref now names another place (a table, row or paragraph was added, removed or moved before it).
   */
  expectedContext?: string;
}

/**
 * Split the multi-risk row at `ref.row` into one row per risk. `rows` holds the new text of every
 * cell of each resulting row, the first replacing the original row. The builder guarantees that the
 * concatenation of the new cell texts holds every character of the old ones (nothing lost).
 */
export interface SplitRowEdit {
  kind: "split-row";
  ref: CellRef;
  /** Texts of every cell of the row as scanned. */
  expectedRow: string[];
  expected: string;
  rows: string[][];
  /**
   * Digest of what surrounds the target when scanned (src/core/context.ts): apply refuses the edit as stale when
   * the ref now names another place (a table, row or paragraph was added, removed or moved before it).
   */
  expectedContext?: string;
}

export type ShadeLevel = "low" | "medium" | "high" | "none";

export interface TableSpec {
  /** First row is the header row. */
  values: string[][];
  /** Optional shading per cell, same shape as values (null = none). */
  shading?: (ShadeLevel | null)[][];
  /** Paragraphs written before the table (title) and after it (matrix and date line). */
  before?: string[];
  after?: string[];
  /** Column widths in points, from the content (see src/core/risk/summary-layout.ts); absent: Word's defaults. */
  widths?: number[];
  /** Font size (points) the widths were computed for: the table is written no larger. */
  fontSize?: number;
}

/**
 * Insert the tagged block (content control with `tag`) holding one or more tables, or, when a block
 * with that tag exists, replace its contents. Text around the block is never touched.
 */
export interface UpsertTaggedBlockEdit {
  kind: "upsert-tagged-block";
  tag: string;
  title: string;
  tables: TableSpec[];
  /** Where to insert when no block with the tag exists: after this paragraph or table cell's table. */
  anchor: Ref | "selection" | "end";
  /** Text at the anchor as scanned ("" for selection/end). */
  expected: string;
  /** Digest of what surrounds the anchor when scanned (see SetTextEdit.expectedContext). */
  expectedContext?: string;
  /** Text of the document's section heading whose paragraph style the title takes (absent: a bold line). */
  headingText?: string;
  /** Index of the document's table whose look (style, borders, header shading, font size) the tables take. */
  lookLike?: number;
}

/** Reviewer mark: highlight the text (or `find` within it) and optionally add a Word comment. */
export interface MarkEdit {
  kind: "mark";
  ref: Ref;
  expected: string;
  /** Part of the target to mark; the whole paragraph/cell when absent or empty target. */
  find?: string;
  comment?: string;
  /** Highlight colour (#RRGGBB of a Word highlighter colour); absent: yellow. */
  highlight?: string;
  /** The finding id, kept in the mark's tag so that clear-marks and re-marking stay exact. */
  findingId: string;
  /**
   * Digest of what surrounds the target when scanned (src/core/context.ts): apply refuses the edit as stale when
   * the ref now names another place (a table, row or paragraph was added, removed or moved before it).
   */
  expectedContext?: string;
}

/**
 * Tick or clear one check box of a target: the `box`-th (0-based) of the box characters (☐ ☒ …) in its text, which is
 * how the model shows every kind of box. src/word ticks a Word check-box content control through the control (never by
 * typing a glyph into it, which leaves it unchecked in the file), and replaces a typed box character.
 */
export interface TickBoxEdit {
  kind: "tick-box";
  ref: Ref;
  expected: string;
  box: number;
  checked: boolean;
  /** See SetTextEdit.expectedContext. */
  expectedContext?: string;
}

/** The box characters the model uses for check boxes, unticked first. */
export const BOX_CHARACTERS = /[☐□☒☑]/g;

/** Remove every mark the add-in made (highlights and comments it tagged), nothing else. */
export interface ClearMarksEdit {
  kind: "clear-marks";
}

export type Edit =
  | SetTextEdit
  | ReplaceTextEdit
  | AppendTextEdit
  | InsertRowsEdit
  | SplitRowEdit
  | UpsertTaggedBlockEdit
  | MarkEdit
  | TickBoxEdit
  | ClearMarksEdit;

export type EditResult =
  | { edit: Edit; status: "applied" }
  | { edit: Edit; status: "refused"; reason: "stale" | "missing" | "unsupported"; message: string };

/** Tag of the computed risk summary block. */
export const RISK_SUMMARY_TAG = "dpia-assist:risk-summary";
/** Prefix of every tag/marker the add-in leaves for reviewer marks. */
export const MARK_TAG_PREFIX = "dpia-assist:mark:";

/** Normalises text for comparison: Word and headless-word may differ in trailing whitespace and line-break codes. */
export function normaliseForCompare(text: string): string {
  return text
    .replace(/\r\n?|\u000b/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n+$/, "")
    .trim();
}
