/**
 * Option lists that templates print for the person to choose from, as data with where each comes from. A list
 * left whole where an answer belongs ("Proposed / In progress / Done") is a placeholder; the same words in a legend
 * or a column title describe the scale and are not.
 */

export interface OptionList {
  /** What the list is for. */
  name: string;
  /** The options, lower case, each a phrase; variants of one option separated by "|". */
  options: readonly string[];
  source: string;
}

export const OPTION_LISTS: readonly OptionList[] = [
  {
    name: "yes-no",
    options: ["yes", "no", "n/a|not applicable", "unsure|don't know|not known", "partly|partially"],
    source: "question forms (council and NHS PIA check-box pairs)",
  },
  {
    name: "measure status",
    options: [
      "proposed|planned|not started|to do",
      "in progress|ongoing|underway|in hand",
      "done|complete|completed|implemented|in place",
    ],
    source: "action plans and DPIA measure tables (EDPB template section 5, NHS DSPT action plans)",
  },
  {
    name: "decision",
    options: [
      "approved|approve|accept|accepted",
      "approved with conditions|conditionally approved|conditionally approve|approve with conditions",
      "rejected|reject|not approved|declined",
      "refer to ico|consult the ico|prior consultation|consult|refer",
      "deferred|defer",
    ],
    source:
      "ICO DPIA Step 7 outcome, EDPB DPIA template conclusion (approve / conditionally approve / reject / consult)",
  },
  {
    name: "rag",
    options: ["red", "amber", "green"],
    source: "NHS and local-government RAG ratings",
  },
  {
    name: "level",
    options: ["low", "medium|med", "high", "very high|critical"],
    source: "risk and rating scales (ICO, NHS 5×5 bands)",
  },
  {
    name: "lawful basis",
    options: ["consent", "contract", "legal obligation", "vital interests", "public task", "legitimate interests"],
    source: "UK GDPR / GDPR Article 6(1)(a)–(f) as the ICO names them",
  },
];

/** Words that announce a legend or key: the option words after them describe a scale, they do not answer. */
export const LEGEND_WORDS: readonly string[] = ["key", "legend", "scale", "scoring", "rating scale", "guide", "bands"];

/**
 * Words that ask for exactly one box ("choose one", "tick one"): several ticks there contradict each other. Sources:
 * Microsoft Forms / Google Forms single-choice wording, NHS application forms.
 */
export const SINGLE_CHOICE_WORDS: readonly string[] = [
  "choose one",
  "choose only one",
  "select one",
  "select only one",
  "tick one",
  "tick only one",
  "tick one box",
  "check one",
  "please tick one",
  "one only",
];

/** Words that allow several boxes ("tick all that apply"). */
export const MULTIPLE_CHOICE_WORDS: readonly string[] = [
  "all that apply",
  "tick all",
  "select all",
  "choose all",
  "as many as apply",
  "more than one",
];
