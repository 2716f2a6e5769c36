import type { Source } from "./source";

/**
 * The EDPB's harmonised DPIA template (version 1.0, adopted 10 March 2026, public consultation 14 April – 9 June 2026),
 * as its published outline describes it: sections 0–6 and a conclusion. Built from the EDPB's announcement and public
 * outlines of the template (section titles and the four decisions); the template file itself was not available here,
 * so the patterns are the sections' subjects, not their exact printed titles.
 */
const TEMPLATE: Source = { body: "EDPB", cite: "Template for Data Protection Impact Assessment, v1.0 (2026)" };

export interface EdpbSection {
  number: number;
  subject: string;
  pattern: RegExp;
  source: Source;
}

export const EDPB_SECTIONS: readonly EdpbSection[] = [
  {
    number: 0,
    subject: "overview: controllers, processors, name and planning, DPIA technical sheet",
    pattern: /\bdpia technical sheet\b|\bprocessors? and sub-?processors?\b|\boverview of the processing\b/,
    source: TEMPLATE,
  },
  {
    number: 1,
    subject: "systematic description of the processing",
    pattern:
      /\bsystematic description\b|\bfunctional description\b|\bmeans of processing\b|\bsecondary or compatible (?:uses|purposes)\b/,
    source: TEMPLATE,
  },
  {
    number: 2,
    subject: "lawfulness, necessity and proportionality",
    pattern:
      /\bnecessity and proportionality\b|\bdata protection by design and by default\b|\blawfulness of (?:the )?processing\b/,
    source: TEMPLATE,
  },
  {
    number: 3,
    subject: "inherent risk assessment",
    pattern: /\binherent risks?\b|\brisks? to (?:the )?rights and freedoms\b/,
    source: TEMPLATE,
  },
  {
    number: 4,
    subject: "action plan and residual risk",
    pattern: /\baction plan\b|\bresidual risks?\b|\badditional (?:mitigating )?measures\b/,
    source: TEMPLATE,
  },
  {
    number: 5,
    subject: "DPO advice and the views of data subjects",
    pattern:
      /\b(?:dpo|data protection officer)'?s? (?:advice|opinion)\b|\bviews of (?:the )?data subjects\b|\bdata subjects'? (?:views|representatives)\b/,
    source: TEMPLATE,
  },
  {
    number: 6,
    subject: "conclusion and decision",
    pattern:
      /\bconditionally approve\b|\bconclusion\b.{0,80}\bdecision\b|\brefer(?:ral)? to the (?:competent |relevant )?supervisory authority\b|\bprior consultation\b/,
    source: TEMPLATE,
  },
];

/** Words only the EDPB template uses, beside the sections: its name and the Board's. */
export const EDPB_VOCABULARY: readonly RegExp[] = [
  /\bedpb\b|\beuropean data protection board\b/,
  /\btemplate for data protection impact assessment\b/,
  /\barticle 35\b|\bart\.? 35\b/,
];

/** The conclusion's decisions (the EDPB's four), in the order the template lists them. */
export const EDPB_DECISIONS: readonly string[] = [
  "approve",
  "conditionally approve",
  "reject",
  "consult the supervisory authority",
];

/**
 * The conclusion's entries that record who decided what, checked like the ICO's Step 7 sign-off: the DPO's advice, the
 * data subjects' views (or why they were not sought), the decision and who took it, when.
 */
export const EDPB_SIGNOFF_LABEL =
  /\b(?:dpo|data protection officer)'?s? (?:advice|opinion)\b|\b(?:advice|opinion) of the (?:dpo|data protection officer)\b|\bviews? of (?:the )?data subjects\b|\bdata subjects'? views?\b|\bdecision\b|\bapproved by\b|\bdate of approval\b|\bresponsible official\b/i;
