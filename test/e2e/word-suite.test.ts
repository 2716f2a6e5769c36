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

/** Specs declared in the shared spec files, counted from their source (independently of either runner). */
function declaredInSource(): number {
  return readdirSync(CONTRACT)
    .filter((f) => f.endsWith(".test.ts"))
    .reduce((n, f) => n + (readFileSync(join(CONTRACT, f), "utf8").match(/^\s*it\(/gm) ?? []).length, 0);
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
    expect(report.total).toBe(declaredInSource());
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
