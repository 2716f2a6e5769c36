/**
 * A cheap check of whether the document changed since the last scan, so the pane need not re-scan every time it
 * regains focus (Word gives a task pane no "document changed" event before WordApi 1.? events, and those are not in
 * our minimum set). One load of Body.text (WordApi 1.1) plus each table's row count, hashed locally: text typed,
 * deleted or pasted anywhere in the body changes it; formatting-only changes do not (they do not change findings,
 * except a paragraph restyled as a heading — the Re-scan button covers that).
 */
export interface PendingFingerprint {
  /** The fingerprint once the batch has synced; undefined when it was not loaded (then treat as changed). */
  value(): string | undefined;
}

/** Queues the loads; read `value()` after the batch's next sync. No sync of its own. */
export function queueFingerprint(context: Word.RequestContext): PendingFingerprint {
  const body = context.document.body;
  body.load("text");
  const tables = body.tables.load("items/rowCount");
  return {
    value: () => {
      try {
        const rows = tables.items.map((t) => t.rowCount).join(",");
        return `${body.text.length}:${fnv1a(body.text)}:${rows}`;
      } catch {
        return undefined; // PropertyNotLoaded: the batch never synced after queueing
      }
    },
  };
}

/** One sync: the document's fingerprint now. */
export async function readFingerprint(context: Word.RequestContext): Promise<string | undefined> {
  const pending = queueFingerprint(context);
  await context.sync();
  return pending.value();
}

/** FNV-1a, 32 bits, over UTF-16 code units: fast, and collisions only cost a skipped re-scan on focus. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
