import { parseSettings, type DocumentSettings } from "../core/settings";
import type { ReviewData } from "../core/review/model";
import { parseReview, serializeReview, type ParsedReview } from "../core/review/parse";

/**
 * Per-document settings (matrix, organisation type, ignored findings, last review) kept in the
 * document's own add-in settings (Word.Document.settings, WordApi 1.4), so they travel with the file
 * when it is shared, and never in the browser or on a server.
 */
export const SETTINGS_KEY = "dpia-assist.settings";

/** A queued read of the settings: resolve it after any sync of the same batch (no sync of its own). */
export interface PendingSettings {
  value(): DocumentSettings;
}

/** Queues the settings read so that it rides on the caller's next sync. */
export function queueLoadSettings(context: Word.RequestContext): PendingSettings {
  const item = context.document.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return {
    // Called only after the caller's sync, which the lint rule cannot see through the closure.
    /* eslint-disable office-addins/call-sync-before-read */
    value: () => {
      if (item.isNullObject) return parseSettings(null);
      const raw: unknown = item.value;
      return parseSettings(typeof raw === "string" ? raw : JSON.stringify(raw ?? null));
    },
    /* eslint-enable office-addins/call-sync-before-read */
  };
}

export async function loadSettings(context: Word.RequestContext): Promise<DocumentSettings> {
  const pending = queueLoadSettings(context);
  await context.sync();
  return pending.value();
}

export async function saveSettings(context: Word.RequestContext, settings: DocumentSettings): Promise<void> {
  // Stored as a JSON string: parseSettings then reads what any version wrote, keeping what is valid.
  context.document.settings.add(SETTINGS_KEY, JSON.stringify(settings));
  await context.sync();
}

/**
 * The reviewer's verdicts and action plan (src/core/review), kept beside the settings in the same document settings
 * under their own key, so saving one never rewrites the other.
 */
export const REVIEW_KEY = "dpia-assist.review";

export async function loadReview(context: Word.RequestContext): Promise<ParsedReview> {
  const item = context.document.settings.getItemOrNullObject(REVIEW_KEY);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return parseReview(null);
  const raw: unknown = item.value;
  // Written as a JSON string; a host that hands back the parsed value is read alike.
  return parseReview(typeof raw === "string" ? raw : JSON.stringify(raw ?? null));
}

export async function saveReview(context: Word.RequestContext, review: ReviewData): Promise<void> {
  context.document.settings.add(REVIEW_KEY, serializeReview(review));
  await context.sync();
}
