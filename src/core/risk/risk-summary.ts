import { RISK_SUMMARY_TAG, type ShadeLevel, type TableSpec, type UpsertTaggedBlockEdit } from "../edits";
import { inherentLevel, levelFor, levelText, shortDescription } from "./check-helpers";
import { isHighLevel, overallRank } from "./matrices";
import type { DocModel } from "../model";
import { type Level, levelsFor, type Axis } from "../vocabulary/risk-levels";
import type { ParsedValue } from "../detect/risk-values";
import type { RegisterMeasure, RegisterRisk, RiskRegister } from "./types";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import { A4_TEXT_WIDTH, compactColumns, fitColumns, SUMMARY_FONT_SIZE } from "./summary-layout";

/**
 * The computed risk summary written after Step 6: a one-line caption naming the matrix and date, one row per risk
 * with the inherent risk computed from the matrix, a compact heat map of counts (level as shading, with a legend) and
 * the counts at each level before and after measures. Tagged, so a second run replaces it. Every shaded cell of the
 * risk table and the counts also carries the level's word, so it reads in black-and-white print and for
 * colour-blind readers.
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

interface RiskCells {
  id: string;
  description: string;
  likelihood: string;
  severity: string;
  inherent: string;
  measures: string;
  effect: string;
  residual: string;
  approved: string;
  shade: {
    likelihood: ShadeLevel | null;
    severity: ShadeLevel | null;
    inherent: ShadeLevel | null;
    residual: ShadeLevel | null;
  };
  /** Each measure with its effect and approval, for the layouts that put measures under the description. */
  measureLines: string[];
}

function riskCells(risk: RegisterRisk, matrix: RiskMatrix): RiskCells {
  const residual = residualOf(risk, matrix);
  const measures = risk.measures.filter((m) => m.description.trim());
  const residualText = residual
    ? levelText(levelFor("residual", matrix, residual) ?? ({ id: residual } as Level))
    : NOT_SET;
  return {
    id: risk.id,
    description: shortDescription(risk.description, DESCRIPTION_LENGTH) || "(no description)",
    likelihood: valueText("likelihood", matrix, risk.likelihood),
    severity: valueText("severity", matrix, risk.severity),
    inherent: inherentText(risk, matrix),
    measures: joinMeasures(measures, (m) => shortDescription(m.description, DESCRIPTION_LENGTH)),
    effect: joinMeasures(measures, (m) => valueText("effect", matrix, m.effect)),
    residual: measures.length || residual ? residualText : NOT_SET,
    approved: joinMeasures(measures, (m) => valueText("approved", matrix, m.approved)),
    shade: {
      likelihood: shadeOf("likelihood", matrix, risk.likelihood.state === "value" ? risk.likelihood.id : null),
      severity: shadeOf("severity", matrix, risk.severity.state === "value" ? risk.severity.id : null),
      inherent: shadeOf("overall", matrix, risk.computed),
      residual: shadeOf("residual", matrix, residual),
    },
    measureLines: measures.map(
      (m) =>
        `${shortDescription(m.description, DESCRIPTION_LENGTH)} (effect: ${valueText("effect", matrix, m.effect)}; approved: ${valueText("approved", matrix, m.approved)})`,
    ),
  };
}

/**
 * The risk table's layouts, widest first: nine columns; measures, effect and approval under the description; then
 * likelihood and severity beside the inherent level too. The first whose columns fit without breaking a word is used.
 */
interface Layout {
  header: string[];
  row: (c: RiskCells) => { values: string[]; shading: (ShadeLevel | null)[] };
  grow: number[];
  oneLine: number[];
}

const underDescription = (c: RiskCells) =>
  `${c.description}\nMeasures: ${c.measureLines.length ? c.measureLines.join("; ") : "none"}.`;

const LAYOUTS: Layout[] = [
  {
    header: [
      "ID",
      "Risk",
      "Likelihood",
      "Severity",
      "Inherent risk",
      "Measures",
      "Effect",
      "Residual risk",
      "Approved",
    ],
    row: (c) => ({
      values: [c.id, c.description, c.likelihood, c.severity, c.inherent, c.measures, c.effect, c.residual, c.approved],
      shading: [null, null, c.shade.likelihood, c.shade.severity, c.shade.inherent, null, null, c.shade.residual, null],
    }),
    grow: [1, 5],
    oneLine: [0, 2, 3, 4, 7],
  },
  {
    header: ["ID", "Risk and measures", "Likelihood", "Severity", "Inherent risk", "Residual risk"],
    row: (c) => ({
      values: [c.id, underDescription(c), c.likelihood, c.severity, c.inherent, c.residual],
      shading: [null, null, c.shade.likelihood, c.shade.severity, c.shade.inherent, c.shade.residual],
    }),
    grow: [1],
    oneLine: [0, 2, 3, 4, 5],
  },
  {
    header: ["ID", "Risk and measures", "Inherent risk", "Residual risk"],
    row: (c) => ({
      values: [c.id, underDescription(c), `${c.inherent} (${c.likelihood} × ${c.severity})`, c.residual],
      shading: [null, null, c.shade.inherent, c.shade.residual],
    }),
    grow: [1],
    oneLine: [0, 3],
  },
];

/** Where and how large the summary is laid out: the document's text width and the font size. */
export interface SummaryLayout {
  textWidth?: number;
  fontSize?: number;
}

/** What the caller knows of the document: its model gives the heading nearest above the summary. */
export interface SummaryOptions extends SummaryLayout {
  model?: DocModel;
}

/** Text of the nearest heading above table `table` (body order), or undefined when none precedes it. */
export function headingAbove(model: DocModel, table: number): string | undefined {
  const at = model.blocks.findIndex((b) => b.kind === "table" && b.table.index === table);
  for (let i = at - 1; i >= 0; i--) {
    const block = model.blocks[i];
    if (block.kind === "paragraph" && block.paragraph.headingLevel > 0 && block.paragraph.text.trim())
      return block.paragraph.text.trim();
  }
  return undefined;
}

/** The main table in the widest layout whose columns fit `width` without breaking a word (else the narrowest). */
export function riskTable(register: RiskRegister, matrix: RiskMatrix, layout: Required<SummaryLayout>): TableSpec {
  const cells = register.risks.map((r) => riskCells(r, matrix));
  for (const [i, l] of LAYOUTS.entries()) {
    const rows = cells.map(l.row);
    const values = [l.header, ...rows.map((r) => r.values)];
    if (!rows.length) values.push(l.header.map((_, c) => (c === 1 ? "No risks were found in the risk tables." : "")));
    const shading = [l.header.map(() => null), ...rows.map((r) => r.shading)];
    if (!rows.length) shading.push(l.header.map(() => null));
    const fit = { width: layout.textWidth, fontSize: layout.fontSize, grow: l.grow, oneLine: l.oneLine };
    const widths = fitColumns(values, fit);
    const last = i === LAYOUTS.length - 1;
    if (widths || last)
      return {
        values,
        shading,
        fontSize: layout.fontSize,
        // A word longer than the page is wide cannot stay whole: the narrowest layout, words broken only there.
        widths:
          widths ??
          fitColumns(values, { ...fit, width: Number.MAX_SAFE_INTEGER / 2 })!.map(
            (w, _c, all) => (w * layout.textWidth) / all.reduce((a, b) => a + b, 0),
          ),
      };
  }
  throw new RangeError("no risk table layout");
}

const SHADE_WORD: Record<Exclude<ShadeLevel, "none">, string> = { low: "green", medium: "amber", high: "red" };

/** "Shading gives the matrix level: green Low; amber Medium; red High." (levels sharing a shade named together). */
function legend(matrix: RiskMatrix): string {
  const groups = new Map<ShadeLevel, string[]>();
  for (const level of matrix.overall) {
    const shade = shadeOf("overall", matrix, level.id);
    if (shade && shade !== "none") groups.set(shade, [...(groups.get(shade) ?? []), levelText(level)]);
  }
  const parts = (["low", "medium", "high"] as const)
    .filter((s) => groups.has(s))
    .map((s) => `${SHADE_WORD[s]} ${groups.get(s)!.join(", ")}`);
  return `Shading gives the matrix level: ${parts.join("; ")}.`;
}

/** Likelihood × severity grid of risk counts (before measures), each cell shaded with its matrix level, plus a legend. */
export function heatMap(register: RiskRegister, matrix: RiskMatrix, layout?: Required<SummaryLayout>): TableSpec {
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
      row.push(String(count));
      shades.push(shadeOf("overall", matrix, level));
    }
    values.push(row);
    shading.push(shades);
  }
  return {
    values,
    shading,
    before: ["Number of risks by likelihood and severity, before measures:"],
    after: [legend(matrix)],
    ...(layout && { widths: compactColumns(values, layout.fontSize, layout.textWidth), fontSize: layout.fontSize }),
  };
}

/** Counts of risks at each level before (Step 5, computed) and after (Step 6 residual) measures. */
export function levelCounts(register: RiskRegister, matrix: RiskMatrix, layout?: Required<SummaryLayout>): TableSpec {
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
  return {
    values,
    shading,
    before: ["Risks at each level before and after measures:"],
    ...(layout && { widths: compactColumns(values, layout.fontSize, layout.textWidth), fontSize: layout.fontSize }),
  };
}

/**
 * The summary block, anchored after the Step 6 table (or the last risk table when there is no Step 6), else at the
 * selection. Its title takes the style of the heading nearest above that table (a sibling section), its tables the look of the first risk table,
 * and its columns are as wide as their content needs on the page (`layout`: A4 portrait at Word's default margins
 * unless the caller knows the document's text width).
 */
export function buildRiskSummary(
  register: RiskRegister,
  matrix: RiskMatrix,
  today: string,
  layout: SummaryOptions = {},
): UpsertTaggedBlockEdit {
  const page = { textWidth: layout.textWidth ?? A4_TEXT_WIDTH, fontSize: layout.fontSize ?? SUMMARY_FONT_SIZE };
  const main = riskTable(register, matrix, page);
  main.before = [`Computed with the ${matrix.name} matrix on ${today}.`];
  const counts = levelCounts(register, matrix, page);
  counts.after = [
    "Levels are shown as words as well as colours. This summary is replaced each time it is computed; the risk tables are the record.",
  ];
  const tables = register.tables ?? [];
  const step6 =
    [...tables].reverse().find((t) => t.kind === "mitigate") ??
    [...tables].reverse().find((t) => t.kind !== "mitigate");
  const step5 = tables.find((t) => t.kind !== "mitigate");
  const anchorRef = step6 ? { table: step6.table, row: 0, cell: 0 } : undefined;
  // The summary follows the anchor table as a sibling of the section it is in: the heading nearest above that
  // table when the model is at hand, else the risks' own section heading.
  const headingText =
    (layout.model && step6 ? headingAbove(layout.model, step6.table) : undefined) ??
    // A section is named by its heading path ("Step 5 › Risk matrix"): the last heading is the nearest.
    register.risks
      .find((r) => r.section.trim())
      ?.section.split(" › ")
      .at(-1)
      ?.trim();
  return {
    kind: "upsert-tagged-block",
    tag: RISK_SUMMARY_TAG,
    title: SUMMARY_TITLE,
    tables: [main, heatMap(register, matrix, page), counts],
    anchor: anchorRef ?? "selection",
    expected: step6 ? step6.firstCellText : "",
    ...(headingText && { headingText }),
    ...(step5 && { lookLike: step5.table }),
  };
}
