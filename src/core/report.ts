import type { Ref } from "./model";
import type { RiskRegister } from "./risk/types";

/** The finding kinds of DESIGN.md § Contracts; the CLI's JSON uses exactly these words. */
export const FINDING_KINDS = [
  "placeholder",
  "unanswered",
  "unresolved-choice",
  "risk-score-mismatch",
  "invalid-value",
  "unmitigated-risk",
  "not-approved",
  "signoff-missing",
  "prior-consultation",
  "review-overdue",
  "lawful-basis-missing",
  "special-category-condition-missing",
  "legitimate-interests-public-authority",
  "contradictory-choice",
  "section-missing",
  "risk-not-scored",
  "review-date-missing",
  "dpia-screening",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = "error" | "warning" | "info";

/** What sort of answer a slot takes; drives the control the task pane shows. */
export type SlotType =
  | "likelihood"
  | "severity"
  | "overall"
  | "effect"
  | "residual"
  | "approved"
  | "yes-no"
  | "date"
  | "name-date"
  | "lawful-basis"
  | "special-category-condition"
  | "free-text";

export interface GuidedAnswer {
  label: string;
  /** Text written into the document when chosen. */
  text: string;
  /** Why / what it implies, citing the article or ICO guidance. */
  why: string;
  citation?: string;
  /** True for model-answer skeletons the user must edit before applying. */
  draft?: boolean;
}

export interface Finding {
  /** Stable for the same gap in the same document (kind + section + normalised text + position in section). */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** The document's own heading, e.g. "Step 5: Identify and assess risks". */
  section: string;
  /** Rendered from the check's meta.messages[messageId] with data. */
  message: string;
  /** Rendered from the check's meta.shortMessages[messageId] with the same data: a label of a few words. */
  short: string;
  messageId: string;
  data: Record<string, string | number>;
  /** The placeholder or the question left unanswered. */
  text: string;
  ref: Ref;
  /** The whole text at ref when scanned: an edit built from this finding refuses to apply if it changed. */
  expected: string;
  /** For slot-type findings: the answer text replaces `target` (the placeholder) or fills the empty slot. */
  target?: string;
  /** Which occurrence of `target` within the text at ref (0-based), when it appears more than once. */
  occurrence?: number;
  /** The answer goes after a label that shares the cell or paragraph ("Summary of DPO advice:"): append, never overwrite. */
  append?: boolean;
  slot?: SlotType;
  answers?: GuidedAnswer[];
  /** Which check reported it (meta.id). */
  check: string;
  /** Digest of what surrounds `ref` when scanned (src/core/context.ts); edits carry it as `expectedContext`. */
  context?: string;
}

export type LevelWord = string;

/** One risk of the register as the CLI contract shows it (lower-case vocabulary words, null where absent). */
export interface RiskSummary {
  id: string;
  description: string;
  likelihood: LevelWord | null;
  severity: LevelWord | null;
  overall: LevelWord | null;
  computed: LevelWord | null;
}

export type TemplateId = "ico-dpia" | "ico-lia" | "edpb-dpia" | "question-form" | "generic";

/**
 * Which body of law the checks applied: the UK GDPR (with the DPA 2018 and ICO guidance), the EU GDPR (EDPB guidance),
 * US privacy law (Privacy Act, E-Government Act §208, state law: no GDPR article checks), or unknown (no GDPR article
 * findings either, since quoting Article 6 to a document that does not rest on it is noise).
 */
export const JURISDICTIONS = ["uk-gdpr", "eu-gdpr", "us", "unknown"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface Report {
  template: TemplateId;
  /** The law set the checks applied (recognised from the document's words, or forced by `--law` / the pane setting). */
  jurisdiction: Jurisdiction;
  /** Human name, e.g. "ICO DPIA template". */
  templateName: string;
  findings: Finding[];
  risks: RiskSummary[];
  /** Progress: answer slots recognised and how many hold an answer. */
  progress: { answered: number; total: number };
  /** Matrix used for computed values (always shown next to them). */
  matrix: { id: string; name: string };
  /** True when the document does not look like a DPIA/LIA/PIA at all (generic placeholder scan only). */
  notAnAssessment: boolean;
  /**
   * The full risk register with the Ref of every cell, for the task pane's Risks screen and the
   * summary's anchor. Not part of the CLI's JSON contract (the CLI prints `risks` only).
   */
  register?: RiskRegister;
  /** Which EDPB WP248 rev.01 criteria the description of the processing meets (absent when nothing was screened). */
  screening?: Screening;
  /**
   * The sections a reviewer judges: the document's own top-level headings (the Steps of an ICO DPIA), without
   * subsections and without a title that has nothing under it. Not part of the CLI's JSON contract.
   */
  sections?: ReportSection[];
}

/** A section of the document by its own heading, with the place of the heading and its text when scanned. */
export interface ReportSection {
  /** As findings name it ("Step 5: Identify and assess risks"). */
  title: string;
  ref: Ref;
  /** The whole text at `ref` when scanned: a comment written there is refused if it changed. */
  expected: string;
}

/** One WP248 criterion met, with the sentence of the document that meets it. */
export interface ScreeningCriterion {
  id: string;
  label: string;
  sentence: string;
  /** Where the criterion is defined ("EDPB WP248 rev.01 III.B.a (4)"). */
  ref: string;
}

export interface Screening {
  criteria: ScreeningCriterion[];
  /** Two or more criteria: WP248 says a DPIA is likely required. */
  dpiaLikelyRequired: boolean;
}
