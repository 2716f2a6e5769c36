import type { DocumentService, ParagraphChange } from "../word/service";

/** How long the author pauses before the pane re-checks: short enough that the list follows within a second. */
export const PAUSE_MS = 700;

export interface LiveRecheck {
  /** Stops listening (Word removes the handlers) and drops any re-check not yet due. */
  stop(): Promise<void>;
}

/** True where the service can follow the author's edits (WordApi 1.6 paragraph events). */
export function canRecheckLive(service: DocumentService): boolean {
  return service.capabilities().paragraphEvents === true && !!service.watchParagraphs && !!service.recheck;
}

/**
 * Collects Word's paragraph events and hands them over once the author has paused for `pauseMs` (each event
 * restarts the wait), so a re-check runs once per pause, not once per keystroke. `onFailure` hears a subscription
 * that Word refused (the pane then falls back to re-scanning on focus).
 */
export function startLiveRecheck(
  service: DocumentService,
  onPause: (changes: ParagraphChange[]) => void,
  onFailure: (error: unknown) => void,
  pauseMs = PAUSE_MS,
): LiveRecheck {
  let pending: ParagraphChange[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const due = () => {
    timer = undefined;
    const changes = pending;
    pending = [];
    if (!stopped && changes.length > 0) onPause(changes);
  };
  const subscription = service.watchParagraphs!((change) => {
    if (stopped) return;
    pending.push(change);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(due, pauseMs);
  }).catch((error: unknown) => {
    if (!stopped) onFailure(error);
    return undefined;
  });
  return {
    stop: async () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      pending = [];
      const unwatch = await subscription;
      if (unwatch) await unwatch();
    },
  };
}
