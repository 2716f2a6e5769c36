/**
 * How every headless Chromium of this repository is started: the browser tests (test/support/browser.ts), the
 * deployment test and the icon renderer (scripts/make-icons.mjs). CommonJS so that plain node scripts and the
 * TypeScript tests load the one list; a change (say, a new flag Debian's Chromium needs) reaches all of them.
 */
"use strict";

/** Debian's Chromium unless CHROMIUM_PATH names another. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless, no sandbox (this machine runs Chromium as root in a container), no GPU; the last four stop a fresh
 * profile's own background requests (first-run tasks, background services, component updates, sync), so that
 * nothing the browser does by itself leaves the machine or shows up among a test's recorded requests.
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
