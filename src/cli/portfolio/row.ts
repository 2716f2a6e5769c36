import type { RiskMatrix } from "../../core/vocabulary/risk-matrices";
import { overallRank } from "../../core/risk/matrices";
import type { JsonFinding, JsonReport, JsonRisk } from "../json";

/**
 * One document's line of the portfolio, computed from nothing but its `check --json` object (plus the
 * title from the file's properties), so every figure on the page can be traced to that JSON.
 */
export interface PortfolioRow {
  file: string;
  title: string;
  template: string;
  law: string;
  answered: number;
  total: number;
  gaps: { error: number; warning: number; info: number };
  /** Highest level of the risks before measures (stated overall, else computed), null without rated risks. */
  inherent: string | null;
  /** Highest residual level the measures state, null when none does. */
  residual: string | null;
  /** Sign-off rows or DPO advice left open (signoff-missing findings). */
  signoffOpen: number;
  review: { state: "overdue"; text: string } | { state: "missing" } | { state: "not-flagged" };
  /** Present once the report data carries them (issue 18's actions, a screening result). */
  screening?: string;
  openActions?: number;
}

const count = (findings: JsonFinding[], test: (f: JsonFinding) => boolean) => findings.filter(test).length;

/** The level a risk carries before measures: what the document states, else what the matrix computes. */
export function inherentLevel(risk: JsonRisk): string | null {
  return risk.overall ?? risk.computed;
}

/** The highest of `levels` by the matrix's overall ranking (an unknown word ranks below every known one). */
export function highest(levels: (string | null)[], matrix: RiskMatrix): string | null {
  let best: string | null = null;
  for (const level of levels) {
    if (level === null) continue;
    if (best === null || overallRank(matrix, level) > overallRank(matrix, best)) best = level;
  }
  return best;
}

export function portfolioRow(json: JsonReport, title: string, matrix: RiskMatrix): PortfolioRow {
  const findings = json.findings;
  const overdue = findings.find((f) => f.kind === "review-overdue");
  const row: PortfolioRow = {
    file: json.file,
    title,
    template: json.template,
    law: json.jurisdiction,
    answered: json.progress.answered,
    total: json.progress.total,
    gaps: {
      error: count(findings, (f) => f.severity === "error"),
      warning: count(findings, (f) => f.severity === "warning"),
      info: count(findings, (f) => f.severity === "info"),
    },
    inherent: highest(json.risks.map(inherentLevel), matrix),
    residual: highest(
      json.risks.map((r) => r.residual),
      matrix,
    ),
    signoffOpen: count(findings, (f) => f.kind === "signoff-missing"),
    review: overdue
      ? { state: "overdue", text: overdue.text }
      : findings.some((f) => f.kind === "review-date-missing")
        ? { state: "missing" }
        : { state: "not-flagged" },
  };
  const later = json as unknown as { screening?: unknown; actions?: unknown };
  const screening = screeningOf(later.screening);
  if (screening !== undefined) row.screening = screening;
  if (Array.isArray(later.actions)) row.openActions = later.actions.filter(isOpen).length;
  // The review kept in the document (check --json's `review`): counted once a reviewer has written any.
  const review = json.review;
  if (review && (review.actions.length > 0 || review.verdicts.length > 0))
    row.openActions = review.actions.filter(isOpen).length;
  return row;
}

/** A screening result as later report data may carry it: a word, or an object with a `result`. */
function screeningOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  // check --json's screening: the EDPB WP248 criteria met.
  const criteria = (value as { criteria?: unknown } | null | undefined)?.criteria;
  if (Array.isArray(criteria)) {
    if (criteria.length === 0) return "no WP248 criterion";
    const met = `${criteria.length} WP248 ${criteria.length === 1 ? "criterion" : "criteria"}`;
    return (value as { dpiaLikelyRequired?: unknown }).dpiaLikelyRequired === true
      ? `${met}: DPIA likely required`
      : met;
  }
  const result = (value as { result?: unknown } | null | undefined)?.result;
  return typeof result === "string" ? result : undefined;
}

function isOpen(action: unknown): boolean {
  const status = (action as { status?: unknown } | null)?.status;
  return !(typeof status === "string" && /^(done|closed|complete(d)?)$/i.test(status));
}
