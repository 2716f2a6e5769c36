import type { Source } from "./source";

/**
 * What a DPIA must contain, after Art. 35(7)(a)–(d) GDPR, the ICO's "What should a DPIA include?" and the EDPB's
 * criteria for an acceptable DPIA (WP248 rev.01, Annex 2). Under the GDPR the lawful basis is left to
 * `lawful-basis-missing`; the scoring of risks is `risk-not-scored`'s and the review date `review-date-missing`'s, so
 * one gap gets one finding.
 *
 * An element is present when a heading names it (`heading`) or the text discusses it (`content`); both are read
 * leniently, because a missing element is reported and a wrong report is worse than a missed one.
 */
export interface AssessmentElement {
  id: "description" | "necessity" | "lawful-basis" | "risks" | "measures" | "signoff";
  /** Short name for messages, without an article ("systematic description of the processing and its purposes"). */
  name: string;
  /** A few words for the pane's one-line label ("description and purposes"). */
  short: string;
  /** What the section should contain. */
  contains: string;
  /** Art. 35(7) GDPR's own parts, which a PIA under US law (E-Government Act §208, OMB M-03-22) does not have. */
  gdprOnly?: boolean;
  heading: RegExp;
  content: RegExp;
  /** The draft offered as a guided answer (the user edits it before use). */
  draft: string;
  citation: string;
  sources: Source[];
}

const ANNEX_2 = { body: "EDPB", cite: "WP248 rev.01, Annex 2 (criteria for an acceptable DPIA)" } as const;
const ICO_INCLUDE = { body: "ICO", cite: "DPIA guidance: What should a DPIA include?" } as const;

export const ASSESSMENT_ELEMENTS: readonly AssessmentElement[] = [
  {
    id: "description",
    name: "systematic description of the processing and its purposes",
    short: "description and purposes",
    contains:
      "the nature, scope, context and purposes of the processing: what data, whose, where from, who sees it, how long it is kept",
    heading:
      /\b(?:describ\w*|description|overview|background|scope|nature|context|purposes?|data flows?|the processing|project (?:summary|details)|about the project|introduction|summary|personal information (?:in|collected|held)|information (?:collected|in the system))\b/,
    content:
      /\bpurposes? (?:of|is|are|for)\b|\bwe (?:collect|process|use|store)\b|\bdata (?:is |are |will be )?(?:collected|processed)\b|\bprocess(?:es|ing)? (?:the )?personal data\b/,
    draft:
      "Description of the processing\nNature: [how the data is collected, used, stored and deleted]\nScope: [what data, how many people, how often, how long it is kept]\nContext: [who the people are, their relationship with us, what they would expect]\nPurposes: [what the processing achieves for us and for them]",
    citation: "Art. 35(7)(a) GDPR; ICO: What should a DPIA include?; EDPB WP248 Annex 2",
    sources: [{ body: "GDPR", cite: "Art. 35(7)(a)" }, ICO_INCLUDE, ANNEX_2],
  },
  {
    id: "necessity",
    name: "assessment of necessity and proportionality",
    short: "necessity and proportionality",
    contains:
      "why the processing is needed for the purpose, why less data or a less intrusive way would not do, how data quality, minimisation, retention and individuals' rights are ensured",
    gdprOnly: true,
    heading: /\bnecessity\b|\bproportionality\b|\bnecessary and proportionate\b|^data minimi[sz]ation$/,
    content:
      /\bnecessity\b|\bproportionality\b|\bproportionate\b|\bless (?:intrusive|privacy[- ]invasive)\b|\bno (?:less intrusive|other (?:reasonable )?way)\b/,
    draft:
      "Necessity and proportionality\nWhy the processing is necessary: [the purpose cannot be achieved without it because …]\nLess intrusive alternatives considered: [… and why they would not work]\nData minimisation and accuracy: [only the data needed; how it is kept accurate]\nRetention: [how long, then how it is deleted]\nIndividuals' rights and information: [how people are told and can exercise their rights]\nProcessors and international transfers: [contracts and safeguards]",
    citation: "Art. 35(7)(b) GDPR; ICO: What should a DPIA include?; EDPB WP248 Annex 2",
    sources: [{ body: "GDPR", cite: "Art. 35(7)(b)" }, ICO_INCLUDE, ANNEX_2],
  },
  {
    // Under the GDPR this is `lawful-basis-missing`'s finding (Art. 6); a document resting on another law, or naming
    // none, still needs its legal ground (a US PIA states the "legal authority" to collect).
    id: "lawful-basis",
    name: "lawful basis or legal authority for the processing",
    short: "lawful basis",
    contains:
      "the legal ground the processing rests on (under the GDPR one of the six bases of Article 6(1)), and why it applies",
    heading: /\blawful basis\b|\blegal (?:basis|authority|grounds?)\b|\bauthority (?:to|for) (?:collect|process)\w*/,
    content:
      /\blawful basis\b|\blegal (?:basis|authority|grounds?)\b|\bstatutory (?:authority|duty|power)\b|\bauthori[sz]ed by (?:law|statute)\b|\b6\s*\(\s*1\s*\)|\bconsent\b|\blegitimate interests?\b|\bpublic task\b|\blegal obligation\b|\b\d{1,2} u\.? ?s\.? ?c\.?(?: ?a\.?)? ?(?:§+ ?)?\d|\bprivacy (?:statute|act)\b/,
    draft:
      "Lawful basis\nThe processing rests on: [the legal ground – under the GDPR one of Article 6(1)(a)–(f)]\nWhy it applies: [the contract, law, task or interest it serves]",
    citation:
      "Art. 6(1) GDPR; ICO: What should a DPIA include? (compliance and proportionality measures); EDPB WP248 Annex 2",
    sources: [{ body: "GDPR", cite: "Art. 6(1)" }, ICO_INCLUDE, ANNEX_2],
  },
  {
    id: "risks",
    name: "assessment of the risks to individuals' rights and freedoms",
    short: "risk assessment",
    contains: "each risk to the people whose data it is, with its likelihood and severity",
    gdprOnly: true,
    heading: /\brisks?\b|\bthreats?\b|\bharms?\b/,
    content: /\brisks? (?:to|of|for) (?:individuals|people|data subjects|the rights)\b|\blikelihood\b|\bseverity\b/,
    draft:
      "Risks to individuals\nRisk 1: [source of the risk and the harm it could cause to people] – Likelihood: [remote / possible / probable] – Severity: [minimal / significant / severe] – Overall: [low / medium / high]",
    citation: "Art. 35(7)(c) GDPR; ICO: What should a DPIA include?; EDPB WP248 Annex 2",
    sources: [{ body: "GDPR", cite: "Art. 35(7)(c)" }, ICO_INCLUDE, ANNEX_2],
  },
  {
    id: "measures",
    name: "measures envisaged to address the risks",
    short: "measures against the risks",
    contains:
      "for each risk, the safeguards, security measures and mechanisms that reduce it, and the risk left afterwards",
    heading: /\bmeasures?\b|\bmitigat\w*|\bcontrols?\b|\bsafeguards?\b|\btreatment\b|\bactions?\b|\bsecurity\b/,
    content:
      /\bmitigat\w*|\bsafeguards?\b|\bmeasures?\b|\bcontrols?\b|\bencrypt\w*|\baccess control\b|\bpseudonymi[sz]\w*/,
    draft:
      "Measures to reduce risk\nRisk 1: [measure] – Effect on risk: [eliminated / reduced / accepted] – Residual risk: [low / medium / high] – Approved: [yes / no]",
    citation: "Art. 35(7)(d) GDPR; ICO: What should a DPIA include?; EDPB WP248 Annex 2",
    sources: [{ body: "GDPR", cite: "Art. 35(7)(d)" }, ICO_INCLUDE, ANNEX_2],
  },
  {
    id: "signoff",
    name: "record of sign-off and outcomes",
    short: "sign-off",
    contains:
      "who approved the measures and the residual risks and when, the DPO's advice and whether it was followed, and the decision",
    heading:
      /\bsign[- ]?off\b|\bapprov\w*|\boutcomes?\b|\bdecision\b|\bconclusion\b|\bauthori[sz]ation\b|\bdeclaration\b/,
    content:
      /\bapproved by\b|\bsigned\b|\bsignature\b|\bsign[- ]?off\b|\bdpo (?:advice|comments)\b|\bauthori[sz]ed by\b/,
    draft:
      "Sign-off and outcomes\nMeasures approved by: [name, role, date]\nResidual risks approved by: [name, role, date]\nDPO advice: [summary], provided on [date]; accepted / overruled by [name] because [reasons]",
    citation:
      "Art. 35(2) GDPR; ICO: How do we carry out a DPIA? (Step 7: sign off and record outcomes); EDPB WP248 Annex 2",
    sources: [{ body: "GDPR", cite: "Art. 35(2)" }, { body: "ICO", cite: "DPIA template, Step 7" }, ANNEX_2],
  },
];

/**
 * Names by which a document calls itself an assessment of the kind Art. 35 describes (its title, not a passing
 * mention). An LIA is the Article 6(1)(f) test and has its own required parts.
 */
export const ASSESSMENT_TITLE =
  /\bdpia\b|\bpia\b|\bimpact assessment\b|\b(?:privacy|data protection)\b.{0,40}\brisk (?:assessment|analysis)\b|\brisk (?:assessment|analysis)\b.{0,40}\b(?:privacy|data protection)\b/;

/** Words that state a date or a schedule for the next review ("annually", "every 6 months", "quarterly"). */
export const REVIEW_SCHEDULE =
  /\b(?:annually|yearly|quarterly|monthly|biannually|every (?:\d+|one|two|three|six|twelve|year|month)\b|each year|once a year|within \d+ (?:months|weeks|days))\b/;

/** A line that speaks of the assessment's review ("Next review", "Review date", "will be reviewed …"). */
export const REVIEW_MENTION =
  /\b(?:next )?review(?: date| due| by| on)?\s*[:–-]|\b(?:will|shall|to) be (?:kept under )?review(?:ed)?\b|\bdate of (?:next )?review\b|\breview (?:date|period|frequency|schedule)\b/;
