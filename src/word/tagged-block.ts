import type { ShadeLevel, TableSpec, UpsertTaggedBlockEdit } from "../core/edits";
import { isCellRef } from "../core/model";
import { checkTarget, GROUP, missing, refOrder, type PreparedEdit, type Refusal } from "./prepared";
import { resolveTarget, type DocumentHandles, type Target } from "./targets";

/**
 * Inserts a block (title, tables, notes) wrapped in a content control carrying `tag`, or, when a block
 * with that tag exists, replaces what is inside it. Only the control's content is written: the text
 * the user typed around it is never touched, and a second run updates rather than adds.
 */

/** Light fills that keep black text readable in print; the level word in the cell carries the meaning. */
export const SHADE_COLOURS: Record<Exclude<ShadeLevel, "none">, string> = {
  low: "#C6EFCE",
  medium: "#FFEB9C",
  high: "#FFC7CE",
};

export function prepareUpsertTaggedBlock(
  handles: DocumentHandles,
  edit: UpsertTaggedBlockEdit,
): PreparedEdit | Refusal {
  const existing = handles.contentControls?.items.find((cc) => cc.tag === edit.tag);
  if (existing) {
    return {
      check: () => null,
      write: () => {
        existing.clear();
        existing.title = edit.title;
        fillBlock(existing, edit);
      },
      // Replacing a block's content is safe to repeat.
      landed: () => "unknown",
      order: () => ({ group: GROUP.block, key: [] }),
    };
  }
  const anchor = edit.anchor;
  const anchorRef = anchor === "selection" || anchor === "end" ? undefined : anchor;
  let target: Target | undefined;
  if (anchorRef) {
    target = resolveTarget(handles, anchorRef);
    if (!target) return missing(anchorRef);
  }
  const selection = anchor === "selection" ? handles.context.document.getSelection() : undefined;
  return {
    check: () => (target && anchorRef ? checkTarget(target, anchorRef, edit.expected) : null),
    write: () => {
      let paragraph: Word.Paragraph;
      if (anchor === "end") paragraph = handles.context.document.body.insertParagraph("", "End");
      else if (selection) paragraph = selection.insertParagraph("", "After");
      else if (anchorRef && isCellRef(anchorRef))
        paragraph = handles.table(anchorRef.table)!.insertParagraph("", "After");
      else paragraph = (target!.container as Word.Paragraph).insertParagraph("", "After");
      // The new paragraph inherits the anchor's style (often a heading); the block is body text.
      paragraph.styleBuiltIn = "Normal";
      const control = paragraph.insertContentControl();
      control.tag = edit.tag;
      control.title = edit.title;
      fillBlock(control, edit);
    },
    // A new block did not land; had it, this round would have found it and taken the update path above.
    landed: () => false,
    order: () => ({ group: GROUP.block, key: anchorRef ? refOrder(anchorRef) : [] }),
  };
}

/**
 * Writes the block's content into an (empty) content control, from the top down. `edit.title` names the
 * control (Word shows it on the control's tab) and is its first, bold, line.
 */
function fillBlock(control: Word.ContentControl, edit: UpsertTaggedBlockEdit): void {
  // An empty control still holds one empty paragraph: the first line of text goes into it.
  let firstParagraphUsed = false;
  let lastWasTable = false;
  const paragraph = (line: string) => {
    if (firstParagraphUsed) control.insertParagraph(line, "End");
    else control.insertText(line, "Start");
    firstParagraphUsed = true;
    lastWasTable = false;
  };
  // The title heads the block (in bold) unless the first table's own lines already start with it.
  if (edit.title && edit.tables[0]?.before?.[0] !== edit.title) {
    control.insertText(edit.title, "Start").font.bold = true;
    firstParagraphUsed = true;
  }
  for (const spec of edit.tables) {
    (spec.before ?? []).forEach(paragraph);
    // Two tables with nothing between them would merge into one.
    if (lastWasTable) paragraph("");
    insertTable(control, spec);
    firstParagraphUsed = true;
    lastWasTable = true;
    (spec.after ?? []).forEach(paragraph);
  }
}

function insertTable(control: Word.ContentControl, spec: TableSpec): void {
  const columns = Math.max(1, ...spec.values.map((row) => row.length));
  const values = spec.values.map((row) => [...row, ...Array<string>(columns - row.length).fill("")]);
  if (values.length === 0) return;
  // Inserted after the control's last paragraph, which keeps it inside the control (a table inserted
  // at the control's "End" is the same place in Word).
  const table = control.paragraphs.getLast().insertTable(values.length, columns, "After", values);
  spec.shading?.forEach((row, r) =>
    row.forEach((level, c) => {
      if (level && level !== "none" && r < values.length && c < columns)
        table.getCell(r, c).shadingColor = SHADE_COLOURS[level];
    }),
  );
}
