import { STAGE_FILLER, STAGE_WORDS, type RiskStage } from "../vocabulary/risk-stages";
import { memoText } from "./text";

/**
 * Reads the stage words of src/core/vocabulary/risk-stages in a label: whether a label is only a stage or score label
 * ("Inherent", "Residual risk (after mitigation)", "Score") and so names no risk, and which stage a label speaks of
 * ("Likelihood (with mitigation)" is residual).
 */

const PHRASES = STAGE_WORDS.map((w) => ({ words: w.phrase.split(" "), stage: w.stage })).sort(
  (a, b) => b.words.length - a.words.length,
);
const FILLER = new Set(STAGE_FILLER);

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

interface Reading {
  /** Every word is a stage or score phrase, or filler beside one. */
  onlyStage: boolean;
  stages: Set<RiskStage>;
}

const read = memoText((text: string): Reading => {
  const t = tokens(text);
  const stages = new Set<RiskStage>();
  let phrases = 0;
  let other = 0;
  for (let i = 0; i < t.length;) {
    const hit = PHRASES.find((p) => p.words.every((w, k) => t[i + k] === w));
    if (hit) {
      phrases++;
      if (hit.stage) stages.add(hit.stage);
      i += hit.words.length;
    } else {
      if (!FILLER.has(t[i])) other++;
      i++;
    }
  }
  return { onlyStage: phrases > 0 && other === 0 && t.length <= 8, stages };
});

/** True when the label is only a stage or score label ("Score", "Inherent risk", "Residual (after mitigation)"). */
export function isStageLabel(text: string): boolean {
  return read(text).onlyStage;
}

/** The one stage a label speaks of ("Likelihood (with mitigation)" → residual); undefined for none or both. */
export function stageIn(text: string): RiskStage | undefined {
  const { stages } = read(text);
  return stages.size === 1 ? [...stages][0] : undefined;
}
