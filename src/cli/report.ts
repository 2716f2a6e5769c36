import { getMatrix } from "../core/vocabulary/risk-matrices";
import { localToday } from "../word/document-service";
import type { CheckArgs, ReportArgs } from "./args";
import { checkOne, EXIT, type CheckOutcome } from "./check";
import { collectInputs, describeError, readTitle } from "./documents";
import type { JsonReport } from "./json";
import type { Output } from "./output";
import { checkInWorkers } from "./parallel";
import { portfolioCsv } from "./portfolio/csv";
import { buildHeatMap } from "./portfolio/heat-map";
import { portfolioHtml } from "./portfolio/html";
import { portfolioRow } from "./portfolio/row";
import { startProgress } from "./progress";
import { writeFileAtomic } from "./write-atomic";

/**
 * The portfolio: every document is checked exactly as `check --json` checks it (the same function, in
 * workers with --jobs), and the page and CSV are computed from those JSON objects alone, so every figure
 * can be traced to `check --json` of the same file. All documents are rated on one matrix (--matrix, else
 * the default), so the heat map adds like with like. A document that cannot be read is listed with the
 * reason and the rest go on; as with check, that gives exit code 2 once the report is written.
 */
export async function runReport(args: ReportArgs, out: Output): Promise<number> {
  const matrix = getMatrix(args.matrix);
  const today = args.today ?? localToday();
  const checkArgs: CheckArgs = {
    command: "check",
    paths: args.paths,
    json: true,
    failOnGaps: false,
    matrix: matrix.id,
    today,
    ...(args.organisation ? { organisation: args.organisation } : {}),
    ...(args.law ? { law: args.law } : {}),
  };
  const inputs = await collectInputs(args.paths);
  const outcomes: CheckOutcome[] = [];
  const progress = startProgress(inputs.length, out);
  const emit = (outcome: CheckOutcome): void => {
    outcomes.push(outcome);
    progress.tick(outcome.row.file);
  };
  const jobs = Math.min(args.jobs ?? 1, inputs.filter((i) => !i.problem).length);
  try {
    if (jobs > 1) await checkInWorkers(inputs, checkArgs, true, jobs, emit, checkOne);
    else
      for (const input of inputs)
        emit(
          input.problem
            ? { row: { file: input.path, problem: input.problem }, gaps: false }
            : await checkOne(input.path, checkArgs, true),
        );
  } finally {
    progress.done();
  }

  const documents = [];
  const problems: { file: string; problem: string }[] = [];
  for (const outcome of outcomes) {
    if (outcome.printed === undefined) {
      if (outcome.error !== undefined) out.debug(outcome.error);
      problems.push({ file: outcome.row.file, problem: outcome.row.problem ?? "could not be read" });
      continue;
    }
    const json = JSON.parse(outcome.printed) as JsonReport;
    documents.push({ json, row: portfolioRow(json, await readTitle(json.file), matrix) });
  }
  const levels = matrix.overall.map((l) => l.id);
  let writing = args.html ?? args.csv;
  try {
    if (args.html) {
      const heatMap = buildHeatMap(
        documents.map((d) => d.json),
        matrix,
      );
      await writeFileAtomic(args.html, Buffer.from(portfolioHtml({ documents, problems, heatMap, matrix, today })));
    }
    writing = args.csv;
    if (args.csv)
      await writeFileAtomic(
        args.csv,
        Buffer.from(
          portfolioCsv(
            documents.map((d) => d.row),
            problems,
            levels,
          ),
        ),
      );
  } catch (error) {
    out.debug(error);
    out.stderr(`dpia-assist: ${writing}: ${describeError(error)}`);
    return EXIT.badInput;
  }
  for (const p of problems) out.stderr(`dpia-assist: ${p.file}: ${p.problem}`);
  const written = [args.html, args.csv].filter(Boolean).join(" and ");
  out.stdout(
    `${written}: ${documents.length} documents${problems.length ? `, ${problems.length} could not be read` : ""}`,
  );
  return problems.length > 0 ? EXIT.badInput : EXIT.ok;
}
