import type { UpsertTaggedBlockEdit } from "../core/edits";
import type { Report, RiskSummary } from "../core/report";
import { buildRiskSummary } from "../core/risk";
import type { ParsedValue } from "../core/detect/risk-values";
import type { RiskMatrix } from "../core/vocabulary/risk-matrices";
import type { RiskRegister } from "../core/risk/types";

/**
 * Adapter between the pane and the risk engine's summary builder, which works on a RiskRegister. When the
 * report carries the register (optional `register` field), its measures, residual levels and table anchors
 * are used; otherwise a register is rebuilt from report.risks, which gives the same risk rows without
 * measures and inserts the block at the selection.
 */
export type ReportWithRegister = Report & { register?: RiskRegister };

export function registerOf(report: Report): RiskRegister | undefined {
  return (report as ReportWithRegister).register;
}

const value = (word: string | null): ParsedValue =>
  word === null ? { state: "blank", raw: "" } : { state: "value", id: word, raw: word };

export function registerFromRisks(risks: RiskSummary[]): RiskRegister {
  return {
    found: risks.length > 0,
    orphanMeasures: [],
    risks: risks.map((r) => ({
      id: r.id,
      description: r.description,
      likelihood: value(r.likelihood),
      severity: value(r.severity),
      overall: value(r.overall),
      computed: r.computed,
      measures: [],
      cells: {},
      sharesRow: false,
      section: "",
    })),
  };
}

export function riskSummaryEdit(report: Report, matrix: RiskMatrix, today: string): UpsertTaggedBlockEdit {
  return buildRiskSummary(registerOf(report) ?? registerFromRisks(report.risks), matrix, today);
}
