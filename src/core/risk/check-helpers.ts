import type { GuidedAnswer, SlotType } from "../report";
import { memoText } from "../detect/text";
import { overallRank } from "./matrices";
import { type Level, levelsFor, type Axis } from "../vocabulary/risk-levels";
import type { ParsedValue } from "../detect/risk-values";
import type { RegisterCell, RegisterMeasure, RegisterRisk, RiskRegister } from "./types";
import type { RiskMatrix } from "../vocabulary/risk-matrices";

/** Shared by the risk checks (no check imports another): wording of levels, guided answers, measure lists. */

export const ICO_DPIA_GUIDANCE =
  "ICO guidance: Data protection impact assessments (How do we carry out a DPIA? Step 5–6)";

/** The word written into a document for a level: "Possible", "Almost certain", "Yes". */
export function levelText(level: Level): string {
  return level.id.charAt(0).toUpperCase() + level.id.slice(1);
}

export function levelFor(axis: Axis, matrix: RiskMatrix, id: string): Level | undefined {
  return levelsFor(axis, matrix).find((l) => l.id === id);
}

/** One guided answer per level of an axis, with its definition as the reason. */
export function levelAnswers(axis: Axis, matrix: RiskMatrix): GuidedAnswer[] {
  return levelsFor(axis, matrix).map((level) => ({
    label: level.label,
    text: levelText(level),
    why: level.definition,
    citation: axis === "effect" || axis === "approved" ? ICO_DPIA_GUIDANCE : `${matrix.name}; ${ICO_DPIA_GUIDANCE}`,
  }));
}

export function slotFor(axis: Axis): SlotType {
  return axis;
}

export interface MeasureWithRisks {
  readonly measure: RegisterMeasure;
  readonly risks: readonly RegisterRisk[];
}

const measuresOf = new WeakMap<RiskRegister, readonly MeasureWithRisks[]>();

/**
 * Every distinct measure (one Step 6 row linked to two risks is one measure), with the risks it serves. Worked out
 * once per register (nine checks ask) and shared, so read-only.
 */
export function allMeasures(register: RiskRegister): readonly MeasureWithRisks[] {
  const known = measuresOf.get(register);
  if (known) return known;
  const out = new Map<RegisterMeasure, RegisterRisk[]>();
  for (const risk of register.risks)
    for (const m of risk.measures) {
      const risks = out.get(m);
      if (risks) risks.push(risk);
      else out.set(m, [risk]);
    }
  for (const m of register.orphanMeasures) if (!out.has(m)) out.set(m, []);
  const measures = Object.freeze([...out].map(([measure, risks]) => Object.freeze({ measure, risks })));
  measuresOf.set(register, measures);
  return measures;
}

/** The inherent (Step 5) level: computed from the matrix, else the stated overall risk; null when neither. */
export function inherentLevel(risk: RegisterRisk): string | null {
  if (risk.computed) return risk.computed;
  return risk.overall.state === "value" ? risk.overall.id : null;
}

export function valueId(value: ParsedValue): string | null {
  return value.state === "value" ? value.id : null;
}

export function isAbove(matrix: RiskMatrix, a: string, b: string): boolean {
  return overallRank(matrix, a) > overallRank(matrix, b);
}

/** "1" or "1 (Server is stolen)": how a finding names a risk. */
/** A description shortened for a risk's name: asked of the same descriptions at every analysis. */
const nameDescription = memoText((text: string) => shortDescription(text, 60));

export function riskName(risk: RegisterRisk): string {
  const short = nameDescription(risk.description);
  return short ? `${risk.id} (${short})` : risk.id;
}

export function shortDescription(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Names of the risks a measure serves, for messages ("2, 3"), or "unlinked" for an orphan row. */
export function measureRiskNames(risks: readonly RegisterRisk[]): string {
  return risks.length ? risks.map((r) => r.id).join(", ") : "not linked to a Step 5 risk";
}

/** A measure named by its risks for a one-line label ("Risk 2", "Risk 1, 3"), or as a measure of no risk. */
export function measureSubject(risks: readonly RegisterRisk[]): string {
  return risks.length ? `Risk ${risks.map((r) => r.id).join(", ")}` : "Unlinked measure";
}

/**
 * What a guided answer replaces for a register cell: this risk's part (with which occurrence of equal
 * text, e.g. the third of four identical option lists) or the cell's whole text.
 */
export function answerTarget(cell: RegisterCell): { target: string; occurrence?: number } {
  if (cell.offset === undefined || !cell.raw) return { target: cell.raw };
  let occurrence = 0;
  for (
    let at = cell.expected.indexOf(cell.raw);
    at >= 0 && at < cell.offset;
    at = cell.expected.indexOf(cell.raw, at + 1)
  )
    occurrence++;
  return occurrence ? { target: cell.raw, occurrence } : { target: cell.raw };
}
