import { useCallback, useEffect, useRef, useState } from "react";
import type { Edit, EditResult } from "../core/edits";
import type { Finding, Report } from "../core/report";
import { DEFAULT_SETTINGS, type DocumentSettings } from "../core/settings";
import type { DocumentService } from "../word/service";
import { answerEdit } from "./answer-edit";
import { explainError } from "./errors";
import { canRecheckLive, startLiveRecheck } from "./live-recheck";
import type { ParagraphChange } from "../word/service";

export type Phase = "loading" | "ready" | "error";

/** An error the pane shows with a Retry that repeats what failed. */
export interface PaneError {
  message: string;
  retry: () => void;
}

export interface Notice {
  type: "success" | "info" | "warning" | "stale" | "settings";
  text: string;
}

export interface PaneState {
  phase: Phase;
  report: Report | null;
  settings: DocumentSettings;
  /** A scan is running (the first one, or a re-scan behind the current list). */
  scanning: boolean;
  /** Label of the action in progress, so its button can show it and others wait. */
  busy: string | null;
  error: PaneError | null;
  notice: Notice | null;
}

export interface PaneActions {
  rescan(): void;
  applyAnswer(finding: Finding, text: string): Promise<boolean>;
  applyEdits(label: string, edits: Edit[]): Promise<EditResult[] | null>;
  ignore(finding: Finding, reason?: string): Promise<void>;
  unignore(id: string): Promise<void>;
  updateSettings(patch: Partial<DocumentSettings>, rescan?: boolean): Promise<void>;
  goTo(finding: Finding): Promise<void>;
  markGaps(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Replaces stored settings that could not be read with the defaults (the user chose to). */
  resetSettings(): Promise<void>;
  dismiss(): void;
}

const withoutIgnored = (report: Report, settings: DocumentSettings): Report => {
  const ignored = new Set(settings.ignored.map((i) => i.id));
  return { ...report, findings: report.findings.filter((f) => !ignored.has(f.id)) };
};

const refusalText = (result: EditResult): string => {
  if (result.status === "applied") return "";
  if (result.reason === "stale")
    return "The document changed at that place since the last scan, so nothing was written. Re-scan to see it as it is now.";
  if (result.reason === "missing") return "That place is no longer in the document. Re-scan to update the list.";
  return `Word could not make this change: ${result.message}`;
};

/**
 * Everything the pane knows and does, over the DocumentService. A re-scan keeps the current report on
 * screen until the new one arrives (the list, its filters and scroll position stay put), and a scan
 * that finishes after a newer one started is dropped.
 */
export function usePane(service: DocumentService, today: () => string): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>({
    phase: "loading",
    report: null,
    settings: { ...DEFAULT_SETTINGS, ignored: [] },
    scanning: true,
    busy: null,
    error: null,
    notice: null,
  });
  const live = useRef(true);
  const scanSeq = useRef(0);
  const settingsRef = useRef(state.settings);
  const set = useCallback((update: (s: PaneState) => PaneState) => {
    if (live.current) setState(update);
  }, []);

  const scan = useCallback(
    async (loadSettings: boolean) => {
      const seq = ++scanSeq.current;
      set((s) => ({ ...s, scanning: true, error: null, phase: s.report ? s.phase : "loading" }));
      try {
        const settings = loadSettings ? await service.loadSettings() : settingsRef.current;
        const report = await service.scan();
        if (seq !== scanSeq.current) return;
        settingsRef.current = settings;
        // Stored settings that could not be read are kept in the document; the user is told (and can reset them).
        const problem = service.settingsProblem?.() ?? null;
        set((s) => ({
          ...s,
          phase: "ready",
          scanning: false,
          settings,
          report: withoutIgnored(report, settings),
          ...(problem ? { notice: { type: "settings" as const, text: problem.message } } : {}),
        }));
      } catch (error) {
        if (seq !== scanSeq.current) return;
        const retry = () => void scan(loadSettings);
        set((s) => ({
          ...s,
          scanning: false,
          phase: s.report ? "ready" : "error",
          error: { message: `The document could not be scanned. ${explainError(error)}`, retry },
        }));
      }
    },
    [service, set],
  );

  // After the author paused (WordApi 1.6 events): re-check quietly, without the "scanning" state, so the list
  // changes in place. It does not take a scan number of its own: a scan that started before it is queued ahead of it
  // (runs are serialised) and still shows its result, then this newer one; a scan that starts after it wins. A
  // failure falls back to a full scan, which reports its own error.
  const recheck = useCallback(
    async (changes: ParagraphChange[]) => {
      const seq = scanSeq.current;
      try {
        const report = await service.recheck!(changes, {});
        if (report === null || seq !== scanSeq.current) return;
        set((s) => ({ ...s, phase: "ready", report: withoutIgnored(report, settingsRef.current) }));
      } catch {
        if (seq === scanSeq.current && live.current) void scan(false);
      }
    },
    [service, set, scan],
  );

  // Runs one user action: shows it as busy, and turns a thrown error into a MessageBar with Retry.
  const act = useCallback(
    async <T>(label: string, what: string, run: () => Promise<T>): Promise<T | null> => {
      set((s) => ({ ...s, busy: label, error: null, notice: null }));
      try {
        return await run();
      } catch (error) {
        const retry = () => void act(label, what, run);
        set((s) => ({ ...s, error: { message: `${what} ${explainError(error)}`, retry } }));
        return null;
      } finally {
        set((s) => ({ ...s, busy: null }));
      }
    },
    [set],
  );

  useEffect(() => {
    live.current = true;
    void scan(true);
    // WordApi 1.6: follow the author's edits (live-recheck.ts); the focus check below is for hosts without it, and
    // for the case where Word refuses the subscription.
    let following = canRecheckLive(service);
    const liveRecheck = following
      ? startLiveRecheck(
          service,
          (changes) => void recheck(changes),
          () => {
            following = false;
          },
        )
      : undefined;
    // Below WordApi 1.6 Word gives the pane no "document changed" event: when the user comes back to the
    // pane after working in the document, re-scan quietly — unless the document's text is what the last scan
    // read (one cheap sync), so switching windows does not cost a full scan.
    let away = false;
    const onBlur = () => {
      away = true;
    };
    const onFocus = () => {
      if (!away) return;
      away = false;
      if (following) return;
      void service.unchangedSinceScan().then(
        (unchanged) => {
          if (!unchanged && live.current) void scan(false);
        },
        // The check failed (say, the document is busy): scan, which reports its own error.
        () => live.current && void scan(false),
      );
    };
    window.addEventListener("blur", onBlur);
    window.addEventListener("focus", onFocus);
    return () => {
      live.current = false;
      window.removeEventListener("blur", onBlur);
      window.removeEventListener("focus", onFocus);
      // Removing Word's handlers needs a sync; nothing waits for it, and a failure there has no one left to tell.
      void liveRecheck?.stop().catch(() => undefined);
    };
  }, [scan, recheck, service]);

  const saveSettings = useCallback(
    async (settings: DocumentSettings) => {
      await service.saveSettings(settings);
      settingsRef.current = settings;
      set((s) => ({ ...s, settings, report: s.report && withoutIgnored(s.report, settings) }));
    },
    [service, set],
  );

  const actions: PaneActions = {
    rescan: () => void scan(false),
    dismiss: () => set((s) => ({ ...s, notice: null, error: null })),

    applyEdits: (label, edits) =>
      act(label, "The change could not be made.", async () => {
        const results = await service.apply(edits);
        const refused = results.find((r) => r.status === "refused");
        if (refused) set((s) => ({ ...s, notice: { type: "stale", text: refusalText(refused) } }));
        else set((s) => ({ ...s, notice: { type: "success", text: `${label}: done.` } }));
        void scan(false);
        return results;
      }),

    applyAnswer: async (finding, text) => {
      const ok = await act("Apply", "The answer could not be written.", async () => {
        const [result] = await service.apply([answerEdit(finding, text)]);
        if (!result || result.status === "refused") {
          set((s) => ({
            ...s,
            notice: { type: "stale", text: result ? refusalText(result) : "Nothing was written." },
          }));
          return false;
        }
        set((s) => ({
          ...s,
          notice: { type: "success", text: "Answer written into the document. Word's Undo takes it back." },
          report: s.report && { ...s.report, findings: s.report.findings.filter((f) => f.id !== finding.id) },
        }));
        return true;
      });
      if (ok) void scan(false);
      return ok === true;
    },

    ignore: async (finding, reason) => {
      await act("Ignore", "The finding could not be ignored.", () => {
        const current = settingsRef.current;
        const entry = reason?.trim() ? { id: finding.id, reason: reason.trim() } : { id: finding.id };
        return saveSettings({ ...current, ignored: [...current.ignored.filter((i) => i.id !== finding.id), entry] });
      });
    },

    unignore: async (id) => {
      const ok = await act("Un-ignore", "The finding could not be restored.", async () => {
        const current = settingsRef.current;
        await saveSettings({ ...current, ignored: current.ignored.filter((i) => i.id !== id) });
        return true;
      });
      if (ok) void scan(false);
    },

    updateSettings: async (patch, rescan = true) => {
      const ok = await act("Save settings", "The settings could not be saved.", async () => {
        await saveSettings({ ...settingsRef.current, ...patch });
        return true;
      });
      if (ok && rescan) void scan(false);
    },

    resetSettings: async () => {
      const ok = await act("Reset settings", "The settings could not be reset.", async () => {
        const settings = { ...DEFAULT_SETTINGS, ignored: [] };
        await service.saveSettings(settings, { reset: true });
        settingsRef.current = settings;
        set((s) => ({ ...s, settings, notice: { type: "success", text: "Settings reset to the defaults." } }));
        return true;
      });
      if (ok) void scan(false);
    },

    goTo: async (finding) => {
      await act("Go to", "Could not go to that place.", () => service.goTo(finding.ref, finding.text));
    },

    markGaps: async () => {
      const findings = state.report?.findings ?? [];
      await act("Mark all gaps", "The gaps could not be marked.", async () => {
        const results = await service.markGaps(findings);
        const done = results.filter((r) => r.status === "applied").length;
        const skipped = results.length - done;
        // The review date is not worth refusing over: unreadable stored settings stay as they are.
        if (!service.settingsProblem?.()) await saveSettings({ ...settingsRef.current, lastReviewed: today() });
        const comments = service.capabilities().comments ? " and commented" : "";
        const text = `${done} gap${done === 1 ? "" : "s"} highlighted${comments}${skipped ? `; ${skipped} could not be marked because the text changed (re-scan first)` : ""}.`;
        set((s) => ({ ...s, notice: { type: skipped ? "warning" : "success", text } }));
      });
    },

    clearMarks: async () => {
      await act("Clear marks", "The marks could not be cleared.", async () => {
        const { removed } = await service.clearMarks();
        const text = removed
          ? `${removed} mark${removed === 1 ? "" : "s"} removed.`
          : "There were no DPIA Assist marks to remove.";
        set((s) => ({ ...s, notice: { type: "success", text } }));
      });
    },
  };
  return [state, actions];
}
