import type { AnalysisOptions } from "../core/checks/types";
import type { CheckArgs } from "./args";
import { collectInputs, describeError } from "./documents";
import { openDocument } from "./host";
import type { Output } from "./output";
import { toJson } from "./json";
import { formatSummary, gapCount, type SummaryRow } from "./summary";
import { formatReport } from "./text-report";

export const EXIT = { ok: 0, gaps: 1, badInput: 2 } as const;

export function analysisOverrides(args: {
  matrix?: string;
  organisation?: AnalysisOptions["organisation"];
}): Partial<AnalysisOptions> {
  const overrides: Partial<AnalysisOptions> = {};
  if (args.matrix) overrides.matrix = args.matrix;
  if (args.organisation) overrides.organisation = args.organisation;
  return overrides;
}

/**
 * Checks every document named (folders expanded), printing each report as soon as it is ready. A file
 * that cannot be read gets one line on stderr and exit code 2; the others are still checked.
 */
export async function runCheck(args: CheckArgs, out: Output): Promise<number> {
  const inputs = await collectInputs(args.paths);
  const rows: SummaryRow[] = [];
  let badInput = false;
  let gaps = false;
  const several = inputs.length > 1;
  for (const input of inputs) {
    let problem = input.problem;
    if (!problem) {
      try {
        const document = await openDocument(input.path, args.today);
        const report = await document.service.scan(analysisOverrides(args));
        rows.push({ file: input.path, report });
        if (gapCount(report) > 0) gaps = true;
        if (args.json) out.stdout(JSON.stringify(toJson(input.path, report), null, several ? undefined : 2));
        else out.stdout(`${formatReport(input.path, report)}\n`);
        continue;
      } catch (error) {
        problem = describeError(error);
        out.debug(error);
      }
    }
    badInput = true;
    rows.push({ file: input.path, problem });
    out.stderr(`dpia-assist: ${input.path}: ${problem}`);
  }
  if (several && !args.json) out.stdout(formatSummary(rows));
  if (badInput) return EXIT.badInput;
  return args.failOnGaps && gaps ? EXIT.gaps : EXIT.ok;
}
