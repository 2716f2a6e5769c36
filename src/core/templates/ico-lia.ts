import { share } from "./features";
import type { Recogniser } from "./recogniser";

/** The ICO's legitimate interests assessment: purpose, necessity and balancing tests, then the decision. */
const PARTS = [/purpose test/, /necessity test/, /balancing test/, /making the decision/];
const VOCABULARY = [
  /legitimate interests? assessment|\blia\b/,
  /reasonable expectations/,
  /likely impact/,
  /rely on legitimate interests/,
  /opt[- ]out/,
];

export const icoLia: Recogniser = {
  id: "ico-lia",
  name: "ICO legitimate interests assessment",
  patterns: [...PARTS, ...VOCABULARY],
  score: (f) => 0.7 * share(f, PARTS) + 0.3 * share(f, VOCABULARY),
};
