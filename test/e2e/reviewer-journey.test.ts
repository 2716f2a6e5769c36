/**
 * Journey 2: a reviewer opens the FENNEX DPIA (a real document by other people), marks every gap, sees the
 * marks in the view and finds them as comments in the downloaded file, then clears them: the file's text,
 * comments and highlights are those of the original again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../support/browser";
import {
  download,
  expectAccessible,
  openScreen,
  pane,
  pickSample,
  renderVersion,
  waitForRender,
  waitForScan,
} from "./playground-page";
import { usePlayground } from "./harness";
import { commentsOf, highlightCount, readBack, textOf } from "./read-back";

const playground = usePlayground({ openPage: true });

async function press(name: string): Promise<void> {
  const before = await renderVersion(playground.page);
  await pane(playground.page).getByRole("button", { name }).click();
  await waitForRender(playground.page, before);
  await waitForScan(playground.page);
}

test("mark all gaps, see the marks, download them as comments, clear them: the original again", async () => {
  await pickSample(playground.page, /FENNEX/);
  await waitForScan(playground.page);
  const original = new Uint8Array(readFileSync(join(DIST, "assets", "samples", "ico-dpia-filled-fennex.docx")));
  const originalText = textOf(await readBack(original));
  const originalComments = await commentsOf(original);
  const originalHighlights = await highlightCount(original);

  const gapsTab =
    (await pane(playground.page)
      .getByRole("tab", { name: /^Gaps \(\d+\)/ })
      .textContent()) ?? "";
  const gaps = Number(/\((\d+)\)/.exec(gapsTab)?.[1]);
  expect(gaps).toBeGreaterThan(0);

  await openScreen(playground.page, "Review");
  await expectAccessible(playground.page, "06-review");
  await press("Mark all gaps");

  // In the view: highlighted runs, and one listed comment per gap.
  const comments = playground.page.getByTestId("comment");
  expect(await comments.count()).toBe(originalComments.length + gaps);
  const highlighted = await playground.page.getByTestId("document").evaluate(
    (root) =>
      Array.from(root.querySelectorAll<HTMLElement>("span")).filter((s) => {
        const bg = s.style.backgroundColor;
        return bg !== "" && bg !== "transparent";
      }).length,
  );
  expect(highlighted).toBeGreaterThan(0);
  await expectAccessible(playground.page, "07-review-marked");

  const marked = await download(playground.page);
  const markedComments = await commentsOf(marked.bytes);
  expect(markedComments).toHaveLength(originalComments.length + gaps);
  expect(await highlightCount(marked.bytes)).toBeGreaterThan(originalHighlights);
  // Marking adds comments and highlights, never text.
  expect(textOf(await readBack(marked.bytes))).toEqual(originalText);

  await press("Clear marks");
  expect(await comments.count()).toBe(originalComments.length);
  const cleared = await download(playground.page);
  expect(textOf(await readBack(cleared.bytes))).toEqual(originalText);
  expect(await commentsOf(cleared.bytes)).toEqual(originalComments);
  expect(await highlightCount(cleared.bytes)).toBe(originalHighlights);
}, 180_000);
