#!/usr/bin/env node
/**
 * The static checks of `npm test` — TypeScript, ESLint and the manifest check — run side by side (each is one
 * single-threaded process, so on a machine with two or more cores this takes the time of the slowest rather than
 * the sum). Each check's output is printed whole when it ends, under its name; the exit code is 1 when any failed.
 */
import { spawn } from "node:child_process";

const checks = [
  ["typecheck", "npm", ["run", "--silent", "typecheck"]],
  ["lint", "npm", ["run", "--silent", "lint"]],
  ["validate", "npm", ["run", "--silent", "validate"]],
];

function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ name, ok: false, output: String(error), seconds: 0 }));
    child.on("close", (code) => {
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      resolve({ name, ok: code === 0, output, seconds });
    });
  });
}

const results = await Promise.all(checks.map(run));
for (const { name, ok, output, seconds } of results) {
  console.log(`${ok ? "✔" : "✖"} ${name} (${seconds} s)`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
