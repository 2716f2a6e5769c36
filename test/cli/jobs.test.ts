import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeReal } from "../support/real-fixtures";
import { REAL, runCli } from "./run-cli";

/** A folder of real documents (each twice, so that workers finish out of order) and one file that is not a .docx. */
function mixedFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "dpia-jobs-"));
  const real = readdirSync(REAL).filter((f) => f.endsWith(".docx"));
  real.forEach((name, i) => {
    copyFileSync(join(REAL, name), join(folder, `a${i}-${name}`));
    copyFileSync(join(REAL, name), join(folder, `b${i}-${name}`));
  });
  writeFileSync(join(folder, "m-broken.docx"), "not a zip");
  return folder;
}

describeReal([])("check --jobs", () => {
  let folder: string;
  beforeAll(() => {
    folder = mixedFolder();
  });

  it.each([["--json"], []])(
    "prints the same reports, in the same order, as a sequential run %s",
    (...flags) => {
      const sequential = runCli(["check", folder, ...flags, "--today", "2026-11-23"]);
      const parallel = runCli(["check", folder, ...flags, "--today", "2026-11-23", "--jobs", "2"]);
      expect(sequential.stdout.length).toBeGreaterThan(0);
      expect(parallel.stdout).toBe(sequential.stdout);
      expect(parallel.stderr).toBe(sequential.stderr);
      expect(parallel.status).toBe(sequential.status);
      expect(parallel.status).toBe(2); // the broken file
    },
    240_000,
  );

  it("refuses a job count that is not a whole number", () => {
    const result = runCli(["check", folder, "--jobs", "0"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs must be/);
  });
});
