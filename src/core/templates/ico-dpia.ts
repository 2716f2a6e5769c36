import { share } from "./features";
import type { Recogniser } from "./recogniser";

/** The ICO's sample DPIA template and documents built on it: Steps 1–7, risk tables, sign-off. */
const STEPS = [
  /identify the need for a dpia/,
  /describe the processing/,
  /consultation process/,
  /necessity and proportionality/,
  /identify and assess risks/,
  /measures to reduce risk/,
  /sign[- ]?off/,
];
const VOCABULARY = [
  /\bdpia\b|data protection impact assessment/,
  /likelihood of harm|severity of harm/,
  /residual risk/,
];

export const icoDpia: Recogniser = {
  id: "ico-dpia",
  name: "ICO DPIA template",
  patterns: [...STEPS, ...VOCABULARY],
  score: (f) => 0.7 * share(f, STEPS) + 0.3 * share(f, VOCABULARY),
};
