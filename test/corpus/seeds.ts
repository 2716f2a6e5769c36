/**
 * The seed rebuilds (test/fixtures/seeds) join the corpus with their own hand-written expectations
 * (test/fixtures/expectations), adapted to the corpus format here rather than written twice.
 */
import { seedFixtures } from "../fixtures/fixtures";
import { SLOT_KINDS } from "../fixtures/expectations/match";
import type { ExpectedGap, Expectations } from "../fixtures/expectations/types";
import type { Acceptable, CorpusDocument, CorpusExpectations, Gap } from "./types";

function adaptGap(gap: ExpectedGap): Gap {
  const out: Gap = {
    kindIn: Array.isArray(gap.kind) ? [...gap.kind] : [gap.kind],
    text: gap.text,
    why: gap.why,
  };
  // "" matches any section in the fixture format; absent does here.
  const sections = (Array.isArray(gap.section) ? gap.section : [gap.section]).filter((s) => s !== "");
  if (sections.length === (Array.isArray(gap.section) ? gap.section.length : 1)) out.section = gap.section;
  return out;
}

export function adaptExpectations(e: Expectations): CorpusExpectations {
  return {
    template: e.template,
    gaps: e.gaps.map(adaptGap),
    // A filled answer may not be the text of a finding that says a slot is empty or left as template text.
    mustNotReport: [
      ...e.mustNotFlag.map((text) => ({ kindIn: [...SLOT_KINDS], text, why: "a filled answer" })),
      ...(e.notAnAssessment ? [{ kindIn: [...SLOT_KINDS], why: "not an assessment: no gap findings" }] : []),
    ],
    acceptable: [],
  };
}

/**
 * Screening results (EDPB WP248 rev.01) a reviewer accepts in the seeds, read from their descriptions: the seeds'
 * own expectations predate the check.
 */
const SCREENING_ACCEPTABLE: Record<string, Acceptable[]> = {
  "seed-000": [
    {
      kind: "dpia-screening",
      text: "a dpia is likely required",
      why: "the LIA processes special category and criminal offence data (4) about vulnerable individuals (7)",
    },
  ],
  "seed-001": [
    {
      kind: "dpia-screening",
      text: "special category",
      why: "Step 2 says special category or criminal offence data may be held (4) about supported-living residents (7)",
    },
  ],
  "seed-004": [
    { kind: "dpia-screening", text: "health information", why: "health data of residents is collected (4)" },
  ],
};

export function seedDocuments(): CorpusDocument[] {
  return seedFixtures().map((f) => ({
    name: f.name,
    group: "seed rebuild",
    origin: "seed" as const,
    load: f.load,
    expectations: withAcceptable(adaptExpectations(f.expectations), SCREENING_ACCEPTABLE[f.name] ?? []),
    quotesChecked: true,
  }));
}

function withAcceptable(e: CorpusExpectations, more: Acceptable[]): CorpusExpectations {
  return { ...e, acceptable: [...e.acceptable, ...more] };
}
