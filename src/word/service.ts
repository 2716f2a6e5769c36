import type { AnalysisOptions } from "../core/checks/types";
import type { Edit, EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import type { Finding, Report, ReportSection } from "../core/report";
import type { DocumentSettings, SettingsProblem } from "../core/settings";
import type { ReviewData } from "../core/review/model";
import type { ParsedReview } from "../core/review/parse";
import type { ParagraphChange } from "./live-read";
import type { VerdictCommentResult } from "./verdict-comments";

export type { ParagraphChange };

/**
 * The one object the task pane talks to. It runs src/word functions on a Word.RequestContext that the
 * host gives it: Word.run in Word, headless-word's run in tests and the playground.
 */
export type ContextRunner = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface Capabilities {
  /** WordApi 1.4: comments. Without it, marks are highlights only. */
  comments: boolean;
  /** WordApi 1.4: change tracking mode. */
  trackChanges: boolean;
  /** WordApi 1.7: check-box content controls ticked through the control (else through OOXML). Default true. */
  checkboxApi?: boolean;
  /** WordApi 1.6: paragraph events and ids, for the live re-check. Absent means false. */
  paragraphEvents?: boolean;
}

/** How the last scan read the document: from its own bytes ("file") or through the Word API ("api"). */
export interface ReadInfo {
  source: "file" | "api";
  /** Why a host with a file source read through the API instead (for the user and for support). */
  fallbackReason?: string;
  /** Set by a live re-check that re-read only the paragraphs Word named (WordApi 1.6): how many. */
  paragraphsReread?: number;
}

export interface DocumentService {
  capabilities(): Capabilities;
  /** How the last scan read the document; undefined before the first. Optional for hosts that wrap a service. */
  lastRead?(): ReadInfo | undefined;
  /** Reads the document (≤ 3 syncs) and analyses it with the document's settings merged with `options`. */
  scan(options?: Partial<AnalysisOptions>): Promise<Report>;
  /**
   * True when the document's text is what the last scan read (one sync: body text length + hash and table row
   * counts); false when it changed, when the pane has written since, or before any scan.
   */
  unchangedSinceScan(): Promise<boolean>;
  /**
   * Where `capabilities().paragraphEvents`: listens to Word's paragraph events; resolves with the function that
   * stops listening.
   */
  watchParagraphs?(listener: (change: ParagraphChange) => void): Promise<() => Promise<void>>;
  /**
   * After paragraph events: the report as a full scan would give it now, reading only the paragraphs the events name
   * where that gives the same model (else the whole document), or null when nothing the analysis reads changed.
   */
  recheck?(changes: readonly ParagraphChange[], options?: Partial<AnalysisOptions>): Promise<Report | null>;
  /** Re-checks each target and applies what is still valid, in ≤ 3 syncs. */
  apply(edits: Edit[]): Promise<EditResult[]>;
  /** Selects the place in the document and scrolls to it. */
  goTo(ref: Ref, text?: string): Promise<void>;
  /** Highlights every finding and adds a comment for each (when comments are supported). */
  markGaps(findings: Finding[]): Promise<EditResult[]>;
  /** Removes exactly the marks the add-in made. */
  clearMarks(): Promise<{ removed: number }>;
  loadSettings(): Promise<DocumentSettings>;
  /**
   * Saves the settings. When the stored value could not be read (see settingsProblem) it is kept and the save is
   * refused (UnreadableSettingsError) unless `reset` is set: the user chose to replace it.
   */
  saveSettings(settings: DocumentSettings, options?: { reset?: boolean }): Promise<void>;
  /** The problem with the stored settings seen by the last scan or loadSettings, or null when they were readable. */
  settingsProblem?(): SettingsProblem | null;
  /**
   * The reviewer's verdicts and actions kept in the document, with a line for each entry that could not be read;
   * rejects with ReviewDataError when the stored data is not a review at all.
   */
  loadReview(): Promise<ParsedReview>;
  /** Stores verdicts and actions in the document, beside the settings. */
  saveReview(review: ReviewData): Promise<void>;
  /**
   * Writes each verdict of the review as one comment at its section's heading (Report.sections): added, updated in
   * place, or removed when the section has no verdict any more; ≤ 3 syncs; nothing without comments (WordApi 1.4).
   * "Clear marks" removes them like the other marks.
   */
  writeVerdictComments(review: ReviewData, sections: readonly ReportSection[]): Promise<VerdictCommentResult[]>;
}
