import { EDPB_SECTIONS, EDPB_VOCABULARY } from "../vocabulary/edpb-dpia";
import { share } from "./features";
import type { Recogniser } from "./recogniser";

/**
 * The EDPB's harmonised DPIA template (2026): sections 0–6 and a conclusion with its decision, the DPO's advice and the
 * data subjects' views. Recognised by how many of its sections' subjects the document covers, and the Board's name.
 */
const SECTIONS = EDPB_SECTIONS.map((s) => s.pattern);

export const edpbDpia: Recogniser = {
  id: "edpb-dpia",
  name: "EDPB DPIA template",
  score: (f) => 0.75 * share(f.text, SECTIONS) + 0.25 * share(f.text, [...EDPB_VOCABULARY]),
};
