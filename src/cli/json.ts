import type { Finding, GuidedAnswer, Report, RiskSummary, Screening } from "../core/report";
import type { ReviewData } from "../core/review/model";
import type { Ref } from "../core/model";
import { getMatrix, isMatrixId, type RiskMatrix } from "../core/vocabulary/risk-matrices";
import { overallRank } from "../core/risk/matrices";
import type { RegisterRisk } from "../core/risk/types";

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

/** A risk with its residual level after the measures (the highest a Step 6 measure states; null when none does). */
export interface JsonRisk extends RiskSummary {
  residual: string | null;
}

export interface JsonReport {
  file: string;
  template: string;
  jurisdiction: Report["jurisdiction"];
  /** Answer slots recognised and how many hold an answer (the task pane's "N of M answers complete"). */
  progress: Report["progress"];
  findings: JsonFinding[];
  risks: JsonRisk[];
  /** EDPB WP248 rev.01 screening: the criteria the description meets, each with its sentence (absent: not screened). */
  screening?: Screening;
  /** The reviewer's verdicts and actions kept in the document (src/core/review), when it holds any. */
  review?: ReviewData;
}

export function toJson(file: string, report: Report, review?: ReviewData): JsonReport {
  const json: JsonReport = {
    file,
    template: report.template,
    jurisdiction: report.jurisdiction,
    progress: { answered: report.progress.answered, total: report.progress.total },
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
    risks: report.risks.map((r, i) => ({
      id: r.id,
      description: r.description,
      likelihood: lower(r.likelihood),
      severity: lower(r.severity),
      overall: lower(r.overall),
      computed: lower(r.computed),
      residual: lower(residualOf(report.register?.risks[i], matrixOf(report))),
    })),
  };
  if (report.screening) json.screening = report.screening;
  if (review) json.review = review;
  return json;
}

function matrixOf(report: Report): RiskMatrix | undefined {
  return isMatrixId(report.matrix.id) && report.matrix.id !== "custom" ? getMatrix(report.matrix.id) : undefined;
}

/** The highest residual level the risk's measures state (a risk with two measures keeps the worse one). */
function residualOf(risk: RegisterRisk | undefined, matrix: RiskMatrix | undefined): string | null {
  let highest: string | null = null;
  for (const measure of risk?.measures ?? []) {
    if (measure.residual.state !== "value") continue;
    const id = measure.residual.id;
    if (highest === null || (matrix && overallRank(matrix, id) > overallRank(matrix, highest))) highest = id;
  }
  return highest;
}

function lower(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === "" ? null : value.toLowerCase();
}
