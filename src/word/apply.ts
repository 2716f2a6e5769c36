import { describeHostError, errorLocation } from "../core/host-errors";
import type { Edit, EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import { checkContext, isRefusal, refused, type PreparedEdit, type Refusal } from "./prepared";
import { prepareClear, prepareMark } from "./review";
import { prepareInsertRows, prepareSplitRow } from "./rows";
import { prepareUpsertTaggedBlock } from "./tagged-block";
import { DocumentHandles, queueContext, type Needs } from "./targets";
import { prepareAppendText, prepareReplaceText, prepareSetText } from "./text-edits";
import { prepareTickBox } from "./tick-box";

export interface ApplyOptions {
  /** Comments are available (WordApi 1.4); marks are highlights only without them. */
  comments?: boolean;
  /**
   * Make the edits as tracked changes (WordApi 1.4), restoring the user's mode afterwards. A function
   * is asked only when the writes are queued, so a setting read in the same batch can decide it.
   */
  trackChanges?: boolean | (() => boolean);
  /**
   * WordApi 1.7 (checkboxContentControl.isChecked) is there: check boxes are ticked through the control. When false,
   * through the target's OOXML (WordApi 1.1). Default true (headless-word has the 1.7 member).
   */
  checkboxApi?: boolean;
}

/**
 * Outcome of a batch. `results[i]` answers `edits[i]`: `{ edit, status: "applied" }` once the sync that wrote it has
 * succeeded (or, after a write Word refused part-way, once a re-read shows it in the document), or
 * `{ edit, status: "refused", reason, message }` with a message a user can act on. `marksRemoved` counts the findings
 * a clear-marks edit unmarked; `syncs` the round trips taken.
 */
export interface ApplyOutcome {
  results: EditResult[];
  marksRemoved: number;
  syncs: number;
}

/**
 * Applies edits in three syncs whatever their number, when Word accepts them all: (1) load the collections the
 * targets live in, (2) load every target's text and run the searches, (3) re-check each target against the text the
 * edit was built from and write what still fits. A stale or missing target is refused with a message; the other edits
 * still apply.
 *
 * Word runs a sync's actions in order and stops at the first it refuses, keeping what ran before (Office.js has no
 * rollback; see OfficeExtension.Error's traceMessages example in the API reference). So one refused write never sinks
 * the rest: the edits are read again, those whose result is in the document are reported applied, the first one in
 * write order that is not is the one Word refused (a mark then becomes a highlight and a comment; anything else is
 * refused with Word's reason in plain words), and the others are written again. A failure before any write (a load or
 * a search) is narrowed down by halves. Every failed round settles at least one edit, so this ends; and nothing is
 * reported applied before a sync or a re-read has shown it.
 */
export async function applyEdits(
  context: Word.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
): Promise<EditResult[]> {
  return (await applyEditsWithOutcome(context, edits, options)).results;
}

/** What carries over from a round whose write Word refused part-way. */
interface Interrupted {
  /** Indices of the edits written in that round, in write order. */
  order: number[];
  error: unknown;
}

interface BatchState {
  /** Word refused a content control in this batch: later marks are highlights + comments from the start. */
  controlsRefused: boolean;
  /** Marks switched to highlight + comment after Word refused their control. */
  fallbacks: Set<number>;
  syncs: number;
  marksRemoved: number;
}

export async function applyEditsWithOutcome(
  context: Word.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const results: EditResult[] = new Array<EditResult>(edits.length);
  if (edits.length === 0) return { results, marksRemoved: 0, syncs: 0 };
  const state: BatchState = { controlsRefused: false, fallbacks: new Set(), syncs: 0, marksRemoved: 0 };
  await settle(
    context,
    edits,
    edits.map((_, i) => i),
    options,
    state,
    results,
  );
  return { results, marksRemoved: state.marksRemoved, syncs: state.syncs };
}

/** Applies `pending` (indices into `edits`) until each has a result. */
async function settle(
  context: Word.RequestContext,
  edits: Edit[],
  pending: number[],
  options: ApplyOptions,
  state: BatchState,
  results: EditResult[],
  from?: Interrupted,
): Promise<void> {
  let interrupted = from;
  while (pending.length > 0) {
    const round = await runRound(context, edits, pending, options, state, results, interrupted);
    if (round.kind === "done") return;
    if (round.kind === "interrupted") {
      interrupted = round.interrupted;
      pending = round.pending;
      continue;
    }
    // A load or search failed before anything was written: narrow it down by halves.
    if (pending.length === 1) {
      const index = pending[0]!;
      results[index] = refused(edits[index]!, wordRefusal(round.error));
      return;
    }
    const half = Math.ceil(pending.length / 2);
    await settle(context, edits, pending.slice(0, half), options, state, results, interrupted);
    pending = pending.slice(half);
  }
}

type Round =
  | { kind: "done" }
  | { kind: "interrupted"; interrupted: Interrupted; pending: number[] }
  | { kind: "read-failed"; error: unknown };

async function runRound(
  context: Word.RequestContext,
  edits: Edit[],
  pending: number[],
  options: ApplyOptions,
  state: BatchState,
  results: EditResult[],
  interrupted: Interrupted | undefined,
): Promise<Round> {
  const batch = pending.map((i) => edits[i]!);
  const handles = new DocumentHandles(context, needsOf(batch, options));
  const document = context.document;
  const track = options.trackChanges !== undefined && options.trackChanges !== false;
  if (track) document.load("changeTrackingMode");

  let removed = () => 0;
  const prepared = new Map<number, PreparedEdit | Refusal>();
  const contexts = new Map<number, { ref: Ref; expected: string; actual: () => string | undefined }>();
  try {
    await sync(context, state);
    for (const index of pending) {
      const edit = edits[index]!;
      let item: PreparedEdit | Refusal;
      if (edit.kind === "clear-marks") {
        const clear = prepareClear(handles, edit);
        removed = clear.removed;
        item = clear;
      } else {
        item = prepare(handles, edit, options, state.controlsRefused || state.fallbacks.has(index));
      }
      prepared.set(index, item);
      // Context fingerprints load with the targets, in sync 2 (no extra sync).
      const ref = contextRef(edit);
      if (ref && edit.kind !== "clear-marks" && edit.expectedContext !== undefined && !isRefusal(item))
        contexts.set(index, { ref, expected: edit.expectedContext, actual: queueContext(handles, ref) });
    }
    await sync(context, state);
  } catch (error) {
    logForSupport(error);
    return { kind: "read-failed", error };
  }

  // After an interrupted write: what landed is applied; the first edit in write order that did not is the one Word
  // refused; an edit that can safely run again is simply written again.
  const settled = new Set<number>();
  if (interrupted) {
    let culprit: number | undefined;
    for (const index of interrupted.order) {
      const item = prepared.get(index);
      if (!item || isRefusal(item)) continue;
      const landed = item.landed();
      if (landed === true) {
        results[index] = { edit: edits[index]!, status: "applied" };
        settled.add(index);
      } else if (landed === false && culprit === undefined) culprit = index;
    }
    culprit ??= interrupted.order.find((index) => !settled.has(index));
    if (culprit !== undefined) {
      const item = prepared.get(culprit);
      const edit = edits[culprit]!;
      if (edit.kind === "mark" && errorLocation(interrupted.error)?.endsWith("insertContentControl"))
        state.controlsRefused = true;
      if (item && !isRefusal(item) && item.fallback?.()) state.fallbacks.add(culprit);
      else {
        results[culprit] = refused(edit, wordRefusal(interrupted.error));
        settled.add(culprit);
      }
    }
  }

  const writes: { prepared: PreparedEdit; index: number }[] = [];
  for (const index of pending) {
    if (settled.has(index)) continue;
    const item = prepared.get(index)!;
    const ctx = contexts.get(index);
    const refusal = isRefusal(item)
      ? item
      : (item.check() ?? (ctx ? checkContext(ctx.ref, ctx.expected, ctx.actual()) : null));
    if (refusal) results[index] = refused(edits[index]!, refusal);
    else writes.push({ prepared: item as PreparedEdit, index });
  }
  if (writes.length === 0) return { kind: "done" };

  writes.sort((a, b) => compareOrder(a.prepared.order(), b.prepared.order()) || a.index - b.index);
  const trackNow = typeof options.trackChanges === "function" ? options.trackChanges() : options.trackChanges === true;
  const userMode = trackNow ? document.changeTrackingMode : undefined;
  if (trackNow) document.changeTrackingMode = "TrackAll";
  for (const { prepared: item } of writes) item.write();
  const restoreMode = () => {
    if (userMode !== undefined && userMode !== "TrackAll") document.changeTrackingMode = userMode;
  };
  restoreMode();
  try {
    await sync(context, state);
  } catch (error) {
    logForSupport(error);
    // Word stopped before the mode was put back: the next round's first sync carries it.
    restoreMode();
    return {
      kind: "interrupted",
      interrupted: { order: writes.map((w) => w.index), error },
      pending: writes.map((w) => w.index),
    };
  }
  for (const { index } of writes) results[index] = { edit: edits[index]!, status: "applied" };
  state.marksRemoved += removed();
  return { kind: "done" };
}

async function sync(context: Word.RequestContext, state: BatchState): Promise<void> {
  state.syncs++;
  await context.sync();
}

/** For support: where Word says it failed (debugInfo.errorLocation), beside the code. */
function logForSupport(error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`DPIA Assist: Word refused a change: ${String(code ?? "no code")} at ${errorLocation(error) ?? "?"}`);
}

function wordRefusal(error: unknown): Refusal {
  return { reason: "unsupported", message: `Word refused this change. ${describeHostError(error)}` };
}

function prepare(
  handles: DocumentHandles,
  edit: Exclude<Edit, { kind: "clear-marks" }>,
  options: ApplyOptions,
  preferComments: boolean,
): PreparedEdit | Refusal {
  switch (edit.kind) {
    case "set-text":
      return prepareSetText(handles, edit);
    case "replace-text":
      return prepareReplaceText(handles, edit);
    case "append-text":
      return prepareAppendText(handles, edit);
    case "insert-rows":
      return prepareInsertRows(handles, edit);
    case "split-row":
      return prepareSplitRow(handles, edit);
    case "upsert-tagged-block":
      return prepareUpsertTaggedBlock(handles, edit);
    case "mark":
      return prepareMark(handles, edit, { comments: options.comments ?? false, preferComments });
    case "tick-box":
      return prepareTickBox(handles, edit, { checkboxApi: options.checkboxApi !== false });
  }
}

/** The place an edit's context fingerprint describes: its target, or a tagged block's anchor. */
function contextRef(edit: Edit): Ref | undefined {
  if (edit.kind === "clear-marks") return undefined;
  if (edit.kind === "upsert-tagged-block")
    return edit.anchor === "selection" || edit.anchor === "end" ? undefined : edit.anchor;
  return edit.ref;
}

function needsOf(edits: Edit[], options: ApplyOptions): Needs {
  const refs: Ref[] = [];
  const needs: Needs = { canComment: options.comments === true };
  for (const edit of edits) {
    if (edit.kind === "clear-marks") {
      needs.contentControls = true;
      if (options.comments) needs.comments = true;
    } else if (edit.kind === "upsert-tagged-block") {
      needs.contentControls = true;
      if (edit.anchor !== "selection" && edit.anchor !== "end") refs.push(edit.anchor);
    } else {
      if (edit.kind === "mark") {
        needs.contentControls = true;
        if (options.comments) needs.comments = true;
      }
      refs.push(edit.ref);
    }
  }
  for (const ref of refs) {
    if ("table" in ref) needs.tables = true;
    else needs.paragraphs = true;
  }
  return needs;
}

/** Lower group first; within a group, later places in the document first. */
function compareOrder(a: { group: number; key: number[] }, b: { group: number; key: number[] }): number {
  if (a.group !== b.group) return a.group - b.group;
  for (let i = 0; i < Math.max(a.key.length, b.key.length); i++) {
    const d = (b.key[i] ?? -1) - (a.key[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
