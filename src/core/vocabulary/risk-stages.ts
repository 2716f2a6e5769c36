/**
 * The stage a risk's scores belong to, as registers label it: before the measures (inherent) or after them
 * (residual). A register that scores each risk twice writes the stage as a row label ("Inherent", "Residual"), in a
 * "Stage" column, in the label of a value ("Likelihood (with mitigation)") or as the heading of a small scoring table;
 * other registers put the score in a row or column labelled only "Score" / "Rating". None of these names a risk.
 *
 * Sources: ICO, Sample DPIA template (Step 5 "Overall risk", Step 6 "Residual risk"); HM Treasury, The Orange Book
 * (2020), risk register "inherent" and "residual" exposure; IRM / ISO 31000 registers ("gross" / "net", "before /
 * after controls", "untreated" / "treated"); NHS risk registers ("initial" / "current" score "before / after
 * controls", "pre-" / "post-mitigation").
 */

export type RiskStage = "inherent" | "residual";

/** A phrase, matched as whole words after lower-casing; `stage` absent: a score label that names no stage. */
export interface StageWord {
  phrase: string;
  stage?: RiskStage;
  source: string;
}

const ORANGE_BOOK = "HM Treasury Orange Book (inherent / residual exposure)";
const CONTROLS = "IRM / ISO 31000 and NHS registers (before / after controls)";

export const STAGE_WORDS: readonly StageWord[] = [
  { phrase: "inherent", stage: "inherent", source: ORANGE_BOOK },
  { phrase: "gross", stage: "inherent", source: "IRM / ISO 31000 registers (gross / net risk)" },
  { phrase: "untreated", stage: "inherent", source: "ISO 31000 (risk treatment)" },
  { phrase: "initial", stage: "inherent", source: "NHS risk registers (initial risk score)" },
  { phrase: "pre mitigation", stage: "inherent", source: "NHS risk registers" },
  { phrase: "before mitigation", stage: "inherent", source: CONTROLS },
  { phrase: "without mitigation", stage: "inherent", source: CONTROLS },
  { phrase: "before controls", stage: "inherent", source: CONTROLS },
  { phrase: "without controls", stage: "inherent", source: CONTROLS },
  { phrase: "before measures", stage: "inherent", source: "ICO DPIA Step 5 (before the Step 6 measures)" },
  { phrase: "residual", stage: "residual", source: "ICO Sample DPIA template Step 6, " + ORANGE_BOOK },
  { phrase: "net", stage: "residual", source: "IRM / ISO 31000 registers (gross / net risk)" },
  { phrase: "treated", stage: "residual", source: "ISO 31000 (risk treatment)" },
  { phrase: "post mitigation", stage: "residual", source: "NHS risk registers" },
  { phrase: "after mitigation", stage: "residual", source: CONTROLS },
  { phrase: "with mitigation", stage: "residual", source: CONTROLS },
  { phrase: "after controls", stage: "residual", source: CONTROLS },
  { phrase: "with controls", stage: "residual", source: CONTROLS },
  { phrase: "after measures", stage: "residual", source: "ICO DPIA Step 6 (after the measures)" },
  { phrase: "score", source: "NHS 5×5 and CNIL registers (likelihood × impact score)" },
  { phrase: "rating", source: "ICO DPIA guidance (risk rating)" },
  { phrase: "value", source: "scoring tables (Factor | Value)" },
  { phrase: "level", source: "ICO DPIA guidance (level of risk)" },
  { phrase: "assessment", source: "ICO DPIA Step 5 (identify and assess risks)" },
];

/**
 * Words that may stand beside a stage or score word in such a label without naming a risk ("Inherent risk score",
 * "Residual risk (after mitigation)", "Risk rating", "Stage").
 */
export const STAGE_FILLER: readonly string[] = ["risk", "overall", "total", "the", "of", "stage", "phase", "current"];
