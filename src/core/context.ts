import { memoText } from "./detect/text";
import { isCellRef, type DocModel, type Ref, type Table } from "./model";

/**
 * Context fingerprints. Refs are positional ({table,row,cell} or a paragraph index), so after the user inserts a
 * table, a row or a paragraph before the target, a ref names another place; when that place holds the same text
 * (often an empty cell) the text check alone cannot tell. An edit therefore also carries a short digest of what
 * surrounds its target, computed the same way from the scanned model and from the live document:
 * - a cell: its table's header row (without the target's own column when the target is in that row), and the
 *   nearest non-empty first-column text at or above the target row with its distance in rows;
 * - a paragraph: the nearest non-empty paragraph before it, with its distance in paragraphs.
 * Texts are whitespace-collapsed and clipped, so line-break codes and long answers do not matter.
 */

const PIECE = 40;
const TOTAL = 200;

// Memoised: every finding in a table squashes the same header and first-column texts again.
const squash = memoText((text: string): string =>
  // \u000b (vertical tab) and \r are Word's line and paragraph breaks inside a cell or paragraph text.
  text.replace(/[\s\u000b\u00a0\u200b]+/g, " ").trim(),
);

function clip(text: string, max: number): string {
  const flat = squash(text);
  return flat.length > max ? flat.slice(0, max) : flat;
}

/** The context of a cell, from its table's cell texts (rows of cell texts, as Word's Table.values gives them). */
export function cellContext(rows: readonly (readonly string[])[], ref: { row: number; cell: number }): string {
  return cellContextOf((r, c) => rows[r]?.[c], ref);
}

/** The context of a paragraph, from every paragraph text of the body in order. */
export function paragraphContext(texts: readonly string[], index: number): string {
  return paragraphContextOf((i) => texts[i], index);
}

const cellContexts = new WeakMap<Table, Map<string, string>>();

/** The context of a ref in a scanned model, or undefined when the ref is not in it. */
export function contextFor(model: DocModel, ref: Ref): string | undefined {
  if (isCellRef(ref)) {
    const table = model.tables[ref.table];
    if (!table?.rows[ref.row]) return undefined;
    // Per table object, which the live re-check keeps when none of its cells changed: findings in an unchanged table
    // get their contexts without walking its header and rows again.
    let contexts = cellContexts.get(table);
    if (!contexts) cellContexts.set(table, (contexts = new Map()));
    const key = `${ref.row}:${ref.cell}`;
    let context = contexts.get(key);
    if (context === undefined) {
      context = cellContextOf((r, c) => table.rows[r]?.cells[c]?.text, ref);
      contexts.set(key, context);
    }
    return context;
  }
  if (!model.paragraphs[ref.paragraph]) return undefined;
  return paragraphContextOf((i) => model.paragraphs[i]?.text, ref.paragraph);
}

// Accessors rather than arrays: findings call this once each, and copying every text per call would be wasted work.
function cellContextOf(text: (row: number, cell: number) => string | undefined, ref: { row: number; cell: number }) {
  const header: string[] = [];
  for (let c = 0; text(0, c) !== undefined; c++)
    if (ref.row !== 0 || c !== ref.cell) header.push(clip(text(0, c)!, PIECE));
  let anchor = "";
  for (let r = ref.row; r >= 1; r--) {
    if (r === ref.row && ref.cell === 0) continue;
    const first = squash(text(r, 0) ?? "");
    if (first !== "") {
      anchor = `${clip(first, PIECE)}@${ref.row - r}`;
      break;
    }
  }
  return clip(`h:${header.join("|")}¦r:${anchor}`, TOTAL);
}

function paragraphContextOf(text: (index: number) => string | undefined, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const flat = squash(text(i) ?? "");
    if (flat !== "") return clip(`p:${clip(flat, PIECE * 2)}@${index - i}`, TOTAL);
  }
  return "p:";
}
