import { PUBLIC_AUTHORITY_MARKERS, type OrganisationType } from "../vocabulary/organisation";
import { byPosition } from "./by-position";
import { memoText } from "./text";

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

/** How far around a match the words are read: a toolkit named after it, a preposition before the name. */
const AFTER = 40;
const BEFORE = 60;

const markers = PUBLIC_AUTHORITY_MARKERS.map(({ re, why }) => ({
  all: new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`),
  why,
}));

/** Whether the words around a match (at `index` in `text`) name the writer rather than a toolkit or someone else. */
function isWriter(text: string, index: number, match: string): boolean {
  if (/\btoolkit\b/i.test(text.slice(index, index + match.length + AFTER))) return false;
  // The name may start a few capitalised words earlier ("with Leeds City Council" matched at "City Council").
  const before = text.slice(Math.max(0, index - BEFORE), index).replace(/(?:[A-Z][\w'&.-]*\s+){0,4}$/, "");
  return !SOMEONE_ELSE.test(before);
}

/**
 * A marker's match in one paragraph: `writer` when the paragraph alone decides it, undefined when the words read
 * around it reach past the paragraph's start or end (then the neighbouring paragraphs decide).
 */
interface Candidate {
  marker: number;
  index: number;
  match: string;
  writer: boolean | undefined;
}

/**
 * Any marker, as one alternation per set of flags (case-sensitive ones, case-insensitive ones): a paragraph none of
 * them matches holds no marker (most paragraphs), and two passes rule out all seven.
 */
const flagsOf = (re: RegExp) => re.flags.replace("g", "");
const ANY_MARKER = [...new Set(PUBLIC_AUTHORITY_MARKERS.map(({ re }) => flagsOf(re)))].map(
  (flags) =>
    new RegExp(
      PUBLIC_AUTHORITY_MARKERS.filter(({ re }) => flagsOf(re) === flags)
        .map(({ re }) => `(?:${re.source})`)
        .join("|"),
      flags,
    ),
);

const NONE: readonly Candidate[] = [];

const candidatesOf = byPosition(
  memoText((text: string): readonly Candidate[] => {
    if (!ANY_MARKER.some((re) => re.test(text))) return NONE;
    const found: Candidate[] = [];
    markers.forEach(({ all }, marker) => {
      all.lastIndex = 0;
      for (let m = all.exec(text); m; m = all.exec(text)) {
        const local = m.index >= BEFORE && m.index + m[0].length + AFTER <= text.length;
        const writer = local ? isWriter(text, m.index, m[0]) : undefined;
        if (writer !== false) found.push({ marker, index: m.index, match: m[0], writer });
      }
    });
    return found.length ? found : NONE;
  }),
);

/**
 * detectOrganisation of the paragraphs joined line by line, paragraph by paragraph: each paragraph's matches come from
 * a memo keyed by its text, so after one edit only that paragraph is read again. The first marker (in the vocabulary's
 * order) that shows the writer wins, at its first place in the document, as in the joined text; a match near a
 * paragraph's edge is judged on the joined text around it. A name split over two paragraphs is not one.
 */
export function detectOrganisationInParagraphs(
  paragraphs: readonly { text: string }[],
): OrganisationEvidence | undefined {
  let best: Candidate | undefined;
  for (let i = 0; i < paragraphs.length; i++)
    for (const c of candidatesOf(paragraphs[i].text, i)) {
      if (best && c.marker >= best.marker) continue;
      if (c.writer ?? isWriterAcross(paragraphs, i, c)) best = c;
    }
  return best && { type: "public-authority", reason: `${markers[best.marker].why} ("${best.match.trim()}")` };
}

/** isWriter on the joined text around a match near its paragraph's edge. */
function isWriterAcross(paragraphs: readonly { text: string }[], i: number, c: Candidate): boolean {
  let before = "";
  for (let j = i - 1; j >= 0 && before.length < BEFORE; j--) before = `${paragraphs[j].text}\n${before}`;
  let after = paragraphs[i].text;
  for (let j = i + 1; j < paragraphs.length && after.length < c.index + c.match.length + AFTER; j++)
    after = `${after}\n${paragraphs[j].text}`;
  // Only the words around the match are read: BEFORE characters before it and AFTER after it.
  const window = `${before.slice(-BEFORE)}${after}`;
  return isWriter(window, c.index + Math.min(before.length, BEFORE), c.match);
}

/** Evidence that a text is written by a public authority, or undefined when its words do not show it (one paragraph). */
export function detectOrganisation(text: string): OrganisationEvidence | undefined {
  return detectOrganisationInParagraphs([{ text }]);
}
