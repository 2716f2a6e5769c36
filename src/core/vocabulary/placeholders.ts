/**
 * How templates mark the place of an answer, as data with where each habit comes from. src/core/detect/placeholders
 * compiles these into its patterns.
 */

export interface PlaceholderHabit {
  name: string;
  /** Global pattern; the whole match is the placeholder. */
  pattern: RegExp;
  source: string;
}

/** Template-engine and mail-merge fields never filled in. */
export const FIELD_HABITS: readonly PlaceholderHabit[] = [
  { name: "double-brace", pattern: /\{\{[^{}\n]{1,80}\}\}/g, source: "Mustache / Handlebars / Jinja / docxtemplater" },
  { name: "dollar-brace", pattern: /\$\{[^{}\n]{1,80}\}/g, source: "JavaScript template literals, Velocity, Spring" },
  { name: "double-bracket", pattern: /\[\[[^[\]\n]{1,80}\]\]/g, source: "wiki and docassemble templates" },
  {
    name: "single-brace",
    pattern: /\{\s*[A-Za-z_][\w.]{0,40}(?:\s+[A-Za-z_][\w.]{0,40}){0,3}\s*\}/g,
    source: "docxtemplater / python-docx-template single-brace tags, Word's own { MERGEFIELD } field codes",
  },
  { name: "chevrons", pattern: /<<[^<>\n]{1,120}>>|«[^«»\n]{1,120}»/g, source: "Word mail merge «Field», <<field>>" },
  { name: "percent", pattern: /%%?[A-Z][A-Z0-9_]{2,40}%%?/g, source: "CRM and mail-merge tokens (%FIRSTNAME%)" },
];

/**
 * Segments of a mask written where a value belongs ("REF-YYYY-NN", "dd/mm/yyyy", "XX/XX/XXXX", "###"). A mask has at
 * least two segments joined by - / . or space, at least one of them one of these.
 */
export const MASK_SEGMENTS: readonly string[] = [
  "yyyy",
  "yy",
  "mm",
  "dd",
  "xxxx",
  "xxx",
  "xx",
  "nnnn",
  "nnn",
  "nn",
  "###",
  "##",
];

/** Fill-in leaders: runs of these characters stand for a blank to write on. Source: paper and PDF forms. */
export const LEADER_RUN = /_{3,}|\.{4,}|…{2,}|(?:\. ){3,}\.?|(?:…\s*){2,}/g;

/** Words that defer an answer ("TBC"): a warning, not an answer. Source: common usage in project documents. */
export const DEFERRED = /\b(?:TBC|TBD|TBA)\b|\bto be (?:confirmed|determined)\b/g;
