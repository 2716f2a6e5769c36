import { findPlaceholders } from "../detect/placeholders";
import { RISK_SUMMARY_TAG } from "../edits";
import { contextFor } from "../context";
import type { Cell, CellRef, DocModel, Row, Table } from "../model";
import type { DocumentStructure } from "../templates/types";
import {
  cellUnder,
  cellsByRole,
  detectLayout,
  gridCells,
  type ColumnRole,
  type TableLayout,
} from "../templates/risk-columns";
import { linkMeasures, normaliseRiskId, type MeasureEntry } from "./link";
import { detectTransposedLayout } from "./transposed";
import { isStageLabel, stageIn } from "../detect/risk-stage";
import { applyStage, pairSidewaysStages, stageOfRow, type SidewaysRisk, type StageValues } from "./stages";
import { overallFor } from "./matrices";
import { locateParts, numberedItems, sliceAt, splitCell, withoutMarker } from "./split-cell";
import type {
  MultiRiskRow,
  RegisterCell,
  RegisterColumn,
  RegisterMeasure,
  RegisterRisk,
  RegisterTable,
  RiskRegister,
} from "./types";
import { type ParsedValue, parseLevel } from "../detect/risk-values";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import { allowedWords, type Axis } from "../vocabulary/risk-levels";

/**
 * Reads the Step 5 (assess) and Step 6 (mitigate) tables, or one table doing both, into a risk
 * register: every risk with its values parsed against the matrix, the Ref of every cell, and its
 * Step 6 measures linked by id, number or description.
 */

const VALUE_ROLES = new Set<ColumnRole>(["id", "likelihood", "severity", "overall", "effect", "residual", "approved"]);

interface RowPart {
  cell: Cell;
  raw: string;
  part?: number;
  offset?: number;
  /** False when the cell held a different number of values than the row has risks. */
  paired: boolean;
}

/** The parts of one row, one map per risk (a single-risk row yields one map). */
function splitRow(
  layout: TableLayout,
  row: Row,
  anchorRole: ColumnRole,
): { perRisk: Map<ColumnRole, RowPart>[]; multi?: MultiRiskRow } {
  const byRole = cellsByRole(layout, row);
  const anchor = byRole.get(anchorRole);
  const items = anchor && !layout.transposed ? numberedItems(anchor.text) : [];
  if (!anchor || items.length < 2) {
    const single = new Map<ColumnRole, RowPart>();
    for (const [role, cell] of byRole) single.set(role, { cell, raw: cell.text.trim(), paired: true });
    return { perRisk: [single] };
  }
  const count = items.length;
  const anchorLines = items.map((i) => i.line);
  const partsOf = (cell: Cell, role: ColumnRole | undefined): string[] | null => {
    if (cell === anchor)
      return sliceAt(
        cell.text,
        items.map((i) => i.start),
      );
    const split = splitCell(cell.text, count, anchorLines, role !== undefined && VALUE_ROLES.has(role));
    if (split.kind === "paired") return split.parts;
    if (split.kind === "shared") return Array<string>(count).fill(split.text);
    return null;
  };
  const roleOfCell = new Map<Cell, ColumnRole>([...byRole].map(([role, cell]) => [cell, role]));
  const multi: MultiRiskRow = {
    table: layout.table.index,
    row: row.cells[0]?.ref.row ?? 0,
    kind: layout.assesses && layout.mitigates ? "both" : layout.assesses ? "assess" : "mitigate",
    cells: row.cells.map((c) => c.text),
    parts: row.cells.map((c) => partsOf(c, roleOfCell.get(c))),
  };
  const perRisk = Array.from({ length: count }, () => new Map<ColumnRole, RowPart>());
  for (const [role, cell] of byRole) {
    const parts = multi.parts[row.cells.indexOf(cell)];
    const offsets = parts ? locateParts(cell.text, parts) : [];
    const shared = parts !== null && parts.every((p) => p === parts[0]) && offsets.filter((o) => o >= 0).length <= 1;
    perRisk.forEach((map, k) => {
      if (!parts) map.set(role, { cell, raw: cell.text.trim(), paired: false });
      else if (shared) map.set(role, { cell, raw: parts[k], paired: true });
      else
        map.set(role, { cell, raw: parts[k], part: k, offset: offsets[k] >= 0 ? offsets[k] : undefined, paired: true });
    });
  }
  return { perRisk, multi };
}

function registerCell(part: RowPart | undefined): RegisterCell | undefined {
  if (!part) return undefined;
  const cell: RegisterCell = { ref: part.cell.ref, expected: part.cell.text, raw: part.raw };
  if (part.part !== undefined) cell.part = part.part;
  if (part.offset !== undefined) cell.offset = part.offset;
  if (!part.paired) cell.unpaired = true;
  return cell;
}

function parsePart(axis: Axis, part: RowPart | undefined, matrix: RiskMatrix): ParsedValue {
  if (!part) return { state: "blank", raw: "" };
  const parsed = parseLevel(axis, withoutMarker(part.raw) === "" ? "" : stripMarker(part.raw), matrix);
  // Values that could not be paired with the numbered risks are not guessed.
  if (!part.paired && parsed.state !== "blank")
    return { state: "invalid", raw: part.raw, allowed: allowedWords(axis, matrix) };
  return parsed;
}

function stripMarker(raw: string): string {
  return raw.replace(/^\s*(?:\(\d{1,2}\)|\d{1,2}[).:](?!\d))\s*/, "");
}

function measureOf(parts: Map<ColumnRole, RowPart>, matrix: RiskMatrix): RegisterMeasure {
  const measure = parts.get("measure");
  const cells: RegisterMeasure["cells"] = {};
  for (const role of ["measure", "effect", "residual", "approved"] as const) {
    const c = registerCell(parts.get(role));
    if (c) cells[role] = c;
  }
  return {
    description: measure ? withoutMarker(measure.raw) : "",
    effect: parsePart("effect", parts.get("effect"), matrix),
    residual: parsePart("residual", parts.get("residual"), matrix),
    approved: parsePart("approved", parts.get("approved"), matrix),
    cells,
  };
}

function hasMeasureContent(m: RegisterMeasure): boolean {
  return m.description !== "" || [m.effect, m.residual, m.approved].some((v) => v.state !== "blank");
}

function isEmptyRow(row: Row): boolean {
  return row.cells.every((c) => c.text.trim() === "");
}

/** A header row typed again further down (tables pasted together), not a risk. */
function repeatsHeader(row: Row, header: Row): boolean {
  const norm = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
  return (
    row.cells.length === header.cells.length && row.cells.every((c, i) => norm(c.text) === norm(header.cells[i].text))
  );
}

/** Whether the text is template text through and through ("[Risk 2]", "[e.g., Unauthorised access …]"). */
function allTemplate(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  const covered = findPlaceholders(t).reduce((n, h) => n + (h.end - h.start), 0);
  return covered >= t.length - 2;
}

/**
 * A row of an empty template register: its risk is itself template text ("[Risk 2]", an "[e.g., …]" example, "[Add
 * more rows as needed]") and so is every other cell. It holds no risk; its prompts are the placeholder check's.
 */
function isTemplateRow(layout: TableLayout, row: Row): boolean {
  const cells = cellsByRole(layout, row);
  const description = cells.get("description");
  if (!description || !description.text.trim() || !allTemplate(description.text)) return false;
  return row.cells.every((c) => c === description || allTemplate(c.text));
}

function leadingId(text: string): string | undefined {
  return /^\s*\(?(\d{1,3})[).:](?!\d)/.exec(text)?.[1];
}

function describeTable(layout: TableLayout, model: DocModel): RegisterTable {
  const rows = layout.table.rows;
  const lastRow = rows.length - 1;
  const last = rows[lastRow];
  const columns: Partial<Record<RegisterColumn, number>> = {};
  for (const [role, cell] of cellsByRole(layout, last)) columns[role] = last.cells.indexOf(cell);
  return {
    table: layout.table.index,
    kind: layout.assesses && layout.mitigates ? "both" : layout.assesses ? "assess" : "mitigate",
    ...(layout.transposed ? { transposed: true } : {}),
    headerRow: layout.headerRow,
    // The document's own first cell: a sideways table's first "row" here is its label column.
    firstCellText: model.tables[layout.table.index]?.rows[0]?.cells[0]?.text ?? "",
    lastRow,
    lastRowCells: last.cells.map((c) => c.text),
    columns,
  };
}

/**
 * A table read across (header in its first row) or sideways (labels down its first column). A header found only
 * below the first row while the first column reads as labels is the sideways table's explanation column, not a header;
 * a first row of stage words only ("| Inherent | Residual") heads the stages of one risk scored down the labels.
 */
function layoutOf(table: Table): TableLayout | undefined {
  const across = detectLayout(table);
  if (across && across.headerRow === 0 && !headsStages(table.rows[0])) return across;
  return detectTransposedLayout(table) ?? across;
}

function headsStages(row: Row | undefined): boolean {
  const texts = (row?.cells ?? []).slice(1).map((c) => c.text.trim());
  return texts.length >= 2 && texts.every((t) => t !== "" && isStageLabel(t) && stageIn(t) !== undefined);
}

/** What the rows of one risk table give, before the register links tables and measures together. */
interface TableRead {
  risks: RegisterRisk[];
  /** For each risk, the cell its section is taken from (sections depend on the whole document, not the table). */
  firstRefs: CellRef[];
  entries: MeasureEntry[];
  multiRows: MultiRiskRow[];
  /** Risks of a sideways table (index into `risks`), with their value column's label. */
  sideways: { risk: number; columnLabel: string }[];
  /** Rows that continue the risk above (continueMergedRisk). */
  continued: number;
  described: RegisterTable;
}

/**
 * The layout of each table, and what its rows give for a matrix and a first position (the count risks without an ID
 * are numbered from), kept per Table object: a live re-check's model shares every table the edit did not touch, so
 * only the edited table is read again. A table's read depends on the table, the matrix (keyed by its content) and the
 * first position only; its sections are looked up afresh, and a copy is handed out (the register is changed after).
 */
const layouts = new WeakMap<Table, TableLayout | null>();
/** Per table read before: its reads by matrix and first position (none kept yet after the first time). */
const reads = new WeakMap<Table, Map<string, TableRead>>();

function cachedLayout(table: Table): TableLayout | undefined {
  let layout = layouts.get(table);
  if (layout === undefined) layouts.set(table, (layout = layoutOf(table) ?? null));
  return layout ?? undefined;
}

export function buildRegister(model: DocModel, structure: DocumentStructure, matrix: RiskMatrix): RiskRegister {
  const found = model.tables
    .filter((t) => t.nestingLevel <= 1 && t.tag !== RISK_SUMMARY_TAG)
    .map((table) => ({ table, layout: cachedLayout(table) }))
    .filter((l): l is { table: Table; layout: TableLayout } => l.layout !== undefined);
  const tableLayouts = found.map((l) => l.layout);
  const matrixKey = JSON.stringify(matrix);
  const risks: RegisterRisk[] = [];
  const entries: MeasureEntry[] = [];
  const multiRows: MultiRiskRow[] = [];
  const described: RegisterTable[] = [];
  // Rows that continue the risk above (continueMergedRisk): not counted when a risk without an ID is numbered.
  let continued = 0;
  const sideways: SidewaysRisk[] = [];

  for (const { table, layout } of found) {
    const base = risks.length - continued;
    // The table must be the model's own at its index: its cells' contexts and first cell are read from the model.
    const cacheable = model.tables[table.index] === table;
    const key = `${base}\u0000${matrixKey}`;
    let byKey = cacheable ? reads.get(table) : undefined;
    let read = byKey?.get(key);
    let copy: ReturnType<typeof copyRead>;
    if (read) copy = copyRead(read);
    else {
      read = readTable(layout, model, matrix, base);
      copy = read;
      // Kept from the second time a table is read (a re-check): a full scan pays for no copy.
      if (cacheable && byKey) {
        if (byKey.size >= 4) reads.set(table, (byKey = new Map()));
        byKey.set(key, read);
        copy = copyRead(read);
      } else if (cacheable) reads.set(table, new Map());
    }
    copy.risks.forEach((risk, i) => (risk.section = structure.sectionOf(read.firstRefs[i])));
    risks.push(...copy.risks);
    entries.push(...copy.entries);
    multiRows.push(...copy.multiRows);
    described.push(copy.described);
    continued += read.continued;
    for (const s of read.sideways) sideways.push({ risk: copy.risks[s.risk], layout, columnLabel: s.columnLabel });
  }
  const stages = pairSidewaysStages(model, sideways, matrix);
  for (let i = risks.length - 1; i >= 0; i--) if (stages.has(risks[i])) risks.splice(i, 1);
  const orphanMeasures = linkMeasures(risks, entries);
  linkWrittenMeasures(model, risks, matrix);
  linkMeasureSections(model, tableLayouts, risks, matrix);
  const register: RiskRegister = {
    risks,
    orphanMeasures,
    found: tableLayouts.some((l) => l.assesses),
    tables: described,
    multiRows,
  };
  addContexts(register, model);
  return register;
}

/**
 * A copy of a table's read for one register: every object the register's later steps or its users may change (risks,
 * their measures and cell lists, cells, entries, rows, the table) is new. Parsed values are shared: nothing changes a
 * value in place (a risk is given another value instead).
 */
function copyRead(read: TableRead): Pick<TableRead, "risks" | "entries" | "multiRows" | "described"> {
  const copyCell = (cell: RegisterCell): RegisterCell => ({ ...cell });
  const copyCells = <C extends Record<string, RegisterCell | undefined>>(cells: C): C => {
    const out: Record<string, RegisterCell> = {};
    for (const key in cells) if (cells[key]) out[key] = copyCell(cells[key]);
    return out as C;
  };
  const copyMeasure = (m: RegisterMeasure): RegisterMeasure => ({ ...m, cells: copyCells(m.cells) });
  return {
    risks: read.risks.map((r) => ({ ...r, measures: r.measures.map(copyMeasure), cells: copyCells(r.cells) })),
    entries: read.entries.map((e) => ({ ...e, measure: copyMeasure(e.measure) })),
    multiRows: read.multiRows.map((m) => ({ ...m, cells: [...m.cells], parts: m.parts.map((p) => p && [...p]) })),
    described: {
      ...read.described,
      lastRowCells: [...read.described.lastRowCells],
      columns: { ...read.described.columns },
    },
  };
}

/**
 * The risks, Step 6 entries and multi-risk rows of one table, risks without an ID numbered from `base`, with the
 * contexts of the table's own cells.
 */
function readTable(layout: TableLayout, model: DocModel, matrix: RiskMatrix, base: number): TableRead {
  const risks: RegisterRisk[] = [];
  const firstRefs: CellRef[] = [];
  const entries: MeasureEntry[] = [];
  const multiRows: MultiRiskRow[] = [];
  const sideways: TableRead["sideways"] = [];
  let continued = 0;
  // The last risk read from this table (stage rows — "Inherent", "Residual", "Score" — add to it).
  let previous: RegisterRisk | undefined;
  // The last risk (or Step 6 entry) read from a row of this table on its own, which a row continuing its merged
  // cells carries on.
  let above: RegisterRisk | undefined;
  let entryAbove: MeasureEntry | undefined;
  for (let r = layout.headerRow + 1; r < layout.table.rows.length; r++) {
    const row = layout.table.rows[r];
    if (isEmptyRow(row) || repeatsHeader(row, layout.table.rows[layout.headerRow])) continue;
    if (layout.assesses && isTemplateRow(layout, row)) continue;
    const anchorRole: ColumnRole = layout.assesses ? "description" : layout.roles.has("id") ? "id" : "description";
    const { perRisk, multi } = splitRow(layout, row, anchorRole);
    if (multi) multiRows.push(multi);
    perRisk.forEach((parts) => {
      if (!layout.assesses) {
        const entry = readEntry(parts, matrix);
        // A Step 6 risk cell merged down over several measures: each row names the risk of the merge.
        if (!multi && entryAbove && !entry.reference && !entry.description && continuesRiskAbove(layout, row)) {
          entry.reference = entryAbove.reference;
          entry.description = entryAbove.description;
        }
        entryAbove = multi ? undefined : entry;
        entries.push(entry);
        return;
      }
      // "Inherent" / "Residual" / "Score" rows under a risk's row hold that risk's values for each stage.
      const stage =
        multi || layout.transposed
          ? undefined
          : stageOfRow(parts.get("description")?.raw, () => otherCells(layout, row), previous);
      if (stage && previous) {
        applyStage(previous, stage, stageValues(parts, matrix), matrix);
        return;
      }
      // One risk, several measures: a row of a combined table that continues the risk's merged cells and scores
      // nothing of its own adds its measure to that risk.
      if (!multi && above && layout.mitigates && !scoresOwn(parts) && continuesRiskAbove(layout, row)) {
        const measure = measureOf(parts, matrix);
        if (hasMeasureContent(measure)) above.measures.push(measure);
        return;
      }
      const risk = readRisk(parts, layout, matrix, base + risks.length - continued, multi !== undefined);
      if (!multi) {
        useSecondOverall(risk, layout, row, matrix);
        useBandWords(risk, layout, row, matrix);
        if (above && continueMergedRisk(risk, above, layout, row)) continued++;
      }
      above = multi ? undefined : risk;
      if (layout.transposed) sideways.push({ risk: risks.length, columnLabel: parts.get("description")?.raw ?? "" });
      risks.push(risk);
      firstRefs.push(firstRefOf(parts));
      previous = risk;
    });
  }
  const read = { risks, firstRefs, entries, multiRows, sideways, continued, described: describeTable(layout, model) };
  // The contexts of the table's own cells (a cell's context reads only the table holding it); addContexts sets the
  // rest. The same as addContexts would set: the read is kept only for the model's own table at this index.
  const index = layout.table.index;
  fillCellContexts(model, risks, [...entries.map((e) => e.measure), ...risks.flatMap((r) => r.measures)], index);
  read.described.lastRowContext = contextFor(model, { table: index, row: read.described.lastRow, cell: 0 });
  for (const m of multiRows) m.context = contextFor(model, { table: index, row: m.row, cell: 0 });
  return read;
}

/** Sets the context of every cell of `risks` and `measures` that has none (only cells of `table` when given). */
function fillCellContexts(
  model: DocModel,
  risks: readonly RegisterRisk[],
  measures: readonly RegisterMeasure[],
  table?: number,
): void {
  const withContext = (cell: RegisterCell | undefined) => {
    if (cell && cell.context === undefined && (table === undefined || cell.ref.table === table))
      cell.context = contextFor(model, cell.ref);
  };
  for (const risk of risks) Object.values(risk.cells).forEach(withContext);
  for (const measure of measures) Object.values(measure.cells).forEach(withContext);
}

/** Fills the context fingerprints that edits built from the register carry (see src/core/context.ts). */
function addContexts(register: RiskRegister, model: DocModel): void {
  fillCellContexts(model, register.risks, [...register.orphanMeasures, ...register.risks.flatMap((r) => r.measures)]);
  for (const t of register.tables ?? [])
    t.lastRowContext ??= contextFor(model, { table: t.table, row: t.lastRow, cell: 0 });
  for (const m of register.multiRows ?? []) m.context ??= contextFor(model, { table: m.table, row: m.row, cell: 0 });
}

/** The texts of a row's cells under no recognised column (a "Stage" column), merged continuations left out. */
function otherCells(layout: TableLayout, row: Row): string[] {
  const placed = new Set(cellsByRole(layout, row).values());
  return row.cells.filter((c) => !placed.has(c) && !c.verticallyMergedContinuation).map((c) => c.text);
}

function stageValues(parts: Map<ColumnRole, RowPart>, matrix: RiskMatrix): StageValues {
  const overall = parts.get("overall") ?? parts.get("residual");
  const cells: StageValues["cells"] = {};
  for (const [axis, part] of [
    ["likelihood", parts.get("likelihood")],
    ["severity", parts.get("severity")],
    ["overall", overall],
  ] as const) {
    const c = registerCell(part);
    if (c) cells[axis] = c;
  }
  const measure = parts.get("measure")?.raw;
  return {
    likelihood: parsePart("likelihood", parts.get("likelihood"), matrix),
    severity: parsePart("severity", parts.get("severity"), matrix),
    overall: parsePart("overall", overall, matrix),
    cells,
    ...(measure ? { measure } : {}),
  };
}

function readRisk(
  parts: Map<ColumnRole, RowPart>,
  layout: TableLayout,
  matrix: RiskMatrix,
  position: number,
  sharesRow: boolean,
): RegisterRisk {
  const description = parts.get("description");
  const idPart = parts.get("id");
  const likelihood = parsePart("likelihood", parts.get("likelihood"), matrix);
  const severity = parsePart("severity", parts.get("severity"), matrix);
  const cells: RegisterRisk["cells"] = {};
  for (const role of ["description", "likelihood", "severity", "overall", "id"] as const) {
    const c = registerCell(parts.get(role));
    if (c) cells[role] = c;
  }
  const id = (idPart?.raw.trim() || (description && leadingId(description.raw))) ?? String(position + 1);
  const measures: RegisterMeasure[] = [];
  if (layout.mitigates) {
    const m = measureOf(parts, matrix);
    if (hasMeasureContent(m)) measures.push(m);
  }
  return {
    id: id || String(position + 1),
    description: description ? withoutMarker(description.raw) : "",
    likelihood,
    severity,
    overall: parsePart("overall", parts.get("overall"), matrix),
    computed:
      likelihood.state === "value" && severity.state === "value"
        ? overallFor(matrix, likelihood.id, severity.id)
        : null,
    measures,
    cells,
    sharesRow,
    // Set from firstRefOf(parts) by the register: sections are the document's, not the table's.
    section: "",
  };
}

/** The cell a risk's section is taken from: its description, else its ID, else its first cell. */
function firstRefOf(parts: Map<ColumnRole, RowPart>): CellRef {
  return (parts.get("description") ?? parts.get("id") ?? [...parts.values()][0]).cell.ref;
}

/** Whether the row's cell under `role`'s column continues a vertical merge from the row above (w:vMerge). */
function continuesMerge(layout: TableLayout, row: Row, role: ColumnRole): boolean {
  const column = layout.roles.get(role);
  if (!column) return false;
  const g = gridCells(row).find((x) => x.start >= column.start && x.start < column.start + column.span);
  return g?.cell.verticallyMergedContinuation === true;
}

/** The row's cells naming the risk (its ID and description columns, those the table has) continue the row above. */
function continuesRiskAbove(layout: TableLayout, row: Row): boolean {
  const naming = (["id", "description"] as const).filter((role) => layout.roles.has(role));
  return naming.length > 0 && naming.every((role) => continuesMerge(layout, row, role));
}

/** Whether the row scores a risk itself (a likelihood, severity or overall of its own, not merged from above). */
function scoresOwn(parts: Map<ColumnRole, RowPart>): boolean {
  return (["likelihood", "severity", "overall"] as const).some((role) => parts.get(role)?.raw);
}

/**
 * A risk whose ID and description cells are merged down over several rows (w:vMerge), each row scored on its own: the
 * rows below the first hold no ID or description of their own (the merge's continuation cells are empty), yet they
 * assess the same risk. They take the ID and description of the risk above, so messages name the risk the reader sees
 * and Step 6 measures naming it link to every row of it, instead of a number counted from the top that may collide with
 * another risk's ID ("2" beside "R2").
 */
function continueMergedRisk(risk: RegisterRisk, above: RegisterRisk, layout: TableLayout, row: Row): boolean {
  const description = continuesMerge(layout, row, "description");
  if (description && !risk.cells.description) risk.description = above.description;
  // Without an ID column the ID was a count (or taken from the description): it follows the merged description.
  const id = (layout.roles.has("id") ? continuesMerge(layout, row, "id") : description) && !risk.cells.id;
  if (id) risk.id = above.id;
  return id;
}

/**
 * "Score | Rating": the number may agree with likelihood × severity while the band word beside it does not (10 is
 * High, written Moderate). The column that disagrees with the matrix is the overall checked; when both agree, or the
 * second holds no level, the first stays.
 */
function useSecondOverall(risk: RegisterRisk, layout: TableLayout, row: Row, matrix: RiskMatrix): void {
  if (!layout.secondOverall || !risk.computed) return;
  if (risk.overall.state === "value" && risk.overall.id !== risk.computed) return;
  const cell = cellUnder(row, layout.secondOverall);
  if (!cell) return;
  const part: RowPart = { cell, raw: cell.text.trim(), paired: true };
  const parsed = parsePart("overall", part, matrix);
  if (parsed.state !== "value" || parsed.id === risk.computed) return;
  risk.overall = parsed;
  const registered = registerCell(part);
  if (registered) risk.cells.overall = registered;
}

/**
 * "Residual | Level" (12.6 | HIGH): a number the matrix cannot place, with the document's own band written beside
 * it. The band word is the value read; the number's cell stays the one pointed at.
 */
function useBandWords(risk: RegisterRisk, layout: TableLayout, row: Row, matrix: RiskMatrix): void {
  const bandOf = (role: "overall" | "residual", value: ParsedValue): ParsedValue | undefined => {
    const column = layout.bandColumns?.[role];
    if (!column || !/^\s*\d+(?:[.,]\d+)?\s*$/.test(value.raw)) return undefined;
    const cell = cellUnder(row, column);
    if (!cell) return undefined;
    const parsed = parsePart(role, { cell, raw: cell.text.trim(), paired: true }, matrix);
    return parsed.state === "value" ? { ...parsed, raw: value.raw } : undefined;
  };
  const overall = bandOf("overall", risk.overall);
  if (overall) risk.overall = overall;
  for (const measure of risk.measures) {
    const residual = bandOf("residual", measure.residual);
    if (residual) measure.residual = residual;
  }
}

function readEntry(parts: Map<ColumnRole, RowPart>, matrix: RiskMatrix): MeasureEntry {
  const measure = measureOf(parts, matrix);
  const riskPart = parts.get("id") ?? parts.get("description");
  const reference = parts.get("id")?.raw ?? "";
  const description = parts.get("description")?.raw ?? "";
  if (riskPart) measure.cells.risk = registerCell(riskPart);
  return {
    measure,
    reference,
    description,
    hasContent: hasMeasureContent(measure) || reference.trim() !== "" || description.trim() !== "",
  };
}

/** "(risk 1)", "(R1, R12)", "(risks 2 and 3)": a sentence or heading naming the risks it treats. */
const RISK_REFERENCE = /\((?:risks?\s*|r\s?)(\d{1,3}(?:\s*(?:,|and|&|\/)\s*(?:risks?\s*|r\s?)?\d{1,3})*)\)/gi;

/**
 * Measures written as prose rather than in a Step 6 table: a paragraph or heading that names the risks it treats
 * ("Logs deleted after 90 days (risk 2).", "Measures against re-identification (R1, R12)"). The risk then has a
 * measure, though no cell holds it, so nothing is ever written back there.
 */
function linkWrittenMeasures(model: DocModel, risks: RegisterRisk[], matrix: RiskMatrix): void {
  if (!risks.length) return;
  const byId = new Map<string, RegisterRisk[]>();
  for (const risk of risks) byId.set(normaliseRiskId(risk.id), [...(byId.get(normaliseRiskId(risk.id)) ?? []), risk]);
  const blank = parseLevel("effect", "", matrix);
  for (const paragraph of model.paragraphs) {
    if (paragraph.tableNestingLevel > 0 || !/\(\s*(?:risks?|r)\s?\d/i.test(paragraph.text)) continue;
    for (const m of paragraph.text.matchAll(RISK_REFERENCE)) {
      for (const id of m[1].split(/\s*(?:,|and|&|\/)\s*/i).map((id) => normaliseRiskId(id))) {
        for (const risk of byId.get(id) ?? []) {
          if (risk.measures.some((x) => x.description === paragraph.text.trim())) continue;
          risk.measures.push({
            description: paragraph.text.trim(),
            effect: blank,
            residual: blank,
            approved: blank,
            cells: {},
          });
        }
      }
    }
  }
}

/** Headings of sections that hold measures ("Mitigation Strategies:", "Controls", "Measures to reduce risk"). */
const MEASURE_HEADING = /\b(?:mitigat\w*|measures?|controls?|safeguards?|treatment)\b/i;

/**
 * A risk set out in a section of its own ("RISK 1: …" with its assessment table), whose measures sit under a sibling
 * heading in the same section ("Mitigation Strategies:" followed by the measures). Only when the section holds one
 * risk table, so a measure is never given to a risk it does not sit with.
 */
function linkMeasureSections(model: DocModel, layouts: TableLayout[], risks: RegisterRisk[], matrix: RiskMatrix): void {
  // Only risks still without a written measure are looked for, each table's risks found once (no pass per table).
  const waiting = new Map<number, RegisterRisk[]>();
  for (const risk of risks) {
    if (risk.measures.some((m) => m.description.trim())) continue;
    const ref = risk.cells.likelihood?.ref ?? risk.cells.severity?.ref ?? risk.cells.description?.ref;
    if (ref) waiting.set(ref.table, [...(waiting.get(ref.table) ?? []), risk]);
  }
  if (!waiting.size) return;
  const assessOnly = new Set(layouts.filter((l) => l.assesses && !l.mitigates).map((l) => l.table.index));
  const blockOfTable = new Map<number, number>();
  model.blocks.forEach((b, i) => b.kind === "table" && blockOfTable.set(b.table.index, i));
  const levelAt = (i: number) => {
    const b = model.blocks[i];
    return b?.kind === "paragraph" && b.paragraph.text.trim() ? b.paragraph.headingLevel : 0;
  };
  const blank = parseLevel("effect", "", matrix);
  for (const [tableIndex, tableRisks] of waiting) {
    const start = blockOfTable.get(tableIndex);
    if (start === undefined) continue;
    // The table's own heading, then the heading above it: the risk's section.
    let own = start - 1;
    while (own >= 0 && levelAt(own) === 0) own--;
    if (own < 0) continue;
    let parent = own - 1;
    while (parent >= 0 && !(levelAt(parent) > 0 && levelAt(parent) < levelAt(own))) parent--;
    if (parent < 0) continue;
    const level = levelAt(parent);
    let end = parent + 1;
    let riskTables = 0;
    let measureHeading = -1;
    for (; end < model.blocks.length && !(levelAt(end) > 0 && levelAt(end) <= level); end++) {
      const b = model.blocks[end];
      if (b.kind === "table" && assessOnly.has(b.table.index)) riskTables++;
      if (
        measureHeading < 0 &&
        b.kind === "paragraph" &&
        b.paragraph.headingLevel > 0 &&
        MEASURE_HEADING.test(b.paragraph.text)
      )
        measureHeading = end;
    }
    if (riskTables !== 1 || measureHeading < 0) continue;
    const first = model.blocks
      .slice(measureHeading + 1, end)
      .find((b) => b.kind === "paragraph" && b.paragraph.text.trim() && b.paragraph.headingLevel === 0);
    if (!first || first.kind !== "paragraph") continue;
    for (const risk of tableRisks)
      risk.measures.push({
        description: first.paragraph.text.trim(),
        effect: blank,
        residual: blank,
        approved: blank,
        cells: {},
      });
  }
}
