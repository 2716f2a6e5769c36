import type { Ref } from "../model";
import type { SlotType, TemplateId } from "../report";

/** A section of the document under one of its own headings (ICO "Step 5…", LIA "Part 3…", PIA "3a:"). */
export interface Section {
  title: string;
  /** Body-order position of the heading block (index into DocModel.blocks), -1 for the preamble. */
  startBlock: number;
  endBlock: number;
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
}
