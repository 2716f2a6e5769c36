/**
 * `npm run test:word` in CI: the test task pane (test/word-pane) built as it is for Word, served locally, opened in
 * Chromium with ?host=headless so the contract specs run on headless-word in the browser. Proves the harness (the
 * pane's describe / it / expect, the runner swap, the reporting) on every spec file Word would run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, ROOT, serveStatic, type BrowserSession, type StaticServer } from "../support/browser";
import type { SuiteReport } from "../word-pane/index";

const CONTRACT = join(ROOT, "test", "contract");

const sharedSpecFiles = () => readdirSync(CONTRACT).filter((f) => f.endsWith(".test.ts"));

/** What Jest runs from the same spec files: full names ("describe › it") and outcome, from `jest --json`. */
function jestNames(): string[] {
  const files = sharedSpecFiles().map((f) => join("test", "contract", f));
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "--selectProjects", "contract", "--json", ...files],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "ignore"],
        encoding: "utf8",
        maxBuffer: 50_000_000,
      },
    );
  } catch (error) {
    // Failing specs exit 1 and still print the JSON; anything else is a broken run.
    const failed = error as { status?: number; stdout?: string };
    if (failed.status !== 1 || !failed.stdout) throw error;
    out = failed.stdout;
  }
  const json = JSON.parse(out) as {
    testResults: { assertionResults: { ancestorTitles: string[]; title: string }[] }[];
  };
  return json.testResults.flatMap((file) =>
    file.assertionResults.map((a) => [...a.ancestorTitles, a.title].join(" › ")),
  );
}

describe("the Word contract suite in the test pane (headless-word in Chromium)", () => {
  let out = "";
  let server: StaticServer | undefined;
  let browser: BrowserSession | undefined;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "dpia-word-pane-"));
    execFileSync(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--config",
        "test/word-pane/webpack.config.js",
        "--env",
        `outDir=${out}`,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("runs every shared spec file and every spec in it passes", async () => {
    server = await serveStatic(out);
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/word-tests.html?host=headless`);
    await page.waitForFunction(() => window.wordSuite && window.wordSuite.state !== "running", undefined, {
      timeout: 120_000,
    });
    const suite = await page.evaluate(() => window.wordSuite);
    expect(suite?.error).toBeUndefined();
    const report = suite?.report as SuiteReport;
    expect(report.results.filter((r) => !r.ok)).toEqual([]);
    expect(report.host).toBe("headless");
    // The same specs as Jest runs from the same files: none lost to the pane's runner, none added.
    expect([...report.results.map((r) => r.name)].sort()).toEqual(jestNames().sort());
    // Every shared spec file is imported by the pane (a file left out would be missing from both lists above only
    // if Jest were also given fewer files, so check the imports directly too).
    const index = readFileSync(join(ROOT, "test", "word-pane", "index.ts"), "utf8");
    for (const file of sharedSpecFiles()) expect(index).toContain(`import "../contract/${file.replace(/\.ts$/, "")}";`);
    expect(report.passed).toBe(report.total);
    expect(report.results.map((r) => r.name)).toContain(
      "search › rejects a search string over 255 characters at sync with SearchStringInvalidOrTooLong",
    );
    // The page says so too, for a person watching the pane.
    expect(await page.locator("#status").textContent()).toMatch(new RegExp(`^${report.total} passed, 0 failed`));
    expect(await page.locator("#results li.pass").count()).toBe(report.total);
    expect(browser.foreignRequests()).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  }, 180_000);
});
