/**
 * "Nothing lost": compares the document before and after a batch of the add-in's edits. Every top-level paragraph
 * and every table cell that no applied edit targeted must still be there, with the same text, in the same order.
 * Inserted rows and the computed risk summary block are mapped around (they are new content, not changes), and
 * reviewer marks count as targeting nothing: a mark must never change any text.
 */
import { RISK_SUMMARY_TAG, type Edit, type EditResult } from "../../../src/core/edits";
import { refKey, type DocModel } from "../../../src/core/model";
import { readModel } from "../../../src/word/read";
import type { Session } from "./documents";

/** A model plus the indices of the paragraphs that sit inside the add-in's risk summary block. */
export interface Snapshot {
  model: DocModel;
  summaryParagraphs: Set<number>;
}

export async function snapshot(s: Session): Promise<Snapshot> {
  return s.document.run(async (context) => {
    const model = await readModel(context);
    const parents = context.document.body.paragraphs.load("items");
    await context.sync();
    const controls = parents.items.map((p) => p.parentContentControlOrNullObject.load("tag"));
    await context.sync();
    const summaryParagraphs = new Set<number>();
    controls.forEach((c, i) => {
      if (!c.isNullObject && c.tag === RISK_SUMMARY_TAG) summaryParagraphs.add(i);
    });
    return { model, summaryParagraphs };
  });
}

function textTargets(edit: Edit): string[] {
  switch (edit.kind) {
    case "set-text":
    case "replace-text":
    case "append-text":
    case "tick-box":
      return [refKey(edit.ref)];
    case "split-row":
      return edit.expectedRow.map((_, cell) => refKey({ table: edit.ref.table, row: edit.ref.row, cell }));
    default:
      return [];
  }
}

/** Rows an applied edit adds to a table (by table index), so row counts can be checked exactly. */
function addedRows(results: EditResult[]): Map<number, number> {
  const added = new Map<number, number>();
  for (const r of results) {
    if (r.status !== "applied") continue;
    const e = r.edit;
    if (e.kind === "insert-rows") added.set(e.ref.table, (added.get(e.ref.table) ?? 0) + e.values.length);
    if (e.kind === "split-row") added.set(e.ref.table, (added.get(e.ref.table) ?? 0) + e.rows.length - 1);
  }
  return added;
}

/** Greedy subsequence match (optimal for "is `needles` a subsequence"): index in `hay` of each needle, or -1. */
function subsequence<T, U>(needles: T[], hay: U[], same: (a: T, b: U) => boolean): number[] {
  const at: number[] = [];
  let j = 0;
  for (const n of needles) {
    while (j < hay.length && !same(n, hay[j])) j++;
    at.push(j < hay.length ? j++ : -1);
  }
  return at;
}

const short = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Problems found (empty when nothing untargeted changed). Refused edits target nothing: their places must be
 * unchanged too.
 */
export function preservationProblems(before: Snapshot, after: Snapshot, results: EditResult[]): string[] {
  const problems: string[] = [];
  const targeted = new Set(results.filter((r) => r.status === "applied").flatMap((r) => textTargets(r.edit)));
  // New paragraphs an edit may add: the paragraph Word requires after an inserted table, an appended paragraph,
  // and one per line break in text written into a body paragraph (Word starts a new paragraph for "\n").
  const blocks = results
    .filter((r) => r.status === "applied")
    .reduce((n, { edit }) => {
      if (edit.kind === "upsert-tagged-block") return n + 1;
      const written =
        edit.kind === "replace-text"
          ? edit.replacement
          : edit.kind === "set-text" || edit.kind === "append-text"
            ? edit.text
            : "";
      const appended = edit.kind === "append-text" && edit.asNewParagraph === true ? 1 : 0;
      return n + appended + (written.match(/\n/g)?.length ?? 0);
    }, 0);

  // Top-level paragraphs, outside the summary block.
  const top = (s: Snapshot) =>
    s.model.paragraphs.filter((p) => p.tableNestingLevel === 0 && !s.summaryParagraphs.has(p.index));
  const pb = top(before);
  const pa = top(after);
  const kept = pb.filter((p) => !targeted.has(refKey({ paragraph: p.index })));
  const matched = subsequence(kept, pa, (b, a) => b.text === a.text);
  matched.forEach((m, i) => {
    if (m < 0) problems.push(`paragraph ${kept[i].index} ${short(kept[i].text)} lost, changed or moved`);
  });
  const extra = pa.length - kept.length;
  const allowed = pb.length - kept.length + blocks;
  if (extra > allowed) problems.push(`${extra} paragraphs appeared where at most ${allowed} could (targets + blocks)`);

  // Tables other than the summary block's: same number, same order; rows mapped around inserted ones.
  const tables = (s: Snapshot) => s.model.tables.filter((t) => t.tag !== RISK_SUMMARY_TAG);
  const tb = tables(before);
  const ta = tables(after);
  if (tb.length !== ta.length) {
    problems.push(`tables: ${tb.length} before, ${ta.length} after (summary excluded)`);
    return problems;
  }
  const added = addedRows(results);
  tb.forEach((table, i) => {
    const other = ta[i];
    const expectedRows = table.rows.length + (added.get(table.index) ?? 0);
    if (other.rows.length !== expectedRows)
      problems.push(`table ${table.index}: ${other.rows.length} rows, expected ${expectedRows}`);
    const patterns = table.rows.map((row) =>
      row.cells.map((cell) => (targeted.has(refKey(cell.ref)) ? null : cell.text)),
    );
    const at = subsequence(
      patterns,
      other.rows,
      (pattern, row) =>
        pattern.length === row.cells.length && pattern.every((text, c) => text === null || text === row.cells[c].text),
    );
    at.forEach((m, r) => {
      if (m >= 0) return;
      const cells = patterns[r].map((t) => (t === null ? "*" : short(t))).join(" | ");
      problems.push(`table ${table.index} row ${r} [${cells}] lost, changed or moved`);
    });
  });
  return problems;
}

/** The places an applied edit wrote text into (for tests that check a refused edit wrote nothing). */
export function appliedTargets(results: EditResult[]): string[] {
  return results.filter((r) => r.status === "applied").flatMap((r) => textTargets(r.edit));
}
