/** Where the CLI writes: lines to stdout and stderr; stack traces only when DPIA_ASSIST_DEBUG is set. */
export interface Output {
  stdout(line: string): void;
  stderr(line: string): void;
  debug(error: unknown): void;
  /** A status line that replaces itself (empty text clears it); shown only on a terminal, never in pipes or CI. */
  progress?(text: string): void;
}

export const processOutput: Output = {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  debug: (error) => {
    if (process.env.DPIA_ASSIST_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack ?? error.message}\n`);
  },
  progress: (text) => {
    if (!process.stderr.isTTY || process.env.CI) return;
    // Carriage return and "erase line" (ECMA-48 EL): the line is rewritten in place, and cleared at the end.
    const width = process.stderr.columns || 80;
    process.stderr.write(`\r\u001b[2K${text.length >= width ? `${text.slice(0, width - 2)}…` : text}`);
  },
};
