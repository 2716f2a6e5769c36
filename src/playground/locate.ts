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

/** A place the user may type into: the Ref Word knows it by, and the one <p> that holds its text on screen. */
export interface TypingPlace {
  ref: Ref;
  paragraph: HTMLElement;
}

/**
 * The reverse of locate for typing: the paragraph or table cell `element` is in, when it is a place whose text is a
 * single paragraph (a body paragraph, or a cell with one paragraph and no nested table). Null for anything else
 * (headers, footers, notes, multi-paragraph cells), and whenever locate does not map the Ref back to the same
 * element, so a write can never be aimed at a place other than the one on screen.
 */
export function typingPlace(root: HTMLElement, element: Element): TypingPlace | null {
  const article = element.closest("section > article");
  if (!article || !root.contains(article)) return null;
  const cell = element.closest("td, th");
  if (cell instanceof HTMLTableCellElement && article.contains(cell)) {
    const own = Array.from(cell.querySelectorAll<HTMLElement>("p"));
    if (own.length !== 1 || cell.querySelector("table")) return null;
    const table = cell.closest("table");
    const row = cell.parentElement;
    if (!(table instanceof HTMLTableElement) || !(row instanceof HTMLTableRowElement)) return null;
    const ref = {
      table: bodyElements(root, "table").indexOf(table),
      row: ownRows(table).indexOf(row),
      cell: Array.from(row.cells)
        .filter((c) => c.querySelector("p") !== null)
        .indexOf(cell),
    };
    if (ref.table < 0 || ref.row < 0 || ref.cell < 0 || locate(root, ref) !== cell) return null;
    return { ref, paragraph: own[0]! };
  }
  const paragraph = element.closest("p");
  if (!(paragraph instanceof HTMLElement) || !article.contains(paragraph)) return null;
  const ref = { paragraph: bodyElements(root, "p").indexOf(paragraph) };
  if (ref.paragraph < 0 || locate(root, ref) !== paragraph) return null;
  return { ref, paragraph };
}
