import type { AnalysisOptions } from "../core/checks/types";
import type { Edit } from "../core/edits";
import type { DocModel } from "../core/model";
import { getMatrix, type RiskMatrix } from "../core/vocabulary/risk-matrices";
import { addMeasureRows } from "../core/risk/measure-rows";
import { buildRegister } from "../core/risk/register";
import { buildRiskSummary } from "../core/risk/risk-summary";
import { splitAllRows } from "../core/risk/split-row";
import type { RiskRegister } from "../core/risk/types";
import { fillOverall } from "../core/risk/write-value";
import { buildStructure } from "../core/templates/structure";

/**
 * The risk engine's edits for `annotate --risk-table`, in three steps that each start from a fresh read
 * of the document (a split changes the rows the later steps name): split multi-risk rows; fill the
 * blank or placeholder overall risks and add Step 6 rows for unmitigated risks; insert or update the
 * computed summary. A builder that declines (nothing to do, or unsafe) simply contributes no edit.
 */
export type RiskStep = (model: DocModel, options: AnalysisOptions) => Edit[];

interface RiskContext {
  register: RiskRegister;
  matrix: RiskMatrix;
}

function riskContext(model: DocModel, options: AnalysisOptions): RiskContext {
  const matrix = getMatrix(options.matrix, options.customMatrix);
  return { matrix, register: buildRegister(model, buildStructure(model, options.template), matrix) };
}

const splitRows: RiskStep = (model, options) =>
  splitAllRows(riskContext(model, options).register).flatMap((r) => (r.ok ? [r.edit] : []));

const fillAndAddRows: RiskStep = (model, options) => {
  const { register, matrix } = riskContext(model, options);
  const edits: Edit[] = register.risks.flatMap((risk) => {
    const result = fillOverall(risk, matrix);
    return result.ok ? [result.edit] : [];
  });
  const rows = addMeasureRows(register, matrix);
  if (rows.ok) edits.push(rows.edit);
  return edits;
};

const summary: RiskStep = (model, options) => {
  const { register, matrix } = riskContext(model, options);
  return register.found ? [buildRiskSummary(register, matrix, options.today, { model })] : [];
};

export const RISK_TABLE_STEPS: readonly RiskStep[] = [splitRows, fillAndAddRows, summary];
