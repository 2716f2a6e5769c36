import type { DocModel } from "../model";
import type { DocumentStructure } from "../templates/types";
import type { RiskMatrix, RiskRegister } from "./types";

/** Reads the Step 5 / Step 6 tables (or their equivalents) into one risk register. (Implementation in progress.) */
export function buildRegister(_model: DocModel, _structure: DocumentStructure, _matrix: RiskMatrix): RiskRegister {
  return { risks: [], orphanMeasures: [], found: false };
}
