/**
 * How every headless Chromium of this repository is started: the browser tests (test/support/browser.ts), the
 * deployment test and the icon renderer (scripts/make-icons.mjs). CommonJS so that plain node scripts and the
 * TypeScript tests load the one list; a change (say, a new flag Debian's Chromium needs) reaches all of them.
 */
"use strict";

/** Debian's Chromium unless CHROMIUM_PATH names another. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless with no sandbox (containers have no user namespaces) and no GPU; the last four keep a fresh
 * profile from calling home (first-run pages, component and safe-browsing updates, sync), so no test or
 * script makes a request off the machine.
 */
const CHROMIUM_ARGS = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

module.exports = { CHROMIUM_PATH, CHROMIUM_ARGS };
