/**
 * The live re-check's read (WordApi 1.6): after paragraph events, re-read only the paragraphs they name, through
 * `Document.getParagraphByUniqueLocalId`, and put their new text into the model of the last full read
 * (core/model-patch). Anything that could make the result differ from a full read sends the caller back to one:
 * paragraphs added or deleted (every index after them moves), an id the last read did not list, a paragraph whose
 * style, list membership or table nesting changed, one in or holding a content control (a control shows its
 * placeholder only in the file: docs/reading.md), or one with check boxes. One sync, whatever the number of
 * paragraphs.
 *
 * The new text is Word's `Paragraph.text`, normalised as the API read normalises it, put into a model that was
 * usually read from the file. Over headless-word both give the same text (test/word/live-recheck.test.ts checks
 * the reports are equal after random edits); in Word, where the two readings differ for some content
 * (docs/reading.md), the list after a re-check can differ from a Re-scan until the next full read.
 */
import type { DocModel } from "../core/model";
import { cellMapOf, withParagraphTexts, type CellMap } from "../core/model-patch";
import { normaliseText } from "./read";

const BOXES = /[☐☒]/;

/** What the last full read saw, keyed for the events that follow it. */
export interface LiveBaseline {
  model: DocModel;
  /** Paragraph index by uniqueLocalId (body.paragraphs order, as the model's indices). */
  index: ReadonlyMap<string, number>;
  cells: CellMap | null;
}

export type ParagraphChangeType = "added" | "changed" | "deleted";

export interface ParagraphChange {
  type: ParagraphChangeType;
  ids: readonly string[];
}

/** Queues the load of every paragraph's id, for the same sync as the read it accompanies. No sync of its own. */
export function queueParagraphIds(context: Word.RequestContext): { value(): string[] | undefined } {
  const paragraphs = context.document.body.paragraphs.load("items/uniqueLocalId");
  return {
    value: () => {
      try {
        return paragraphs.items.map((p) => p.uniqueLocalId);
      } catch {
        return undefined; // PropertyNotLoaded: the batch never synced after queueing
      }
    },
  };
}

/** The baseline for a model and the ids read with it; null when they do not describe the same paragraphs. */
export function baselineOf(model: DocModel, ids: readonly string[] | undefined): LiveBaseline | null {
  if (!ids || ids.length !== model.paragraphs.length) return null;
  const index = new Map(ids.map((id, i) => [id, i] as const));
  if (index.size !== ids.length) return null;
  return { model, index, cells: cellMapOf(model) };
}

export type LiveRead =
  | { kind: "unchanged" }
  | { kind: "patched"; baseline: LiveBaseline; paragraphs: number }
  | { kind: "full"; reason: string };

/**
 * Re-reads the paragraphs `changes` name (one sync) and returns the baseline with their new text, "unchanged" when
 * nothing the analysis reads changed (formatting, or our own edits the baseline already has), or "full" with why a
 * full read is needed. Whatever else the caller queued on `context` (settings) rides on the same sync.
 */
export async function readChanges(
  context: Word.RequestContext,
  baseline: LiveBaseline,
  changes: readonly ParagraphChange[],
): Promise<LiveRead> {
  if (changes.some((c) => c.type !== "changed")) return { kind: "full", reason: "paragraphs were added or deleted" };
  const ids = [...new Set(changes.flatMap((c) => c.ids))];
  const wanted: {
    index: number;
    paragraph: Word.Paragraph;
    control: Word.ContentControl;
    inline: Word.ContentControlCollection;
  }[] = [];
  for (const id of ids) {
    const index = baseline.index.get(id);
    if (index === undefined) return { kind: "full", reason: "a paragraph the last read did not list changed" };
    const paragraph = context.document.getParagraphByUniqueLocalId(id);
    paragraph.load("text,style,isListItem,tableNestingLevel");
    const control = paragraph.parentContentControlOrNullObject.load("id");
    const inline = paragraph.contentControls.load("items/id");
    wanted.push({ index, paragraph, control, inline });
  }
  try {
    await context.sync();
  } catch (error) {
    // The paragraph is gone (deleted since the event): its deletion event is on its way; read everything now.
    if ((error as { code?: string }).code === "ItemNotFound")
      return { kind: "full", reason: "a changed paragraph is gone" };
    throw error;
  }

  const texts = new Map<number, string>();
  for (const { index, paragraph, control, inline } of wanted) {
    const old = baseline.model.paragraphs[index]!;
    if (
      paragraph.style !== old.style ||
      paragraph.isListItem !== old.isListItem ||
      paragraph.tableNestingLevel !== old.tableNestingLevel
    )
      return { kind: "full", reason: "a paragraph's style, list or table changed" };
    if (!control.isNullObject || inline.items.length > 0)
      return { kind: "full", reason: "a changed paragraph has a content control" };
    // Boxes read as ☐/☒ from the file; Word's text has no character for a legacy FORMCHECKBOX (docs/reading.md).
    if (BOXES.test(old.text)) return { kind: "full", reason: "a changed paragraph has check boxes" };
    const text = normaliseText(paragraph.text);
    if (text !== old.text) texts.set(index, text);
  }
  if (texts.size === 0) return { kind: "unchanged" };
  const model = withParagraphTexts(baseline.model, baseline.cells, texts);
  if (!model) return { kind: "full", reason: "a changed paragraph holds placeholder text or a merged cell" };
  return { kind: "patched", baseline: { ...baseline, model }, paragraphs: wanted.length };
}
