import type { DocModel } from "../model";
import { byPosition } from "../detect/by-position";
import { memoText } from "../detect/text";
import type { Level } from "../vocabulary/risk-levels";
import type { RiskMatrix, ScoreBand } from "../vocabulary/risk-matrices";

/**
 * The document's own scoring scale, when it prints one: a likelihood legend and an impact (severity) legend whose
 * levels carry numbers ("High (3)", "Critical (5)"), and score bands for likelihood × impact ("Critical (12-15)",
 * "Medium (4-7)"). Values in its risk tables are then read on that scale, not on a preset's, so a register scored
 * 1–3 × 1–5 with its own bands reads as it was written. Without all three legends the preset stays.
 */

const LIKELIHOOD_LABEL = /^\s*(?:likelihood|probability)\b[^:\n]{0,40}:/i;
const SEVERITY_LABEL = /^\s*(?:impact|severity|consequence)\b[^:\n]{0,40}:/i;
const BANDS_LABEL =
  /^\s*(?:(?:overall\s+)?risk\s+(?:levels?|scores?|ratings?|bands?)|scores?|ratings?)\b[^:\n]{0,40}:/i;
const LEVEL_ITEM = /(?:^|[-–•\n])\s*([A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*\((\d{1,2})\)/g;
const BAND_ITEM = /(?:^|[-–•\n])\s*([A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*\((\d{1,2})\s*[-–]\s*(\d{1,2})\)/g;

function levelsIn(text: string): Level[] | undefined {
  const found = [...text.matchAll(LEVEL_ITEM)].map((m) => ({ word: m[1].trim(), n: Number(m[2]) }));
  const numbers = new Set(found.map((f) => f.n));
  // Exactly the numbers 1..n, each once: a scale, not a list of examples.
  if (found.length < 2 || numbers.size !== found.length || [...numbers].some((n) => n < 1 || n > found.length))
    return undefined;
  return found
    .sort((a, b) => a.n - b.n)
    .map((f) => ({
      id: f.word.toLowerCase(),
      label: f.word,
      definition: `${f.word} (${f.n}), as the document defines it`,
      rank: f.n - 1,
    }));
}

function bandsIn(text: string): ScoreBand[] | undefined {
  const bands = [...text.matchAll(BAND_ITEM)]
    .map((m) => ({ level: m[1].trim().toLowerCase(), min: Number(m[2]), max: Number(m[3]) }))
    .sort((a, b) => a.min - b.min);
  if (bands.length < 2 || bands.some((b, i) => b.min > b.max || (i > 0 && b.min <= bands[i - 1].max))) return undefined;
  return bands;
}

const LIKELIHOOD = 1;
const SEVERITY = 2;
const BANDS = 4;

/**
 * Which legend labels a paragraph's text carries (0 for most: only a short text with a numbered level can be a legend).
 * Kept by text and by position, so a re-check after an edit asks only the changed paragraph.
 */
const labelsAt = byPosition(
  memoText((text: string): number =>
    text.length > 2000 || !/\(\d/.test(text)
      ? 0
      : (LIKELIHOOD_LABEL.test(text) ? LIKELIHOOD : 0) |
        (SEVERITY_LABEL.test(text) ? SEVERITY : 0) |
        (BANDS_LABEL.test(text) ? BANDS : 0),
  ),
);
const levelsOf = memoText(levelsIn);
const bandsOf = memoText(bandsIn);

export function documentMatrix(model: DocModel): RiskMatrix | undefined {
  let likelihood: Level[] | undefined;
  let severity: Level[] | undefined;
  let bands: ScoreBand[] | undefined;
  for (let at = 0; at < model.paragraphs.length; at++) {
    const text = model.paragraphs[at].text;
    const labels = labelsAt(text, at);
    if (labels === 0) continue;
    if (!likelihood && labels & LIKELIHOOD) likelihood = levelsOf(text);
    else if (!severity && labels & SEVERITY) severity = levelsOf(text);
    else if (!bands && labels & BANDS) bands = bandsOf(text);
    if (likelihood && severity && bands) break;
  }
  if (!likelihood || !severity || !bands) return undefined;
  const scored = bands;
  const overall: Level[] = scored.map((b, rank) => ({
    id: b.level,
    label: b.level.charAt(0).toUpperCase() + b.level.slice(1),
    definition: `scores ${b.min}–${b.max}, as the document defines them`,
    rank,
  }));
  const top = overall[overall.length - 1].id;
  const grid = severity.map((s) =>
    likelihood.map(
      (l) =>
        scored.find((b) => (s.rank + 1) * (l.rank + 1) >= b.min && (s.rank + 1) * (l.rank + 1) <= b.max)?.level ?? top,
    ),
  );
  return {
    id: "document",
    name: `The document's own scale (likelihood 1–${likelihood.length} × impact 1–${severity.length}, scored)`,
    likelihood,
    severity,
    overall,
    grid,
    scoring: { bands: scored },
  };
}
