import type { Report } from "../core/report";
import { getMatrix, MatrixError, type RiskMatrix } from "../core/vocabulary/risk-matrices";
import type { DocumentSettings } from "../core/settings";

/** The matrix the report was computed with; the default one if the document's custom matrix is unusable. */
export function matrixOf(report: Report, settings: DocumentSettings): RiskMatrix {
  try {
    return getMatrix(report.matrix.id, settings.customMatrix);
  } catch (error) {
    if (error instanceof MatrixError) return getMatrix();
    throw error;
  }
}
