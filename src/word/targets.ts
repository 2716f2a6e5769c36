import { cellContext, paragraphContext } from "../core/context";
import { isCellRef, type CellRef, type Ref } from "../core/model";

/**
 * The document's collections, loaded once per batch (sync 1), from which every edit's target is
 * resolved. Only what the edits need is loaded: the paragraph texts when a paragraph is targeted, the
 * table list when a cell is, the content controls when marks or tagged blocks are involved.
 */
export interface Needs {
  paragraphs?: boolean;
  tables?: boolean;
  contentControls?: boolean;
  comments?: boolean;
  /** The host has comments (WordApi 1.4): edits may look for our highlight-and-comment marks in their targets. */
  canComment?: boolean;
}

export class DocumentHandles {
  readonly paragraphs?: Word.ParagraphCollection;
  readonly tables?: Word.TableCollection;
  readonly contentControls?: Word.ContentControlCollection;
  readonly comments?: Word.CommentCollection;
  readonly canComment: boolean;

  constructor(
    readonly context: Word.RequestContext,
    needs: Needs,
  ) {
    this.canComment = needs.canComment === true;
    const body = context.document.body;
    if (needs.paragraphs) this.paragraphs = body.paragraphs.load("text");
    if (needs.tables) this.tables = body.tables.load("rowCount");
    if (needs.contentControls) this.contentControls = context.document.contentControls.load("tag");
    if (needs.comments) this.comments = body.getComments().load("content");
  }

  /** The paragraph at a body index, or undefined when the document has fewer (after sync 1). */
  paragraph(index: number): Word.Paragraph | undefined {
    return this.paragraphs?.items[index];
  }

  /** The table at a body index, or undefined (after sync 1). */
  table(index: number): Word.Table | undefined {
    return this.tables?.items[index];
  }

  private readonly valueLoads = new Set<number>();
  private texts?: string[];

  /** Queues the load of a table's cell texts (for sync 2), once per table. */
  tableValues(tableIndex: number): void {
    const table = this.table(tableIndex);
    if (!table || this.valueLoads.has(tableIndex)) return;
    this.valueLoads.add(tableIndex);
    table.load("values");
  }

  /** Every paragraph's text (after sync 1), computed once per batch. */
  paragraphTexts(): string[] {
    this.texts ??= (this.paragraphs?.items ?? []).map((p) => p.text);
    return this.texts;
  }

  private readonly rowCollections = new Map<number, Word.TableRowCollection>();

  /** Queues the load of a table's rows with their cell counts (for sync 2), once per table. */
  rows(tableIndex: number): Word.TableRowCollection | undefined {
    const known = this.rowCollections.get(tableIndex);
    if (known) return known;
    const table = this.table(tableIndex);
    if (!table) return undefined;
    // Their texts too: after a write Word refused part-way, they tell whether a row edit had landed.
    const rows = table.rows.load("cellCount,values");
    this.rowCollections.set(tableIndex, rows);
    return rows;
  }

  /**
   * Queues the load of a cell's text (for sync 2). Undefined when the table or row is gone; a null
   * object (checked after sync 2) when the row has fewer cells.
   */
  cell(ref: CellRef): Word.TableCell | undefined {
    const table = this.table(ref.table);
    if (!table || ref.row < 0 || ref.row >= table.rowCount || ref.cell < 0) return undefined;
    const cell = table.getCellOrNullObject(ref.row, ref.cell);
    cell.load("rowIndex");
    cell.body.load("text");
    return cell;
  }
}

/**
 * Queues what the context fingerprint of a ref needs (between sync 1 and sync 2) and returns a reader valid after
 * sync 2: the table's cell texts (Table.values, the same property the scan reads) for a cell, the paragraph texts
 * (already loaded in sync 1) for a paragraph. The reader gives undefined when the place is gone.
 */
export function queueContext(handles: DocumentHandles, ref: Ref): () => string | undefined {
  if (isCellRef(ref)) {
    const table = handles.table(ref.table);
    if (!table) return () => undefined;
    handles.tableValues(ref.table);
    return () => (ref.row < table.values.length ? cellContext(table.values, ref) : undefined);
  }
  const paragraphs = handles.paragraphs;
  if (!paragraphs || !paragraphs.items[ref.paragraph]) return () => undefined;
  return () => paragraphContext(handles.paragraphTexts(), ref.paragraph);
}

/** What the edits need loaded in sync 1. */
export function needsFor(refs: Ref[]): Needs {
  return { paragraphs: refs.some((r) => !isCellRef(r)), tables: refs.some((r) => isCellRef(r)) };
}

/** A resolved target: its text (available after sync 2) and where to write. */
export interface Target {
  /** The range searched and written in: a paragraph or a cell's body. */
  container: Word.Paragraph | Word.Body;
  cell?: Word.TableCell;
  /** Valid after sync 2; undefined when the target turned out not to exist. */
  text(): string | undefined;
}

/** Resolves a ref into a Target (call between sync 1 and sync 2). Undefined when the ref is out of range. */
export function resolveTarget(handles: DocumentHandles, ref: Ref): Target | undefined {
  if (!isCellRef(ref)) {
    const paragraph = handles.paragraph(ref.paragraph);
    if (!paragraph) return undefined;
    return { container: paragraph, text: () => paragraph.text };
  }
  const cell = handles.cell(ref);
  if (!cell) return undefined;
  return { container: cell.body, cell, text: () => (cell.isNullObject ? undefined : cell.body.text) };
}

export function describeRef(ref: Ref): string {
  return isCellRef(ref)
    ? `table ${ref.table + 1}, row ${ref.row + 1}, cell ${ref.cell + 1}`
    : `paragraph ${ref.paragraph + 1}`;
}
