import { boxGroup, boxOnly, inlineOptions, lineGroups, optionWord, type BoxItem } from "../detect/choices";
import { normalise, oneLine } from "../detect/text";
import type { Cell, Ref } from "../model";
import { MULTIPLE_CHOICE_WORDS, SINGLE_CHOICE_WORDS } from "../vocabulary/choices";
import type { ChoiceGroup } from "./types";
import type { Unit } from "./units";

/**
 * Rows of a check-box form: "No | ☐ | Why not? | …", "Yes ☒ | How? | …", or a whole group in one cell
 * ("Yes ☒ No ☐"). Returns the options found and the cells after them (the follow-up label and answer).
 */

export interface OptionInRow {
  label: string;
  ticked: boolean;
  cell: Cell;
}

export interface ChoiceRow {
  options: OptionInRow[];
  /** Cells before the options (a question written in the same row). */
  before: Cell[];
  /** Cells after the options (follow-up label and answer). */
  after: Cell[];
  /** True when all options of a group sit in one cell. */
  grouped: boolean;
}

const WORD_BOX = /^\s*(?:([☐☒☑■□])\s*([A-Za-z/' ]{1,16})|([A-Za-z/' ]{1,16}?)\s*:?\s*([☐☒☑■□]))\s*$/;
const TICKED = /[☒☑■]/;
const BOX_CHAR = /[☐☒☑■□]/;

function singleOption(cell: Cell): OptionInRow | undefined {
  const m = WORD_BOX.exec(cell.text);
  if (!m) return undefined;
  const label = (m[2] ?? m[3]).trim();
  return optionWord(label) ? { label, ticked: TICKED.test(m[1] ?? m[4]), cell } : undefined;
}

/** A short option label in a cell of its own beside a box cell ("Research project"), not a question or a label. */
function shortLabel(cell: Cell | undefined): string | undefined {
  const t = cell ? oneLine(cell.text) : "";
  return t && t.split(" ").length <= 6 && !/[?:]$/.test(t) && !/[☐☒☑■□]/.test(t) ? t : undefined;
}

/**
 * The options of a row, wherever their boxes sit: one cell with the whole group ("Yes ☒ No ☐"), "Yes | ☐ | No | ☐",
 * "☐ | Research project | ☐ | Exploratory analysis", "Yes ☐ | No ☐", or one option a row ("No | ☐ | Why not? | …").
 * Labels other than Yes / No words count only when the row holds two or more such pairs.
 */
export function choiceRow(cells: Cell[]): ChoiceRow | undefined {
  // Every option has a box somewhere in the row: most rows have none.
  if (!cells.some((c) => BOX_CHAR.test(c.text))) return undefined;
  for (let i = 0; i < cells.length; i++) {
    const grouped = inlineOptions(cells[i].text);
    if (grouped.length >= 2) {
      return {
        options: grouped.map((o) => ({ label: o.label, ticked: o.ticked, cell: cells[i] })),
        before: cells.slice(0, i),
        after: cells.slice(i + 1),
        grouped: true,
      };
    }
  }
  const options: OptionInRow[] = [];
  let first = -1;
  let last = -1;
  let free = 0;
  for (let i = 0; i < cells.length;) {
    const word = optionWord(cells[i].text);
    const box = cells[i + 1] ? boxOnly(cells[i + 1].text) : undefined;
    const boxHere = boxOnly(cells[i].text);
    let taken = 0;
    if (box && (word || shortLabel(cells[i]))) {
      if (!word) free++;
      options.push({ label: cells[i].text.trim().replace(/[:.]$/, ""), ticked: box.ticked, cell: cells[i + 1] });
      taken = 2;
    } else if (boxHere && shortLabel(cells[i + 1])) {
      if (!optionWord(cells[i + 1].text)) free++;
      options.push({ label: oneLine(cells[i + 1].text).replace(/[:.]$/, ""), ticked: boxHere.ticked, cell: cells[i] });
      taken = 2;
    } else {
      const single = singleOption(cells[i]);
      if (single) {
        options.push(single);
        taken = 1;
      }
    }
    if (taken) {
      if (first < 0) first = i;
      last = i + taken - 1;
      i += taken;
    } else {
      if (options.length) break;
      i++;
    }
  }
  // Free labels ("Research project") make a choice only in a row of several options.
  if (!options.length || (free > 0 && options.length < 2)) return undefined;
  return {
    options,
    before: cells.slice(0, first),
    after: cells.slice(last + 1),
    grouped: options.length >= 2,
  };
}

/**
 * Whether a group allows one option only: every option is an answer word (Yes / No / N/A), or the question says
 * "choose one"; "tick all that apply" allows several.
 */
export function isExclusive(question: string, labels: readonly string[]): boolean {
  const q = normalise(question);
  if (MULTIPLE_CHOICE_WORDS.some((w) => q.includes(w))) return false;
  if (SINGLE_CHOICE_WORDS.some((w) => q.includes(w))) return true;
  return labels.length > 0 && labels.every((l) => optionWord(l) !== undefined);
}

function toGroup(question: string, section: string, ref: Ref, expected: string, items: BoxItem[]): ChoiceGroup {
  const labels = items.map((i) => i.label);
  return {
    question: oneLine(question),
    section,
    ref,
    expected,
    options: items.map((i) => ({ label: i.label, ticked: i.ticked, ref, ...(i.typed ? { typed: true } : {}) })),
    notApplicable: false,
    exclusive: isExclusive(question, labels),
  };
}

/**
 * Check-box groups inside one cell that holds several lines (a form section in a single cell, a list of roles under a
 * label): each line group with the prompt above it. `fallback` is the question when the cell has none of its own.
 */
export function cellChoiceGroups(cell: Cell, section: string, fallback: string): (ChoiceGroup & { start: number })[] {
  return lineGroups(cell.text).map((g) => ({
    ...toGroup(g.question || fallback, section, cell.ref, cell.text, g.items),
    start: g.start,
  }));
}

/** True when every non-empty line of the text is part of a check-box group (a cell that is only options). */
export function onlyOptions(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim());
  if (!lines.length || !lineGroups(text).length) return false;
  // Every line holds options, except a question line heading them ("Role?" over "☐ A", "☐ B").
  return lines.every((l, i) => boxGroup(l) !== undefined || (i === 0 && lines.length > 2 && /[?:]\s*$/.test(l)));
}

/**
 * Check-box groups written in body paragraphs: "☐ Yes ☐ No" in one paragraph, or one option a paragraph ("☐ Research
 * project", "☐ Exploratory analysis"). The question is the nearest text above that is not an option.
 */
export function paragraphChoices(units: Unit[], sectionAt: (position: number) => string): ChoiceGroup[] {
  const out: ChoiceGroup[] = [];
  let previous = "";
  let list: { question: string; items: BoxItem[]; ref: Ref; expected: string; position: number } | undefined;
  const close = () => {
    if (list && list.items.length >= 2)
      out.push(toGroup(list.question, sectionAt(list.position), list.ref, list.expected, list.items));
    list = undefined;
  };
  units.forEach((unit, position) => {
    if (unit.kind !== "paragraph") {
      close();
      return;
    }
    const p = unit.paragraph;
    const one = p.text.includes("\n") ? undefined : boxGroup(p.text);
    const groups = one ? [one] : lineGroups(p.text);
    if (!groups.length) {
      if (/[☐☒☑■□]/.test(p.text)) close();
      if (p.text.trim()) {
        close();
        previous = p.text.trim();
      }
      return;
    }
    const ref = { paragraph: p.index };
    const single = groups.length === 1 && groups[0].items.length === 1;
    if (!single) {
      close();
      for (const g of groups) out.push(toGroup(g.question || previous, sectionAt(position), ref, p.text, g.items));
      return;
    }
    if (!list) list = { question: groups[0].question || previous, items: [], ref, expected: p.text, position };
    list.items.push(...groups[0].items);
  });
  close();
  return out;
}
