import type { Jurisdiction } from "../report";
import { COUNTRY_MARKERS, JURISDICTION_MARKERS, type LawSet } from "../vocabulary/jurisdiction";

/**
 * Which body of law a document rests on, from the statutes, regulators and terms it names (vocabulary/jurisdiction.ts).
 * US markers outweighing every GDPR marker make it `us`; any GDPR marker makes it a GDPR document, the UK or the EU one
 * by their distinctive names (a tie stays with the UK GDPR, the law the guided answers were first written for); no
 * marker at all is `unknown`, and then no Article 6/9/10 finding is made.
 */
/**
 * How much of the document is read for its law: its statutes and regulators are named in the opening parts (purpose,
 * lawful basis, scope); reading megabytes of a long register for them would only slow the scan.
 */
const READ_CHARS = 100_000;

export function recogniseJurisdiction(normalisedText: string): Jurisdiction {
  const text = normalisedText.length > READ_CHARS ? normalisedText.slice(0, READ_CHARS) : normalisedText;
  const score: Record<LawSet, number> = { "uk-gdpr": 0, "eu-gdpr": 0, gdpr: 0, us: 0 };
  for (const marker of JURISDICTION_MARKERS)
    if (marker.pattern.test(normalisedText)) score[marker.law] += marker.weight;
  const gdpr = score.gdpr + score["uk-gdpr"] + score["eu-gdpr"];
  if (score.us >= 2 && score.us > gdpr) return "us";
  if (gdpr === 0) return score.us > 0 ? "us" : "unknown";
  for (const marker of COUNTRY_MARKERS) if (marker.pattern.test(text)) score[marker.law] += marker.weight;
  return score["eu-gdpr"] > score["uk-gdpr"] ? "eu-gdpr" : "uk-gdpr";
}

/** Whether Articles 6, 9 and 10 of the (UK) GDPR apply to the document (a structure built by hand is UK GDPR). */
export function restsOnGdpr(jurisdiction: Jurisdiction | undefined): boolean {
  return jurisdiction === undefined || jurisdiction === "uk-gdpr" || jurisdiction === "eu-gdpr";
}
