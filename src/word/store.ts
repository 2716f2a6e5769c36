import { readSettings, type DocumentSettings, type SettingsProblem } from "../core/settings";
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
  /** Set when a stored value exists but could not be read (it is then kept as it is). */
  problem(): SettingsProblem | undefined;
}

/**
 * Saving over a stored value that could not be read would lose what it holds (ignored findings among them): refused
 * unless the user chose to reset.
 */
export class UnreadableSettingsError extends Error {
  constructor(readonly problem: SettingsProblem) {
    super(problem.message);
    this.name = "UnreadableSettingsError";
  }
}

/** Queues the settings read so that it rides on the caller's next sync. */
export function queueLoadSettings(context: Word.RequestContext): PendingSettings {
  const item = context.document.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  let read: ReturnType<typeof readSettings> | undefined;
  // Called only after the caller's sync, which the lint rule cannot see through the closure.
  /* eslint-disable office-addins/call-sync-before-read */
  const resolve = () => {
    if (read) return read;
    if (item.isNullObject) return (read = readSettings(null));
    const raw: unknown = item.value;
    // Stored as a JSON string; a host that hands back the parsed object gets it re-serialised.
    return (read = readSettings(typeof raw === "string" ? raw : JSON.stringify(raw ?? null)));
  };
  /* eslint-enable office-addins/call-sync-before-read */
  return { value: () => resolve().settings, problem: () => resolve().problem };
}

export async function loadSettings(context: Word.RequestContext): Promise<DocumentSettings> {
  const pending = queueLoadSettings(context);
  await context.sync();
  return pending.value();
}

export interface SaveOptions {
  /** Replace a stored value that could not be read (the user chose "Reset settings"). */
  reset?: boolean;
}

/**
 * Saves the settings. The stored value is read first (same batch, one more sync): when it exists but cannot be
 * read, nothing is written and UnreadableSettingsError says why, unless `reset` is set.
 */
export async function saveSettings(
  context: Word.RequestContext,
  settings: DocumentSettings,
  options: SaveOptions = {},
): Promise<void> {
  if (!options.reset) {
    const stored = queueLoadSettings(context);
    await context.sync();
    const problem = stored.problem();
    if (problem) throw new UnreadableSettingsError(problem);
  }
  // Stored as a JSON string: readSettings then reads what any version wrote, keeping what is valid.
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
