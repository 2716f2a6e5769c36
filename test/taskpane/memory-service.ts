import type { Edit, EditResult } from "../../src/core/edits";
import { refKey, type Ref } from "../../src/core/model";
import type { Finding, Report, ReportSection } from "../../src/core/report";
import { DEFAULT_SETTINGS, type DocumentSettings } from "../../src/core/settings";
import type { Capabilities, DocumentService } from "../../src/word/service";
import { emptyReview, type ReviewData } from "../../src/core/review/model";
import type { ParsedReview } from "../../src/core/review/parse";
import type { VerdictCommentResult } from "../../src/word/verdict-comments";

/**
 * A hand-written in-memory DocumentService (a test double of our own interface) for component tests.
 * It keeps a report, drops findings whose place an applied edit wrote to, filters ignored ids like the
 * real service, and records every call so tests can check what the pane asked for.
 */
export class MemoryService implements DocumentService {
  readonly applied: Edit[][] = [];
  readonly goTos: { ref: Ref; text?: string }[] = [];
  readonly marked: Finding[][] = [];
  readonly saved: DocumentSettings[] = [];
  clearCalls = 0;
  scans = 0;
  /** The document's version: bump it to simulate the user editing the document outside the pane. */
  version = 0;
  /** Calls of unchangedSinceScan (the cheap check the pane makes on focus). */
  fingerprintChecks = 0;
  private scannedVersion: number | null = null;
  /** Errors to throw from the next scans, in order. */
  scanErrors: unknown[] = [];
  /** Makes apply refuse every edit with this reason. */
  refuse: "stale" | "missing" | null = null;
  /** When set, scan() waits for this promise (to observe the loading state). */
  gate: Promise<void> | null = null;
  settings: DocumentSettings;
  private readonly written = new Set<string>();

  constructor(
    public report: Report,
    private readonly caps: Capabilities = { comments: true, trackChanges: false },
    settings: Partial<DocumentSettings> = {},
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ignored: [], ...settings };
  }

  capabilities(): Capabilities {
    return this.caps;
  }

  async scan(): Promise<Report> {
    this.scans++;
    if (this.gate) await this.gate;
    const error = this.scanErrors.shift();
    if (error !== undefined) throw error;
    this.scannedVersion = this.version;
    const ignored = new Set(this.settings.ignored.map((i) => i.id));
    return {
      ...this.report,
      matrix: { id: this.settings.matrix, name: `matrix ${this.settings.matrix}` },
      findings: this.report.findings.filter((f) => !ignored.has(f.id) && !this.written.has(refKey(f.ref))),
    };
  }

  async unchangedSinceScan(): Promise<boolean> {
    this.fingerprintChecks++;
    return this.scannedVersion === this.version;
  }

  async apply(edits: Edit[]): Promise<EditResult[]> {
    this.applied.push(edits);
    this.version++;
    return edits.map((edit): EditResult => {
      if (this.refuse) return { edit, status: "refused", reason: this.refuse, message: "changed" };
      if ("ref" in edit) this.written.add(refKey(edit.ref));
      return { edit, status: "applied" };
    });
  }

  async goTo(ref: Ref, text?: string): Promise<void> {
    this.goTos.push({ ref, text });
  }

  async markGaps(findings: Finding[]): Promise<EditResult[]> {
    this.marked.push(findings);
    this.version++;
    return findings.map((f) => ({
      edit: { kind: "mark", ref: f.ref, expected: f.expected, findingId: f.id },
      status: "applied",
    }));
  }

  async clearMarks(): Promise<{ removed: number }> {
    this.clearCalls++;
    return { removed: this.marked.flat().length };
  }

  async loadSettings(): Promise<DocumentSettings> {
    return this.settings;
  }

  async saveSettings(settings: DocumentSettings): Promise<void> {
    this.saved.push(settings);
    this.settings = settings;
  }

  /** The review data "in the document"; savedReviews records every save. */
  review: ReviewData = emptyReview();
  readonly savedReviews: ReviewData[] = [];

  async loadReview(): Promise<ParsedReview> {
    return { review: this.review, problems: [] };
  }

  async saveReview(review: ReviewData): Promise<void> {
    this.savedReviews.push(review);
    this.review = review;
  }

  /** Every verdict-comment write the pane asked for: the review it wrote and the sections it named. */
  readonly verdictWrites: { review: ReviewData; sections: readonly ReportSection[] }[] = [];

  async writeVerdictComments(review: ReviewData, sections: readonly ReportSection[]): Promise<VerdictCommentResult[]> {
    this.verdictWrites.push({ review, sections });
    return review.verdicts.map((v) => ({ section: v.section, status: "added" }));
  }
}

let n = 0;

/** A finding with sensible defaults; `over` sets what a test cares about. */
export function finding(over: Partial<Finding> = {}): Finding {
  n++;
  return {
    id: `f${n}`,
    kind: "placeholder",
    severity: "error",
    section: "Step 5: Identify and assess risks",
    message: `Message ${n}`,
    short: `Short ${n}`,
    messageId: "m",
    data: {},
    text: `Text ${n}`,
    ref: { table: 0, row: n, cell: 1 },
    expected: `Text ${n}`,
    check: "test",
    ...over,
  };
}

export function report(findings: Finding[], over: Partial<Report> = {}): Report {
  return {
    template: "ico-dpia",
    templateName: "ICO DPIA template",
    jurisdiction: "uk-gdpr",
    findings,
    risks: [],
    progress: { answered: 41, total: 56 },
    matrix: { id: "ico-3x3", name: "ICO 3×3" },
    notAnAssessment: false,
    ...over,
  };
}
