import type { Source } from "./source";

/**
 * Words that show which body of law a document rests on. Each marker is a statute, regulator or guidance name that a
 * document of that law set cites; a document is read as resting on the law whose markers it names most. The GDPR and
 * UK GDPR share most words ("Article 6", "data subject"), so those count for both and only the distinctive names
 * (ICO, DPA 2018, EDPB, a supervisory authority of the EU) decide between them.
 */

export type LawSet = "uk-gdpr" | "eu-gdpr" | "gdpr" | "us";

export interface JurisdictionMarker {
  law: LawSet;
  pattern: RegExp;
  /** How much one mention counts (a statute's name counts more than a shared term). */
  weight: number;
  source: Source;
}

export const JURISDICTION_MARKERS: readonly JurisdictionMarker[] = [
  // UK GDPR: the retained Regulation, the DPA 2018, the ICO and PECR.
  {
    law: "uk-gdpr",
    pattern: /\buk[- ]gdpr\b|\bunited kingdom general data protection regulation\b/,
    weight: 3,
    source: { body: "UK GDPR", cite: "title" },
  },
  {
    law: "uk-gdpr",
    pattern: /\bdata protection act 2018\b|\bdpa 2018\b/,
    weight: 3,
    source: { body: "DPA 2018", cite: "title" },
  },
  {
    law: "uk-gdpr",
    pattern: /\bico\b|\binformation commissioner(?:'s office)?\b/,
    weight: 2,
    source: { body: "ICO", cite: "regulator's name" },
  },
  {
    law: "uk-gdpr",
    pattern: /\bpecr\b|\bprivacy and electronic communications regulations\b/,
    weight: 2,
    source: { body: "ICO", cite: "PECR 2003" },
  },
  {
    law: "uk-gdpr",
    pattern: /\bnhs\b|\bcaldicott\b|\bdata security and protection toolkit\b/,
    weight: 1,
    source: { body: "NHS", cite: "DSPT / Caldicott principles" },
  },
  // EU GDPR: the EDPB, WP29, Member-State supervisory authorities.
  {
    law: "eu-gdpr",
    pattern: /\bedpb\b|\beuropean data protection board\b/,
    weight: 3,
    source: { body: "EDPB", cite: "board's name" },
  },
  {
    law: "eu-gdpr",
    pattern: /\bwp ?248\b|\barticle 29 working party\b|\bwp29\b/,
    weight: 2,
    source: { body: "EDPB", cite: "WP248 rev.01 (endorsed by the EDPB)" },
  },
  {
    law: "eu-gdpr",
    pattern: /\bregulation \(eu\) 2016\/679\b|\beu gdpr\b/,
    weight: 3,
    source: { body: "GDPR", cite: "Regulation (EU) 2016/679" },
  },
  {
    law: "eu-gdpr",
    pattern: /\bcnil\b|\bbfdi\b|\baepd\b|\bgarante\b|\bdata protection commission\b|\bautoriteit persoonsgegevens\b/,
    weight: 2,
    source: { body: "CNIL", cite: "EU supervisory authorities' names" },
  },
  { law: "eu-gdpr", pattern: /\bsupervisory authority\b/, weight: 1, source: { body: "GDPR", cite: "Art. 51" } },
  // Either GDPR: shared terms.
  {
    law: "gdpr",
    pattern: /\bgdpr\b|\bgeneral data protection regulation\b/,
    weight: 2,
    source: { body: "GDPR", cite: "title" },
  },
  {
    law: "gdpr",
    pattern: /\barticle 6\s*\(1\)|\bart\.? 6\b|\barticle 9\s*\(2\)|\bart\.? 9\b|\barticle 35\b/,
    weight: 2,
    source: { body: "GDPR", cite: "Arts. 6, 9, 35" },
  },
  {
    law: "gdpr",
    pattern: /\bdata protection impact assessment\b|\bdpia\b/,
    weight: 1,
    source: { body: "GDPR", cite: "Art. 35" },
  },
  {
    law: "gdpr",
    pattern: /\blawful basis\b|\blegitimate interests?\b|\bdata subjects?\b|\bdata controller\b/,
    weight: 1,
    source: { body: "GDPR", cite: "Arts. 4, 6" },
  },
  // US privacy law: federal statutes, OMB guidance, FedRAMP, state acts.
  {
    law: "us",
    pattern: /\bprivacy act of 1974\b|\b5 u\.?s\.?c\.? ?(?:§ ?)?552a\b/,
    weight: 3,
    source: { body: "US", cite: "Privacy Act of 1974, 5 U.S.C. 552a" },
  },
  {
    law: "us",
    pattern: /\be-government act(?: of 2002)?\b|\bsection 208\b/,
    weight: 3,
    source: { body: "US", cite: "E-Government Act of 2002, §208" },
  },
  {
    law: "us",
    pattern: /\bfedramp\b|\bfisma\b|\bnist (?:sp )?800-\d+\b/,
    weight: 2,
    source: { body: "US", cite: "FedRAMP / FISMA / NIST SP 800-53" },
  },
  {
    law: "us",
    pattern: /\bomb (?:memorandum|circular|m-\d\d-\d\d)\b|\bsystem of records notice\b|\bsorn\b/,
    weight: 3,
    source: { body: "US", cite: "OMB M-03-22, SORN" },
  },
  {
    law: "us",
    pattern: /\bhipaa\b|\bferpa\b|\bcoppa\b|\bglba\b/,
    weight: 2,
    source: { body: "US", cite: "HIPAA, FERPA, COPPA, GLBA" },
  },
  {
    law: "us",
    pattern: /\bccpa\b|\bcpra\b|\bcalifornia consumer privacy act\b|\bstate agency\b/,
    weight: 2,
    source: { body: "US", cite: "Cal. Civ. Code 1798.100; state PIA statutes" },
  },
  {
    law: "us",
    // Any title of the United States Code cited ("18 U.S.C. 2721", "15 USC § 6501"): a federal statute.
    pattern: /\b\d{1,2} u\.? ?s\.? ?c\.?(?: ?a\.?)? ?(?:§+ ?)?\d/,
    weight: 2,
    source: { body: "US", cite: "United States Code citation form (Title U.S.C. section)" },
  },
  {
    law: "us",
    pattern: /\bsocial security numbers?\b/,
    weight: 1,
    source: { body: "US", cite: "OMB M-07-16 (reduction of Social Security number use)" },
  },
  {
    law: "us",
    pattern: /\bpersonally identifiable information\b|\bpii\b/,
    weight: 1,
    source: { body: "US", cite: "OMB M-07-16 definition of PII" },
  },
];

/** Country words that tip a GDPR document one way when no regulator or statute is named. */
export const COUNTRY_MARKERS: readonly JurisdictionMarker[] = [
  {
    law: "uk-gdpr",
    pattern: /\bunited kingdom\b|\bengland\b|\bscotland\b|\bwales\b|£/,
    weight: 1,
    source: { body: "UK GDPR", cite: "territorial scope, Art. 3" },
  },
  {
    law: "eu-gdpr",
    pattern: /\beuropean union\b|\bmember states?\b|€/,
    weight: 1,
    source: { body: "GDPR", cite: "territorial scope, Art. 3" },
  },
];
