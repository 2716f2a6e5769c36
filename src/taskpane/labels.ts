import type { FindingKind, Severity, TemplateId } from "../core/report";

/** Words the pane shows for the contract's identifiers (the identifiers themselves stay as the CLI prints them). */
export const KIND_LABELS: Record<FindingKind, string> = {
  placeholder: "Placeholder left in",
  unanswered: "Unanswered",
  "unresolved-choice": "Choice not made",
  "risk-score-mismatch": "Risk score mismatch",
  "invalid-value": "Value not in the scale",
  "unmitigated-risk": "Risk without a measure",
  "not-approved": "Measure not approved",
  "signoff-missing": "Sign-off missing",
  "prior-consultation": "ICO consultation needed",
  "review-overdue": "Review overdue",
  "lawful-basis-missing": "No lawful basis",
  "special-category-condition-missing": "No Article 9/10 condition",
  "legitimate-interests-public-authority": "Legitimate interests (public authority)",
  "contradictory-choice": "Contradictory choice",
  "section-missing": "Section missing",
  "risk-not-scored": "Risk not scored",
  "review-date-missing": "No review date",
  "dpia-screening": "DPIA screening",
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

export const TEMPLATE_LABELS: Record<TemplateId, string> = {
  "ico-dpia": "ICO DPIA template",
  "ico-lia": "ICO legitimate interests assessment",
  "edpb-dpia": "EDPB DPIA template",
  "question-form": "Question form (PIA)",
  generic: "Generic document",
};

export const MATRIX_LABELS: Record<string, string> = {
  "ico-3x3": "ICO 3×3",
  "ico-3x3-strict": "ICO 3×3 (strict reading)",
  "nhs-5x5": "NHS 5×5",
  "cnil-4x4": "CNIL 4×4",
  custom: "Custom (organisation's own)",
};

/** Up to this many gaps the tab shows the count; above it "99+", so the five tabs still fit a 320 px pane. */
const MOST_SHOWN_IN_TAB = 99;

/** The Gaps tab's text, and the name screen readers hear (always the exact count). */
export function gapsTab(count: number): { text: string; name: string } {
  const name = `Gaps (${count})`;
  return { text: count > MOST_SHOWN_IN_TAB ? `Gaps (${MOST_SHOWN_IN_TAB}+)` : name, name };
}
