import type { DocModel, Ref } from "../model";
import type { Jurisdiction, TemplateId } from "../report";
import { ASSESSMENT_WORDS, featuresOf, textReader } from "./features";
import { generic } from "./generic";
import { EDPB_SIGNOFF_LABEL } from "../vocabulary/edpb-dpia";
import { edpbDpia } from "./edpb-dpia";
import { emptyHeadingSlots } from "./heading-slots";
import { icoDpia } from "./ico-dpia";
import { icoLia } from "./ico-lia";
import { JURISDICTION_PATTERNS, jurisdictionOf } from "./jurisdiction";
import { paragraphSlots } from "./paragraph-slots";
import { isForm, isQuestionnaireDesign, questionForm } from "./question-form";
import type { Recogniser } from "./recogniser";
import { buildSections } from "./sections";
import { isRiskTable, keptTableSlots } from "./kept-table-slots";
import type { AnswerSlot, ChoiceGroup, DocumentStructure } from "./types";
import { buildUnits } from "./units";
import { paragraphChoices } from "./choice-rows";

/** Recognises the template and builds the structure every check reads: sections, answer slots, check-box groups. */

export const RECOGNISERS: Recogniser[] = [icoDpia, edpbDpia, icoLia, questionForm, generic];
/** Below this a specific template is not assumed. */
export const RECOGNITION_THRESHOLD = 0.35;

export interface Recognition {
  recogniser: Recogniser;
  confidence: number;
  notAnAssessment: boolean;
  jurisdiction: Jurisdiction;
}

/** Every pattern recognition asks of the document's text. */
const READER = textReader([...RECOGNISERS.flatMap((r) => r.patterns), ...JURISDICTION_PATTERNS, ASSESSMENT_WORDS]);

export function recognise(model: DocModel): Recognition {
  const features = featuresOf(model, READER);
  const jurisdiction = jurisdictionOf(features);
  const scored = RECOGNISERS.filter((r) => r !== generic)
    .map((recogniser) => ({ recogniser, confidence: recogniser.score(features) }))
    // A question form is recognised by its form (numbered questions, check boxes), not by its vocabulary alone:
    // a DPIA written as prose under headings uses the same words.
    .map((s) =>
      s.recogniser.id === "question-form" && features.numberedQuestions === 0 && features.checkBoxes === 0
        ? { ...s, confidence: 0 }
        : s,
    )
    .sort((a, b) => b.confidence - a.confidence);
  const best = scored[0];
  const notAnAssessment = best.confidence < RECOGNITION_THRESHOLD && !features.has(ASSESSMENT_WORDS);
  if (best.confidence >= RECOGNITION_THRESHOLD) return { ...best, notAnAssessment, jurisdiction };
  return { recogniser: generic, confidence: 1 - best.confidence, notAnAssessment, jurisdiction };
}

/** `law` forces the law set (the `--law` flag, the pane setting); absent or "auto", the document's words decide. */
export function buildStructure(model: DocModel, forced?: TemplateId, law?: Jurisdiction | "auto"): DocumentStructure {
  const found = recognise(model);
  const recogniser = forced ? (RECOGNISERS.find((r) => r.id === forced) ?? found.recogniser) : found.recogniser;
  const { units, positionOf, cellParagraphs } = buildUnits(model);
  const sections = buildSections(units, recogniser.id);
  const sectionOf = (ref: Ref) => sections.at(positionOf(ref));

  const slots: AnswerSlot[] = [];
  const choices: ChoiceGroup[] = [];
  const fromParagraphs = paragraphSlots(units, sections.at);
  slots.push(...fromParagraphs.slots);
  choices.push(...paragraphChoices(units, sections.at));
  const seen = new Set<number>();
  units.forEach((unit, position) => {
    if (unit.kind !== "row" || seen.has(unit.table.index)) return;
    seen.add(unit.table.index);
    // Risk tables are read by the risk register and checked by the risk checks.
    if (isRiskTable(unit.table)) return;
    const result = keptTableSlots(
      unit.table,
      (row) => sections.at(position + row),
      fromParagraphs.tableQuestions.get(unit.table.index),
      cellParagraphs,
    );
    slots.push(...result.slots);
    choices.push(...result.choices);
  });
  slots.sort((a, b) => positionOf(a.ref) - positionOf(b.ref));
  // The EDPB template's conclusion (DPO advice, data subjects' views, the decision) is its sign-off.
  if (recogniser.id === "edpb-dpia") {
    for (const slot of slots) if (EDPB_SIGNOFF_LABEL.test(slot.question)) slot.role = "signoff";
    // Its DPO advice and data subjects' views are sections of their own: left empty, they are empty sign-off entries.
    slots.push(...emptyHeadingSlots(model, sections.sections, EDPB_SIGNOFF_LABEL));
    slots.sort((a, b) => positionOf(a.ref) - positionOf(b.ref));
  }

  return {
    template: recogniser.id,
    templateName: recogniser.name,
    confidence: forced ? 1 : found.confidence,
    sections: sections.sections,
    slots,
    choices,
    notAnAssessment: forced
      ? false
      : (found.notAnAssessment && !isForm(slots, choices)) || isQuestionnaireDesign(model),
    jurisdiction: law && law !== "auto" ? law : found.jurisdiction,
    sectionOf,
  };
}
