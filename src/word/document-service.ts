import { analyze } from "../core/analyze";
import { clearTextMemos } from "../core/detect/text";
import type { AnalysisOptions } from "../core/checks/types";
import type { Edit, EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import type { Report } from "../core/report";
import { DEFAULT_SETTINGS, type DocumentSettings, type SettingsProblem } from "../core/settings";
import { applyEditsWithOutcome } from "./apply";
import { queueFingerprint, readFingerprint } from "./fingerprint";
import { goTo } from "./go-to";
import type { FileSource } from "./file-source";
import { readDocument } from "./read-document";
import { markEditsFor } from "./review";
import type { Capabilities, ContextRunner, DocumentService, ReadInfo } from "./service";
import { loadReview, queueLoadSettings, saveReview, saveSettings, type PendingSettings } from "./store";
import { emptyReview, type ReviewData } from "../core/review/model";
import type { DocModel } from "../core/model";
import { baselineOf, queueParagraphIds, readChanges, type LiveBaseline } from "./live-read";
import { watchParagraphs } from "./paragraph-events";
import { verdictComments, writeVerdictComments } from "./verdict-comments";

/** Today's date as YYYY-MM-DD in the user's time zone (review dates are calendar dates). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The analysis options a document's settings imply, overridden by what the caller passes. */
export function optionsFrom(
  settings: DocumentSettings,
  today: string,
  overrides: Partial<AnalysisOptions> = {},
): AnalysisOptions {
  const options: AnalysisOptions = { today, matrix: settings.matrix };
  if (settings.customMatrix) options.customMatrix = settings.customMatrix;
  if (settings.organisation) options.organisation = settings.organisation;
  if (settings.template) options.template = settings.template;
  if (settings.law) options.law = settings.law;
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) (options as unknown as Record<string, unknown>)[key] = value;
  }
  return options;
}

/** Drops the findings the user chose to ignore (ids are stable across scans). */
export function withoutIgnored(report: Report, settings: DocumentSettings): Report {
  const ignored = new Set(settings.ignored.map((i) => i.id));
  return ignored.size === 0 ? report : { ...report, findings: report.findings.filter((f) => !ignored.has(f.id)) };
}

export interface DocumentServiceOptions {
  /**
   * The document's own bytes (Word: getFileAsync; headless-word: the document it holds). Scans read the model
   * from them with src/docx, and through the Word API when absent or failing (see read-document.ts).
   */
  file?: FileSource;
}

/**
 * The service the task pane (and the playground) talks to. Settings live in the document when the host
 * has WordApi 1.4; without it they are kept for the session only. Reading the settings rides on the
 * syncs of the read or apply it accompanies (one sync of its own when the model came from the file).
 */
export function createDocumentService(
  run: ContextRunner,
  capabilities: Capabilities,
  today: () => string = localToday,
  serviceOptions: DocumentServiceOptions = {},
): DocumentService {
  const documentSettings = capabilities.comments;
  let sessionSettings: DocumentSettings = { ...DEFAULT_SETTINGS, ignored: [] };
  let problem: SettingsProblem | null = null;
  // Without WordApi 1.4 the review, like the settings, lasts for the session only.
  let sessionReview: ReviewData = emptyReview();
  const pendingSettings = (context: Word.RequestContext): PendingSettings =>
    documentSettings ? queueLoadSettings(context) : { value: () => sessionSettings, problem: () => undefined };
  /** Reads the pending settings and remembers whether the stored value could be read. */
  const settle = (pending: PendingSettings): DocumentSettings => {
    problem = pending.problem() ?? null;
    return pending.value();
  };
  const file = serviceOptions.file;
  let lastRead: ReadInfo | undefined;
  // A host that hands over the stored file does not have our own edits in it until it saves (FileSource.live).
  let wrote = false;
  // The fingerprint of the text the last scan read; null once the add-in itself has written since.
  let scanned: string | null = null;
  const writing = async <T>(write: () => Promise<T>): Promise<T> => {
    wrote = true;
    scanned = null;
    try {
      return await write();
    } finally {
      scanned = null;
    }
  };

  // The live re-check's starting point (WordApi 1.6): the model of the last read and the paragraph ids read with it.
  let baseline: LiveBaseline | null = null;
  const report = (model: DocModel, settings: PendingSettings, options: Partial<AnalysisOptions>) => {
    const current = settle(settings);
    // While the live re-check follows this document, the next analysis is of nearly the same texts: keep the memos.
    const keepTextMemos = baseline !== null;
    if (!keepTextMemos) clearTextMemos();
    return withoutIgnored(analyze(model, optionsFrom(current, today(), options), { keepTextMemos }), current);
  };
  const fullScan = async (context: Word.RequestContext, options: Partial<AnalysisOptions>) => {
    const settings = pendingSettings(context);
    // Loaded with the read's first sync (or the one sync after a file read), so it describes the text analysed.
    const fingerprint = queueFingerprint(context);
    const ids = capabilities.paragraphEvents ? queueParagraphIds(context) : undefined;
    const stale = file !== undefined && file.live === false && wrote;
    const outcome = await readDocument(context, stale ? undefined : file);
    const model = outcome.model;
    // The file path syncs nothing: one sync loads the settings and the fingerprint queued above.
    if (model.source === "file") await context.sync();
    scanned = fingerprint.value() ?? null;
    baseline = ids ? baselineOf(model, ids.value()) : null;
    lastRead = { source: model.source ?? "api" };
    const reason = stale ? "the file Word hands over does not have the latest edits yet" : outcome.fallbackReason;
    if (file && reason) lastRead.fallbackReason = reason;
    return report(model, settings, options);
  };

  return {
    capabilities: () => capabilities,

    lastRead: () => lastRead,

    scan: (options = {}) => run((context) => fullScan(context, options)),

    ...(capabilities.paragraphEvents
      ? {
          watchParagraphs: (listener: Parameters<NonNullable<DocumentService["watchParagraphs"]>>[0]) =>
            watchParagraphs(run, listener),
          recheck: (changes: Parameters<NonNullable<DocumentService["recheck"]>>[0], options = {}) =>
            run(async (context) => {
              const from = baseline;
              if (!from) return fullScan(context, options);
              const settings = pendingSettings(context);
              const read = await readChanges(context, from, changes);
              if (read.kind === "full") return fullScan(context, options);
              if (read.kind === "unchanged") return null;
              baseline = read.baseline;
              lastRead = { source: lastRead?.source ?? "api", paragraphsReread: read.paragraphs };
              // The fingerprint describes the last full read only; the focus check then scans again.
              scanned = null;
              return report(read.baseline.model, settings, options);
            }),
        }
      : {}),

    unchangedSinceScan: async () => {
      if (scanned === null) return false;
      const before = scanned;
      return (await run(readFingerprint)) === before;
    },

    apply: (edits: Edit[]): Promise<EditResult[]> =>
      writing(() =>
        run(async (context) => {
          const settings = capabilities.trackChanges ? pendingSettings(context) : undefined;
          const outcome = await applyEditsWithOutcome(context, edits, {
            trackChanges: settings ? () => settings.value().trackChanges === true : undefined,
            // Answers look for our highlight-and-comment marks in their targets, which needs the comments API.
            comments: capabilities.comments,
            checkboxApi: capabilities.checkboxApi !== false,
          });
          return outcome.results;
        }),
      ),

    goTo: (ref: Ref, text?: string) => run((context) => goTo(context, ref, text)),

    markGaps: (findings) =>
      writing(() =>
        run(async (context) => {
          // The highlight colour is a document setting: read it first (one sync, only where settings are kept).
          const settings = pendingSettings(context);
          if (documentSettings) await context.sync();
          const edits = markEditsFor(findings, settle(settings).highlightColor);
          return (await applyEditsWithOutcome(context, edits, { comments: capabilities.comments })).results;
        }),
      ),

    clearMarks: () =>
      writing(() =>
        run(async (context) => {
          const outcome = await applyEditsWithOutcome(context, [{ kind: "clear-marks" }], {
            comments: capabilities.comments,
          });
          return { removed: outcome.marksRemoved };
        }),
      ),

    loadSettings: () =>
      run(async (context) => {
        const settings = pendingSettings(context);
        if (documentSettings) await context.sync();
        return settle(settings);
      }),

    saveSettings: (settings: DocumentSettings, options = {}) => {
      if (!documentSettings) {
        sessionSettings = settings;
        return Promise.resolve();
      }
      return run(async (context) => {
        await saveSettings(context, settings, options);
        problem = null;
      });
    },

    settingsProblem: () => problem,

    loadReview: () => (documentSettings ? run(loadReview) : Promise.resolve({ review: sessionReview, problems: [] })),

    saveReview: (review: ReviewData) => {
      if (!documentSettings) {
        sessionReview = review;
        return Promise.resolve();
      }
      return run((context) => saveReview(context, review));
    },

    writeVerdictComments: (review, sections) => {
      const comments = verdictComments(review.verdicts, review.actions, sections);
      return capabilities.comments && comments.length > 0
        ? writing(() => run((context) => writeVerdictComments(context, comments)))
        : Promise.resolve([]);
    },
  };
}
