/**
 * The test pane's stand-in for test/contract/support/spec-api.ts (swapped in by webpack.config.js): the pane's own
 * describe / it / expect, and a runner that is whichever host the page chose before running the specs.
 */
import type { ContextRunner, Host } from "../contract/support/context-runner";
import { miniSpec } from "./mini-spec";

let chosen: ContextRunner | undefined;

export function useRunner(runner: ContextRunner): void {
  chosen = runner;
}

function current(): ContextRunner {
  if (!chosen) throw new Error("no ContextRunner chosen yet");
  return chosen;
}

export const describe = miniSpec.describe;
export const it = miniSpec.it;
export const expect = miniSpec.expect;
export const runner: ContextRunner = {
  get host(): Host {
    return current().host;
  },
  run: (batch) => current().run(batch),
  reset: () => current().reset(),
};
