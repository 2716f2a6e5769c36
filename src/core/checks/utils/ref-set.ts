import { isCellRef, type Ref } from "../../model";

/**
 * A set of places (cells and paragraphs), compared by value as refKey compares them, without building a key string
 * per ref: checks fill one with every cell of a long risk register at each analysis. Cells are kept per table under
 * row × 65,536 + cell (Word has at most 63 columns, so two cells of a table never share a number).
 */
export class RefSet {
  private readonly cells = new Map<number, Set<number>>();
  private readonly paragraphs = new Set<number>();

  add(ref: Ref): void {
    if (!isCellRef(ref)) {
      this.paragraphs.add(ref.paragraph);
      return;
    }
    let rows = this.cells.get(ref.table);
    if (!rows) this.cells.set(ref.table, (rows = new Set()));
    rows.add(ref.row * CELLS + ref.cell);
  }

  has(ref: Ref): boolean {
    if (!isCellRef(ref)) return this.paragraphs.has(ref.paragraph);
    return this.cells.get(ref.table)?.has(ref.row * CELLS + ref.cell) ?? false;
  }
}

const CELLS = 65_536;
