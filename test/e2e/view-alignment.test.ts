/**
 * "Go to" maps a Ref (Word's n-th paragraph, or n-th table/row/cell) to the n-th rendered element of the view.
 * That holds only if the view renders exactly Word's body paragraphs and tables, in order: checked here for
 * every bundled sample against the model headless-word reads (the same code the add-in runs in Word).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../support/browser";
import { usePlayground } from "./harness";
import { readBack } from "./read-back";

const playground = usePlayground();

const squash = (text: string): string => text.replace(/\s+/g, "");

test("every bundled sample renders with Word's paragraphs and tables in Word's order", async () => {
  const index = JSON.parse(readFileSync(join(DIST, "assets", "samples", "index.json"), "utf8")) as {
    samples: { file: string }[];
  };
  expect(index.samples.length).toBeGreaterThanOrEqual(5);
  for (const { file } of index.samples) {
    const model = await readBack(readFileSync(join(DIST, "assets", "samples", file)));
    const page = await playground.harness.open(`?sample=${encodeURIComponent(file)}`);
    await page.getByTestId("document").and(page.locator("[data-render-version]")).waitFor();
    const view = await page.getByTestId("document").evaluate((root) => {
      const articles = Array.from(root.querySelectorAll("section > article"));
      return {
        paragraphs: articles.flatMap((a) => Array.from(a.querySelectorAll("p"))).map((p) => p.textContent ?? ""),
        tables: articles.flatMap((a) => Array.from(a.querySelectorAll("table"))).length,
      };
    });
    const expected = { file, paragraphs: model.paragraphs.map((p) => squash(p.text)), tables: model.tables.length };
    expect({ file, paragraphs: view.paragraphs.map(squash), tables: view.tables }).toEqual(expected);
    await page.close();
  }
}, 120_000);
