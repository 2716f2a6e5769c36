import type { Recogniser } from "./recogniser";

/** Anything else: placeholders are still found, and the report says which template was assumed. */
export const generic: Recogniser = {
  id: "generic",
  name: "Generic document",
  patterns: [],
  score: () => 0.3,
};
