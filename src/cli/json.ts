import type { Finding, GuidedAnswer, Report, RiskSummary } from "../core/report";
import type { Ref } from "../core/model";

/** The CLI's JSON contract (DESIGN.md § Contracts): one object per document. */
export interface JsonFinding {
  id: string;
  kind: Finding["kind"];
  severity: Finding["severity"];
  section: string;
  message: string;
  text: string;
  ref: Ref;
  answers?: GuidedAnswer[];
}

export interface JsonReport {
  file: string;
  template: string;
  jurisdiction: Report["jurisdiction"];
  findings: JsonFinding[];
  risks: RiskSummary[];
}

export function toJson(file: string, report: Report): JsonReport {
  return {
    file,
    template: report.template,
    jurisdiction: report.jurisdiction,
    findings: report.findings.map((f) => {
      const finding: JsonFinding = {
        id: f.id,
        kind: f.kind,
        severity: f.severity,
        section: f.section,
        message: f.message,
        text: f.text,
        ref: f.ref,
      };
      if (f.answers && f.answers.length > 0) finding.answers = f.answers;
      return finding;
    }),
    risks: report.risks.map((r) => ({
      id: r.id,
      description: r.description,
      likelihood: lower(r.likelihood),
      severity: lower(r.severity),
      overall: lower(r.overall),
      computed: lower(r.computed),
    })),
  };
}

function lower(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === "" ? null : value.toLowerCase();
}
