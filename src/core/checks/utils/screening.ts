import { isCellRef, type Cell, type DocModel, type Ref, type Table } from "../../model";
import type { Screening } from "../../report";
import { screen, type ScreeningHit, type ScreeningUnit } from "../../detect/screening";
import { findPlaceholders } from "../../detect/placeholders";
import { isBlank, memoText, normalise } from "../../detect/text";
import { isHeadingLike, isImperativePrompt, isInstruction, isPrompt, isSentence } from "../../templates/classify";
import type { DocumentStructure } from "../../templates/types";
import { NO_DPIA_NEEDED } from "../../vocabulary/screening";

/**
 * The screening of a document (EDPB WP248 rev.01): which criteria the description of the processing meets. The
 * description is where the template puts it: Steps 1–3 of an ICO DPIA (the need, the processing, consultation),
 * Parts 1–3 of an ICO LIA (purpose, necessity, balancing, where the LIA asks about children, special category data
 * and new technology), otherwise the whole document. Only what the author wrote is read: slot answers, prose that is
 * not a heading, prompt or instruction, and table cells holding sentences that are not a slot's question.
 */

export interface DocumentScreening extends Screening {
  hits: ScreeningHit[];
  /** The document itself says no DPIA is needed. */
  saysNoDpia: boolean;
  /** The document is a DPIA (or PIA) by its template or its own words, rather than an LIA or another form. */
  isDpia: boolean;
}

const DESCRIPTION_SECTIONS: Partial<Record<DocumentStructure["template"], RegExp>> = {
  "ico-dpia": /^(?:step\s*[1-3]\b|identify the need|describe the processing|consultation)/,
  "ico-lia": /^(?:part\s*[1-3]\b|purpose test|necessity test|balancing test)/,
};

/**
 * In a free-form document the description is everything but the analysis of it: a risk described ("a marketing company
 * builds profiles") or a breach plan is not the processing.
 */
const NOT_DESCRIPTION =
  /\brisks?\b|\bthreats?\b|\bscenarios?\b|\bmitigat|\bmeasures\b|\bbreach|\bincident|\bsign[- ]?off\b|\bapproval\b/;

/** Paragraphs at the top of a document where its name is (title, subtitle, document control lines). */
const TITLE_AREA = 30;

const DPIA_WORDS = /\bdpia\b|\bdata protection impact assessment\b|\bprivacy impact assessment\b|\bpia\b/;

/** Text the author wrote, by its words alone: not blank, not a prompt, an instruction or a heading. */
function writtenByAuthor(text: string): boolean {
  return !isBlank(text) && !isPrompt(text) && !isImperativePrompt(text) && !isInstruction(text) && !isHeadingLike(text);
}

/**
 * The cells of a table whose text, by its words alone, is a sentence the author wrote (the slots and the sections are
 * the document's, tested by the caller). Per table object: a table the re-check kept is not read again.
 */
const sentenceCells = new WeakMap<Table, readonly Cell[]>();
function sentenceCellsOf(table: Table): readonly Cell[] {
  let cells = sentenceCells.get(table);
  if (!cells) {
    cells = table.rows.flatMap((row) =>
      row.cells.filter(
        (cell) => !cell.verticallyMergedContinuation && writtenByAuthor(cell.text) && isSentence(cell.text),
      ),
    );
    sentenceCells.set(table, cells);
  }
  return cells;
}

/** The author's texts in the sections `keep` accepts (the section is decided first: it is the cheap test). */
function authoredUnits(
  model: DocModel,
  structure: DocumentStructure,
  keep: (section: string) => boolean,
  budget: number,
): ScreeningUnit[] {
  const units: ScreeningUnit[] = [];
  let used = 0;
  const push = (unit: ScreeningUnit) => {
    units.push(unit);
    used += unit.text.length;
  };
  const slotRefs = new Set<string>();
  const questions = new Set<string>();
  const key = (ref: Ref) => (isCellRef(ref) ? `t${ref.table}r${ref.row}c${ref.cell}` : `p${ref.paragraph}`);
  for (const slot of structure.slots) {
    slotRefs.add(key(slot.ref));
    questions.add(normalise(slot.question));
    if (used < budget && !isBlank(slot.answer) && keep(slot.section))
      push({ text: slot.answer, ref: slot.ref, section: slot.section });
  }
  const authored = (text: string) => writtenByAuthor(text) && !questions.has(normalise(text));
  for (const block of model.blocks) {
    if (used >= budget) break;
    if (block.kind === "paragraph") {
      const p = block.paragraph;
      const ref = { paragraph: p.index };
      if (p.headingLevel > 0 || slotRefs.has(key(ref))) continue;
      const section = structure.sectionOf(ref);
      if (!keep(section) || !authored(p.text)) continue;
      push({ text: p.text, ref, section });
      continue;
    }
    for (const cell of sentenceCellsOf(block.table)) {
      if (slotRefs.has(key(cell.ref))) continue;
      const section = structure.sectionOf(cell.ref);
      if (!keep(section) || questions.has(normalise(cell.text))) continue;
      push({ text: cell.text, ref: cell.ref, section });
    }
  }
  return units;
}

// The check and analyze() both ask for it: read the document once per structure.
const cache = new WeakMap<DocumentStructure, DocumentScreening>();

/**
 * Template text left in ("[Special category data (health, etc.)]") describes nothing: it is blanked out. Memoised by the
 * text, so a re-check hands the screening the same strings (and their memoised readings) for unchanged parts.
 */
const withoutPlaceholderText = memoText((text: string): string => {
  const hits = findPlaceholders(text);
  // Square brackets hold the template's own prompts, also when they span lines ("[• Special category data …]").
  const bracketed = /\[[^\]]*\]/.test(text);
  if (hits.length === 0 && !bracketed) return text;
  let out = bracketed ? text.replace(/\[[^\]]*\]/g, (m) => " ".repeat(m.length)) : text;
  for (const h of hits) out = out.slice(0, h.start) + " ".repeat(h.end - h.start) + out.slice(h.end);
  return out;
});

function withoutPlaceholders(unit: ScreeningUnit): ScreeningUnit {
  const text = withoutPlaceholderText(unit.text);
  return text === unit.text ? unit : { ...unit, text };
}

export function screeningOf(model: DocModel, structure: DocumentStructure): DocumentScreening {
  const cached = cache.get(structure);
  if (cached) return cached;
  const result = computeScreening(model, structure);
  cache.set(structure, result);
  return result;
}

function computeScreening(model: DocModel, structure: DocumentStructure): DocumentScreening {
  const sections = DESCRIPTION_SECTIONS[structure.template];
  const inDescription = sections
    ? (section: string) => sections.test(normalise(section))
    : (section: string) => !NOT_DESCRIPTION.test(normalise(section));
  const read = (keep: (section: string) => boolean) =>
    authoredUnits(model, structure, keep, DESCRIPTION_BUDGET)
      .map(withoutPlaceholders)
      .filter((u) => !isBlank(u.text));
  let described = read(inDescription);
  // A template whose steps were not found as sections is read whole rather than not at all.
  if (described.length === 0 && sections) described = read(() => true);
  const hits = screen(described);
  return {
    hits,
    criteria: hits.map((h) => ({ id: h.id, label: h.label, sentence: h.sentence, ref: h.ref })),
    dpiaLikelyRequired: hits.length >= 2,
    saysNoDpia: saysNoDpia(model),
    isDpia: isDpia(model, structure),
  };
}

/**
 * How much of the description is read: about 60 pages of answers, far more than any description of processing we have
 * seen, so that a 500-page assessment is not read whole again (the screening is then under 10 % of a scan).
 */
const DESCRIPTION_BUDGET = 200_000;

/**
 * A statement (not a question) that no DPIA is needed. The raw pre-test runs first and is not memoised: on most
 * paragraphs it fails, and it is cheaper than looking the text up; the rest is memoised by the text.
 */
const MENTIONS_DPIA = /dpia|impact assessment/i;
const statesNoDpia = memoText(
  (text: string): boolean => !isPrompt(text) && NO_DPIA_NEEDED.some((re) => re.test(normalise(text))),
);

/** A statement anywhere in the document that no DPIA is needed. */
function saysNoDpia(model: DocModel): boolean {
  return model.paragraphs.some((p) => MENTIONS_DPIA.test(p.text) && statesNoDpia(p.text));
}

const namesDpia = memoText((text: string): boolean => DPIA_WORDS.test(normalise(text)));

/** What the document calls itself: its template, else its title area and headings. */
function isDpia(model: DocModel, structure: DocumentStructure): boolean {
  if (structure.template === "ico-dpia" || structure.template === "edpb-dpia") return true;
  if (structure.template === "ico-lia") return false;
  return model.paragraphs.some((p, i) => (i < TITLE_AREA || p.headingLevel > 0) && namesDpia(p.text));
}
