/** The corpus scoring rules on hand-made findings: matching, counts, acceptable, must-not, recall and precision. */
import type { DocModel } from "../../src/core/model";
import type { Finding, FindingKind, RiskSummary } from "../../src/core/report";
import { meetsTargets, scoreReport, totals } from "./score";
import type { CorpusExpectations } from "./types";

let next = 0;
function finding(kind: FindingKind, text: string, extra: Partial<Finding> = {}): Finding {
  next++;
  return {
    id: `${kind}-${next}`,
    kind,
    severity: "error",
    section: "Step 2",
    message: `message about ${text}`,
    short: `about ${text}`,
    messageId: "m",
    data: {},
    text,
    ref: { paragraph: next },
    expected: text,
    check: kind,
    ...extra,
  };
}

function expectations(e: Partial<CorpusExpectations>): CorpusExpectations {
  return { gaps: [], mustNotReport: [], acceptable: [], ...e };
}

function report(findings: Finding[], risks: RiskSummary[] = []) {
  return { template: "generic" as const, jurisdiction: "uk-gdpr" as const, findings, risks };
}

describe("corpus scoring", () => {
  it("counts a finding matching a gap as expected, one matching an acceptable entry as neither, the rest as unexpected", () => {
    const s = scoreReport(
      expectations({
        gaps: [{ kind: "unanswered", text: "project lead" }],
        acceptable: [{ kind: "placeholder", text: "tbc", why: "defensible" }],
      }),
      report([
        finding("unanswered", "Who is the Project   Lead?"),
        finding("placeholder", "TBC"),
        finding("placeholder", "Remote"),
      ]),
    );
    expect([s.expected.length, s.acceptable.length, s.unexpected.length]).toEqual([1, 1, 1]);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(0.5);
  });

  it("takes each finding for one gap only, and reports the gap left over as missed", () => {
    const s = scoreReport(
      expectations({
        gaps: [
          { kindIn: ["placeholder", "unanswered"], text: "name" },
          { kind: "placeholder", text: "name" },
        ],
      }),
      report([finding("placeholder", "Insert name")]),
    );
    expect(s.found).toBe(1);
    expect(s.missed).toHaveLength(1);
    expect(s.recall).toBe(0.5);
  });

  it("finds the matching that satisfies the most gaps, not the first one that fits", () => {
    // Greedy would give the only placeholder|unanswered finding to the first gap and miss the second.
    const s = scoreReport(
      expectations({ gaps: [{ kindIn: ["placeholder", "unanswered"] }, { kind: "unanswered" }] }),
      report([finding("unanswered", "a"), finding("placeholder", "b")]),
    );
    expect(s.missed).toEqual([]);
  });

  it("honours min and max: at least min findings are required, up to max are expected, beyond that unexpected", () => {
    const gap = { kind: "signoff-missing" as const, min: 2, max: 3 };
    const three = scoreReport(
      expectations({ gaps: [gap] }),
      report([1, 2, 3].map((i) => finding("signoff-missing", `row ${i}`))),
    );
    expect([three.labelled, three.found, three.expected.length, three.unexpected.length]).toEqual([2, 2, 3, 0]);
    const four = scoreReport(
      expectations({ gaps: [gap] }),
      report([1, 2, 3, 4].map((i) => finding("signoff-missing", `row ${i}`))),
    );
    expect(four.unexpected).toHaveLength(1);
    const one = scoreReport(expectations({ gaps: [gap] }), report([finding("signoff-missing", "row")]));
    expect(one.missed).toEqual([{ gap, missing: 1 }]);
    expect(one.recall).toBe(0.5);
    const unbounded = scoreReport(
      expectations({ gaps: [{ kind: "unanswered", min: 1, max: Infinity }] }),
      report([1, 2, 3].map((i) => finding("unanswered", `q${i}`))),
    );
    expect(unbounded.unexpected).toEqual([]);
  });

  it("matches a gap's section and text case- and space-insensitively, and its `at` against the finding's row", () => {
    const model = {
      blocks: [],
      paragraphs: [],
      tables: [
        {
          index: 0,
          nestingLevel: 1,
          rows: [
            {
              cells: [
                { ref: { table: 0, row: 0, cell: 0 }, text: "Will images be shared?" },
                { ref: { table: 0, row: 0, cell: 1 }, text: "☐ Yes ☐ No" },
              ],
            },
          ],
        },
      ],
    } as DocModel;
    const inCell = finding("unresolved-choice", "☐ Yes ☐ No", {
      ref: { table: 0, row: 0, cell: 1 },
      expected: "☐ Yes ☐ No",
      section: "Part 2:  Sharing",
    });
    const gap = { kind: "unresolved-choice" as const, at: "images be SHARED", section: "part 2: sharing" };
    expect(scoreReport(expectations({ gaps: [gap] }), report([inCell]), model).missed).toEqual([]);
    expect(scoreReport(expectations({ gaps: [gap] }), report([inCell])).missed).toHaveLength(1); // no model: only its cell
    expect(
      scoreReport(expectations({ gaps: [{ ...gap, section: "Part 3" }] }), report([inCell]), model).missed,
    ).toHaveLength(1);
  });

  it("reports must-not hits by kind, by text where the finding points, or both, never by its section or message", () => {
    const f = finding("unanswered", "Retention", {
      expected: "Retention: six years",
      section: "Ninety days",
      message: "About the backup tapes",
    });
    const hits = (rule: CorpusExpectations["mustNotReport"][number]) =>
      scoreReport(expectations({ mustNotReport: [rule] }), report([f])).mustNotHits.length;
    expect(hits({ kind: "unanswered" })).toBe(1);
    expect(hits({ kind: "placeholder" })).toBe(0);
    expect(hits({ text: "six years" })).toBe(1);
    expect(hits({ kind: "placeholder", text: "six years" })).toBe(0);
    expect(hits({ text: "ninety days" })).toBe(0);
    expect(hits({ text: "backup tapes" })).toBe(0);
  });

  it("checks template, law and the risk register", () => {
    const risks: RiskSummary[] = [
      {
        id: "R1",
        description: "Data lost",
        likelihood: "possible",
        severity: "severe",
        overall: "high",
        computed: "high",
      },
    ];
    const s = scoreReport(
      expectations({
        template: "ico-dpia",
        jurisdiction: "us",
        risks: { count: 2, entries: [{ id: "R1", computed: "medium" }, { description: "stolen" }] },
      }),
      report([], risks),
    );
    expect([s.templateOk, s.jurisdictionOk]).toEqual([false, false]);
    expect(s.riskProblems).toEqual([
      "expected 2 risks, got 1",
      'risk R1: computed "high", expected "medium"',
      "risk stolen not in the register",
    ]);
    const ok = scoreReport(
      expectations({ template: "generic", risks: { entries: [{ description: "LOST", overall: "High" }] } }),
      report([], risks),
    );
    expect([ok.templateOk, ok.jurisdictionOk, ok.riskProblems]).toEqual([true, true, []]);
  });

  it("sums the corpus totals over documents and judges the targets", () => {
    const perfect = scoreReport(expectations({ gaps: [{ kind: "unanswered" }] }), report([finding("unanswered", "q")]));
    const noisy = scoreReport(
      expectations({ gaps: [{ kind: "unanswered" }] }),
      report([finding("unanswered", "q"), finding("placeholder", "x")]),
    );
    const empty = scoreReport(expectations({}), report([]));
    expect([empty.recall, empty.precision]).toEqual([1, 1]);
    const t = totals([perfect, noisy, empty]);
    expect(t).toEqual({ labelled: 2, found: 2, expected: 2, unexpected: 1, recall: 1, precision: 2 / 3 });
    expect(meetsTargets(t, [perfect, noisy])).toBe(false);
    expect(meetsTargets(totals([perfect, empty]), [perfect, empty])).toBe(true);
  });
});
