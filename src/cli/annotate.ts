import type { EditResult } from "../core/edits";
import { localToday, optionsFrom } from "../word/document-service";
import type { AnnotateArgs } from "./args";
import { analysisOverrides, EXIT } from "./check";
import { describeError } from "./documents";
import { openDocument } from "./host";
import type { Output } from "./output";
import { RISK_TABLE_STEPS } from "./risk-table";
import { sameFile, writeFileAtomic } from "./write-atomic";

/**
 * Writes a copy of the document with every gap highlighted and commented, and with --risk-table the
 * risk engine's edits (overall risk filled, multi-risk rows split, Step 6 rows added, the computed
 * summary inserted or updated). The input is never written; the output appears whole or not at all.
 */
export async function runAnnotate(args: AnnotateArgs, out: Output): Promise<number> {
  if (await sameFile(args.input, args.output)) {
    out.stderr(
      `dpia-assist: ${args.output}: is the input document; annotate writes a copy and never overwrites its input`,
    );
    return EXIT.badInput;
  }
  let step = "read";
  try {
    const document = await openDocument(args.input, args.today);
    const overrides = analysisOverrides(args);
    let report = await document.service.scan(overrides);
    let refusals = 0;
    if (args.riskTable) {
      step = "risk table";
      const options = optionsFrom(await document.service.loadSettings(), args.today ?? localToday(), overrides);
      for (const riskStep of RISK_TABLE_STEPS) {
        const model = await document.readModel();
        const edits = riskStep(model, options);
        if (edits.length > 0)
          refusals += reportRefusals(await document.service.apply(edits), "risk table", args.input, out);
      }
      report = await document.service.scan(overrides);
    }
    step = "marks";
    const marks = await document.service.markGaps(report.findings);
    refusals += reportRefusals(marks, "mark", args.input, out);
    step = "write";
    const bytes = await document.save();
    await writeFileAtomic(args.output, bytes);
    const marked = marks.filter((r) => r.status === "applied").length;
    out.stdout(
      `${args.output}: marked ${marked} of ${report.findings.length} findings${args.riskTable ? ", risk table updated" : ""}`,
    );
    return refusals > 0 ? EXIT.refused : EXIT.ok;
  } catch (error) {
    out.debug(error);
    const file = step === "write" ? args.output : args.input;
    const stage = step === "read" || step === "write" ? "" : `${step} failed: `;
    out.stderr(`dpia-assist: ${file}: ${stage}${describeError(error)}`);
    return EXIT.badInput;
  }
}

/** Prints each refused edit on stderr; returns how many there were (any refusal gives exit 1). */
function reportRefusals(results: EditResult[], what: string, file: string, out: Output): number {
  let refused = 0;
  for (const result of results) {
    if (result.status !== "refused") continue;
    refused++;
    out.stderr(`dpia-assist: ${file}: ${what} not applied: ${result.message}`);
  }
  return refused;
}
