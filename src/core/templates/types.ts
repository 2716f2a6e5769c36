import type { Ref } from "../model";
import type { Jurisdiction, SlotType, TemplateId } from "../report";

/** A section of the document under one of its own headings (ICO "Step 5…", LIA "Part 3…", PIA "3a:"). */
export interface Section {
  title: string;
  /** Body-order position of the heading block (index into DocModel.blocks), -1 for the preamble. */
  startBlock: number;
  endBlock: number;
  /** Where the heading itself is: its paragraph, or the cell of the table row that names the section. */
  heading?: Ref;
  /** Named with its parent ("Step 2: … › Describe the scope"): part of a larger section. */
  subsection?: boolean;
  /** Nothing stands between this heading and the next (a document title above Step 1). */
  empty?: boolean;
}

/** A question or label with the place its answer goes. */
export interface AnswerSlot {
  question: string;
  section: string;
  /** Where the answer is (or should be) written. */
  ref: Ref;
  /** The answer text as found there ("" when empty). */
  answer: string;
  /** Whole text at ref as scanned. */
  expected: string;
  type: SlotType;
  /** Required only when a condition holds (e.g. "Why not?" only when "No" is ticked). */
  required: boolean;
  /** What the slot is for: an answer, a sign-off entry, a follow-up to a ticked box, a reference number. */
  role?: SlotRole;
  /** The answer shares the cell or paragraph of its label ("Summary of DPO advice:"): answers are appended. */
  inline?: boolean;
  /** For follow-ups: the option whose box makes the slot required ("No"). */
  condition?: string;
  /** The form marks it optional ("(optional)"). */
  optional?: boolean;
}

export type SlotRole = "answer" | "signoff" | "follow-up" | "reference";

/** One option of a check-box pair ("Yes ☒"). */
export interface ChoiceOption {
  label: string;
  ticked: boolean;
  ref: Ref;
  /** A mark typed beside the option ("x Yes") while its box is unticked. */
  typed?: boolean;
}

/** A check-box group (Yes/No pair) and whether the form makes it not applicable ("N/A" beside it). */
export interface ChoiceGroup {
  question: string;
  section: string;
  /** Where the choice is recorded (the first option's cell or paragraph). */
  ref: Ref;
  expected: string;
  options: ChoiceOption[];
  notApplicable: boolean;
  /** Only one option may be ticked: Yes / No style options, or the form says "choose one". */
  exclusive?: boolean;
}

export interface DocumentStructure {
  template: TemplateId;
  templateName: string;
  /** How sure the recogniser is (0–1); below a threshold the generic template is used. */
  confidence: number;
  sections: Section[];
  slots: AnswerSlot[];
  /** Section title for a ref (the nearest heading above it). */
  sectionOf(ref: Ref): string;
  /** Check-box groups found (question forms). */
  choices?: ChoiceGroup[];
  /** True when the document does not look like an assessment at all (seed 003: a policy). */
  notAnAssessment?: boolean;
  /** The law set the document rests on (recognised from its words, or forced by the caller); absent: uk-gdpr. */
  jurisdiction?: Jurisdiction;
}
