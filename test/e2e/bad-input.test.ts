/**
 * Journey 4 and the browser side of the security issue: bad files give a clear message and leave the open
 * document alone; document text that looks like HTML is shown as text; the page sends nothing off the machine.
 */
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { minimalDocx } from "./minimal-docx";
import {
  download,
  expectAccessible,
  openScreen,
  pane,
  pickSample,
  renderVersion,
  uploadFile,
  viewText,
  waitForRender,
  waitForScan,
} from "./playground-page";
import { usePlayground } from "./harness";

const playground = usePlayground({ openPage: true });

test("the empty page explains what to do and passes axe", async () => {
  expect(await playground.page.getByText("Open a document to start").isVisible()).toBe(true);
  await expectAccessible(playground.page, "01-empty");
});

test("the page declares a Content-Security-Policy that forbids foreign scripts and connections", async () => {
  const csp = await playground.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toBeTruthy();
  const directives = new Map(
    csp!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)] as const),
  );
  const scripts = directives.get("script-src") ?? directives.get("default-src");
  expect(scripts).toBeDefined();
  expect(scripts!.every((s) => s === "'self'" || s.startsWith("'nonce-") || s.startsWith("'sha"))).toBe(true);
  const connect = directives.get("connect-src") ?? directives.get("default-src");
  expect(connect!.every((s) => ["'self'", "blob:", "data:", "'none'"].includes(s))).toBe(true);
  expect(playground.harness.browser.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});

describe("bad input", () => {
  let before: { text: string; version: number; pane: string };

  beforeAll(async () => {
    await pickSample(playground.page, /St Martins – DPIA/);
    before = {
      text: await viewText(playground.page),
      version: await renderVersion(playground.page),
      pane: await paneText(playground.page),
    };
    expect(before.text.length).toBeGreaterThan(200);
  });

  async function expectRejected(name: string, buffer: Buffer, words: RegExp, keyboard = false): Promise<void> {
    if (keyboard) {
      // The Open button works from the keyboard: Enter opens the browser's file chooser.
      // Wait until the page is idle (the button is disabled while a document loads) and really has focus.
      await playground.page.waitForFunction(() =>
        [...document.querySelectorAll("button")].some((b) => b.textContent?.includes("Open .docx") && !b.disabled),
      );
      await playground.page.getByRole("button", { name: "Open .docx…" }).focus();
      await playground.page.waitForFunction(() => document.activeElement?.textContent?.includes("Open .docx") === true);
      // Enter must open the file chooser; under load Chromium occasionally drops the first activation, so one
      // more Enter is allowed before the test gives up (a button that never opens it still fails).
      const pressForChooser = (timeout: number) =>
        Promise.all([
          playground.page.waitForEvent("filechooser", { timeout }),
          playground.page.keyboard.press("Enter"),
        ]);
      const [chooser] = await pressForChooser(8000).catch(() => pressForChooser(20000));
      await chooser.setFiles({ name, mimeType: "application/octet-stream", buffer });
    } else {
      await uploadFile(playground.page, name, buffer);
    }
    const notice = playground.page.getByTestId("notice");
    await notice.waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toMatch(words);
    expect(text).toContain(name);
    // One readable line, no stack trace.
    expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d+|Error:/);
    // The previous document is still there, unchanged, and was not re-rendered.
    expect(await viewText(playground.page)).toBe(before.text);
    expect(await renderVersion(playground.page)).toBe(before.version);
    expect(await playground.page.getByTestId("file-name").textContent()).toBe("Open: seed-001.docx");
    expect(await paneText(playground.page)).toBe(before.pane);
    await playground.page.getByRole("button", { name: "Close" }).click();
    await notice.waitFor({ state: "detached" });
  }

  test("a corrupt .docx (truncated zip) is refused with a message", async () => {
    const good = await download(playground.page);
    await expectRejected(
      "damaged.docx",
      good.bytes.subarray(0, Math.floor(good.bytes.length / 3)),
      /could not|damaged|corrupt|not a/i,
    );
  });

  test("random bytes named .docx, chosen with the keyboard, are refused", async () => {
    await expectRejected("random.docx", randomBytes(4096), /not a \.docx|zip|could not/i, true);
  });

  test("a legacy .doc is refused and the user is told to save as .docx", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4088)]);
    await expectRejected("old-report.doc", ole, /\.doc\b.*\.docx|97/i);
  });

  test("the message screen passes axe", async () => {
    await uploadFile(playground.page, "old.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
    await playground.page.getByTestId("notice").waitFor();
    await expectAccessible(playground.page, "10-bad-input");
    await playground.page.getByRole("button", { name: "Close" }).click();
  });
});

test("document text that looks like HTML or script is shown as text and never runs", async () => {
  const hostile = [
    "<script>window.__pwned = 1</script>",
    '<img src="x" onerror="window.__pwned = 2">',
    "[Name of controller <b>bold</b>]",
  ];
  const bytes = await minimalDocx([
    { paragraph: "Step 1: Identify the need for a DPIA" },
    ...hostile.map((paragraph) => ({ paragraph })),
    {
      table: [
        ["Describe source of risk", "Likelihood of harm"],
        ["<iframe src=javascript:alert(1)>", "Remote, possible or probable"],
      ],
    },
  ]);
  const version = await renderVersion(playground.page);
  await uploadFile(playground.page, "hostile.docx", bytes);
  await waitForRender(playground.page, version);
  const text = await viewText(playground.page);
  for (const line of hostile) expect(text).toContain(line);
  expect(text).toContain("<iframe src=javascript:alert(1)>");
  const injected = await playground.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    elements: document.querySelectorAll(
      "[data-testid=document] script, [data-testid=document] img, [data-testid=document] iframe, [data-testid=document] b",
    ).length,
  }));
  expect(injected).toEqual({ pwned: null, elements: 0 });
  // The pane lists the placeholder with its markup as text, and nothing it shows became markup.
  await waitForScan(playground.page);
  await openScreen(playground.page, "Gaps");
  expect(await pane(playground.page).textContent()).toContain("[Name of controller <b>bold</b>]");
  const paneElements = await playground.page.evaluate(
    () =>
      document.querySelectorAll(
        "[data-testid=task-pane] script, [data-testid=task-pane] iframe, [data-testid=task-pane] b",
      ).length,
  );
  expect(paneElements).toBe(0);

  // Marked for review, the comments (which quote the text) are listed beside the view as text as well.
  await openScreen(playground.page, "Review");
  const marked = await renderVersion(playground.page);
  await pane(playground.page).getByRole("button", { name: "Mark all gaps" }).click();
  await waitForRender(playground.page, marked);
  const comments = playground.page.getByTestId("comments");
  expect(await comments.textContent()).toContain("<b>bold</b>");
  expect(await comments.locator("b, script, img, iframe").count()).toBe(0);
  expect(await playground.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
  await expectAccessible(playground.page, "11-hostile-text");
});

async function paneText(p: Page): Promise<string> {
  return (await pane(p).textContent()) ?? "";
}
