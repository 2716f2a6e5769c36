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
  const look = queueLook(handles, edit);
  const existing = handles.contentControls?.items.find((cc) => cc.tag === edit.tag);
  if (existing) {
    return {
      check: () => null,
      write: () => {
        existing.clear();
        existing.title = edit.title;
        fillBlock(existing, edit, look());
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
      fillBlock(control, edit, look());
    },
    // A new block did not land; had it, this round would have found it and taken the update path above.
    landed: () => false,
    order: () => ({ group: GROUP.block, key: anchorRef ? refOrder(anchorRef) : [] }),
  };
}

/** What the block copies from the document: its section headings' paragraph style, its risk table's look. */
interface Look {
  headingStyle?: string;
  tableStyle?: string;
  fontSize?: number;
  headerShading?: string;
  borders: Array<{ location: (typeof BORDERS)[number]; type: Word.TableBorder["type"]; color: string; width: number }>;
}

const BORDERS = ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"] as const;

/**
 * Queues (for sync 2) the reads of what the block should look like, and returns a reader valid after it: the
 * paragraph style of the heading whose text is `edit.headingText` (Paragraph.style), and of table `edit.lookLike` its
 * style (Table.style), font size (Table.font), first-cell shading (TableCell.shadingColor) and borders
 * (Table.getBorder, WordApi 1.3: https://learn.microsoft.com/en-us/javascript/api/word/word.table).
 */
function queueLook(handles: DocumentHandles, edit: UpsertTaggedBlockEdit): () => Look {
  const body = handles.context.document.body;
  const paragraphs = edit.headingText
    ? body.paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel")
    : undefined;
  const source = edit.lookLike !== undefined ? handles.table(edit.lookLike) : undefined;
  if (source) source.load("style");
  const font = source?.font.load("size");
  const header = source?.getCellOrNullObject(0, 0).load("shadingColor");
  const borders = source ? BORDERS.map((location) => ({ location, border: source.getBorder(location).load() })) : [];
  return () => {
    const wanted = squash(edit.headingText ?? "");
    const heading = paragraphs?.items.find((p) => p.tableNestingLevel === 0 && squash(p.text) === wanted);
    const look: Look = { borders: [] };
    if (heading && heading.styleBuiltIn !== "Normal" && heading.style) look.headingStyle = heading.style;
    if (!source) return look;
    if (source.style) look.tableStyle = source.style;
    if (typeof font?.size === "number" && font.size > 0) look.fontSize = font.size;
    if (header && !header.isNullObject && header.shadingColor && !/^#?FFFFFF$/i.test(header.shadingColor))
      look.headerShading = header.shadingColor;
    for (const { location, border } of borders)
      // A side the table leaves without a border keeps the inserted table's default rather than losing its grid.
      if (border.type !== "None" && border.type !== "Mixed")
        look.borders.push({ location, type: border.type, color: border.color, width: border.width });
    return look;
  };
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Writes the block's content into an (empty) content control, from the top down. `edit.title` names the
 * control (Word shows it on the control's tab) and is its first, bold, line.
 */
function fillBlock(control: Word.ContentControl, edit: UpsertTaggedBlockEdit, look: Look): void {
  // An empty control still holds one empty paragraph: the first line of text goes into it.
  let firstParagraphUsed = false;
  let lastWasTable = false;
  const paragraph = (line: string) => {
    // A paragraph added after the title would take the heading's style: the lines below it are body text.
    if (firstParagraphUsed) control.insertParagraph(line, "End").styleBuiltIn = "Normal";
    else control.insertText(line, "Start");
    firstParagraphUsed = true;
    lastWasTable = false;
  };
  // The title heads the block, in the style of the document's section headings (else in bold), unless the first
  // table's own lines already start with it.
  if (edit.title && edit.tables[0]?.before?.[0] !== edit.title) {
    const title = control.insertText(edit.title, "Start");
    if (look.headingStyle) control.paragraphs.getFirst().style = look.headingStyle;
    else title.font.bold = true;
    firstParagraphUsed = true;
  }
  for (const spec of edit.tables) {
    (spec.before ?? []).forEach(paragraph);
    // Two tables with nothing between them would merge into one.
    if (lastWasTable) paragraph("");
    insertTable(control, spec, look);
    firstParagraphUsed = true;
    lastWasTable = true;
    (spec.after ?? []).forEach(paragraph);
  }
}

function insertTable(control: Word.ContentControl, spec: TableSpec, look: Look): void {
  const columns = Math.max(1, ...spec.values.map((row) => row.length));
  const values = spec.values.map((row) => [...row, ...Array<string>(columns - row.length).fill("")]);
  if (values.length === 0) return;
  // Inserted after the control's last paragraph, which keeps it inside the control (a table inserted
  // at the control's "End" is the same place in Word).
  const table = control.paragraphs.getLast().insertTable(values.length, columns, "After", values);
  if (look.tableStyle) table.style = look.tableStyle;
  for (const b of look.borders) {
    const border = table.getBorder(b.location);
    border.type = b.type;
    border.color = b.color;
    border.width = b.width;
  }
  // The document's table font size, but never larger than the size the column widths were computed for.
  const size = Math.min(look.fontSize ?? spec.fontSize ?? Infinity, spec.fontSize ?? Infinity);
  if (Number.isFinite(size)) table.font.size = size;
  spec.widths?.forEach((width, c) => {
    if (c < columns) table.getCell(0, c).columnWidth = width;
  });
  if (look.headerShading) for (let c = 0; c < columns; c++) table.getCell(0, c).shadingColor = look.headerShading;
  spec.shading?.forEach((row, r) =>
    row.forEach((level, c) => {
      if (level && level !== "none" && r < values.length && c < columns)
        table.getCell(r, c).shadingColor = SHADE_COLOURS[level];
    }),
  );
}
