import type { Edit, EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import { checkContext, isRefusal, refused, type PreparedEdit, type Refusal } from "./prepared";
import { prepareClear, prepareMark } from "./review";
import { prepareInsertRows, prepareSplitRow } from "./rows";
import { prepareUpsertTaggedBlock } from "./tagged-block";
import { DocumentHandles, queueContext, type Needs } from "./targets";
import { prepareAppendText, prepareReplaceText, prepareSetText } from "./text-edits";

export interface ApplyOptions {
  /** Comments are available (WordApi 1.4); marks are highlights only without them. */
  comments?: boolean;
  /**
   * Make the edits as tracked changes (WordApi 1.4), restoring the user's mode afterwards. A function
   * is asked only when the writes are queued, so a setting read in the same batch can decide it.
   */
  trackChanges?: boolean | (() => boolean);
}

/** Outcome of a batch, with the number of marks a clear-marks edit removed. */
export interface ApplyOutcome {
  results: EditResult[];
  marksRemoved: number;
  syncs: number;
}

/**
 * Applies edits in at most three syncs whatever their number: (1) load the collections the targets
 * live in, (2) load every target's text and run the searches, (3) re-check each target against the
 * text the edit was built from and write what still fits. A stale or missing target is refused with a
 * message; the other edits still apply.
 */
export async function applyEdits(
  context: Word.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
): Promise<EditResult[]> {
  return (await applyEditsWithOutcome(context, edits, options)).results;
}

export async function applyEditsWithOutcome(
  context: Word.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  if (edits.length === 0) return { results: [], marksRemoved: 0, syncs: 0 };
  const handles = new DocumentHandles(context, needsOf(edits, options));
  const document = context.document;
  if (options.trackChanges !== undefined && options.trackChanges !== false) document.load("changeTrackingMode");
  await context.sync();

  let removed = () => 0;
  const prepared: (PreparedEdit | Refusal)[] = edits.map((edit) => {
    if (edit.kind === "clear-marks") {
      const clear = prepareClear(handles, edit);
      removed = clear.removed;
      return clear;
    }
    return prepare(handles, edit, options);
  });
  // Context fingerprints load with the targets, in sync 2 (no extra sync).
  const contexts = edits.map((edit, index) => {
    const ref = contextRef(edit);
    return ref && edit.kind !== "clear-marks" && edit.expectedContext !== undefined && !isRefusal(prepared[index]!)
      ? { ref, expected: edit.expectedContext, actual: queueContext(handles, ref) }
      : undefined;
  });
  await context.sync();

  const results: EditResult[] = [];
  const writes: { prepared: PreparedEdit; index: number }[] = [];
  prepared.forEach((item, index) => {
    const edit = edits[index]!;
    const ctx = contexts[index];
    const refusal = isRefusal(item)
      ? item
      : (item.check() ?? (ctx ? checkContext(ctx.ref, ctx.expected, ctx.actual()) : null));
    if (refusal) results[index] = refused(edit, refusal);
    else {
      results[index] = { edit, status: "applied" };
      writes.push({ prepared: item as PreparedEdit, index });
    }
  });
  if (writes.length === 0) return { results, marksRemoved: 0, syncs: 2 };

  writes.sort((a, b) => compareOrder(a.prepared.order(), b.prepared.order()) || a.index - b.index);
  const track = typeof options.trackChanges === "function" ? options.trackChanges() : options.trackChanges === true;
  const userMode = track ? document.changeTrackingMode : undefined;
  if (track) document.changeTrackingMode = "TrackAll";
  for (const { prepared: item } of writes) item.write();
  if (userMode !== undefined && userMode !== "TrackAll") document.changeTrackingMode = userMode;
  await context.sync();
  return { results, marksRemoved: removed(), syncs: 3 };
}

function prepare(
  handles: DocumentHandles,
  edit: Exclude<Edit, { kind: "clear-marks" }>,
  options: ApplyOptions,
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
      return prepareMark(handles, edit, { comments: options.comments ?? false });
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
  const needs: Needs = {};
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
