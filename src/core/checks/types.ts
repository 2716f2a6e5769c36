import type { DocModel, Ref } from "../model";
import type { FindingKind, GuidedAnswer, Jurisdiction, Severity, SlotType, TemplateId } from "../report";
import type { DocumentStructure } from "../templates/types";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import type { RiskRegister } from "../risk/types";

/**
 * Every check has the same shape (after ESLint's rules): `meta` with its id, the finding kind it
 * reports, a description and its messages keyed by message id with {{placeholders}}; and one function
 * that reports a message id plus data, never literal text.
 */
export interface CheckMeta {
  /** Same as the file name, e.g. "risk-score-mismatch". */
  id: string;
  kind: FindingKind;
  description: string;
  defaultSeverity: Severity;
  messages: Record<string, string>;
  /**
   * The same findings in a few words, keyed by the same message ids and rendered with the same data: the task pane's
   * one-line label for a gap ("Risk 002: overall Low, matrix gives Medium"). It says what is wrong at that place; the
   * section is shown beside it, so it is not repeated, and the full message is one click away.
   */
  shortMessages: Record<string, string>;
}

import type { OrganisationType } from "../vocabulary/organisation";
// Kept here for the callers outside core that import it with the options (the type lives with the vocabulary).
export type { OrganisationType };

export interface AnalysisOptions {
  /** ISO date (YYYY-MM-DD) that "overdue" is judged against. */
  today: string;
  /** From the user's settings or the CLI; when absent the document's own words decide. */
  organisation?: OrganisationType;
  /** Matrix id ("ico-3x3", "ico-3x3-strict", "nhs-5x5", "cnil-4x4", "custom"). */
  matrix?: string;
  /** An organisation's own matrix, kept in the document's settings. */
  customMatrix?: RiskMatrix;
  /** Force a template instead of recognising one. */
  template?: TemplateId;
  /** Force the law set instead of recognising it from the document ("auto" or absent: recognise). */
  law?: Jurisdiction | "auto";
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  ref: Ref;
  /** The placeholder or question concerned. */
  text: string;
  /** The text that an answer replaces in the target (defaults to the placeholder text for placeholders). */
  target?: string;
  severity?: Severity;
  section?: string;
  slot?: SlotType;
  answers?: GuidedAnswer[];
  /** Distinguishes two findings of the same check at the same ref (e.g. risk number in a multi-risk cell). */
  discriminator?: string;
  /** Which occurrence of `target` in the text at ref (0-based) when it appears more than once. */
  occurrence?: number;
  /** The answer is appended after a label sharing the place (never overwrites the label). */
  append?: boolean;
}

export interface CheckContext {
  model: DocModel;
  options: AnalysisOptions;
  structure: DocumentStructure;
  register: RiskRegister;
  matrix: RiskMatrix;
  report(descriptor: ReportDescriptor): void;
}

export interface Check {
  meta: CheckMeta;
  check(context: CheckContext): void;
}
