#!/usr/bin/env node
import { runActions } from "./actions";
import { runAnnotate } from "./annotate";
import { parseArgs, UsageError, type Args } from "./args";
import { EXIT, runCheck } from "./check";
import { runFill } from "./fill";
import { processOutput, type Output } from "./output";
import { runReport } from "./report";

type Runners = {
  [K in Exclude<Args["command"], "help">]: (args: Extract<Args, { command: K }>, out: Output) => Promise<number>;
};

/** One runner per command of args.ts. */
const RUNNERS: Runners = {
  check: runCheck,
  annotate: runAnnotate,
  fill: runFill,
  report: runReport,
  actions: runActions,
};

/**
 * dpia-assist check | annotate | fill | report (`--help` on each). Exit codes: 0 done, 1 gaps with
 * --fail-on-gaps or an edit refused by annotate/fill, 2 bad input (one line on stderr).
 */
export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const command = argv[0] && argv[0] in RUNNERS ? ` ${argv[0]}` : "";
    out.stderr(`dpia-assist: ${error.message} (see dpia-assist${command} --help)`);
    return EXIT.badInput;
  }
  if (args.command === "help") {
    out.stdout(args.text.trimEnd());
    return EXIT.ok;
  }
  const run = RUNNERS[args.command] as (args: Args, out: Output) => Promise<number>;
  return run(args, out);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    processOutput.debug(error);
    processOutput.stderr(
      `dpia-assist: internal error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
    process.exitCode = EXIT.badInput;
  },
);
