/**
 * Builds that tests need (the web bundle, the CLI as npm installs it), made once per change of their inputs and
 * shared by every Jest worker: a lock directory keeps two workers from building at the same time, and the ones that
 * waited re-check whether the output is still stale before building again.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export interface BuildTarget {
  /** The repository root; inputs and output are relative to it. */
  root: string;
  /** The file whose age says whether the build is current. */
  output: string;
  /** Files and folders it is built from. */
  inputs: string[];
  /** The npm script that builds it. */
  script: string;
}

/** The newest modification time of a file, or of anything inside a folder; 0 when it does not exist. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when the output is missing or older than any of its inputs. */
export function isStale(target: BuildTarget): boolean {
  const output = join(target.root, target.output);
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return Math.max(...target.inputs.map((p) => newestMtime(join(target.root, p)))) > built;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0; // gone meanwhile: not stale
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `npm run <script>` when the output is stale, under a lock named after the script. Synchronous, so that
 * helpers such as `runCli` can call it; a worker waiting for another's build simply blocks until it is done.
 */
export function buildOnce(target: BuildTarget): void {
  if (!isStale(target)) return;
  const lock = join(target.root, `.build-${target.script.replace(/[^a-z0-9]+/gi, "-")}.lock`);
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any real build was left by a killed run: take it over.
      if (ageMs(lock) > 4 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for over 5 minutes; remove it if stale`);
      sleep(1000);
    }
  }
  try {
    if (isStale(target)) run(target);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function run(target: BuildTarget): void {
  try {
    execFileSync("npm", ["run", "--silent", target.script], { cwd: target.root, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    // webpack and tsc report compile errors on stdout: show them rather than only "Command failed".
    const out = error as { stdout?: string; stderr?: string };
    const tail = `${out.stdout ?? ""}\n${out.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`npm run ${target.script} failed; the tests need its output.\n${tail}`);
  }
}
