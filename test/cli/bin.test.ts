import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describeReal } from "../support/real-fixtures";
import { CLI_BIN, REAL, ensureCliBuild, runCliFromSource } from "./run-cli";

const FILLED = join(REAL, "ico-dpia-filled-fennex.docx");
const bin = CLI_BIN;

/** The `dpia-assist` bin as npm installs it: built JavaScript run directly, no TypeScript compiled at start-up. */
describeReal(["ico-dpia-filled-fennex.docx"])("the dpia-assist bin", () => {
  beforeAll(() => ensureCliBuild(), 240_000);

  it("is an executable JavaScript file with a node shebang", () => {
    expect(bin.endsWith(".js")).toBe(true);
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it("prints what npm run cli prints, for check --json and with workers", () => {
    const args = ["check", REAL, "--json", "--today", "2026-11-23", "--jobs", "2"];
    const built = spawnSync(bin, args, {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DPIA_ASSIST_DEBUG: "" },
    });
    const fromSource = runCliFromSource(args);
    expect(built.stdout.length).toBeGreaterThan(0);
    expect(built.stdout).toBe(fromSource.stdout);
    expect(built.status).toBe(fromSource.status);
  }, 120_000);

  it("answers --help per command and a bad option with exit 2 and one line", () => {
    const help = spawnSync(bin, ["report", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: dpia-assist report/);
    expect(help.stdout).toMatch(/--html <report\.html>/);
    const bad = spawnSync(bin, ["check", FILLED, "--matrix", "made-up"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown matrix "made-up"/);
  });
});
