import { bandFor, type RiskMatrix } from "../vocabulary/risk-matrices";

/**
 * What a matrix says about a risk: the overall level of a likelihood × severity pair, the band of a score, and
 * whether a level needs a measure or counts as high (Article 36). The matrices themselves are data in
 * src/core/vocabulary/risk-matrices.
 */

/** Overall level id for a likelihood × severity pair, or null when either is not a level of the matrix. */
export function overallFor(matrix: RiskMatrix, likelihood: string, severity: string): string | null {
  const l = matrix.likelihood.find((x) => x.id === likelihood);
  const s = matrix.severity.find((x) => x.id === severity);
  if (!l || !s) return null;
  return matrix.grid[s.rank]?.[l.rank] ?? null;
}

/** Rank of an overall level (for "residual above inherent" comparisons); -1 when unknown. */
export function overallRank(matrix: RiskMatrix, id: string): number {
  return matrix.overall.find((x) => x.id === id)?.rank ?? -1;
}

/** The band of a score on a scored matrix (NHS), undefined between bands or on unscored matrices. */
export function overallForScore(matrix: RiskMatrix, score: number): string | undefined {
  return matrix.scoring ? bandFor(matrix.scoring.bands, score) : undefined;
}

/** The highest overall level counts as "high" for Article 36; on NHS both high and extreme do. */
export function isHighLevel(matrix: RiskMatrix, id: string): boolean {
  const rank = overallRank(matrix, id);
  if (rank < 0) return false;
  const highRank = matrix.overall.findIndex((x) => x.id === "high");
  return rank >= (highRank >= 0 ? highRank : matrix.overall.length - 1);
}

/** Medium or above: needs a Step 6 measure. The lowest level never does. */
export function needsMeasure(matrix: RiskMatrix, id: string): boolean {
  return overallRank(matrix, id) > 0;
}
