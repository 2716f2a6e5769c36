import type { CellRef, Paragraph, Table } from "../model";
import { detectLayout } from "./risk-columns";
import { tableSlots, type CellParagraphs, type TableSlotsResult } from "./table-slots";
import type { AnswerSlot, ChoiceGroup } from "./types";

/**
 * tableSlots, kept per Table object for the live re-check (a patched model shares every table an edit did not touch).
 * Besides the table, tableSlots reads the question written above it, the section titles of some of its rows and the
 * paragraphs of some of its cells; what it read is recorded, and the kept result is used only when every one of those
 * reads gives the same again (same title; paragraphs of the same index and text). It is deterministic, so the same
 * reads give the same result. A copy is handed out: the structure's slots are changed after (EDPB sign-off roles).
 */

interface Kept {
  lead: string | undefined;
  sections: Map<number, string>;
  paragraphs: Map<CellRef, readonly Paragraph[] | undefined>;
  result: TableSlotsResult;
}

/** Per table read before: what was kept (nothing yet after the first time, so a full scan records and copies nothing). */
const kept = new WeakMap<Table, Kept | null>();
const riskTables = new WeakMap<Table, boolean>();

/** Whether the table is a risk table (read by the risk register, not for answer slots), kept per Table object. */
export function isRiskTable(table: Table): boolean {
  let risk = riskTables.get(table);
  if (risk === undefined) riskTables.set(table, (risk = detectLayout(table) !== undefined));
  return risk;
}

const sameParagraphs = (a: readonly Paragraph[] | undefined, b: readonly Paragraph[] | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.length === b.length &&
    a.every((p, i) => p === b[i] || (p.index === b[i].index && p.text === b[i].text)));

function copyResult(result: TableSlotsResult): TableSlotsResult {
  return {
    slots: result.slots.map((s): AnswerSlot => ({ ...s })),
    choices: result.choices.map((c): ChoiceGroup => ({ ...c, options: c.options.map((o) => ({ ...o })) })),
  };
}

export function keptTableSlots(
  table: Table,
  sectionAt: (row: number) => string,
  lead: string | undefined,
  paragraphsOf: CellParagraphs,
): TableSlotsResult {
  const before = kept.get(table);
  if (before === undefined) {
    kept.set(table, null);
    return tableSlots(table, sectionAt, lead, paragraphsOf);
  }
  if (
    before &&
    before.lead === lead &&
    [...before.sections].every(([row, title]) => sectionAt(row) === title) &&
    [...before.paragraphs].every(([ref, paragraphs]) => sameParagraphs(paragraphsOf(ref), paragraphs))
  )
    return copyResult(before.result);
  const sections = new Map<number, string>();
  const paragraphs = new Map<CellRef, readonly Paragraph[] | undefined>();
  const result = tableSlots(
    table,
    (row) => {
      const title = sectionAt(row);
      sections.set(row, title);
      return title;
    },
    lead,
    (ref) => {
      const found = paragraphsOf(ref);
      paragraphs.set(ref, found);
      return found;
    },
  );
  kept.set(table, { lead, sections, paragraphs, result });
  return copyResult(result);
}
