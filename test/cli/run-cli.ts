import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
/** The shared real documents, beside the repository (../shared/fixtures/real), wherever it is cloned. */
export const REAL = join(ROOT, "..", "shared", "fixtures", "real");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI the way `npm run cli` does (tsx over src/cli/main.ts), with no debug output. */
export function runCli(args: string[], cwd = ROOT): CliResult {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, [join(ROOT, "src", "cli", "main.ts"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DPIA_ASSIST_DEBUG: "" },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
