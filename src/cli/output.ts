/** Where the CLI writes: lines to stdout and stderr; stack traces only when DPIA_ASSIST_DEBUG is set. */
export interface Output {
  stdout(line: string): void;
  stderr(line: string): void;
  debug(error: unknown): void;
}

export const processOutput: Output = {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  debug: (error) => {
    if (process.env.DPIA_ASSIST_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack ?? error.message}\n`);
  },
};
