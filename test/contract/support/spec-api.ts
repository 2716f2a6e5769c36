/**
 * What the contract specs import instead of Jest's globals: describe / it / expect (the SpecApi subset) and the
 * ContextRunner they run on. This module is the Jest side (headless-word in Node). The test task pane's build
 * (test/word-pane/webpack.config.js) replaces it with test/word-pane/pane-spec-api.ts, whose describe / it /
 * expect are the pane's own and whose runner is Word (or headless-word in the browser for CI).
 */
import type { ContextRunner } from "./context-runner";
import { headlessRunner } from "./headless-runner";
import type { SpecApi } from "./spec-types";

const api = globalThis as unknown as SpecApi;
export const describe: SpecApi["describe"] = api.describe;
export const it: SpecApi["it"] = api.it;
export const expect: SpecApi["expect"] = api.expect;
export const runner: ContextRunner = headlessRunner();
