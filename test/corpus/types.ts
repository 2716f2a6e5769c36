/**
 * The labelled corpus: documents with hand-written expectations, written by reading each document as a careful privacy
 * reviewer would (never by looking at what the checks report). Scoring rules are in score.ts.
 */
import type { FindingKind, Jurisdiction, TemplateId } from "../../src/core/report";
import type { AnalysisOptions } from "../../src/core/checks/types";

/** A finding a reviewer requires (a gap), or one that is defensible though not required (acceptable). */
export interface FindingPattern {
  /** The finding kind; or `kindIn` when a reviewer would accept either word. */
  kind?: FindingKind;
  kindIn?: FindingKind[];
  /** Substring (case-insensitive, whitespace collapsed) of the finding's text, message, target, data or section. "" / absent: any. */
  text?: string;
  /**
   * Substring of the text at the finding's place (its paragraph, or for a cell its whole row): for a gap a checker may
   * name either by its label or by its blank ("Event name: ______" is an unanswered "Event name" or a placeholder "___").
   */
  at?: string;
  /** Substring of the finding's section (the document's own heading); a list where a sub-heading is as right as its parent. */
  section?: string | string[];
}

export interface Gap extends FindingPattern {
  /** How many findings this label stands for: at least `min` (default 1) and at most `max` (default = min). */
  min?: number;
  /** Infinity: any number beyond `min` is also expected (the real documents' labels say "at least"). */
  max?: number;
  /** Why a reviewer marks it (for people reading the expectations, not matched). */
  why?: string;
}

export interface Acceptable extends FindingPattern {
  /** One line: why a reviewer would not object to this finding. */
  why: string;
}

/** Nothing may be reported that matches this: a kind, a text (matched against the finding's text, target, message, data and the text at its ref), or both. */
export interface MustNotReport {
  kind?: FindingKind;
  kindIn?: FindingKind[];
  text?: string;
  /** Substring of the text at the finding's place (paragraph, or a cell's whole row): nothing reported about that row. */
  at?: string;
  why?: string;
}

export interface RiskExpectation {
  id?: string;
  /** Substring of the description (when the id is not known). */
  description?: string;
  likelihood?: string | null;
  severity?: string | null;
  overall?: string | null;
  computed?: string | null;
}

export interface CorpusExpectations {
  /** Template the analysis must recognise; absent: not checked. */
  template?: TemplateId;
  jurisdiction?: Jurisdiction;
  gaps: Gap[];
  /** Absent: not checked. `count` is the number of register entries. */
  risks?: { count?: number; entries?: RiskExpectation[] };
  mustNotReport: MustNotReport[];
  acceptable: Acceptable[];
}

export interface CorpusDocument {
  /** Unique, kebab-case, e.g. "numbering-q3-paragraph". */
  name: string;
  /** Which class of issue 15 it covers (for the table). */
  group: string;
  origin: "built" | "seed" | "real";
  load(): Promise<Uint8Array>;
  expectations: CorpusExpectations;
  /** The document's own settings (a declared law or matrix), passed to analyze with today's date. */
  options?: Pick<AnalysisOptions, "law" | "matrix" | "organisation">;
  /** False for the real documents, whose labels are counts: the "quoted text is in the document" guard only applies to ours. */
  quotesChecked?: boolean;
}
