import { isCellRef, type Ref } from "../core/model";

/**
 * Maps a Ref (Word's body order: every paragraph, tables included; every table, nested ones included) to the
 * element docx-preview rendered for it. docx-preview renders body content into `section > article`, each
 * w:p as a <p> and each w:tbl as a <table>, in document order, so the n-th element of each kind is the n-th
 * of Word's collections. Headers, footers and notes sit outside <article> and are not counted, as in Word.
 */
export function locate(root: HTMLElement, ref: Ref): HTMLElement | null {
  if (!isCellRef(ref)) return bodyElements(root, "p")[ref.paragraph] ?? null;
  const table = bodyElements(root, "table")[ref.table];
  if (!(table instanceof HTMLTableElement)) return null;
  const row = ownRows(table)[ref.row];
  if (!row) return null;
  // docx-preview adds empty placeholder cells for w:gridBefore/w:gridAfter; a real w:tc always holds a <p>.
  const cells = Array.from(row.cells).filter((cell) => cell.querySelector("p") !== null);
  const cell = cells[ref.cell];
  if (!cell) return row;
  // The continuation of a vertical merge is rendered hidden; show the cell it merges into instead.
  return cell.style.display === "none" ? (mergedOrigin(table, ref.row, cell.cellIndex) ?? row) : cell;
}

function bodyElements(root: HTMLElement, tag: "p" | "table"): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const article of Array.from(root.querySelectorAll("section > article"))) {
    out.push(...Array.from(article.querySelectorAll<HTMLElement>(tag)));
  }
  return out;
}

/** Rows of this table only (not of tables nested in its cells). */
function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return Array.from(table.rows).filter((row) => row.closest("table") === table);
}

function mergedOrigin(table: HTMLTableElement, rowIndex: number, cellIndex: number): HTMLElement | null {
  const rows = ownRows(table);
  for (let r = rowIndex - 1; r >= 0; r--) {
    const candidate = rows[r]?.cells[cellIndex];
    if (candidate && candidate.style.display !== "none") return candidate;
  }
  return null;
}
