import type { Finding, FindingKind, Severity } from "../core/report";

/** What the user narrowed the gap list to; kept by the App so a re-scan does not lose it. */
export interface GapFilter {
  kinds: FindingKind[];
  severities: Severity[];
  section: string | null;
  search: string;
}

export const EMPTY_FILTER: GapFilter = { kinds: [], severities: [], section: null, search: "" };

export interface SectionGroup {
  section: string;
  findings: Finding[];
}

/** Findings of document-level checks may carry no section; they are listed under this name. */
export const WHOLE_DOCUMENT = "Whole document";
export const sectionLabel = (finding: Finding): string => finding.section.trim() || WHOLE_DOCUMENT;

const fold = (text: string): string => text.toLocaleLowerCase().replace(/\s+/g, " ").trim();

export function matchesFilter(finding: Finding, filter: GapFilter): boolean {
  if (filter.kinds.length && !filter.kinds.includes(finding.kind)) return false;
  if (filter.severities.length && !filter.severities.includes(finding.severity)) return false;
  if (filter.section !== null && sectionLabel(finding) !== filter.section) return false;
  const query = fold(filter.search);
  if (!query) return true;
  // The label the list shows, as well as the full message: what the user reads is what they search for.
  return [finding.short, finding.message, finding.text, finding.section].some((t) => fold(t).includes(query));
}

/**
 * Groups by the document's own section headings. Report findings come in body order, so the first
 * appearance of a section is its place in the document; a section that reappears later (findings of a
 * document-level check) joins its earlier group rather than starting a second one.
 */
export function groupBySection(findings: Finding[]): SectionGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = sectionLabel(finding);
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups].map(([section, list]) => ({ section, findings: list }));
}

/** Section names in document order (for the section filter). */
export function sectionsOf(findings: Finding[]): string[] {
  return groupBySection(findings).map((g) => g.section);
}

export function countBy<K extends string>(findings: Finding[], key: (f: Finding) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return counts;
}
