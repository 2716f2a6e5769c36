import { inlineOptions } from "../detect/choices";
import { isBlank, normalise, oneLine } from "../detect/text";
import type { Cell, Table } from "../model";
import { isConditional, isLabel, isSentence } from "./classify";
import { slotRole, slotType } from "./slot-types";
import type { AnswerSlot, ChoiceGroup } from "./types";

/**
 * Table layouts where every row is a label and its value: label/value pairs (two or four columns), a
 * "Question | Answer" table, and a column-header table ("Name | Signature | Date" over rows of values).
 */

export interface TableSlotsResult {
  slots: AnswerSlot[];
  choices: ChoiceGroup[];
}

export const cellsOf = (table: Table, r: number): Cell[] =>
  table.rows[r].cells.filter((c) => !c.verticallyMergedContinuation);
export const filled = (cells: Cell[]) => cells.filter((c) => !isBlank(c.text));

export function slot(
  question: string,
  cell: Cell,
  answer: string,
  section: string,
  extra: Partial<AnswerSlot> & { labelled: boolean },
): AnswerSlot {
  const { labelled, ...rest } = extra;
  const optional = /\(optional\)/i.test(question);
  return {
    question: oneLine(question),
    section,
    ref: cell.ref,
    answer: answer.trim(),
    expected: cell.text,
    type: slotType(question, labelled),
    required: !optional && !isConditional(question),
    role: slotRole(question, section),
    ...(optional ? { optional } : {}),
    ...rest,
  };
}

/** "Approved by: CEO" in one cell: the label and what follows it. */
export function splitInline(text: string): { label: string; value: string } {
  const lines = text.split("\n");
  const first = lines[0];
  const colon = first.search(/[:?]/);
  if (colon >= 0)
    return { label: first.slice(0, colon + 1), value: [first.slice(colon + 1), ...lines.slice(1)].join("\n").trim() };
  return { label: first, value: lines.slice(1).join("\n").trim() };
}

/** Words that title a column rather than label a row ("Name", "Signature", "Date", "Notes", "Version"). */
export const COLUMN_TITLE =
  /^(?:item|name|signature|signed|date|notes?|role|position|job title|version|author|changes?|description|owner|status|actions?|comments?|details|ref(?:erence)?|no\.?|risk|by whom|when)\b/i;
export const HEADER_LEAD = /^(?:item|question|field|label|section|topic|area|requirement|details?)\b/i;
export const VALUE_HEADER = /name|date|signature|answer|response|value|detail|comment|owner|evidence|yes\/no|position/i;

/** "Question | Answer" (or "Response") column titles: each row asks in one column and answers in the other. */
export function questionAnswerColumns(cells: Cell[]): { q: number; a: number } | undefined {
  const q = cells.findIndex((c) => /^(?:questions?|query|queries|prompt)$/i.test(oneLine(c.text)));
  const a = cells.findIndex((c) =>
    /^(?:answers?|responses?|reply|your answer|details|yes\s*\/\s*no)$/i.test(oneLine(c.text)),
  );
  return q >= 0 && a >= 0 && q !== a ? { q, a } : undefined;
}

export function questionAnswerSlots(
  table: Table,
  { q, a }: { q: number; a: number },
  sectionAt: (row: number) => string,
): TableSlotsResult {
  const slots: AnswerSlot[] = [];
  const choices: ChoiceGroup[] = [];
  for (const r of range(1, table.rows.length)) {
    const cells = cellsOf(table, r);
    const question = cells[q];
    const answer = cells[a];
    if (!question || !answer || isBlank(question.text)) continue;
    const options = inlineOptions(answer.text);
    if (options.length >= 2) {
      choices.push({
        question: oneLine(question.text),
        section: sectionAt(r),
        ref: answer.ref,
        expected: answer.text,
        options: options.map((o) => ({ label: o.label, ticked: o.ticked, ref: answer.ref })),
        notApplicable: false,
      });
      continue;
    }
    slots.push(slot(question.text, answer, answer.text, sectionAt(r), { labelled: true }));
  }
  return { slots, choices };
}

function isTitleRow(table: Table, label: Cell): boolean {
  const text = label.text.trim();
  if (table.rows.length < 2 || /[:?]$/.test(text) || /\bby$/i.test(text)) return false;
  if ((label.columnSpan ?? 1) > 1) return true;
  const others = range(1, table.rows.length).map((r) => cellsOf(table, r)[0]?.text ?? "");
  return others.filter((t) => t.includes(":")).length * 2 > others.length;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

export function pairSlots(
  table: Table,
  r: number,
  cells: Cell[],
  header: Cell[] | undefined,
  section: string,
  consumed: Set<number>,
): AnswerSlot[] {
  const out: AnswerSlot[] = [];
  const valueColumn = header
    ? Math.max(
        1,
        header.findIndex((h, i) => i > 0 && VALUE_HEADER.test(h.text)),
      )
    : 1;
  const pairs: [number, number][] = header ? [[0, valueColumn]] : [[0, 1]];
  if (!header && cells.length >= 4 && isLabel(cells[2].text) && !isSentence(cells[2].text)) pairs.push([2, 3]);
  for (const [l, v] of pairs) {
    const label = cells[l];
    if (!label || isBlank(label.text)) continue;
    const value = cells[v];
    const inline = splitInline(label.text);
    if (!value) {
      if (!/[:?]$/.test(inline.label.trim()) && !/\bby$/i.test(inline.label.trim())) continue;
      out.push(slot(inline.label, label, inline.value, section, { labelled: true, inline: true }));
      continue;
    }
    if (!isBlank(value.text)) {
      out.push(slot(label.text, value, value.text, section, { labelled: true }));
      continue;
    }
    if (inline.value && /:$/.test(inline.label.trim())) continue; // "Version: 3.0" beside an empty cell
    const next = r + 1 < table.rows.length ? cellsOf(table, r + 1) : [];
    const nextText = next[0]?.text.trim() ?? "";
    if (
      next.length &&
      isSentence(nextText) &&
      (/[.!]$/.test(nextText) || nextText.length > 100) &&
      filled(next).length === 1 &&
      next.length < cells.length
    ) {
      out.push(slot(label.text, next[0], next[0].text, section, { labelled: true }));
      consumed.add(r + 1);
      continue;
    }
    // A title row over label rows ("Version control and review" above "Version: 3.0", "Approved by:").
    if (r === 0 && isTitleRow(table, label)) continue;
    if (isSentence(label.text) && /[.!]$/.test(label.text.trim())) continue; // a sentence of prose, not a label
    out.push(slot(label.text, value, "", section, { labelled: true }));
  }
  return out;
}

/** "Name | Signature | Date" over rows of values: every empty cell of a started row is a gap. */
export function columnHeaderSlots(table: Table, header: Cell[], sectionAt: (row: number) => string): AnswerSlot[] {
  const out: AnswerSlot[] = [];
  const dataRows = range(1, table.rows.length);
  const started = dataRows.filter((r) => filled(cellsOf(table, r)).length > 0);
  // "Name | Signature | Date": a sign-off table. "Name of the controller | Date of assessment" titles details instead.
  const signoff =
    header.some((h) => /signature|signed/i.test(h.text)) ||
    header.filter((h) => /^(?:(?:full |print )?name|date(?: signed)?)$/i.test(oneLine(h.text))).length >= 2;
  for (const r of started.length ? started : dataRows.slice(0, 1)) {
    cellsOf(table, r).forEach((c, i) => {
      const head = header[i];
      if (!head) return;
      const s = slot(head.text, c, c.text, sectionAt(r), { labelled: true });
      if (signoff) s.role = "signoff";
      if (/date/i.test(normalise(head.text))) s.type = "date";
      out.push(s);
    });
  }
  return out;
}
