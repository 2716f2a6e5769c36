/**
 * Task pane start: time from navigation start to the first scan result (the pane's progress figure)
 * for the seed 001 sample in the playground, production build, headless Chromium on this machine.
 */
import { launchBrowser, serveStatic } from "../test/support/browser";
import { type Sample, summarise } from "./stats";

/** The overview's progress line ("41 of 56 answers complete") appears when the first scan is done. */
const FIRST_RESULT = /answers? complete/i;

export async function benchPaneStart(dist: string, runs: number): Promise<Sample> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/playground.html?sample=seed-001.docx`, { waitUntil: "commit" });
      await page.getByText(FIRST_RESULT).first().waitFor({ timeout: 30_000 });
      const elapsed = await page.evaluate(() => performance.now());
      await page.close();
      if (i > 0) times.push(elapsed); // the first run warms the disk cache and the browser's code cache
    }
    return summarise(times);
  } finally {
    await browser.close();
    await server.close();
  }
}
