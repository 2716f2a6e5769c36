/**
 * Words and phrases that make a line a prompt for the person filling in a form, as data with where each comes from.
 * Detectors in src/core/detect and src/core/templates build their patterns from these lists; adding a template
 * family's habit means adding an entry here, not a branch in the code.
 */

export interface Phrase {
  /** Lower-case words as written (a phrase may hold several words). */
  text: string;
  source: string;
}

const ICO = "ICO DPIA and LIA templates (Steps 1–7, Parts 1–3)";
const NHS = "NHS / health research application forms (IRAS, data access requests)";
const EDPB = "EDPB / national authority DPIA templates";
const FORMS = "questionnaire and survey forms (Microsoft Forms, Google Forms question wording)";

/**
 * Imperative verbs that open a prompt ("Describe the processing:", "Please list…", "Give details of…", "Tell us…").
 * A line opening with one of them asks for an answer below or beside it.
 */
export const IMPERATIVE_VERBS: readonly Phrase[] = [
  { text: "describe", source: ICO },
  { text: "explain", source: ICO },
  { text: "list", source: ICO },
  { text: "summarise", source: ICO },
  { text: "summarize", source: ICO },
  { text: "outline", source: EDPB },
  { text: "identify", source: ICO },
  { text: "consider", source: ICO },
  { text: "state", source: NHS },
  { text: "provide", source: NHS },
  { text: "give", source: NHS },
  { text: "detail", source: NHS },
  { text: "set out", source: EDPB },
  { text: "specify", source: NHS },
  { text: "include", source: NHS },
  { text: "indicate", source: FORMS },
  { text: "tell us", source: FORMS },
  { text: "confirm", source: NHS },
  { text: "justify", source: EDPB },
  { text: "attach", source: NHS },
];

/** Polite lead-ins before the imperative ("Please describe…", "Kindly provide…"). */
export const POLITE_LEADS: readonly Phrase[] = [
  { text: "please", source: FORMS },
  { text: "kindly", source: FORMS },
];

/**
 * Word's own content-control and form-field prompts (the text a control shows until something is chosen or typed),
 * and the equivalents of other suites and of template authors. The detector treats them as placeholders wherever
 * they stand.
 */
export const FORM_PROMPTS: readonly { pattern: RegExp; source: string }[] = [
  {
    pattern: /\b(?:click|tap)(?: or (?:click|tap))? here to enter (?:a )?(?:text|date)\.?/gi,
    source: "Microsoft Word content controls: plain/rich text and date picker placeholders",
  },
  { pattern: /\b(?:click|tap)(?: or (?:click|tap))? to enter a date\.?/gi, source: "Microsoft Word date picker" },
  { pattern: /\bchoose an item\.?/gi, source: "Microsoft Word drop-down list and combo box content controls" },
  { pattern: /\bchoose a building block\.?/gi, source: "Microsoft Word building block gallery content control" },
  { pattern: /\bselect (?:an item|a date|one|an option)\.?(?=\s*$|\s*\n)/gim, source: "Google Docs drop-down chips" },
  {
    pattern: /\b(?:type|enter|insert|write) (?:your )?text here\.?/gi,
    source: "Microsoft Office and Google Docs templates",
  },
  { pattern: /\btype here\.?/gi, source: "LibreOffice Writer placeholder fields, Google Docs templates" },
  {
    pattern: /\b(?:your|the) [a-z][a-z ']{1,30} goes here\.?/gi,
    source: 'Microsoft Office templates ("Your name goes here")',
  },
];

/**
 * Verbs of a short fill-in instruction that stands in place of the answer ("Insert name", "Enter date", "Add
 * signature"): placeholders when they are all a line or a value says.
 */
export const FILL_IN_VERBS: readonly Phrase[] = [
  { text: "insert", source: "Microsoft Office templates" },
  { text: "enter", source: "Microsoft Office templates" },
  { text: "type", source: "Microsoft Office templates" },
  { text: "add", source: "Google Docs templates" },
  { text: "fill in", source: "paper and PDF forms" },
];

/** Lines that guide rather than ask: routing notes and examples under a question. */
export const GUIDANCE_LEADS: readonly Phrase[] = [
  { text: "e.g.", source: NHS },
  { text: "eg", source: NHS },
  { text: "for example", source: ICO },
  { text: "note", source: NHS },
  { text: "if yes, skip to", source: FORMS },
  { text: "if no, skip to", source: FORMS },
  { text: "if yes, go to", source: FORMS },
  { text: "if no, go to", source: FORMS },
  { text: "if not, go to", source: FORMS },
  { text: "go to question", source: FORMS },
  { text: "skip to question", source: FORMS },
  { text: "see guidance", source: ICO },
  { text: "guidance", source: ICO },
  { text: "tick all that apply", source: FORMS },
  { text: "tick one", source: FORMS },
];

/** Escapes a phrase for use inside a RegExp. */
export function phrasePattern(phrases: readonly Phrase[]): string {
  return phrases
    .map((p) => p.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .sort((a, b) => b.length - a.length)
    .join("|");
}
