import { memoText } from "../detect/text";
import type { Cell, Row, Table } from "../model";

/**
 * Finds risk tables by the vocabulary of their header row, so that the ICO layout ("Likelihood of
 * harm", "Severity of harm", "Overall risk"), its Step 6 table and other layouts ("Risk | Likelihood |
 * Impact | Mitigation", "Risk ID | … | Risk score") are all read the same way.
 */

export type ColumnRole =
  "id" | "description" | "likelihood" | "severity" | "overall" | "measure" | "effect" | "residual" | "approved";

const MAX_HEADER_WORDS = 10;

const VALUE_ROLES: ColumnRole[] = ["likelihood", "severity", "overall", "measure", "effect", "residual", "approved"];

/** The role of a header cell, or undefined when its words name no risk-table column. Order matters. */
export function classifyHeader(text: string): ColumnRole | undefined {
  return classifyHeaderMemo(text);
}

// Every table's first rows are classified (by the structure pass and again by the register): once per text.
const classifyHeaderMemo = memoText((text: string): ColumnRole | undefined => {
  // Most first-row cells are long answers: rule them out by their word count before lower-casing them.
  if (!/^\s*describ/i.test(text) && moreWordsThan(text, MAX_HEADER_WORDS)) return undefined;
  const h = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (!h) return undefined;
  if (/^describ/.test(h)) return "description";
  // Form labels ("Measures approved by:") and instructions ("Integrate actions back into…") are not column headers.
  if (h.endsWith(":") || h.split(" ").length > MAX_HEADER_WORDS) return undefined;
  if (/residual/.test(h)) return "residual";
  if (/effect on risk|^effect\b|^result\b/.test(h)) return "effect";
  if (/approv|signed[- ]?off|sign[- ]off/.test(h)) return "approved";
  if (/likelihood|probability|^chance/.test(h)) return "likelihood";
  // Registers abbreviate their axes ("Risk | L | I | Score"); only ever one letter alone in a header cell.
  if (/^[lp]\.?$/.test(h)) return "likelihood";
  if (/^[is]\.?$/.test(h)) return "severity";
  if (/\boverall\b|inherent|\brisk (score|level|rating)\b|^(score|rating|rag)\b/.test(h)) return "overall";
  if (/severity|consequence|seriousness|^(potential )?impact\b/.test(h)) return "severity";
  // "Mitigation priority" ranks how urgent a measure is; it holds no measure.
  if (/\bpriority\b/.test(h)) return undefined;
  if (/option|measure|mitigat|\bcontrols?\b|\bactions?\b|solution|safeguard|treatment/.test(h)) return "measure";
  if (/^(risk )?(id|ref|reference|no|number|#)\.?$|^risk (id|ref|no|number|#)/.test(h)) return "id";
  if (/descri|\brisks?\b|source|threat|hazard|issue|harm/.test(h)) return "description";
  return undefined;
});

/** Whether the text has more than `max` whitespace-separated words, counting no further than that. */
function moreWordsThan(text: string, max: number): boolean {
  const word = /\S+/g;
  let count = 0;
  while (word.exec(text)) if (++count > max) return true;
  return false;
}

/** A cell with its position in the table grid (cells after a merged cell sit further right). */
export interface GridCell {
  cell: Cell;
  start: number;
  span: number;
}

export function gridCells(row: Row): GridCell[] {
  let start = 0;
  return row.cells.map((cell) => {
    const span = Math.max(1, cell.columnSpan ?? 1);
    // The reader's grid column counts the row's gridBefore indent too (rows shifted right by an empty grid column).
    if (cell.gridColumn !== undefined && cell.gridColumn >= start) start = cell.gridColumn;
    const g = { cell, start, span };
    start += span;
    return g;
  });
}

export interface TableLayout {
  table: Table;
  headerRow: number;
  /** Grid column → role, from the header row. */
  roles: Map<ColumnRole, { start: number; span: number }>;
  /** Step 5-like: it rates risks (likelihood/severity/overall). */
  assesses: boolean;
  /** Step 6-like: it records measures (measure/effect/residual/approved). */
  mitigates: boolean;
  /** Labels down the first column, one risk per further column (the table's rows are its columns here). */
  transposed?: boolean;
  /** "Residual | Level": a column right after a scored one that names its band in words ("12.6 | HIGH"). */
  bandColumns?: Partial<Record<"overall" | "residual", { start: number; span: number }>>;
  /** A second overall column ("Score | Rating"): the band word beside the number, checked too. */
  secondOverall?: { start: number; span: number };
}

const HEADER_SEARCH_ROWS = 3;

function rolesOf(row: Row): Map<ColumnRole, { start: number; span: number }> {
  const roles = new Map<ColumnRole, { start: number; span: number }>();
  for (const g of gridCells(row)) {
    const role = classifyHeader(g.cell.text);
    // The first column of a role wins: a second "risk" column is usually a note, not the risk.
    if (role && !roles.has(role)) roles.set(role, { start: g.start, span: g.span });
  }
  return roles;
}

/**
 * A two-row header: a cell spanning several grid columns ("Risk" over "ID | Description") refined by the row below,
 * whose other cells continue the header's vertical merges. Returns the merged roles, or undefined when the next row is
 * not such a sub-header (a data row under a merged header keeps the header as it is).
 */
function subHeader(
  table: Table,
  headerRow: number,
  roles: Map<ColumnRole, { start: number; span: number }>,
): Map<ColumnRole, { start: number; span: number }> | undefined {
  const next = table.rows[headerRow + 1];
  if (!next) return undefined;
  const spanned = [...roles].filter(([, c]) => c.span > 1);
  if (spanned.length === 0) return undefined;
  const under = new Map<ColumnRole, { start: number; span: number }>();
  for (const g of gridCells(next)) {
    if (g.cell.verticallyMergedContinuation) continue;
    const parent = spanned.find(([, c]) => g.start >= c.start && g.start < c.start + c.span);
    const role = classifyHeader(g.cell.text);
    // Every own cell of a sub-header names a column under a spanning header cell; anything else is a data row.
    if (!parent || !role) return undefined;
    if (!under.has(role)) under.set(role, { start: g.start, span: g.span });
  }
  if (under.size < 2) return undefined;
  // The spanning cell's own role gives way to the columns named beneath it.
  const merged = new Map([...roles].filter(([, c]) => c.span === 1));
  for (const [role, c] of under) merged.set(role, c);
  return merged;
}

/** The layout of a risk table, or undefined when the table is not one. */
export function detectLayout(table: Table): TableLayout | undefined {
  let best: { row: number; roles: Map<ColumnRole, { start: number; span: number }>; score: number } | undefined;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows.length); r++) {
    const roles = rolesOf(table.rows[r]);
    const score = VALUE_ROLES.filter((role) => roles.has(role)).length;
    // "Risk | Mitigation": a measures column beside a column that names the risks is a Step 6 table too.
    const namesRisks = gridCells(table.rows[r]).some((g) => /\brisks?\b/i.test(g.cell.text));
    const measuresOnly =
      score === 1 && roles.has("measure") && (roles.has("description") || roles.has("id")) && namesRisks;
    if ((score >= 2 || measuresOnly) && (!best || score > best.score)) best = { row: r, roles, score };
  }
  if (!best) return undefined;
  const sub = subHeader(table, best.row, best.roles);
  if (sub) best = { ...best, row: best.row + 1, roles: sub };
  const { roles } = best;
  const bandColumns = bandColumnsOf(table.rows[best.row], roles);
  if (!roles.has("overall") && (roles.has("likelihood") || roles.has("severity"))) {
    // "Risk | Likelihood | Severity | Level": a band column that follows no scored column is the overall risk.
    const taken = [bandColumns?.residual?.start];
    const level = gridCells(table.rows[best.row]).find(
      (g) => !taken.includes(g.start) && !classifyHeader(g.cell.text) && BAND_HEADER.test(g.cell.text.trim()),
    );
    if (level) roles.set("overall", { start: level.start, span: level.span });
  }
  if (
    !roles.has("likelihood") &&
    !roles.has("severity") &&
    !roles.has("overall") &&
    !roles.has("measure") &&
    !roles.has("effect") &&
    !roles.has("residual")
  )
    return undefined;
  const assesses = roles.has("likelihood") || roles.has("severity") || (roles.has("overall") && !roles.has("residual"));
  const mitigates = roles.has("measure") || roles.has("effect") || roles.has("residual");
  if (assesses && !roles.has("description")) {
    // "Risk | Likelihood | …" without a recognisable first header: the first unassigned column describes the risk.
    const taken = new Set([...roles.values()].map((v) => v.start));
    const free = gridCells(table.rows[best.row]).find((g) => !taken.has(g.start));
    if (free) roles.set("description", { start: free.start, span: free.span });
  }
  const secondOverall = roles.has("overall") ? secondOverallOf(table.rows[best.row], roles) : undefined;
  return {
    table,
    headerRow: best.row,
    roles,
    assesses,
    mitigates,
    ...(secondOverall ? { secondOverall } : {}),
    ...(bandColumns ? { bandColumns } : {}),
  };
}

/** A header that names a band and no column role of its own ("Level", "Band", "RAG status"). */
const BAND_HEADER = /^(?:risk\s+)?(?:level|band|rag(?:\s+status)?|grade)$/i;

function bandColumnsOf(
  header: Row,
  roles: Map<ColumnRole, { start: number; span: number }>,
): TableLayout["bandColumns"] | undefined {
  const grid = gridCells(header);
  const out: NonNullable<TableLayout["bandColumns"]> = {};
  for (const role of ["overall", "residual"] as const) {
    const column = roles.get(role);
    if (!column) continue;
    const next = grid.find((g) => g.start === column.start + column.span);
    if (next && !classifyHeader(next.cell.text) && BAND_HEADER.test(next.cell.text.trim()))
      out[role] = { start: next.start, span: next.span };
  }
  return Object.keys(out).length ? out : undefined;
}

function secondOverallOf(
  header: Row,
  roles: Map<ColumnRole, { start: number; span: number }>,
): { start: number; span: number } | undefined {
  const first = roles.get("overall");
  const g = gridCells(header).find((x) => x.start !== first?.start && classifyHeader(x.cell.text) === "overall");
  return g ? { start: g.start, span: g.span } : undefined;
}

/** The cell of a data row under a header column, unless it continues a vertical merge. */
export function cellUnder(row: Row, column: { start: number; span: number }): Cell | undefined {
  const g = gridCells(row).find((x) => x.start >= column.start && x.start < column.start + column.span);
  return g && !g.cell.verticallyMergedContinuation ? g.cell : undefined;
}

/** The cells of a data row by role (a cell belongs to the header column its grid start falls under). */
export function cellsByRole(layout: TableLayout, row: Row): Map<ColumnRole, Cell> {
  const out = new Map<ColumnRole, Cell>();
  const grid = gridCells(row);
  for (const [role, column] of layout.roles) {
    const g = grid.find((x) => x.start >= column.start && x.start < column.start + column.span);
    if (g && !g.cell.verticallyMergedContinuation) out.set(role, g.cell);
  }
  return out;
}
