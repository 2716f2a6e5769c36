import { normaliseForCompare, type EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import { describeRef, type DocumentHandles, type Target } from "./targets";

/**
 * Every edit is carried out in three phases over one batch: its targets are resolved after sync 1 and
 * their text loaded by sync 2 (prepare), then re-checked and its writes queued for sync 3 (check,
 * write). No phase syncs on its own, so any number of edits costs at most three syncs.
 */
export interface Refusal {
  reason: "stale" | "missing" | "unsupported";
  message: string;
}

export interface PreparedEdit {
  /** After sync 2: why the edit cannot be applied, or null when it still fits the document. */
  check(): Refusal | null;
  /** Queues the writes (only called when check passed). */
  write(): void;
  /**
   * Writes run by group (lower first), then by descending key, so that an edit never shifts the
   * target of another edit of the same batch (rows are inserted bottom-up, text edits go first).
   */
  order(): { group: number; key: number[] };
  /**
   * After sync 2 of a round that follows a write Word refused part-way: whether the document already shows this edit
   * (it landed before Word stopped). "unknown" for an edit that can safely run again (a tagged block is replaced
   * whole), which apply then simply repeats.
   */
  landed(): boolean | "unknown";
  /** After Word refused this edit's write: switch to a form Word accepts; false when there is none. */
  fallback?(): boolean;
}

export type Preparer<E> = (handles: DocumentHandles, edit: E) => PreparedEdit | Refusal;

/** Write groups, in the order they run. */
export const GROUP = { clear: 0, text: 1, mark: 2, paragraph: 3, rows: 4, block: 5 } as const;

export function isRefusal(value: PreparedEdit | Refusal): value is Refusal {
  return (value as Refusal).reason !== undefined;
}

export function missing(ref: Ref): Refusal {
  return { reason: "missing", message: `The document no longer has ${describeRef(ref)}; scan again.` };
}

/** Refuses when the target's text is not what the edit was built from. */
export function checkTarget(target: Target, ref: Ref, expected: string): Refusal | null {
  const actual = target.text();
  if (actual === undefined) return missing(ref);
  if (normaliseForCompare(actual) !== normaliseForCompare(expected)) {
    return {
      reason: "stale",
      message: `The text at ${describeRef(ref)} changed since the scan (expected "${clip(expected)}", found "${clip(actual)}"); scan again.`,
    };
  }
  return null;
}

/**
 * Refuses when what surrounds the target is not what the scan saw: the ref names another place now (a table, row
 * or paragraph was inserted, deleted or moved before it), even if that place happens to hold the expected text.
 */
export function checkContext(ref: Ref, expected: string, actual: string | undefined): Refusal | null {
  if (actual === undefined) return missing(ref);
  if (actual === expected) return null;
  return {
    reason: "stale",
    message: `${capitalise(describeRef(ref))} is no longer the place the scan found (a table, row or paragraph was added, removed or moved before it); scan again.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Word's search did not find the text where the target's text has it (see rangeFromHits): nothing is written. */
export function searchMismatch(find: string, ref: Ref): Refusal {
  return {
    reason: "stale",
    message: `Word's search does not find "${clip(find)}" where ${describeRef(ref)} shows it (a field, hidden text or a curly quote may be in the way), so nothing was written there; edit it by hand or scan again.`,
  };
}

export function refOrder(ref: Ref): number[] {
  return "table" in ref ? [ref.table, ref.row, ref.cell] : [ref.paragraph];
}

function clip(text: string): string {
  const flat = normaliseForCompare(text).replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

export function refused(edit: EditResult["edit"], refusal: Refusal): EditResult {
  return { edit, status: "refused", reason: refusal.reason, message: refusal.message };
}
