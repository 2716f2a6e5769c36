import { PUBLIC_AUTHORITY_MARKERS, type OrganisationType } from "../vocabulary/organisation";

/**
 * Whether the document's own words show a public authority (council, police force, NHS trust, a .gov.uk
 * address, "public task" relied on). A mention of someone else's authority ("referral information from the
 * Local Authority") does not count: only names and statements about the writer.
 */

export interface OrganisationEvidence {
  type: OrganisationType;
  /** Why we think so, for messages. */
  reason: string;
}

/**
 * A name that follows "with", "for", "to", "from", "by"… is a partner, a client or a recipient ("working with Leeds City
 * Council", "data shared with the NHS Trust"), not the writer.
 */
const SOMEONE_ELSE = /\b(?:with|for|to|from|by|via|on behalf of|between|and|of|on)\s+(?:the\s+|our\s+|local\s+)*$/i;

/** Evidence that the document is written by a public authority, or undefined when the words do not show it. */
export function detectOrganisation(text: string): OrganisationEvidence | undefined {
  for (const { re, why } of PUBLIC_AUTHORITY_MARKERS) {
    const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (let m = all.exec(text); m; m = all.exec(text)) {
      if (/\btoolkit\b/i.test(text.slice(m.index, m.index + m[0].length + 40))) continue;
      // The name may start a few capitalised words earlier ("with Leeds City Council" matched at "City Council").
      const before = text.slice(Math.max(0, m.index - 60), m.index).replace(/(?:[A-Z][\w'&.-]*\s+){0,4}$/, "");
      if (SOMEONE_ELSE.test(before)) continue;
      return { type: "public-authority", reason: `${why} ("${m[0].trim()}")` };
    }
  }
  return undefined;
}
