import { isStageLabel, stageIn } from "../detect/risk-stage";
import { parseLevel, type ParsedValue } from "../detect/risk-values";
import type { DocModel } from "../model";
import type { TableLayout } from "../templates/risk-columns";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import type { RiskStage } from "../vocabulary/risk-stages";
import { overallFor } from "./matrices";
import type { RegisterCell, RegisterMeasure, RegisterRisk } from "./types";

/**
 * Registers that score each risk twice, before and after its measures, are one risk with inherent and residual values,
 * never two risks (and never a risk named "Score"). Two shapes, told apart by structure and the stage words of
 * src/core/vocabulary/risk-stages:
 * - rows of a register across: a risk's row, then rows labelled "Inherent" / "Residual" / "Score" (in its risk cell,
 *   or a "Stage" column under a merged risk cell) holding that risk's values for each stage;
 * - small sideways scoring tables whose value column is headed by a stage or score word, set out under a heading that
 *   names the risk ("Risk 1: …" › "Assessment" table, "Residual risk (after mitigation)" table).
 */

/** A stage row of a register read across, or undefined when the row is a risk of its own. */
export function stageOfRow(
  description: string | undefined,
  otherCells: () => string[],
  previous: RegisterRisk | undefined,
): RiskStage | "score" | undefined {
  if (!previous) return undefined;
  const label = (text: string): RiskStage | "score" | undefined =>
    isStageLabel(text) ? (stageIn(text) ?? "score") : undefined;
  const own = description?.trim() ? label(description) : undefined;
  if (own) return own;
  // A "Stage" column beside a merged (continued) or repeated risk cell.
  const sameRisk = !description?.trim() || sameText(description, previous.description);
  if (!sameRisk) return undefined;
  const stages = otherCells()
    .map(label)
    .filter((s) => s !== undefined);
  return stages.length === 1 ? stages[0] : undefined;
}

function sameText(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) !== "" && norm(a) === norm(b);
}

/** Values of a stage row, by axis, with the cells they were read from. */
export interface StageValues {
  likelihood: ParsedValue;
  severity: ParsedValue;
  overall: ParsedValue;
  cells: Partial<Record<"likelihood" | "severity" | "overall", RegisterCell>>;
  /** The measure written on a residual row, if the register has a measure column. */
  measure?: string;
}

/**
 * Gives a stage row's values to the risk above it: a residual stage becomes a measure's residual level (its stated
 * level, or its likelihood × severity on the matrix when the row states none); an inherent or score row fills what
 * the risk's own row left blank.
 */
export function applyStage(risk: RegisterRisk, stage: RiskStage | "score", values: StageValues, matrix: RiskMatrix) {
  if (stage === "residual") {
    risk.measures.push(residualMeasure(values, matrix));
    return;
  }
  // A "Score" / "Rating" row gives its values to a risk row that has none; under a scored risk (a "Total score" row
  // at the foot of a register) it is no risk either, and is left unread.
  const scored = risk.likelihood.state !== "blank" || risk.severity.state !== "blank" || risk.overall.state !== "blank";
  if (stage === "score" && scored) return;
  for (const axis of ["likelihood", "severity", "overall"] as const) {
    if (risk[axis].state !== "blank" || values[axis].state === "blank") continue;
    risk[axis] = values[axis];
    const cell = values.cells[axis];
    if (cell) risk.cells[axis] = cell;
  }
  risk.computed =
    risk.likelihood.state === "value" && risk.severity.state === "value"
      ? overallFor(matrix, risk.likelihood.id, risk.severity.id)
      : null;
}

function residualMeasure(values: StageValues, matrix: RiskMatrix): RegisterMeasure {
  const blank = parseLevel("effect", "", matrix);
  let residual: ParsedValue = values.overall.state === "blank" ? blank : reread(values.overall, matrix);
  if (residual.state === "blank" && values.likelihood.state === "value" && values.severity.state === "value") {
    const level = overallFor(matrix, values.likelihood.id, values.severity.id);
    if (level) residual = { state: "value", id: level, raw: "" };
  }
  const cells: RegisterMeasure["cells"] = {};
  if (values.cells.overall) cells.residual = values.cells.overall;
  return { description: values.measure ?? "", effect: blank, residual, approved: blank, cells };
}

/** A value read on the overall axis, read again as a residual level (the same words; kept when already read). */
function reread(value: ParsedValue, matrix: RiskMatrix): ParsedValue {
  const again = parseLevel("residual", value.raw, matrix);
  return again.state === "value" || value.state !== "value" ? again : value;
}

/** A risk read from one sideways table, with what is needed to pair it with its other stage. */
export interface SidewaysRisk {
  risk: RegisterRisk;
  layout: TableLayout;
  /** The text heading its value column ("Score", "Inherent", "Residual"). */
  columnLabel: string;
}

/**
 * Pairs the risks of sideways scoring tables whose value columns are headed by stage or score words: under one
 * heading naming the risk, the inherent table is the risk (named by the heading) and the residual one its residual
 * level. Returns the risks that are stages of another (to be dropped from the register). Ambiguous groups (two
 * inherent tables under one heading, no heading) are left as they were read.
 */
export function pairSidewaysStages(model: DocModel, sideways: SidewaysRisk[], matrix: RiskMatrix): Set<RegisterRisk> {
  const dropped = new Set<RegisterRisk>();
  const groups = new Map<number, { risk: SidewaysRisk; stage: RiskStage }[]>();
  const blockOfTable = new Map<number, number>();
  model.blocks.forEach((b, i) => b.kind === "table" && blockOfTable.set(b.table.index, i));
  for (const s of sideways) {
    if (!isStageLabel(s.columnLabel)) continue;
    const block = blockOfTable.get(s.layout.table.index);
    if (block === undefined) continue;
    const own = headingAbove(model, block, () => true);
    const naming = headingAbove(model, block, (text) => !isStageLabel(text));
    if (naming === undefined) continue;
    const stage = stageOfTable(s, own !== undefined ? headingText(model, own) : "");
    groups.set(naming, [...(groups.get(naming) ?? []), { risk: s, stage }]);
  }
  for (const [heading, members] of groups) {
    const inherent = members.filter((m) => m.stage === "inherent");
    const residual = members.filter((m) => m.stage === "residual");
    const main =
      inherent.length === 1 ? inherent[0] : inherent.length === 0 && residual.length === 1 ? residual[0] : undefined;
    if (!main) continue;
    nameFromHeading(main.risk.risk, headingText(model, heading));
    for (const r of residual) {
      if (r === main) continue;
      main.risk.risk.measures.push(...residualOf(r.risk.risk, matrix));
      dropped.add(r.risk.risk);
    }
  }
  return dropped;
}

/** The stage of a sideways table: its column label's, else its value labels' ("with mitigation"), else its heading's. */
function stageOfTable(s: SidewaysRisk, ownHeading: string): RiskStage {
  const byColumn = stageIn(s.columnLabel);
  if (byColumn) return byColumn;
  const { roles } = s.layout;
  if (roles.has("residual") && !roles.has("overall")) return "residual";
  const labels = s.layout.table.rows[s.layout.headerRow]?.cells.map((c) => stageIn(c.text)) ?? [];
  const named = new Set(labels.filter((x) => x !== undefined));
  if (named.size === 1) return [...named][0];
  return stageIn(ownHeading) ?? "inherent";
}

/** The residual level(s) a residual-stage risk states: its measures' residuals, else its overall read as residual. */
function residualOf(risk: RegisterRisk, matrix: RiskMatrix): RegisterMeasure[] {
  const stated = risk.measures.filter((m) => m.residual.state !== "blank");
  if (stated.length) return stated;
  return [
    residualMeasure(
      {
        likelihood: risk.likelihood,
        severity: risk.severity,
        overall: risk.overall,
        cells: { ...(risk.cells.overall ? { overall: risk.cells.overall } : {}) },
      },
      matrix,
    ),
  ];
}

/** "Risk 1: Employer identification" → id "1", description "Employer identification". */
function nameFromHeading(risk: RegisterRisk, heading: string): void {
  const text = heading.replace(/[\s:]+$/, "").trim();
  const m = /^\s*(?:risk\s*|r)?(\d{1,3}(?:\.\d{1,3})*)(?:\s*[:.)–-]\s*|\s+|$)(.*)$/i.exec(text);
  risk.id = m ? m[1] : risk.id;
  risk.description = (m ? m[2] : text).trim() || text;
  delete risk.cells.description;
}

/**
 * Block index of the first heading in the chain above `block` (its own heading, then each heading of a higher level)
 * whose text passes `accept`, if any.
 */
function headingAbove(model: DocModel, block: number, accept: (text: string) => boolean): number | undefined {
  let below = Infinity;
  for (let i = block - 1; i >= 0; i--) {
    const b = model.blocks[i];
    if (b.kind !== "paragraph" || b.paragraph.headingLevel === 0 || !b.paragraph.text.trim()) continue;
    if (b.paragraph.headingLevel >= below) continue;
    if (accept(b.paragraph.text)) return i;
    below = b.paragraph.headingLevel;
  }
  return undefined;
}

function headingText(model: DocModel, block: number): string {
  const b = model.blocks[block];
  return b.kind === "paragraph" ? b.paragraph.text : "";
}
