import type { Source } from "./source";

/**
 * The short names forms print for the Article 6(1) bases and the Article 9(2) conditions when they list them as
 * options ("Consent / Contract / Legal obligation / …", "☐ (a) explicit consent ☐ (b) employment…"). A list of these
 * names is a question, not an answer: quoting the article is not choosing a basis.
 */
export interface OptionName {
  id: string;
  /** Matched against normalised (lower-case) text. */
  pattern: RegExp;
  source: Source;
}

export const ARTICLE_6_OPTIONS: readonly OptionName[] = [
  { id: "consent", pattern: /\bconsent\b/, source: { body: "GDPR", cite: "Art. 6(1)(a)" } },
  { id: "contract", pattern: /\bcontract(?:ual)?\b/, source: { body: "GDPR", cite: "Art. 6(1)(b)" } },
  { id: "legal-obligation", pattern: /\blegal obligations?\b/, source: { body: "GDPR", cite: "Art. 6(1)(c)" } },
  { id: "vital-interests", pattern: /\bvital interests?\b/, source: { body: "GDPR", cite: "Art. 6(1)(d)" } },
  {
    id: "public-task",
    pattern: /\bpublic task\b|\bofficial authority\b|\bpublic interest\b/,
    source: { body: "GDPR", cite: "Art. 6(1)(e)" },
  },
  { id: "legitimate-interests", pattern: /\blegitimate interests?\b/, source: { body: "GDPR", cite: "Art. 6(1)(f)" } },
];

export const ARTICLE_9_OPTIONS: readonly OptionName[] = [
  { id: "explicit-consent", pattern: /\bexplicit consent\b/, source: { body: "GDPR", cite: "Art. 9(2)(a)" } },
  { id: "employment", pattern: /\bemployment\b|\bsocial security\b/, source: { body: "GDPR", cite: "Art. 9(2)(b)" } },
  { id: "vital-interests", pattern: /\bvital interests?\b/, source: { body: "GDPR", cite: "Art. 9(2)(c)" } },
  {
    id: "not-for-profit",
    pattern: /\bnot[- ]for[- ]profit\b|\bfoundation, association\b/,
    source: { body: "GDPR", cite: "Art. 9(2)(d)" },
  },
  { id: "made-public", pattern: /\bmanifestly made public\b/, source: { body: "GDPR", cite: "Art. 9(2)(e)" } },
  {
    id: "legal-claims",
    pattern: /\blegal claims\b|\bjudicial capacity\b/,
    source: { body: "GDPR", cite: "Art. 9(2)(f)" },
  },
  {
    id: "substantial-public-interest",
    pattern: /\bsubstantial public interest\b/,
    source: { body: "GDPR", cite: "Art. 9(2)(g)" },
  },
  {
    id: "health-care",
    pattern: /\bpreventive or occupational medicine\b|\bhealth or social care\b|\bmedical diagnosis\b/,
    source: { body: "GDPR", cite: "Art. 9(2)(h)" },
  },
  { id: "public-health", pattern: /\bpublic health\b/, source: { body: "GDPR", cite: "Art. 9(2)(i)" } },
  {
    id: "archiving-research",
    pattern: /\barchiving\b|\bscientific or historical research\b|\bstatistical purposes\b/,
    source: { body: "GDPR", cite: "Art. 9(2)(j)" },
  },
];

/** Marks that select one option of a list (a ticked box, a tick, an "x" in brackets). */
export const SELECTED_MARK = /[☒☑✓✔]|\[\s*x\s*\]|\(\s*x\s*\)/i;

/** Names of an assessment that is itself the Article 6(1)(f) three-part test (ICO: "legitimate interests assessment"). */
export const LIA_TITLE = /\blegitimate interests? assessment\b|\blia\b/;

/**
 * Where an assessment asks for the Article 6 basis: a "lawful basis" / "legal basis" / "Article 6" question, heading or
 * prompt (the ICO DPIA template's Step 4 asks "what is your lawful basis for processing?"). A form or an extract that
 * never mentions it (a risk-step extract, a data-access application) is not checked for a missing basis.
 */
export const BASIS_ASKED = /\b(?:lawful|legal) bas[ei]s\b|\barticle 6\b/i;
/** Where an assessment asks for the Article 9(2) condition ("Is special category data processed?", "Article 9"). */
export const CONDITION_ASKED = /\barticle 9\b|\bspecial categor(?:y|ies)\b/i;
export const BASIS_ASKED_SOURCES: readonly Source[] = [
  { body: "ICO", cite: "Sample DPIA template, Step 4: Assess necessity and proportionality" },
  { body: "GDPR", cite: "Art. 35(7)(b), Art. 6(1)" },
];
