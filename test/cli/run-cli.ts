import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildOnce } from "../support/build-once";

export const ROOT = join(__dirname, "..", "..");
export { REAL_FIXTURES_DIR as REAL } from "../support/real-fixtures";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };

/** The `dpia-assist` bin as npm installs it (dist-cli/…/main.js), built from src/ when older than it. */
export const CLI_BIN = join(ROOT, pkg.bin["dpia-assist"]!);

/**
 * Builds the CLI once for every suite that runs it: a spawned tsx compiles the sources at every start (about a
 * second of CPU each), the built JavaScript starts in a quarter of that — over the hundreds of runs the tests make.
 */
let checked = false;

export function ensureCliBuild(): void {
  if (checked) return; // once per worker: the sources do not change during a run
  checked = true;
  buildOnce({
    root: ROOT,
    output: pkg.bin["dpia-assist"]!,
    inputs: ["src", "tsconfig.json", "tsconfig.cli.json", "package.json"],
    script: "build:cli",
  });
}

function run(command: string, args: string[], cwd: string): CliResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DPIA_ASSIST_DEBUG: "" },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the real CLI as npm installs it (the built bin), with no debug output. */
export function runCli(args: string[], cwd = ROOT): CliResult {
  ensureCliBuild();
  return run(process.execPath, [CLI_BIN, ...args], cwd);
}

/** Runs the CLI the way `npm run cli` does (tsx over src/cli/main.ts), for the test that compares the two. */
export function runCliFromSource(args: string[], cwd = ROOT): CliResult {
  return run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src", "cli", "main.ts"), ...args], cwd);
}
