import type { RiskMatrix } from "../../core/vocabulary/risk-matrices";
import type { JsonRisk } from "../json";
import { inherentLevel } from "./row";

/** A risk placed on the portfolio: which document, and the risk as its JSON gives it. */
export interface PlacedRisk {
  file: string;
  risk: JsonRisk;
}

export interface HeatMap {
  /** cells[severityRank][likelihoodRank]: the risks rated there before measures. */
  cells: PlacedRisk[][][];
  /** Risks whose likelihood or severity is missing or not a word of this matrix (listed, never dropped). */
  unplaced: PlacedRisk[];
  /** After measures: per overall level id, the risks whose residual (or, lacking one, inherent level) it is. */
  after: { level: string; residual: PlacedRisk[]; noResidual: PlacedRisk[] }[];
  /** Risks with no level at all, before or after. */
  unrated: PlacedRisk[];
}

export function buildHeatMap(documents: { file: string; risks: JsonRisk[] }[], matrix: RiskMatrix): HeatMap {
  const cells = matrix.severity.map(() => matrix.likelihood.map((): PlacedRisk[] => []));
  const after = matrix.overall.map((level) => ({
    level: level.id,
    residual: [] as PlacedRisk[],
    noResidual: [] as PlacedRisk[],
  }));
  const unplaced: PlacedRisk[] = [];
  const unrated: PlacedRisk[] = [];
  for (const { file, risks } of documents) {
    for (const risk of risks) {
      const placed = { file, risk };
      const l = matrix.likelihood.find((x) => x.id === risk.likelihood);
      const s = matrix.severity.find((x) => x.id === risk.severity);
      if (l && s) cells[s.rank]![l.rank]!.push(placed);
      else unplaced.push(placed);
      const level = risk.residual ?? inherentLevel(risk);
      const bucket = after.find((b) => b.level === level);
      if (!bucket) unrated.push(placed);
      else if (risk.residual !== null) bucket.residual.push(placed);
      else bucket.noResidual.push(placed);
    }
  }
  return { cells, unplaced, after, unrated };
}
