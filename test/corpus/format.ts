/** The corpus table printed by `npm run corpus` and by the test's summary: one line per document, then the details. */
import type { Finding } from "../../src/core/report";
import type { CorpusResult } from "./corpus";
import { describePattern, meetsTargets, totals, TARGETS } from "./score";

const pct = (x: number) => `${(x * 100).toFixed(x === 1 ? 0 : 1)}%`;

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + " ".repeat(width - text.length);
}

function describeFinding(f: Finding): string {
  return `${f.kind} [${f.severity}] in "${f.section}": ${JSON.stringify(f.text.slice(0, 90))}`;
}

/** Problems of one document that the test fails on, as lines (empty when the document passes). */
export function problemLines(result: CorpusResult): string[] {
  const { score, report, document } = result;
  const e = document.expectations;
  return [
    ...(score.templateOk ? [] : [`TEMPLATE    ${report.template}, expected ${e.template}`]),
    ...(score.jurisdictionOk ? [] : [`LAW         ${report.jurisdiction}, expected ${e.jurisdiction}`]),
    ...score.missed.map(
      (m) =>
        `MISSED      ${describePattern(m.gap)}${m.missing > 1 || (m.gap.min ?? 1) > 1 ? ` (${m.missing} of ${m.gap.min})` : ""}`,
    ),
    ...score.mustNotHits.map((h) => `MUST-NOT    ${describePattern(h.rule)} ← ${describeFinding(h.finding)}`),
    ...score.unexpected.map((f) => `UNEXPECTED  ${describeFinding(f)}`),
    ...score.riskProblems.map((r) => `RISKS       ${r}`),
  ];
}

export function formatTable(results: CorpusResult[]): string {
  const header = `${pad("document", 46)} ${pad("origin", 6)} ${pad("template", 14)} ${pad("law", 8)} ${"recall".padStart(7)} ${"precision".padStart(9)} ${"unexp".padStart(5)} ${"ok".padStart(3)}`;
  const lines = [header, "-".repeat(header.length)];
  for (const r of results) {
    const s = r.score;
    const ok = problemLines(r).length === 0 ? "yes" : "no";
    lines.push(
      `${pad(r.document.name, 46)} ${pad(r.document.origin, 6)} ${pad(r.report.template, 14)} ${pad(r.report.jurisdiction, 8)} ${`${pct(s.recall)}`.padStart(7)} ${pct(s.precision).padStart(9)} ${String(s.unexpected.length).padStart(5)} ${ok.padStart(3)}`,
    );
  }
  const t = totals(results.map((r) => r.score));
  const passing = results.filter((r) => problemLines(r).length === 0).length;
  lines.push(
    "-".repeat(header.length),
    `${results.length} documents, ${passing} pass; labelled gaps ${t.labelled}, found ${t.found}: recall ${pct(t.recall)}; ` +
      `findings expected ${t.expected}, unexpected ${t.unexpected}: precision ${pct(t.precision)}`,
    `targets: recall ${pct(TARGETS.recall)}, precision ≥ ${pct(TARGETS.precision)}, every document ≥ ${pct(TARGETS.perDocument)} on both — ` +
      (meetsTargets(
        t,
        results.map((r) => r.score),
      )
        ? "met"
        : "NOT met"),
  );
  return lines.join("\n");
}

export function formatDetails(results: CorpusResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    const problems = problemLines(r);
    if (problems.length === 0) continue;
    out.push(`${r.document.name} (${r.document.group})`, ...problems.map((p) => `  ${p}`));
  }
  return out.join("\n");
}
