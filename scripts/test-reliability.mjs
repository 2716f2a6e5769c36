#!/usr/bin/env node
/**
 * `npm run test:reliability -- [--runs N] [--seed S] [jest args…]`: the reliability suites (test/reliability) with the
 * property tests' number of generated cases per fixture and their fast-check seed set for this run. RELIABILITY_RUNS
 * and RELIABILITY_SEED in the environment do the same; arguments win. Without either, the suites use their defaults
 * (the fast run CI makes). Example, the run recorded in docs/reliability.md:
 *   npm run test:reliability -- --runs 150 --seed 424242
 */
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env };
const rest = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split("=", 2);
  if (flag === "--runs" || flag === "--seed") {
    const value = inline ?? args[++i];
    if (!/^\d+$/.test(value ?? "")) {
      console.error(`${flag} takes a whole number, got ${JSON.stringify(value ?? "")}`);
      process.exit(2);
    }
    env[flag === "--runs" ? "RELIABILITY_RUNS" : "RELIABILITY_SEED"] = value;
  } else rest.push(args[i]);
}
const jest = join(root, "node_modules", "jest", "bin", "jest.js");
// The suites of test/reliability unless the arguments name test files themselves.
const paths = rest.some((a) => /\.test\.ts$|^test\//.test(a)) ? [] : ["test/reliability"];
const child = spawn(process.execPath, [jest, ...paths, ...rest], { cwd: root, env, stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
