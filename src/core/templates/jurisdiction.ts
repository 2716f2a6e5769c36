import type { Jurisdiction } from "../report";
import { COUNTRY_MARKERS, JURISDICTION_MARKERS, type LawSet } from "../vocabulary/jurisdiction";
import { textReader, type DocumentFeatures, type ReaderPattern } from "./features";

/**
 * Which body of law a document rests on, from the statutes, regulators and terms it names (vocabulary/jurisdiction.ts).
 * US markers outweighing every GDPR marker make it `us`; any GDPR marker makes it a GDPR document, the UK or the EU one
 * by their distinctive names (a tie stays with the UK GDPR, the law the guided answers were first written for); no
 * marker at all is `unknown`, and then no Article 6/9/10 finding is made.
 *
 * A statute, regulator or term counts wherever the document names it (an appendix citing HIPAA still says the law).
 * Country words count only in the opening READ_CHARS characters (purpose, scope, lawful basis): they are weak signs,
 * and a long register's rows name places ("offices in Wales", prices in €) for reasons that have nothing to do with
 * the law the assessment rests on.
 */
const READ_CHARS = 100_000;

/** Every pattern recogniseJurisdiction asks of the text, and how far (for the text reader). */
export const JURISDICTION_PATTERNS: readonly ReaderPattern[] = [
  ...JURISDICTION_MARKERS.map((m) => m.pattern),
  ...COUNTRY_MARKERS.map((m) => ({ pattern: m.pattern, readChars: READ_CHARS })),
];

/** The law of a document, from the features of its text (read with JURISDICTION_PATTERNS among the patterns). */
export function jurisdictionOf(features: Pick<DocumentFeatures, "has">): Jurisdiction {
  const score: Record<LawSet, number> = { "uk-gdpr": 0, "eu-gdpr": 0, gdpr: 0, us: 0 };
  for (const marker of JURISDICTION_MARKERS) if (features.has(marker.pattern)) score[marker.law] += marker.weight;
  const gdpr = score.gdpr + score["uk-gdpr"] + score["eu-gdpr"];
  if (score.us >= 2 && score.us > gdpr) return "us";
  if (gdpr === 0) return score.us > 0 ? "us" : "unknown";
  for (const marker of COUNTRY_MARKERS)
    if (features.has(marker.pattern, READ_CHARS)) score[marker.law] += marker.weight;
  return score["eu-gdpr"] > score["uk-gdpr"] ? "eu-gdpr" : "uk-gdpr";
}

const reader = textReader(JURISDICTION_PATTERNS);

/** The law of a text (paragraphs one a line). */
export function recogniseJurisdiction(text: string): Jurisdiction {
  return jurisdictionOf(reader.read(text.split("\n")));
}

/** Whether Articles 6, 9 and 10 of the (UK) GDPR apply to the document (a structure built by hand is UK GDPR). */
export function restsOnGdpr(jurisdiction: Jurisdiction | undefined): boolean {
  return jurisdiction === undefined || jurisdiction === "uk-gdpr" || jurisdiction === "eu-gdpr";
}
