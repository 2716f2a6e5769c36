import { isBlank, normalise, oneLine } from "../detect/text";
import type { Cell, CellRef, Paragraph, Table } from "../model";
import { boxGroup, lineGroups } from "../detect/choices";
import { cellChoiceGroups, choiceRow, isExclusive, onlyOptions, type ChoiceRow } from "./choice-rows";
import {
  isGuidanceSentence,
  isHeadingLike,
  isImperativePrompt,
  isInstruction,
  isLabel,
  isPrompt,
  QUESTION_NUMBER,
} from "./classify";
import {
  cellsOf,
  COLUMN_TITLE,
  columnHeaderSlots,
  filled,
  HEADER_LEAD,
  pairSlots,
  questionAnswerColumns,
  questionAnswerSlots,
  range,
  slot,
  splitInline,
  type TableSlotsResult,
} from "./label-value-slots";
import { isQuestionBank } from "./question-form";
import type { AnswerSlot, ChoiceGroup } from "./types";

/**
 * Answer slots inside a table: prompt rows with the answer in the next row (ICO DPIA), label/value rows
 * (controller details, sign-off, reference number), column-header tables (Name | Signature | Date), and
 * check-box pairs with their conditional follow-ups (council PIA forms).
 */

export type { TableSlotsResult };

const NOT_APPLICABLE = /^(?:n\/?a|not applicable)\.?$/i;

/** Column titles over three or more columns ("Item | Name/position/date | Notes", "Name | Signature | Date"). */
function isHeaderRow(cells: Cell[]): boolean {
  const f = filled(cells);
  return (
    cells.length >= 3 &&
    f.length >= 2 &&
    f[0] === cells[0] &&
    f.every((c) => oneLine(c.text).length <= 50 && !/[?:]$/.test(c.text.trim()) && !/[☐☒☑]/.test(c.text)) &&
    f.filter((c) => COLUMN_TITLE.test(c.text.trim())).length * 2 >= f.length
  );
}

function isQuestionRow(cells: Cell[]): boolean {
  const f = filled(cells);
  if (f.length !== 1 || f[0] !== cells[0]) return false;
  const t = cells[0].text;
  if (cells.length === 1) return isPrompt(t) || isImperativePrompt(t) || /:\s*$/.test(t.trim()) || isHeadingLike(t);
  return QUESTION_NUMBER.test(t) || (isPrompt(t) && oneLine(t).length > 100);
}

/** The paragraphs of a cell, when the reader's model lets them be told apart (see units.ts cellParagraphs). */
export type CellParagraphs = (ref: CellRef) => readonly Paragraph[] | undefined;

/** Boxes on the line starting at `start` (a group on one line has them all there; a list spreads over lines). */
function lineGroupBoxes(text: string, start: number): number {
  const end = text.indexOf("\n", start);
  return (text.slice(start, end < 0 ? undefined : end).match(/[☐☒☑■□]/g) ?? []).length;
}

/** The paragraph holding line `line` of a cell's text (paragraphs may hold line breaks of their own). */
function paragraphAtLine(paragraphs: readonly Paragraph[] | undefined, line: number): Paragraph | undefined {
  let seen = 0;
  for (const p of paragraphs ?? []) {
    seen += p.text.split("\n").length;
    if (line < seen) return p;
  }
  return undefined;
}

export function tableSlots(
  table: Table,
  sectionAt: (row: number) => string,
  lead?: string,
  paragraphsOf: CellParagraphs = () => undefined,
): TableSlotsResult {
  const slots: AnswerSlot[] = [];
  const choices: ChoiceGroup[] = [];
  // A questionnaire's design ("Question | Answer type | GDPR reference") asks nothing of the reader.
  if (isQuestionBank(table)) return { slots, choices };
  let question = lead ?? "";
  let group: { rows: ChoiceRow[]; question: string; start: number } | undefined;

  const closeGroup = () => {
    if (!group) return;
    const { rows, start } = group;
    const options = rows.flatMap((r) => r.options);
    const notApplicable = rows.some((r) => r.after.some((c) => NOT_APPLICABLE.test(c.text.trim())));
    const section = sectionAt(start);
    choices.push({
      question: oneLine(group.question),
      section,
      ref: options[0].cell.ref,
      expected: options[0].cell.text,
      options: options.map((o) => ({ label: o.label, ticked: o.ticked, ref: o.cell.ref })),
      notApplicable,
      exclusive: isExclusive(
        group.question,
        options.map((o) => o.label),
      ),
    });
    for (const row of rows) {
      const ticked = row.options.some((o) => o.ticked);
      const followUp = followUpSlot(row, section);
      if (followUp) slots.push({ ...followUp, required: ticked && !notApplicable, condition: row.options[0].label });
    }
    group = undefined;
  };

  const followUpSlot = (row: ChoiceRow, section: string): AnswerSlot | undefined => {
    const after = row.after;
    const [first, second] = after;
    if (!first) return undefined;
    const extra = { labelled: true, role: "follow-up" as const };
    if (second && !isBlank(first.text) && isLabel(first.text))
      return slot(first.text, second, second.text, section, extra);
    if (second && isBlank(first.text))
      return isBlank(second.text) ? undefined : slot("Reason", second, second.text, section, extra);
    if (isBlank(first.text)) return undefined;
    const inline = splitInline(first.text);
    if (/[:?]$/.test(inline.label.trim()) && isLabel(inline.label))
      return slot(inline.label, first, inline.value, section, { ...extra, inline: true });
    return slot("Reason", first, first.text, section, extra);
  };

  const rows = table.rows.length;
  const header = isHeaderRow(cellsOf(table, 0)) && rows >= 2 ? cellsOf(table, 0) : undefined;
  const rowLabels =
    header &&
    (HEADER_LEAD.test(header[0].text.trim()) ||
      range(1, rows).filter((r) => /:\s*$/.test(cellsOf(table, r)[0]?.text ?? "")).length > (rows - 1) / 2);
  // "Role | Name | Date | Signature" over "Approved by:" rows is an approval table: every row is a sign-off by columns.
  const approval =
    header !== undefined &&
    (header.some((h) => /^signature|^signed/i.test(h.text.trim())) ||
      header.filter((h) => /^(?:name|date)\b/i.test(h.text.trim())).length >= 2);
  const columnHeader = header && (!rowLabels || approval);

  if (columnHeader) return { slots: columnHeaderSlots(table, header, sectionAt), choices };
  // A box drawn for the answer under a question written above the table: one slot, empty or not.
  const all = table.rows.flatMap((_, r) => cellsOf(table, r));
  if (lead && all.length && (all.every((c) => isBlank(c.text)) || (all.length === 1 && !choiceRow(all)))) {
    const answer = all.length === 1 ? all[0].text : "";
    return { slots: [slot(lead, all[0], answer, sectionAt(0), { labelled: false })], choices };
  }
  const qa = questionAnswerColumns(cellsOf(table, 0));
  if (qa && rows >= 2) return questionAnswerSlots(table, qa, sectionAt);

  const consumed = new Set<number>();
  for (let r = header ? 1 : 0; r < rows; r++) {
    if (consumed.has(r)) continue;
    const cells = cellsOf(table, r);
    const choice = choiceRow(cells);
    if (choice && filled(choice.before).every((c) => c === choice.before[0])) {
      const asked = filled(choice.before)[0]?.text ?? "";
      if (choice.grouped || asked || !group) {
        closeGroup();
        group = { rows: [], question: asked || question, start: r };
      }
      group.rows.push(choice);
      if (choice.grouped || group.rows.length >= 2) closeGroup();
      continue;
    }
    closeGroup();
    const section =
      filled(cells).length === 1 ? formSectionSlots(filled(cells)[0], sectionAt(r), paragraphsOf) : undefined;
    if (section) slots.push(...section);
    // Check-box groups inside cells that hold more than the options ("Role? | ☐ A\n☐ B", a form section in one cell).
    const boxed = cells.filter((c) => /[☐☒☑■□]/.test(c.text));
    if (section && !boxed.length) continue;
    if (boxed.length) {
      for (const c of boxed) {
        const label = c === cells[0] ? question : oneLine(cells[0].text);
        for (const group of cellChoiceGroups(c, sectionAt(r), label)) {
          // In a cell of several lines the group is recorded in its own paragraph, where its boxes can be ticked.
          const line = c.text.slice(0, group.start).split("\n").length - 1;
          const own =
            c.text.includes("\n") &&
            !onlyOptions(c.text) &&
            group.options.length === lineGroupBoxes(c.text, group.start)
              ? paragraphAtLine(paragraphsOf(c.ref), line)
              : undefined;
          const { start: _start, ...rest } = group;
          choices.push(
            own
              ? {
                  ...rest,
                  ref: { paragraph: own.index },
                  expected: own.text,
                  options: rest.options.map((o) => ({ ...o, ref: { paragraph: own.index } })),
                }
              : rest,
          );
        }
      }
      // "Label | options" or options alone: the choice is the row's only question.
      if (boxed.every((c) => onlyOptions(c.text)) && filled(cells).length <= boxed.length + 1) continue;
      // A lone box after a question ("…? Yes ☐") is ticked when it applies: not a gap either way.
      if (cells.length === 1) continue;
    }
    // Questions across a row with their answers in the cells below ("What is the purpose? | Who are the data subjects?").
    const below = r + 1 < rows ? cellsOf(table, r + 1) : [];
    if (
      cells.length >= 2 &&
      below.length === cells.length &&
      cells.every((c) => /\?\s*$/.test(c.text.trim())) &&
      !below.every((c) => /\?\s*$/.test(c.text.trim()))
    ) {
      cells.forEach((c, k) => slots.push(slot(c.text, below[k], below[k].text, sectionAt(r), { labelled: true })));
      consumed.add(r + 1);
      continue;
    }
    if (isQuestionRow(cells)) {
      question = cells[0].text;
      if (isHeadingLike(question) && cells.length === 1) continue;
      // A prompt right under a numbered question belongs to it ("16: …?" then "Describe retrieval process:").
      while (
        QUESTION_NUMBER.test(question) &&
        r + 1 < rows &&
        isQuestionRow(cellsOf(table, r + 1)) &&
        !QUESTION_NUMBER.test(cellsOf(table, r + 1)[0].text) &&
        !isHeadingLike(cellsOf(table, r + 1)[0].text)
      ) {
        r++;
        question += `\n${cellsOf(table, r)[0].text}`;
      }
      // Answer rows: what follows up to the next question, choice or label row.
      let end = r + 1;
      const repeats = (cs: Cell[]) => filled(cs).length === 1 && normalise(filled(cs)[0].text) === normalise(question);
      while (
        end < rows &&
        filled(cellsOf(table, end)).length <= 1 &&
        (!isQuestionRow(cellsOf(table, end)) || repeats(cellsOf(table, end))) &&
        !choiceRow(cellsOf(table, end))
      )
        end++;
      const answerRows = range(r + 1, end).filter((a) => {
        const f = filled(cellsOf(table, a));
        return f.length === 0 || !f.every((c) => isInstruction(c.text));
      });
      const section = sectionAt(r);
      const nextIsChoice = !answerRows.length && end < rows && choiceRow(cellsOf(table, end)) !== undefined;
      if (answerRows.length) {
        const texts = answerRows
          .map((a) =>
            filled(cellsOf(table, a))
              .map((c) => c.text)
              .join("\n"),
          )
          .join("\n");
        const target =
          answerRows.map((a) => filled(cellsOf(table, a))[0]).find(Boolean) ?? cellsOf(table, answerRows[0])[0];
        slots.push(slot(question, target, texts, section, { labelled: false }));
        answerRows.forEach((a) => consumed.add(a));
        r = end - 1;
      } else if (!nextIsChoice) {
        const own = splitPrompt(cells[0].text);
        const asked = question === cells[0].text ? own.prompt : question;
        slots.push(slot(asked, cells[0], own.answer, section, { labelled: false, inline: true }));
      } else {
        r = end - 1;
      }
      continue;
    }
    pairSlots(table, r, cells, header, sectionAt(r), consumed).forEach((s) => slots.push(s));
  }
  closeGroup();
  return { slots, choices };
}

/** A cell's prompt lines and what it says after them ("Summary of DPO advice:\nAdvice accepted"). */
function splitPrompt(text: string): { prompt: string; answer: string } {
  const lines = text.split("\n");
  let i = 0;
  let blankSeen = false;
  // Prompt lines run up to the first blank line after them: what follows a gap is the answer, whatever its shape.
  while (i < lines.length) {
    if (isBlank(lines[i])) blankSeen = i > 0;
    else if (blankSeen || !(isPrompt(lines[i]) || /[:?]\s*(?:\(optional\))?\s*$/i.test(lines[i].trim()))) break;
    i++;
  }
  if (i === 0) {
    const inline = splitInline(text);
    return { prompt: inline.label, answer: inline.value };
  }
  return { prompt: lines.slice(0, i).join("\n").trim(), answer: lines.slice(i).join("\n").trim() };
}

/**
 * A form section written in one cell: questions, answers typed after them and check-box lines, one after another
 * ("Who will have access to the data? Me", "Will mobile devices be used?" over "Yes: ☐ No: ☐"). Recognised only when the
 * cell shows it is filled in place (two questions answered on their own line, or check boxes), so a cell of prompts
 * whose answers go in the row below is left to the row logic. A question with nothing under it before the next question
 * is a slot without an answer; a label over a question is a sub-heading; a question over check boxes is the choice's.
 */
function formSectionSlots(cell: Cell, section: string, paragraphsOf: CellParagraphs): AnswerSlot[] | undefined {
  // Filled in place means questions answered after their "?" or boxes: neither, and there is nothing to do here.
  if (!/[?☐☒☑■□]/.test(cell.text) || !cell.text.includes("\n")) return undefined;
  const lines = cell.text.split("\n").map((l) => l.trim());
  const nonEmpty = lines.filter(Boolean);
  if (nonEmpty.length < 4) return undefined;
  const isAsk = (l: string) => isPrompt(l) && !isHeadingLike(l);
  const inlineAnswer = (l: string) => {
    const after = l.slice(l.lastIndexOf("?") + 1).trim();
    return l.includes("?") && after.length > 1 && !isPrompt(after) && !isGuidanceSentence(after) ? after : "";
  };
  const answered = nonEmpty.filter((l) => inlineAnswer(l)).length;
  if (answered < 2 && !/[☐☒☑■□]/.test(cell.text)) return undefined;
  const out: AnswerSlot[] = [];
  let paragraphs: readonly Paragraph[] | undefined;
  nonEmpty.forEach((line, i) => {
    if (!isAsk(line) || inlineAnswer(line) || boxGroup(line)) return;
    const next = nonEmpty[i + 1];
    if (next !== undefined && (boxGroup(next) || lineGroups(next).length)) return; // the choice answers it
    if (next !== undefined && !isAsk(next)) return; // text under it answers it
    // "During the research:" over "Where will the data be stored? …" is a sub-heading.
    if (
      next !== undefined &&
      !line.includes("?") &&
      /:\s*$/.test(line) &&
      !isImperativePrompt(line) &&
      line.split(" ").length <= 6
    )
      return;
    // "Programme: ……" — a label whose blank is reported as a placeholder.
    const value = line.includes(":") ? line.slice(line.indexOf(":") + 1).trim() : "";
    const made = slot(line, cell, value, section, { labelled: false, inline: true });
    // The question's own paragraph, so the answer is written under it and the finding points at it, not the whole cell.
    paragraphs ??= paragraphsOf(cell.ref);
    const own = paragraphAtLine(paragraphs, lines.indexOf(line));
    out.push(own ? { ...made, ref: { paragraph: own.index }, expected: own.text } : made);
  });
  return out;
}
