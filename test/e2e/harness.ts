/**
 * The set-up every playground journey shares, written once: before the file's tests, the served build and a
 * fresh Chromium (optionally with the playground already open); after each test, the check that nothing left
 * the machine; after all of them, everything closed again.
 */
import type { Page } from "playwright-core";
import { expectOnlyLocalRequests, startHarness, type Harness } from "./playground-page";

export interface Playground {
  /** The server and browser of this test file; read it inside tests and hooks, not at module level. */
  readonly harness: Harness;
  /** The playground page opened once for the whole file (only with `openPage: true`). */
  readonly page: Page;
}

export interface PlaygroundOptions {
  /** Open the playground once in beforeAll for tests that walk one journey on one page. */
  openPage?: boolean;
}

/** Registers the jest hooks for one test file; call it at the top level of the file. */
export function usePlayground(options: PlaygroundOptions = {}): Playground {
  let harness: Harness | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    harness = await startHarness();
    if (options.openPage) page = await harness.open();
  }, 300_000);

  afterAll(async () => {
    await harness?.close();
  });

  afterEach(() => expectOnlyLocalRequests(ready(harness, "harness")));

  return {
    get harness() {
      return ready(harness, "harness");
    },
    get page() {
      if (!options.openPage) throw new Error("usePlayground() was called without openPage: open a page per test");
      return ready(page, "page");
    },
  };
}

function ready<T>(value: T | undefined, name: string): T {
  // Reached only when beforeAll failed (its own error is reported too) or a test reads it at module level.
  if (value === undefined) throw new Error(`the playground ${name} is not set up yet (did beforeAll fail?)`);
  return value;
}
