import { analyze } from "../core/analyze";
import type { AnalysisOptions } from "../core/checks/types";
import type { Edit, EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import type { Report } from "../core/report";
import { DEFAULT_SETTINGS, type DocumentSettings } from "../core/settings";
import { applyEditsWithOutcome } from "./apply";
import { goTo } from "./go-to";
import { readModel } from "./read";
import { markEditsFor } from "./review";
import type { Capabilities, ContextRunner, DocumentService } from "./service";
import { queueLoadSettings, saveSettings, type PendingSettings } from "./store";

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

/**
 * The service the task pane (and the playground) talks to. Settings live in the document when the host
 * has WordApi 1.4; without it they are kept for the session only. Reading the settings rides on the
 * syncs of the read or apply it accompanies, so a scan costs what readModel costs.
 */
export function createDocumentService(
  run: ContextRunner,
  capabilities: Capabilities,
  today: () => string = localToday,
): DocumentService {
  const documentSettings = capabilities.comments;
  let sessionSettings: DocumentSettings = { ...DEFAULT_SETTINGS, ignored: [] };
  const pendingSettings = (context: Word.RequestContext): PendingSettings =>
    documentSettings ? queueLoadSettings(context) : { value: () => sessionSettings };

  return {
    capabilities: () => capabilities,

    scan: (options = {}) =>
      run(async (context) => {
        const settings = pendingSettings(context);
        const model = await readModel(context);
        const current = settings.value();
        return withoutIgnored(analyze(model, optionsFrom(current, today(), options)), current);
      }),

    apply: (edits: Edit[]): Promise<EditResult[]> =>
      run(async (context) => {
        const settings = capabilities.trackChanges ? pendingSettings(context) : undefined;
        const outcome = await applyEditsWithOutcome(context, edits, {
          trackChanges: settings ? () => settings.value().trackChanges === true : undefined,
        });
        return outcome.results;
      }),

    goTo: (ref: Ref, text?: string) => run((context) => goTo(context, ref, text)),

    markGaps: (findings) =>
      run(async (context) => {
        // The highlight colour is a document setting: read it first (one sync, only where settings are kept).
        const settings = pendingSettings(context);
        if (documentSettings) await context.sync();
        const edits = markEditsFor(findings, settings.value().highlightColor);
        return (await applyEditsWithOutcome(context, edits, { comments: capabilities.comments })).results;
      }),

    clearMarks: () =>
      run(async (context) => {
        const outcome = await applyEditsWithOutcome(context, [{ kind: "clear-marks" }], {
          comments: capabilities.comments,
        });
        return { removed: outcome.marksRemoved };
      }),

    loadSettings: () =>
      run(async (context) => {
        const settings = pendingSettings(context);
        if (documentSettings) await context.sync();
        return settings.value();
      }),

    saveSettings: (settings: DocumentSettings) => {
      if (!documentSettings) {
        sessionSettings = settings;
        return Promise.resolve();
      }
      return run((context) => saveSettings(context, settings));
    },
  };
}
