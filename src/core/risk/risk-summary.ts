import { RISK_SUMMARY_TAG, type ShadeLevel, type TableSpec, type UpsertTaggedBlockEdit } from "../edits";
import { inherentLevel, levelFor, levelText, shortDescription } from "./check-helpers";
import { isHighLevel, overallRank } from "./matrices";
import type { Level, ParsedValue, RegisterMeasure, RegisterRisk, RiskMatrix, RiskRegister } from "./types";
import { levelsFor, type Axis } from "./vocabulary";

/**
 * The computed risk summary written after Step 6: one row per risk with the inherent risk computed
 * from the matrix, heat maps of counts before and after measures, and a line naming the matrix and
 * date. Tagged, so a second run replaces it. Every shaded cell also carries the level's word, so it
 * reads in black-and-white print and for colour-blind readers.
 */

export const SUMMARY_TITLE = "Risk summary (computed by DPIA Assist)";
const NOT_SET = "not set";
const DESCRIPTION_LENGTH = 80;

/** Shade of a level by its place on its axis: lowest green, highest (or "high" and above) red, amber between. */
export function shadeOf(axis: Axis, matrix: RiskMatrix, id: string | null): ShadeLevel | null {
  if (!id) return null;
  const levels = levelsFor(axis, matrix);
  const level = levels.find((l) => l.id === id);
  if (!level || axis === "effect" || axis === "approved") return null;
  if (axis === "overall" || axis === "residual") {
    if (isHighLevel(matrix, id)) return "high";
    return overallRank(matrix, id) === 0 ? "low" : "medium";
  }
  const position = levels.length > 1 ? level.rank / (levels.length - 1) : 0;
  return position < 1 / 3 ? "low" : position > 2 / 3 ? "high" : "medium";
}

function valueText(axis: Axis, matrix: RiskMatrix, value: ParsedValue): string {
  if (value.state === "value") {
    const level = levelFor(axis, matrix, value.id);
    return level ? levelText(level) : value.id;
  }
  if (value.state === "invalid") return `"${value.raw.replace(/\s+/g, " ").trim()}" (not understood)`;
  return NOT_SET;
}

/** Residual after measures: the highest residual stated; the inherent level when no measure exists. */
export function residualOf(risk: RegisterRisk, matrix: RiskMatrix): string | null {
  const stated = risk.measures
    .map((m) => m.residual)
    .filter((v): v is Extract<ParsedValue, { state: "value" }> => v.state === "value");
  if (stated.length)
    return stated.map((v) => v.id).reduce((a, b) => (overallRank(matrix, b) > overallRank(matrix, a) ? b : a));
  return risk.measures.some((m) => m.description.trim()) ? null : inherentLevel(risk);
}

function joinMeasures(measures: RegisterMeasure[], pick: (m: RegisterMeasure) => string): string {
  const parts = measures.map(pick).filter(Boolean);
  return parts.length ? parts.join("; ") : "none";
}

function inherentText(risk: RegisterRisk, matrix: RiskMatrix): string {
  if (!risk.computed) return NOT_SET;
  const text = levelText(levelFor("overall", matrix, risk.computed) ?? ({ id: risk.computed } as Level));
  // A stated value that disagrees is shown beside the computed one, so the summary explains itself.
  if (risk.overall.state === "value" && risk.overall.id !== risk.computed)
    return `${text} (stated: ${risk.overall.raw.trim()})`;
  return text;
}

function riskRow(risk: RegisterRisk, matrix: RiskMatrix): { values: string[]; shading: (ShadeLevel | null)[] } {
  const residual = residualOf(risk, matrix);
  const measures = risk.measures.filter((m) => m.description.trim());
  const residualText = residual
    ? levelText(levelFor("residual", matrix, residual) ?? ({ id: residual } as Level))
    : NOT_SET;
  return {
    values: [
      risk.id,
      shortDescription(risk.description, DESCRIPTION_LENGTH) || "(no description)",
      valueText("likelihood", matrix, risk.likelihood),
      valueText("severity", matrix, risk.severity),
      inherentText(risk, matrix),
      joinMeasures(measures, (m) => shortDescription(m.description, DESCRIPTION_LENGTH)),
      joinMeasures(measures, (m) => valueText("effect", matrix, m.effect)),
      measures.length || residual ? residualText : NOT_SET,
      joinMeasures(measures, (m) => valueText("approved", matrix, m.approved)),
    ],
    shading: [
      null,
      null,
      shadeOf("likelihood", matrix, risk.likelihood.state === "value" ? risk.likelihood.id : null),
      shadeOf("severity", matrix, risk.severity.state === "value" ? risk.severity.id : null),
      shadeOf("overall", matrix, risk.computed),
      null,
      null,
      shadeOf("residual", matrix, residual),
      null,
    ],
  };
}

const HEADER = [
  "ID",
  "Risk",
  "Likelihood",
  "Severity",
  "Inherent risk (computed)",
  "Measures",
  "Effect",
  "Residual risk",
  "Approved",
];

/** Likelihood × severity grid of risk counts (before measures), each cell shaded and labelled with its matrix level. */
export function heatMap(register: RiskRegister, matrix: RiskMatrix): TableSpec {
  const severities = [...matrix.severity].reverse();
  const values: string[][] = [["Severity \\ Likelihood", ...matrix.likelihood.map(levelText)]];
  const shading: (ShadeLevel | null)[][] = [values[0].map(() => null)];
  for (const s of severities) {
    const row = [levelText(s)];
    const shades: (ShadeLevel | null)[] = [null];
    for (const l of matrix.likelihood) {
      const level = matrix.grid[s.rank][l.rank];
      const count = register.risks.filter(
        (r) =>
          r.likelihood.state === "value" &&
          r.likelihood.id === l.id &&
          r.severity.state === "value" &&
          r.severity.id === s.id,
      ).length;
      row.push(`${count} (${levelText(levelFor("overall", matrix, level) ?? ({ id: level } as Level))})`);
      shades.push(shadeOf("overall", matrix, level));
    }
    values.push(row);
    shading.push(shades);
  }
  return {
    values,
    shading,
    before: ["Risks by likelihood and severity, before measures (count, and the matrix level of the cell):"],
  };
}

/** Counts of risks at each level before (Step 5, computed) and after (Step 6 residual) measures. */
export function levelCounts(register: RiskRegister, matrix: RiskMatrix): TableSpec {
  const values: string[][] = [["Risk level", "Before measures", "After measures"]];
  const shading: (ShadeLevel | null)[][] = [[null, null, null]];
  for (const level of [...matrix.overall].reverse()) {
    const before = register.risks.filter((r) => r.computed === level.id).length;
    const after = register.risks.filter((r) => residualOf(r, matrix) === level.id).length;
    values.push([levelText(level), String(before), String(after)]);
    const shade = shadeOf("overall", matrix, level.id);
    shading.push([shade, shade, shade]);
  }
  const unscoredBefore = register.risks.filter((r) => !r.computed).length;
  const unscoredAfter = register.risks.filter((r) => !residualOf(r, matrix)).length;
  if (unscoredBefore || unscoredAfter) {
    values.push(["Not scored", String(unscoredBefore), String(unscoredAfter)]);
    shading.push([null, null, null]);
  }
  return { values, shading, before: ["Risks at each level before and after measures:"] };
}

/** The summary block, anchored after the Step 6 table (or the last risk table when there is no Step 6), else at the selection. */
export function buildRiskSummary(register: RiskRegister, matrix: RiskMatrix, today: string): UpsertTaggedBlockEdit {
  const rows = register.risks.map((r) => riskRow(r, matrix));
  const main: TableSpec = {
    values: [HEADER, ...rows.map((r) => r.values)],
    shading: [HEADER.map(() => null), ...rows.map((r) => r.shading)],
    before: ["One row per Step 5 risk; the inherent risk is computed from its likelihood and severity."],
  };
  if (!rows.length) main.values.push(["", "No risks were found in the Step 5 table.", "", "", "", "", "", "", ""]);
  if (!rows.length) main.shading?.push(HEADER.map(() => null));
  const counts = levelCounts(register, matrix);
  counts.after = [
    `Computed with the ${matrix.name} matrix on ${today}. Levels are shown as words as well as colours. This summary is replaced each time it is computed; the Step 5 and Step 6 tables are the record.`,
  ];
  const tables = register.tables ?? [];
  const step6 =
    [...tables].reverse().find((t) => t.kind === "mitigate") ??
    [...tables].reverse().find((t) => t.kind !== "mitigate");
  const anchorRef = step6 ? { table: step6.table, row: 0, cell: 0 } : undefined;
  return {
    kind: "upsert-tagged-block",
    tag: RISK_SUMMARY_TAG,
    title: SUMMARY_TITLE,
    tables: [main, heatMap(register, matrix), counts],
    anchor: anchorRef ?? "selection",
    expected: step6 ? step6.firstCellText : "",
  };
}
