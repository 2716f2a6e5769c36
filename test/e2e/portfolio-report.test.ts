/**
 * The portfolio page of `dpia-assist report`, opened from disk in Chromium as a DPO would open it: it sends no
 * request, passes axe, sorts and filters, and its heat map adds up to the documents' risks.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { getMatrix } from "../../src/core/vocabulary/risk-matrices";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium-flags";
import { REAL, runCli } from "../cli/run-cli";
import { build as seed000 } from "../fixtures/seeds/seed-000";
import { build as seed001 } from "../fixtures/seeds/seed-001";
import { build as seed002 } from "../fixtures/seeds/seed-002";
import { build as seed003 } from "../fixtures/seeds/seed-003";
import { build as seed004 } from "../fixtures/seeds/seed-004";
import { RESULTS } from "../support/browser";

const TODAY = "2026-12-03";
let browser: Browser;
let page: Page;
let pageUrl: string;
const requests: string[] = [];
let risksOnMatrix = 0;
let risksOffMatrix = 0;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), "dpia-portfolio-"));
  const builds = [seed000, seed001, seed002, seed003, seed004];
  for (const [i, build] of builds.entries()) writeFileSync(join(folder, `seed-00${i}.docx`), await build());
  if (existsSync(REAL)) {
    mkdirSync(join(folder, "real"));
    for (const name of readdirSync(REAL).filter((n) => n.endsWith(".docx")))
      copyFileSync(join(REAL, name), join(folder, "real", name));
  }
  writeFileSync(join(folder, "unreadable.docx"), "not a Word file");
  const html = join(folder, "..", `${folder.split("/").pop()}.html`);
  const report = runCli(["report", folder, "--html", html, "--today", TODAY, "--jobs", "2"]);
  expect(report.status).toBe(2); // the unreadable file
  // The same documents through check --json: the risks the heat map must add up to.
  const check = runCli(["check", folder, "--json", "--matrix", "ico-3x3", "--today", TODAY]);
  const matrix = getMatrix("ico-3x3");
  for (const line of check.stdout.trim().split("\n")) {
    for (const risk of (JSON.parse(line) as { risks: { likelihood: string | null; severity: string | null }[] })
      .risks) {
      const on =
        matrix.likelihood.some((l) => l.id === risk.likelihood) && matrix.severity.some((s) => s.id === risk.severity);
      if (on) risksOnMatrix++;
      else risksOffMatrix++;
    }
  }
  pageUrl = pathToFileURL(html).href;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Every request is recorded; anything but the page itself is refused, so a slip would never leave the machine.
  await context.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.request().url() === pageUrl ? route.continue() : route.abort("blockedbyclient");
  });
  page = await context.newPage();
  await page.goto(pageUrl);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

test("the page loads from disk and requests nothing else", async () => {
  await page.waitForLoadState("load");
  await page.locator("#heat-map").waitFor();
  expect(requests).toEqual([pageUrl]);
});

test("axe finds nothing serious", async () => {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join("; ")}`,
    );
  expect(bad).toEqual([]);
});

async function column(name: string): Promise<string[]> {
  const index = await page
    .locator("#documents thead th")
    .evaluateAll((ths, n) => ths.findIndex((th) => th.textContent?.trim() === n), name);
  expect(index).toBeGreaterThanOrEqual(0);
  return page
    .locator("#documents tbody tr:not([hidden])")
    .evaluateAll((rows, i) => rows.map((r) => (r as HTMLTableRowElement).cells[i]!.dataset.sort ?? ""), index);
}

test("a column heading sorts the table, a second click reverses it", async () => {
  const button = page.getByRole("button", { name: "Open errors" });
  await button.click();
  const up = (await column("Open errors")).map(Number);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  expect(up[0]).toBeLessThan(up[up.length - 1]!);
  await expect(page.locator("th", { has: button }).getAttribute("aria-sort")).resolves.toBe("ascending");
  await button.click();
  const down = (await column("Open errors")).map(Number);
  expect(down).toEqual([...up].sort((a, b) => b - a));
  await page.getByRole("button", { name: "File" }).click();
  const files = await column("File");
  expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
});

test("the filter box keeps the rows that contain what is typed", async () => {
  const all = await page.locator("#documents tbody tr").count();
  await page.getByLabel("Filter rows").fill("seed-00");
  const shown = await page.locator("#documents tbody tr:not([hidden])").allTextContents();
  expect(shown).toHaveLength(5);
  for (const text of shown) expect(text).toContain("seed-00");
  await expect(page.locator("#shown").textContent()).resolves.toBe(`5 of ${all} shown`);
  await page.getByLabel("Filter rows").fill("");
  await expect(page.locator("#documents tbody tr:not([hidden])").count()).resolves.toBe(all);
});

test("the heat map's counts add up to the documents' risks, and each cell lists its risks", async () => {
  const counts = await page.locator("#heat-map td").evaluateAll((tds) => tds.map((td) => Number(td.dataset.count)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(risksOnMatrix);
  await expect(page.locator("#heat-map").getAttribute("data-unplaced")).resolves.toBe(String(risksOffMatrix));
  const link = page.locator("#heat-map td a").first();
  const n = Number(await link.textContent());
  await link.click();
  const target = page.locator(".cell-list:target");
  await expect(target.locator("li").count()).resolves.toBe(n);
  await page.goto(pageUrl);
  await page.screenshot({ path: join(RESULTS, "portfolio-report.png") });
  await page.locator("#risks-h").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(RESULTS, "portfolio-report-risks.png") });
  expect(requests.every((url) => url === pageUrl)).toBe(true);
});
