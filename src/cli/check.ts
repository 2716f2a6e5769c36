import type { AnalysisOptions } from "../core/checks/types";
import type { CheckArgs } from "./args";
import { collectInputs, describeError } from "./documents";
import { openDocument } from "./host";
import type { Output } from "./output";
import { toJson } from "./json";
import { readDocumentReview } from "./review-data";
import { formatSummary, gapCount, type SummaryRow } from "./summary";
import { formatReport } from "./text-report";
import { checkInWorkers } from "./parallel";

/** 0 done; 1 gaps with --fail-on-gaps, or an edit refused by annotate/fill; 2 bad input. */
export const EXIT = { ok: 0, gaps: 1, refused: 1, badInput: 2 } as const;

export function analysisOverrides(args: {
  matrix?: string;
  organisation?: AnalysisOptions["organisation"];
  law?: AnalysisOptions["law"];
}): Partial<AnalysisOptions> {
  const overrides: Partial<AnalysisOptions> = {};
  if (args.matrix) overrides.matrix = args.matrix;
  if (args.organisation) overrides.organisation = args.organisation;
  if (args.law) overrides.law = args.law;
  return overrides;
}

/**
 * Checks every document named (folders expanded), printing each report as soon as it is ready. A file
 * that cannot be read gets one line on stderr and exit code 2; the others are still checked.
 */
/** What checking one document gives: the text to print and the summary row, or why it could not be read. */
export interface CheckOutcome {
  row: SummaryRow;
  printed?: string;
  gaps: boolean;
  /** The error behind `row.problem`, for DPIA_ASSIST_DEBUG. */
  error?: unknown;
  /** Lines for stderr that do not stop the report (review data that could not be read in full). */
  warnings?: string[];
}

/** Checks one document (the same work in this process or in a worker of --jobs). */
export async function checkOne(path: string, args: CheckArgs, several: boolean): Promise<CheckOutcome> {
  try {
    const document = await openDocument(path, args.today);
    const report = await document.service.scan(analysisOverrides(args));
    const { review, problems } = await readDocumentReview(document);
    const printed = args.json
      ? JSON.stringify(toJson(path, report, review), null, several ? undefined : 2)
      : `${formatReport(path, report)}\n`;
    const outcome: CheckOutcome = { row: { file: path, report }, printed, gaps: gapCount(report) > 0 };
    if (problems.length > 0) outcome.warnings = problems;
    return outcome;
  } catch (error) {
    return { row: { file: path, problem: describeError(error) }, gaps: false, error };
  }
}

/**
 * Checks every document named (folders expanded), printing each report as soon as it is ready. A file
 * that cannot be read gets one line on stderr and exit code 2; the others are still checked. With
 * --jobs N, N documents are checked at once (this thread and N - 1 workers); reports still come in input order.
 */
export async function runCheck(args: CheckArgs, out: Output): Promise<number> {
  const inputs = await collectInputs(args.paths);
  const rows: SummaryRow[] = [];
  let badInput = false;
  let gaps = false;
  const several = inputs.length > 1;
  const emit = (outcome: CheckOutcome): void => {
    rows.push(outcome.row);
    for (const warning of outcome.warnings ?? []) out.stderr(`dpia-assist: ${outcome.row.file}: ${warning}`);
    if (outcome.printed !== undefined) {
      if (outcome.gaps) gaps = true;
      out.stdout(outcome.printed);
      return;
    }
    if (outcome.error !== undefined) out.debug(outcome.error);
    badInput = true;
    out.stderr(`dpia-assist: ${outcome.row.file}: ${outcome.row.problem}`);
  };
  const jobs = Math.min(args.jobs ?? 1, inputs.filter((i) => !i.problem).length);
  if (jobs > 1) {
    await checkInWorkers(inputs, args, several, jobs, emit, checkOne);
  } else {
    for (const input of inputs)
      emit(
        input.problem
          ? { row: { file: input.path, problem: input.problem }, gaps: false }
          : await checkOne(input.path, args, several),
      );
  }
  if (several && !args.json) out.stdout(formatSummary(rows));
  if (badInput) return EXIT.badInput;
  return args.failOnGaps && gaps ? EXIT.gaps : EXIT.ok;
}
