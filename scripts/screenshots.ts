/**
 * Screenshots of the task pane at the width Word gives it (320 px), over the playground and a bundled sample DPIA:
 * docs/screenshots/{overview,gaps,risks,review}.png, and docs/screenshot.png (document and pane) for the README.
 * Uses the production build (built when stale), the local static server and /usr/bin/chromium, as the e2e tests do.
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pickSample, startHarness } from "../test/e2e/playground-page";

const OUT = join(__dirname, "..", "docs", "screenshots");
const SCREENS = ["Overview", "Gaps", "Risks", "Review"] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const harness = await startHarness();
  try {
    const page = await harness.open();
    await page.setViewportSize({ width: 1180, height: 860 });
    await pickSample(page, new RegExp(process.env.SAMPLE ?? "fennex", "i"));
    const pane = page.getByTestId("task-pane");
    await pane.getByRole("tab", { name: /^Gaps \(\d+\)/ }).waitFor({ timeout: 60_000 });
    for (const name of SCREENS) {
      await pane.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
      await page.waitForTimeout(name === "Risks" ? 1500 : 500);
      await pane.evaluate((el) => el.scrollTo(0, 0));
      await pane.screenshot({ path: join(OUT, `${name.toLowerCase()}.png`) });
      console.log(`docs/screenshots/${name.toLowerCase()}.png`);
    }
    await pane.getByRole("tab", { name: /^Gaps/ }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, "..", "screenshot.png") });
    console.log("docs/screenshot.png");
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
