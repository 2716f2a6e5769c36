import { runAnnotate } from "./annotate";
import { parseArgs, USAGE, UsageError } from "./args";
import { EXIT, runCheck } from "./check";
import { processOutput, type Output } from "./output";

/** dpia-assist check | annotate — see USAGE. Exit codes: 0 done, 1 gaps with --fail-on-gaps, 2 bad input. */
export async function main(argv: string[], out: Output = processOutput): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.stderr(`dpia-assist: ${error.message}`);
    out.stderr(USAGE);
    return EXIT.badInput;
  }
  if (args.command === "help") {
    out.stdout(USAGE);
    return EXIT.ok;
  }
  return args.command === "check" ? runCheck(args, out) : runAnnotate(args, out);
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
