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
  score: (f) => {
    // The template's sections and the Board's name show in its first pages; a long register need not be read for them.
    const text = f.text.length > READ_CHARS ? f.text.slice(0, READ_CHARS) : f.text;
    return 0.75 * share(text, SECTIONS) + 0.25 * share(text, VOCABULARY);
  },
};
