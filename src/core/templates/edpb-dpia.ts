import { EDPB_SECTIONS, EDPB_VOCABULARY } from "../vocabulary/edpb-dpia";
import { share } from "./features";
import type { Recogniser } from "./recogniser";

/**
 * The EDPB's harmonised DPIA template (2026): sections 0–6 and a conclusion with its decision, the DPO's advice and the
 * data subjects' views. Recognised by how many of its sections' subjects the document covers, and the Board's name.
 */
const SECTIONS = EDPB_SECTIONS.map((s) => s.pattern);
const VOCABULARY = [...EDPB_VOCABULARY];
const READ_CHARS = 200_000;

export const edpbDpia: Recogniser = {
  id: "edpb-dpia",
  name: "EDPB DPIA template",
  patterns: [...SECTIONS, ...VOCABULARY].map((pattern) => ({ pattern, readChars: READ_CHARS })),
  // The template's sections and the Board's name show in its first pages: words of a long register further on
  // (an "action plan", "inherent risk") do not make it the EDPB's template.
  score: (f) => 0.75 * share(f, SECTIONS, READ_CHARS) + 0.25 * share(f, VOCABULARY, READ_CHARS),
};
