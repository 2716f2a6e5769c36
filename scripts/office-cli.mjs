#!/usr/bin/env node
/**
 * Runs office-addin-debugging (npm run start:word / stop) with the Office CLI tools' usage-data reporting off.
 * Recent versions of those tools send nothing; older ones read ~/office-addin-usage-data.json and would prompt
 * for, then send, usage data. Writing the opt-out there first keeps every version quiet.
 * Usage: node scripts/office-cli.mjs <office-addin-debugging arguments…>
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SETTINGS = join(homedir(), "office-addin-usage-data.json");
const GROUPS = [
  "office-addin-usage-data",
  "office-addin-debugging",
  "office-addin-dev-certs",
  "office-addin-dev-settings",
  "office-addin-manifest",
];

export function usageDataOff(file = SETTINGS) {
  let json = {};
  if (existsSync(file)) {
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      json = {}; // an unreadable settings file is replaced by one that says "off"
    }
  }
  json.usageDataInstances = json.usageDataInstances ?? {};
  for (const group of GROUPS)
    json.usageDataInstances[group] = { ...json.usageDataInstances[group], usageDataLevel: "off" };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

const bin = join(root, "node_modules", "office-addin-debugging", "cli.js");
if (!existsSync(bin)) {
  console.error(
    "office-addin-debugging is not installed (it is an optional dependency; it needs Windows or macOS to sideload).",
  );
  process.exit(2);
}
usageDataOff();
const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, OFFICE_ADDIN_USAGE_DATA: "off" },
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
