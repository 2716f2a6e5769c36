import { validateMatrix } from "./custom-matrix";
import type { Level } from "./risk-levels";

/**
 * Risk matrix presets as data (DESIGN.md § Risk matrices), each with its source, and the lookup of a matrix by id
 * (an organisation's own is validated by ./custom-matrix). Sources: the ICO 3×3 is read from the matrix figure in the
 * ICO's DPIA guidance ("How do we carry out a DPIA?": a likely harm of some impact, or a less likely but serious harm,
 * is high risk); the NHS 5×5 from the NHS / NPSA risk matrix for risk managers (likelihood × consequence, 1–25 with
 * bands); the CNIL 4×4 from the CNIL PIA methodology (negligible / limited / significant / maximum).
 */

/** A score band of a scored matrix (NHS 5×5): scores min..max (inclusive) fall in overall level `level`. */
export interface ScoreBand {
  min: number;
  max: number;
  level: string;
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
  /**
   * Scored matrices (NHS 5×5) rate a risk as (likelihood rank + 1) × (severity rank + 1) and band the
   * score; a number written in an overall/residual cell is then read as a score, not as a rank.
   */
  scoring?: { bands: ScoreBand[] };
}

export const MATRIX_IDS = ["ico-3x3", "ico-3x3-strict", "nhs-5x5", "cnil-4x4", "custom"] as const;
export type MatrixId = (typeof MATRIX_IDS)[number];
export const DEFAULT_MATRIX_ID: MatrixId = "ico-3x3";

/** Misuse (unknown id, malformed custom matrix): callers validate user input with validateMatrix first. */
export class MatrixError extends RangeError {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "MatrixError";
  }
}

type LevelSpec = [id: string, label: string, definition: string, aliases?: string[]];
function levels(specs: LevelSpec[]): Level[] {
  return specs.map(([id, label, definition, aliases], rank) => ({
    id,
    label,
    definition,
    rank,
    ...(aliases ? { aliases } : {}),
  }));
}

const ICO_LIKELIHOOD = levels([
  [
    "remote",
    "Remote",
    "Remote: harm is not expected to happen; it could only in unusual circumstances.",
    ["unlikely", "rare", "very unlikely", "improbable", "not likely"],
  ],
  [
    "possible",
    "Possible",
    "Reasonable possibility: harm could well happen.",
    ["reasonable possibility", "reasonably possible", "possibly", "may happen"],
  ],
  [
    "probable",
    "Probable",
    "More likely than not: harm is expected to happen.",
    ["more likely than not", "likely", "very likely", "almost certain", "probably"],
  ],
]);

const ICO_SEVERITY = levels([
  [
    "minimal",
    "Minimal",
    "Minimal impact: little or no effect on individuals, or an inconvenience they overcome easily.",
    ["minimal impact", "negligible", "minor"],
  ],
  [
    "significant",
    "Significant",
    "Some impact: significant inconvenience or distress that individuals can overcome with some difficulty.",
    ["some impact", "moderate"],
  ],
  [
    "severe",
    "Severe",
    "Serious harm: significant, possibly irreversible consequences (financial loss, discrimination, threat to safety or health).",
    ["serious harm", "serious", "major", "critical"],
  ],
]);

const ICO_OVERALL = levels([
  ["low", "Low", "Low risk: acceptable once recorded; no further measures required.", ["green"]],
  ["medium", "Medium", "Medium risk: identify measures to reduce it (Step 6).", ["moderate", "amber"]],
  [
    "high",
    "High",
    "High risk: measures must reduce it; if a high risk remains, consult the ICO before processing (Article 36).",
    ["red"],
  ],
]);

const ICO_3X3: RiskMatrix = {
  id: "ico-3x3",
  name: "ICO 3×3",
  likelihood: ICO_LIKELIHOOD,
  severity: ICO_SEVERITY,
  overall: ICO_OVERALL,
  // grid[severityRank][likelihoodRank]: rows minimal, significant, severe; columns remote, possible, probable.
  grid: [
    ["low", "low", "low"],
    ["low", "medium", "high"],
    ["low", "high", "high"],
  ],
};

const ICO_3X3_STRICT: RiskMatrix = {
  ...ICO_3X3,
  id: "ico-3x3-strict",
  name: "ICO 3×3 strict",
  // The reading many organisations use: a remote but severe harm, or a probable minimal one, is medium.
  grid: [
    ["low", "low", "medium"],
    ["low", "medium", "high"],
    ["medium", "high", "high"],
  ],
};

const NHS_BANDS: ScoreBand[] = [
  { min: 1, max: 3, level: "low" },
  { min: 4, max: 6, level: "moderate" },
  { min: 8, max: 12, level: "high" },
  { min: 15, max: 25, level: "extreme" },
];

/** The band a score falls in, undefined between bands. */
export function bandFor(bands: ScoreBand[], score: number): string | undefined {
  return bands.find((b) => score >= b.min && score <= b.max)?.level;
}

const NHS_5X5: RiskMatrix = (() => {
  const likelihood = levels([
    [
      "rare",
      "1 Rare",
      "Rare: not expected to happen; may occur only in exceptional circumstances.",
      ["remote", "very unlikely"],
    ],
    ["unlikely", "2 Unlikely", "Unlikely: not expected, but could happen at some time."],
    ["possible", "3 Possible", "Possible: might happen or recur occasionally.", ["reasonable possibility"]],
    [
      "likely",
      "4 Likely",
      "Likely: will probably happen or recur, but is not a persisting issue.",
      ["probable", "more likely than not"],
    ],
    [
      "almost certain",
      "5 Almost certain",
      "Almost certain: will undoubtedly happen or recur, possibly frequently.",
      ["certain", "very likely"],
    ],
  ]);
  const severity = levels([
    ["negligible", "1 Negligible", "Negligible: no or minimal impact on individuals.", ["minimal", "insignificant"]],
    ["minor", "2 Minor", "Minor: short-term inconvenience or distress, resolved quickly."],
    ["moderate", "3 Moderate", "Moderate: distress or harm that takes time and effort to put right.", ["significant"]],
    ["major", "4 Major", "Major: serious, lasting harm to individuals.", ["severe", "serious"]],
    ["catastrophic", "5 Catastrophic", "Catastrophic: irreversible harm, threat to life or safety.", ["critical"]],
  ]);
  const overall = levels([
    ["low", "Low (1–3)", "Low risk (score 1–3): manage by routine procedures."],
    ["moderate", "Moderate (4–6)", "Moderate risk (score 4–6): reduce where practicable.", ["medium"]],
    ["high", "High (8–12)", "High risk (score 8–12): measures required before processing."],
    [
      "extreme",
      "Extreme (15–25)",
      "Extreme risk (score 15–25): do not proceed without measures; consult the ICO if it remains.",
      ["very high"],
    ],
  ]);
  const grid = severity.map((s) => likelihood.map((l) => bandFor(NHS_BANDS, (s.rank + 1) * (l.rank + 1)) ?? "extreme"));
  return {
    id: "nhs-5x5",
    name: "NHS 5×5",
    likelihood,
    severity,
    overall,
    grid,
    scoring: { bands: NHS_BANDS },
  };
})();

const CNIL_4X4: RiskMatrix = (() => {
  const scale = (axis: string): LevelSpec[] => [
    [
      "negligible",
      "Negligible",
      `Negligible ${axis}: individuals are not affected, or only in ways they overcome without difficulty.`,
    ],
    [
      "limited",
      "Limited",
      `Limited ${axis}: individuals may face inconveniences they can overcome despite a few difficulties.`,
    ],
    [
      "significant",
      "Significant",
      `Significant ${axis}: individuals may face consequences they can overcome, but with serious difficulties.`,
    ],
    [
      "maximum",
      "Maximum",
      `Maximum ${axis}: individuals may face significant or irreversible consequences they may not overcome.`,
      ["max"],
    ],
  ];
  const likelihood = levels(scale("likelihood"));
  const severity = levels(scale("severity"));
  // Our reading of the CNIL PIA risk map: both axes high → high (to be avoided); one axis high → medium
  // (to be reduced); both low → low (may be accepted).
  const grid = severity.map((s) =>
    likelihood.map((l) => (s.rank >= 2 && l.rank >= 2 ? "high" : s.rank >= 2 || l.rank >= 2 ? "medium" : "low")),
  );
  return { id: "cnil-4x4", name: "CNIL 4×4", likelihood, severity, overall: ICO_OVERALL, grid };
})();

const PRESETS: Record<Exclude<MatrixId, "custom">, RiskMatrix> = {
  "ico-3x3": ICO_3X3,
  "ico-3x3-strict": ICO_3X3_STRICT,
  "nhs-5x5": NHS_5X5,
  "cnil-4x4": CNIL_4X4,
};

export function isMatrixId(id: string): id is MatrixId {
  return (MATRIX_IDS as readonly string[]).includes(id);
}

/**
 * The matrix for an id. "custom" needs the organisation's matrix (validated here). Throws MatrixError
 * for an unknown id or an invalid custom matrix: check user input with isMatrixId / validateMatrix.
 */
export function getMatrix(id: string = DEFAULT_MATRIX_ID, custom?: unknown): RiskMatrix {
  if (id === "custom") {
    if (custom === undefined) throw new MatrixError('Matrix "custom" needs the organisation\'s matrix.');
    const result = validateMatrix(custom);
    if (!result.ok) throw new MatrixError(`Invalid custom matrix: ${result.problems.join("; ")}`, result.problems);
    return result.matrix;
  }
  if (!isMatrixId(id)) throw new MatrixError(`Unknown risk matrix "${id}". Known: ${MATRIX_IDS.join(", ")}.`);
  return PRESETS[id as Exclude<MatrixId, "custom">];
}
