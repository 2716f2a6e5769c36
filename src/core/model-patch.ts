/**
 * New text for a few paragraphs of a DocModel, without reading the document again: what the live re-check does
 * after the author typed. The result is the model a full read would give, or null when that cannot be promised
 * (then the caller reads the document again) — never a guess.
 */
import type { Cell, CellRef, DocModel, Paragraph, Table } from "./model";

/** For each paragraph index: the table cell whose text it is part of, or undefined outside tables. */
export type CellMap = ReadonlyArray<{ ref: CellRef; paragraphs: readonly number[] } | undefined>;

/**
 * Which cell each in-table paragraph belongs to. A cell's text is its paragraphs' texts joined by "\n" (how every
 * reader builds it), so the cells, taken in order, consume the in-table paragraphs in order: each takes the shortest
 * run whose joined text is its own (joined texts only grow, so at most one run fits). Null when that does not line
 * up everywhere, or when a table is nested (its paragraphs interleave with its parent's).
 */
export function cellMapOf(model: DocModel): CellMap | null {
  if (model.tables.some((t) => t.nestingLevel !== 1)) return null;
  const map: ({ ref: CellRef; paragraphs: number[] } | undefined)[] = new Array(model.paragraphs.length);
  const inTables = model.paragraphs.filter((p) => p.tableNestingLevel > 0);
  let next = 0;
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const taken: number[] = [];
        let joined: string | undefined;
        while (joined !== cell.text) {
          const p = inTables[next++];
          if (!p || (joined !== undefined && joined.length >= cell.text.length)) return null;
          joined = joined === undefined ? p.text : `${joined}\n${p.text}`;
          taken.push(p.index);
        }
        const entry = { ref: cell.ref, paragraphs: taken };
        for (const i of taken) map[i] = entry;
      }
    }
  }
  return next === inTables.length ? map : null;
}

/**
 * The model with `texts` (paragraph index → new text, normalised as readers normalise it) in place of the old ones,
 * and every cell holding one of them rebuilt from its paragraphs. The input is not changed; unchanged paragraphs,
 * cells and tables are shared. Null when the new text cannot be placed exactly: a paragraph or cell that shows a
 * content control's placeholder (which part is placeholder is known only to a full read), a vertical-merge
 * continuation, a cell paragraph without a known cell, or a later cell paragraph starting with a line break (the
 * readers join raw text, where "\r" + "\n" would collapse).
 */
export function withParagraphTexts(
  model: DocModel,
  cells: CellMap | null,
  texts: ReadonlyMap<number, string>,
): DocModel | null {
  const paragraphs = model.paragraphs.slice();
  const touchedCells = new Map<string, { ref: CellRef; paragraphs: readonly number[] }>();
  for (const [index, text] of texts) {
    const old = model.paragraphs[index];
    if (!old || old.placeholderSpans) return null;
    const next: Paragraph = { ...old, text };
    // Highlight offsets belong to the old text; nothing in the analysis reads them, and a full read would give new ones.
    delete next.highlights;
    paragraphs[index] = next;
    if (old.tableNestingLevel === 0) continue;
    const entry = cells?.[index];
    if (!entry) return null;
    touchedCells.set(`${entry.ref.table}:${entry.ref.row}:${entry.ref.cell}`, entry);
  }

  const tables = model.tables.slice();
  for (const { ref, paragraphs: members } of touchedCells.values()) {
    const table = tables[ref.table]!;
    const cell = table.rows[ref.row]?.cells[ref.cell];
    if (!cell || cell.placeholderSpans || cell.verticallyMergedContinuation) return null;
    const parts = members.map((i) => paragraphs[i]!.text);
    if (parts.slice(1).some((t) => t.startsWith("\n"))) return null;
    const rebuilt: Cell = { ...cell, text: parts.join("\n") };
    tables[ref.table] = withCell(table, ref, rebuilt);
  }

  const blocks = model.blocks.map((block) => {
    if (block.kind === "paragraph") {
      const p = paragraphs[block.paragraph.index];
      return p === block.paragraph ? block : { kind: "paragraph" as const, paragraph: p! };
    }
    const t = tables[block.table.index];
    return t === block.table ? block : { kind: "table" as const, table: t! };
  });
  return { ...model, blocks, paragraphs, tables };
}

function withCell(table: Table, ref: CellRef, cell: Cell): Table {
  const rows = table.rows.slice();
  const cells = rows[ref.row]!.cells.slice();
  cells[ref.cell] = cell;
  rows[ref.row] = { ...rows[ref.row]!, cells };
  return { ...table, rows };
}
