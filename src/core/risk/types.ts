import type { CellRef } from "../model";

/** A level on one axis of a matrix, ordered from lowest (rank 0). */
export interface Level {
  /** Lower-case vocabulary word as the CLI prints it, e.g. "possible". */
  id: string;
  label: string;
  /** One-line definition (ICO wording paraphrased) shown beside the choice. */
  definition: string;
  rank: number;
}

export interface RiskMatrix {
  id: string;
  name: string;
  likelihood: Level[];
  severity: Level[];
  /** Resulting overall levels, lowest first (e.g. low, medium, high). */
  overall: Level[];
  /** overallFor[severityRank][likelihoodRank] = overall level id. */
  grid: string[][];
}

/** A cell value as read from the document. */
export type ParsedValue =
  | { state: "value"; id: string; raw: string }
  | { state: "blank"; raw: string }
  | { state: "placeholder"; raw: string }
  | { state: "invalid"; raw: string; allowed: string[] };

export interface RegisterCell {
  ref: CellRef;
  /** Whole cell text as scanned. */
  expected: string;
  /** The part of the cell that belongs to this risk (a multi-risk cell holds several). */
  raw: string;
  /** 0-based position of this risk's part within a multi-risk cell, if split. */
  part?: number;
}

export interface RegisterMeasure {
  description: string;
  effect: ParsedValue;
  residual: ParsedValue;
  approved: ParsedValue;
  cells: { measure?: RegisterCell; effect?: RegisterCell; residual?: RegisterCell; approved?: RegisterCell; risk?: RegisterCell };
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
  cells: { description?: RegisterCell; likelihood?: RegisterCell; severity?: RegisterCell; overall?: RegisterCell; id?: RegisterCell };
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
}
