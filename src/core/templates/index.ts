/** Template recognition and document structure: the entry points other layers use. */
export { buildStructure, recognise, RECOGNISERS, RECOGNITION_THRESHOLD } from "./structure";
export type { AnswerSlot, ChoiceGroup, ChoiceOption, DocumentStructure, Section, SlotRole } from "./types";
