import type { CellRef } from "../model";
import type { ParsedValue } from "../detect/risk-values";

export interface RegisterCell {
  ref: CellRef;
  /** Whole cell text as scanned. */
  expected: string;
  /** The part of the cell that belongs to this risk (a multi-risk cell holds several). */
  raw: string;
  /** 0-based position of this risk's part within a multi-risk cell, if split. */
  part?: number;
  /** Offset of `raw` within `expected` when the cell is split (so an edit replaces this risk's part only). */
  offset?: number;
  /** True when the cell holds a different number of values than its row has numbered risks (not paired). */
  unpaired?: boolean;
  /** Context fingerprint of `ref` when scanned (src/core/context.ts), carried by edits as `expectedContext`. */
  context?: string;
}

export interface RegisterMeasure {
  description: string;
  effect: ParsedValue;
  residual: ParsedValue;
  approved: ParsedValue;
  cells: {
    measure?: RegisterCell;
    effect?: RegisterCell;
    residual?: RegisterCell;
    approved?: RegisterCell;
    risk?: RegisterCell;
  };
}

export interface RegisterRisk {
  /** "1", "2", "R3"… as written, or the position in the register when the document gives none. */
  id: string;
  description: string;
  likelihood: ParsedValue;
  severity: ParsedValue;
  overall: ParsedValue;
  /** Computed from the matrix, null when likelihood or severity is missing/invalid. */
  computed: string | null;
  measures: RegisterMeasure[];
  cells: {
    description?: RegisterCell;
    likelihood?: RegisterCell;
    severity?: RegisterCell;
    overall?: RegisterCell;
    id?: RegisterCell;
  };
  /** True when several risks share one row (risks numbered "1)", "2)"… in one cell). */
  sharesRow: boolean;
  section: string;
}

export interface RiskRegister {
  risks: RegisterRisk[];
  /** Step 6 rows that name no Step 5 risk that was found (kept so nothing is silently dropped). */
  orphanMeasures: RegisterMeasure[];
  /** Whether a Step 5-like table was found at all. */
  found: boolean;
  /** The risk tables found, in body order (Step 5-like "assess", Step 6-like "mitigate", or "both"). */
  tables?: RegisterTable[];
  /** Rows holding several numbered risks in one cell, with the part of every cell for each risk. */
  multiRows?: MultiRiskRow[];
}

export type RegisterColumn =
  "id" | "description" | "likelihood" | "severity" | "overall" | "measure" | "effect" | "residual" | "approved";

export interface RegisterTable {
  table: number;
  kind: "assess" | "mitigate" | "both";
  /** Labels down the first column and one risk per column: no rows are added to or split in it. */
  transposed?: boolean;
  headerRow: number;
  /** Text of the table's first cell (row 0, cell 0): the anchor of whatever is inserted after the table. */
  firstCellText: string;
  /** Index of the last row and the texts of its cells (new rows copy its formatting). */
  lastRow: number;
  lastRowCells: string[];
  /** Cell index of each recognised column in the last row. */
  columns: Partial<Record<RegisterColumn, number>>;
  /** Context fingerprint of the last row's first cell when scanned (src/core/context.ts). */
  lastRowContext?: string;
}

export interface MultiRiskRow {
  table: number;
  row: number;
  kind: "assess" | "mitigate" | "both";
  /** Texts of every cell of the row as scanned. */
  cells: string[];
  /** Per cell, one part per risk in order; a cell that speaks for the whole row repeats its text; null when it could not be paired. */
  parts: (string[] | null)[];
  /** Context fingerprint of the row's first cell when scanned (src/core/context.ts). */
  context?: string;
}
