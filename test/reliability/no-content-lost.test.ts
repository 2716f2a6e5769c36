/**
 * Property tests: for every fixture (seed rebuilds and real documents), random sequences of the add-in's own
 * edits — guided answers (chosen or typed), the risk engine's edits, the computed risk summary (insert, then
 * update), reviewer marks and "clear marks" — never change a paragraph or cell that no edit targeted, keep the
 * document openable, and "clear marks" after "mark all gaps" gives back the same text and formatting.
 */
import fc from "fast-check";
import { editForAnswer } from "../../src/core/answer-edits";
import type { Edit, EditResult } from "../../src/core/edits";
import type { DocModel } from "../../src/core/model";
import type { Finding, Report } from "../../src/core/report";
import { buildRegister, buildRiskSummary, getMatrix, planRiskTableEdits } from "../../src/core/risk";
import { buildStructure } from "../../src/core/templates/structure";
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { compact, exportDocxText, findCompact, hasLibreOffice, words } from "../support/libreoffice";
import { allFixtures, type Fixture } from "../fixtures/fixtures";
import { reviewState, session, TODAY, type Session } from "./support/documents";
import { preservationProblems, snapshot } from "./support/preservation";

type Op =
  | { kind: "answers"; picks: { finding: number; answer: number; typed?: string }[] }
  | { kind: "risk" }
  | { kind: "summary" }
  | { kind: "mark"; every: number; offset: number }
  | { kind: "clear" }
  /** Apply again the answers of the last "answers" op, built from an older scan: stale ones must be refused. */
  | { kind: "replay" };

/** Typed answers include markup characters, line breaks, tabs and characters outside the BMP. */
const typedText = fc
  .array(
    fc.oneof(
      fc.constantFrom("<b>", "&amp;", "]]>", "\n", "\t", "😀", "ش", "\u00a0", '"q"'),
      fc.string({ minLength: 1, maxLength: 8 }),
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((parts) => parts.join(""))
  .filter((t) => t.trim() !== "");

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("answers" as const),
      picks: fc.array(
        fc.record({ finding: fc.nat(), answer: fc.nat(), typed: fc.option(typedText, { nil: undefined, freq: 3 }) }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "risk" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "summary" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("mark" as const),
      every: fc.integer({ min: 1, max: 3 }),
      offset: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "clear" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "replay" as const }) },
);

const stats = { cases: 0, operations: 0, applied: 0, refused: 0, marks: 0, roundTrips: 0, twice: 0 };
const opCounts: Record<string, number> = {};

function answerEdits(report: Report, picks: { finding: number; answer: number; typed?: string }[]): Edit[] {
  const answerable = report.findings.filter((f) => (f.answers?.length ?? 0) > 0 || f.target !== undefined);
  if (answerable.length === 0) return [];
  const edits: Edit[] = [];
  const used = new Set<string>();
  for (const pick of picks) {
    const finding: Finding = answerable[pick.finding % answerable.length];
    // Two answers for one finding are one user's double click: the second must be refused, not stacked.
    if (used.has(finding.id)) continue;
    used.add(finding.id);
    const answers = finding.answers ?? [];
    const text =
      pick.typed ?? (answers.length ? answers[pick.answer % answers.length].text : "Answered by the reviewer.");
    edits.push(editForAnswer(finding, text));
  }
  return edits;
}

function riskInputs(model: DocModel) {
  const matrix = getMatrix("ico-3x3");
  return { matrix, register: buildRegister(model, buildStructure(model), matrix) };
}

const lastAnswers = new WeakMap<Session, Edit[]>();

async function perform(s: Session, op: Op): Promise<EditResult[]> {
  const report = await s.service.scan();
  switch (op.kind) {
    case "answers": {
      const edits = answerEdits(report, op.picks);
      lastAnswers.set(s, edits);
      const first = await s.service.apply(edits);
      // A double click: the same edits again, now stale wherever the first pass changed the text. Nothing
      // untargeted may change either way (checked by the caller); a second application is counted, and its own
      // test is "an answer applied twice" below.
      const second = await s.service.apply(edits);
      stats.twice += second.filter((r, i) => r.status === "applied" && first[i].status === "applied").length;
      return [...first, ...second];
    }
    case "replay":
      return s.service.apply(lastAnswers.get(s) ?? []);
    case "risk": {
      const { matrix, register } = riskInputs(await s.read());
      return s.service.apply(planRiskTableEdits(register, matrix, TODAY).edits);
    }
    case "summary": {
      const { matrix, register } = riskInputs(await s.read());
      return register.found ? s.service.apply([buildRiskSummary(register, matrix, TODAY)]) : [];
    }
    case "mark":
      return s.service.markGaps(report.findings.filter((_, i) => i % op.every === op.offset % op.every));
    case "clear":
      await s.service.clearMarks();
      return [];
  }
}

/** Runs the ops, checking after each that nothing untargeted changed; returns the final bytes. */
async function runCase(bytes: Uint8Array, ops: Op[]): Promise<Uint8Array> {
  const s = await session(bytes);
  for (const op of ops) {
    const before = await snapshot(s);
    const results = await perform(s, op);
    const after = await snapshot(s);
    stats.operations++;
    opCounts[op.kind] = (opCounts[op.kind] ?? 0) + 1;
    for (const r of results) {
      if (r.status === "refused") {
        stats.refused++;
        expect(r.message.trim()).not.toBe("");
      } else if (r.edit.kind === "mark") stats.marks++;
      else stats.applied++;
    }
    const problems = preservationProblems(before, after, results);
    if (problems.length) throw new Error(`after ${JSON.stringify(op)}:\n  ${problems.slice(0, 8).join("\n  ")}`);
  }
  const saved = await s.document.save();
  // The result opens again and reads the same as the session that wrote it.
  const reopened = await openDocx(saved);
  const again = await reopened.run((context) => readModel(context));
  const final = await s.read();
  expect(again.paragraphs.map((p) => p.text)).toEqual(final.paragraphs.map((p) => p.text));
  expect(again.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual(
    final.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text))),
  );
  return saved;
}

/** "Mark all gaps" then "clear marks" gives back the same text, run formatting, highlights and comments. */
async function markClearRoundTrip(bytes: Uint8Array): Promise<void> {
  const s = await session(bytes);
  await s.service.clearMarks(); // a case may end with marks of its own; start from a document without ours
  const baseline = await s.document.save();
  const before = await reviewState(baseline);
  const marked = await session(baseline);
  const report = await marked.service.scan();
  const results = await marked.service.markGaps(report.findings);
  const markedBytes = await marked.document.save();
  if (report.findings.length > 0 && results.some((r) => r.status === "applied")) {
    // The marks are really there before they are cleared (otherwise the round trip proves nothing).
    expect(await reviewState(markedBytes)).not.toEqual(before);
  }
  const cleared = await session(markedBytes);
  const { removed } = await cleared.service.clearMarks();
  expect(removed).toBeGreaterThanOrEqual(results.filter((r) => r.status === "applied").length);
  const after = await reviewState(await cleared.document.save());
  expect(after.formatted).toEqual(before.formatted);
  expect({ ...after, formatted: [] }).toEqual({ ...before, formatted: [] });
  stats.roundTrips++;
}

const fixtures = allFixtures();
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 8);
const SEED = Number(process.env.RELIABILITY_SEED ?? 20261123);
/** The default run takes seconds per fixture; a long run (npm run test:reliability -- --runs 150) gets time to match. */
const CASE_TIMEOUT = Math.max(120_000, RUNS * 15_000);

describe("no content lost (property tests)", () => {
  afterAll(() => {
    console.log(
      `no-content-lost (seed ${SEED}, ${RUNS} runs per fixture): ${stats.cases} generated cases over ${fixtures.length} fixtures, ` +
        `${stats.operations} operations, ` +
        `${stats.applied} edits applied (${stats.twice} of them a second time), ${stats.marks} marks, ` +
        `${stats.refused} refused with a message, ` +
        `${stats.roundTrips} mark/clear round trips; operations by kind ${JSON.stringify(opCounts)}`,
    );
  });

  it.each(fixtures.map((f): [string, Fixture] => [f.name, f]))(
    "%s: random edit sequences",
    async (_, fixture) => {
      const bytes = await fixture.load();
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 5 }), async (ops) => {
          stats.cases++;
          const out = await runCase(bytes, ops);
          await markClearRoundTrip(out);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    CASE_TIMEOUT,
  );

  it.each(fixtures.map((f): [string, Fixture] => [f.name, f]))(
    "%s: mark all, clear marks = original",
    async (_, fixture) => {
      await markClearRoundTrip(await fixture.load());
    },
  );
});

describe("an answer applied twice (double click, or a pane that has not re-scanned yet)", () => {
  it.each(fixtures.map((f): [string, Fixture] => [f.name, f]))(
    "%s: the second application is refused",
    async (_, fixture) => {
      const s = await session(await fixture.load());
      const report = await s.service.scan();
      const seen = new Set<string>();
      const edits = report.findings.flatMap((f) => {
        const key = JSON.stringify(f.ref);
        if (seen.has(key) || !((f.answers?.length ?? 0) > 0 || f.target !== undefined)) return [];
        seen.add(key);
        return [editForAnswer(f, f.answers?.[0]?.text ?? "Answered once")];
      });
      const first = await s.service.apply(edits);
      const second = await s.service.apply(edits);
      const twice = second
        .filter((r, i) => r.status === "applied" && first[i].status === "applied")
        .map((r) => JSON.stringify(r.edit).slice(0, 140));
      expect(twice).toEqual([]);
    },
  );
});

describe("the preservation check itself", () => {
  // The property tests are only as good as this check: it must see a change that no edit announced.
  it("reports text typed into a paragraph and a row deleted behind its back", async () => {
    const s = await session(await fixtures[0].load());
    const before = await snapshot(s);
    await s.document.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/tableNestingLevel");
      const tables = context.document.body.tables.load("items");
      await context.sync();
      paragraphs.items.filter((q) => q.tableNestingLevel === 0)[1].insertText(" (changed)", "End");
      tables.items[0].rows.getFirst().delete();
    });
    const problems = preservationProblems(before, await snapshot(s), []);
    expect(problems.some((m) => /^paragraph \d+ .* lost, changed or moved$/.test(m))).toBe(true);
    expect(problems.some((m) => /^table 0: \d+ rows, expected \d+$/.test(m))).toBe(true);
  });
});

/** A few renders only: LibreOffice takes seconds per document. */
const render = hasLibreOffice() ? it : it.skip;
describe("edited documents render in LibreOffice", () => {
  render(
    "answers, risk rows, summary and marks show as text in the PDF",
    async () => {
      const picked = fixtures.filter((f) => ["seed-001", "ico-dpia-filled-fennex"].includes(f.name));
      for (const fixture of picked) {
        const s = await session(await fixture.load());
        const report = await s.service.scan();
        const finding = report.findings.find((f) => f.answers?.length || f.target);
        const written = "Answer written for the LibreOffice render check";
        const results = finding ? await s.service.apply([editForAnswer(finding, written)]) : [];
        await perform(s, { kind: "summary" });
        await s.service.markGaps((await s.service.scan()).findings);
        const model = await s.read();
        // LibreOffice's text export: no line wrapping, so the check holds whatever fonts are installed.
        const text = exportDocxText(await s.document.save(), fixture.name);
        const page = compact(text);
        if (results[0]?.status === "applied") expect(findCompact(page, written)).toBeGreaterThan(0);
        // The document's headings are still on the page, in order.
        const headings = model.paragraphs.filter((p) => p.headingLevel > 0 && p.text.trim().length > 3).slice(0, 8);
        let at = 0;
        for (const h of headings) {
          const found = findCompact(page, h.text, at);
          expect({ heading: h.text, found: found > 0 }).toEqual({ heading: h.text, found: true });
          at = found;
        }
        if (riskInputs(model).register.found)
          expect(findCompact(page, "Risk summary (computed by DPIA Assist)")).toBeGreaterThan(0);
        console.log(
          `render: ${fixture.name} → ${words(text).length} words in LibreOffice's export, answer, headings and summary found`,
        );
      }
    },
    170_000,
  );
});
