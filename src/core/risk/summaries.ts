import type { RiskSummary } from "../report";
import type { ParsedValue } from "../detect/risk-values";
import type { RiskRegister } from "./types";

const word = (v: ParsedValue): string | null => (v.state === "value" ? v.id : null);

/** The register as the CLI's JSON and Report.risks show it: lower-case vocabulary words, null where absent. */
export function toRiskSummaries(register: RiskRegister): RiskSummary[] {
  return register.risks.map((r) => ({
    id: r.id,
    description: r.description,
    likelihood: word(r.likelihood),
    severity: word(r.severity),
    overall: word(r.overall),
    computed: r.computed,
  }));
}
