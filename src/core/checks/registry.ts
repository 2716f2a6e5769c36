import type { Check } from "./types";

/**
 * Every check, sorted by id (after ESLint's rule index). One import per line so that two people can add
 * checks without touching the same line; test/core/checks/registry.test.ts fails when a check file is
 * missing here, has no test, or no page in docs/checks.
 */
import { contradictoryChoice } from "./contradictory-choice";
import { dpiaScreening } from "./dpia-screening";
import { invalidValue } from "./invalid-value";
import { lawfulBasisMissing } from "./lawful-basis-missing";
import { legitimateInterestsPublicAuthority } from "./legitimate-interests-public-authority";
import { notApproved } from "./not-approved";
import { placeholder } from "./placeholder";
import { priorConsultation } from "./prior-consultation";
import { residualAboveInherent } from "./residual-above-inherent";
import { reviewDateMissing } from "./review-date-missing";
import { reviewOverdue } from "./review-overdue";
import { riskNotScored } from "./risk-not-scored";
import { riskScoreMismatch } from "./risk-score-mismatch";
import { sectionMissing } from "./section-missing";
import { signoffConsistency } from "./signoff-consistency";
import { signoffMissing } from "./signoff-missing";
import { specialCategoryConditionMissing } from "./special-category-condition-missing";
import { unanswered } from "./unanswered";
import { unmitigatedRisk } from "./unmitigated-risk";
import { unresolvedChoice } from "./unresolved-choice";

export const CHECKS: readonly Check[] = [
  contradictoryChoice,
  dpiaScreening,
  invalidValue,
  lawfulBasisMissing,
  legitimateInterestsPublicAuthority,
  notApproved,
  placeholder,
  priorConsultation,
  residualAboveInherent,
  reviewDateMissing,
  reviewOverdue,
  riskNotScored,
  riskScoreMismatch,
  sectionMissing,
  signoffConsistency,
  signoffMissing,
  specialCategoryConditionMissing,
  unanswered,
  unmitigatedRisk,
  unresolvedChoice,
];

export function checkById(id: string): Check | undefined {
  return CHECKS.find((c) => c.meta.id === id);
}
