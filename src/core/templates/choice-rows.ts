import { boxOnly, inlineOptions, optionWord } from "../detect/choices";
import type { Cell } from "../model";

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

function singleOption(cell: Cell): OptionInRow | undefined {
  const m = WORD_BOX.exec(cell.text);
  if (!m) return undefined;
  const label = (m[2] ?? m[3]).trim();
  return optionWord(label) ? { label, ticked: TICKED.test(m[1] ?? m[4]), cell } : undefined;
}

export function choiceRow(cells: Cell[]): ChoiceRow | undefined {
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
    const word = optionWord(cells[i].text);
    const box = cells[i + 1] ? boxOnly(cells[i + 1].text) : undefined;
    if (word && box) {
      return {
        options: [{ label: cells[i].text.trim().replace(/[:.]$/, ""), ticked: box.ticked, cell: cells[i + 1] }],
        before: cells.slice(0, i),
        after: cells.slice(i + 2),
        grouped: false,
      };
    }
    const single = singleOption(cells[i]);
    if (single) return { options: [single], before: cells.slice(0, i), after: cells.slice(i + 1), grouped: false };
  }
  return undefined;
}
