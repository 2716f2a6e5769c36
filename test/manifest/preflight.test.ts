/**
 * `npm test` starts with scripts/preflight.mjs, which checks (and installs when it can) the Debian packages the tests
 * need; .ci/run installs the same list. One list, read by both, so they cannot drift apart.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

function packagesFromPreflight(): string[] {
  const out = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      "import('./scripts/preflight.mjs').then((m) => console.log(JSON.stringify(m.readPackages())))",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  return JSON.parse(out) as string[];
}

describe("system packages preflight", () => {
  it("runs first in npm test, before the type-check", () => {
    const scripts = JSON.parse(read("package.json")).scripts as Record<string, string>;
    expect(scripts.test.startsWith("node scripts/preflight.mjs && ")).toBe(true);
  });

  it("reads the shared list: names only, comments dropped, the programs the suites call all covered", () => {
    const packages = packagesFromPreflight();
    expect(packages.length).toBeGreaterThan(0);
    for (const p of packages) expect(p).toMatch(/^[a-z0-9][a-z0-9.+-]+$/);
    // chromium (e2e, screenshots), soffice (render tests), pdftotext (their text).
    expect(packages).toEqual(expect.arrayContaining(["chromium", "libreoffice-writer-nogui", "poppler-utils"]));
  });

  it(".ci/run installs that same list rather than its own", () => {
    const ci = read(".ci/run");
    expect(ci).toContain("scripts/system-packages.txt");
    for (const p of packagesFromPreflight()) expect(ci).not.toMatch(new RegExp(`packages=\\(.*\\b${p}\\b`));
  });
});
