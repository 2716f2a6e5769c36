import { getMatrix, type RiskMatrix } from "./risk-matrices";

/**
 * The words of risk tables as data: the axes a risk table has, the ICO Step 6 scales (effect on risk, measure
 * approved) and the ordinal words people use when a matrix's own words are absent. Reading a cell against them is
 * src/core/detect/risk-values; the likelihood / severity / overall words of each matrix are in ./risk-matrices.
 */

/** A level on one axis of a matrix or scale, ordered from lowest (rank 0). */
export interface Level {
  /** Lower-case vocabulary word as the CLI prints it, e.g. "possible". */
  id: string;
  label: string;
  /** One-line definition (ICO wording paraphrased) shown beside the choice. */
  definition: string;
  rank: number;
  /** Other words people write for this level ("likely", "moderate", "amber"); matched after the id and label. */
  aliases?: string[];
}

export type Axis = "likelihood" | "severity" | "overall" | "effect" | "residual" | "approved";
export const AXES: readonly Axis[] = ["likelihood", "severity", "overall", "effect", "residual", "approved"];

/**
 * ICO Step 6 "Effect on risk" (ICO, Sample DPIA template, Step 6: "Eliminated, reduced or accepted"). The aliases are
 * plain synonyms of those three words, accepted so that a clear answer is never reported as a gap: "lowered" or
 * "mitigated" says "reduced" as surely as the template's own word does (a false positive otherwise, issue 15).
 */
export const EFFECT_LEVELS: Level[] = [
  {
    id: "eliminated",
    label: "Eliminated",
    definition: "The measure removes the risk entirely.",
    rank: 0,
    aliases: ["eliminate", "removed", "avoided"],
  },
  {
    id: "reduced",
    label: "Reduced",
    definition: "The measure lowers the likelihood or severity of harm.",
    rank: 1,
    aliases: ["reduce", "mitigated", "lowered", "minimised", "minimized"],
  },
  {
    id: "accepted",
    label: "Accepted",
    definition: "The risk is accepted as it is (record why).",
    rank: 2,
    aliases: ["accept", "tolerated", "retained"],
  },
];

/**
 * ICO Step 6 "Measure approved" (ICO, Sample DPIA template, Step 6: "Yes/no"). "pending" covers awaiting / to be
 * confirmed: not approved yet, as project documents write it.
 */
export const APPROVAL_LEVELS: Level[] = [
  {
    id: "yes",
    label: "Yes",
    definition: "The measure has been approved by the person named in Step 7.",
    rank: 0,
    aliases: ["approved", "agreed", "signed off", "y"],
  },
  {
    id: "no",
    label: "No",
    definition: "The measure was not approved.",
    rank: 1,
    aliases: ["not approved", "rejected", "declined", "refused", "n"],
  },
  {
    id: "pending",
    label: "Pending",
    definition: "Approval has not been given yet.",
    rank: 2,
    aliases: [
      "awaiting",
      "awaiting approval",
      "not yet approved",
      "approval pending",
      "tbc",
      "tbd",
      "to be confirmed",
      "in progress",
      "under review",
      "not yet",
    ],
  },
];

/**
 * Words of ordinal scales, by the number of levels of an axis, used when the matrix's own words are absent. Sources:
 * ICO DPIA guidance (low / medium / high risk), NHS risk matrices (very low … very high, "moderate").
 */
export const ORDINAL_WORDS: Readonly<Record<number, string[][]>> = {
  2: [["low"], ["high"]],
  3: [["low"], ["medium", "moderate", "med"], ["high"]],
  4: [["low"], ["medium", "moderate"], ["high"], ["very high"]],
  5: [["very low"], ["low"], ["medium", "moderate"], ["high"], ["very high"]],
};

/** Phrases meaning "nothing written here" that are not template placeholders (common usage in forms). */
export const BLANK_WORDS: ReadonlySet<string> = new Set(["n/a", "na", "n a", "none", "nil", "-", "–", "—"]);

export function levelsFor(axis: Axis, matrix: RiskMatrix): Level[] {
  switch (axis) {
    case "likelihood":
      return matrix.likelihood;
    case "severity":
      return matrix.severity;
    case "overall":
    case "residual":
      return matrix.overall;
    case "effect":
      return EFFECT_LEVELS;
    case "approved":
      return APPROVAL_LEVELS;
  }
}

/** The allowed words for an axis, as a finding names them. */
export function allowedWords(axis: Axis, matrix: RiskMatrix = getMatrix()): string[] {
  return levelsFor(axis, matrix).map((l) => l.id);
}
