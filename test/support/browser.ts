/**
 * Browser harness for the end-to-end tests: the production build served from 127.0.0.1, Debian's Chromium
 * driven by playwright-core with a fresh profile, and a record of every request the page makes so a test
 * can prove that nothing left the machine.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, normalize, relative, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildOnce, isStale, type BuildTarget } from "./build-once";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium-flags";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = process.env.E2E_DIST ?? join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");

// ---------- production build ----------

const WEB_BUILD: BuildTarget = {
  root: ROOT,
  output: relative(ROOT, join(DIST, "playground.html")),
  inputs: ["src", "assets", "webpack.config.js", "package.json"],
  // The web bundle only: dist-cli is built separately (test/cli/run-cli.ts), perhaps at the same time by another worker.
  script: "build:web",
};

/** True when dist/ lacks the playground or is older than anything it is built from. */
export function buildIsStale(): boolean {
  return isStale(WEB_BUILD);
}

/** Runs `npm run build:web` once when dist/ is missing or stale (see build-once.ts). */
export async function ensureBuild(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  buildOnce(WEB_BUILD);
}

// ---------- static server ----------

type HeadersFor = (pathname: string) => Record<string, string>;

/**
 * The headers a real host sends (scripts/security-headers.js: CSP, nosniff, content types), so the pages run
 * under the production policy here too, not only under their <meta> policy.
 */
function productionHeaders(): HeadersFor {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(ROOT, "scripts", "security-headers.js")) as { headersFor: HeadersFor };
  return (pathname) => ({ ...module.headersFor(pathname), "Cache-Control": "no-store" });
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port; paths outside root are refused. */
export async function serveStatic(root: string = DIST): Promise<StaticServer> {
  const base = resolve(root);
  const headersFor = productionHeaders();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
    if (!existsSync(target)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, headersFor(target === file ? url.pathname : `${url.pathname.replace(/\/$/, "")}/index.html`));
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no TCP address");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// ---------- browser ----------

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

export interface BrowserSession {
  context: BrowserContext;
  /** Every request any page of the context made, in order. */
  requests: RecordedRequest[];
  /** Console errors and CSP violations reported by the pages. */
  consoleErrors: string[];
  /** Requests whose host is not 127.0.0.1 or localhost (blob: and data: never reach the network). */
  foreignRequests(): RecordedRequest[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function isLocalUrl(url: string): boolean {
  if (url.startsWith("blob:") || url.startsWith("data:") || url === "about:blank") return true;
  try {
    const { hostname, protocol } = new URL(url);
    return (protocol === "http:" || protocol === "https:") && ["127.0.0.1", "localhost", "[::1]"].includes(hostname);
  } catch {
    return false;
  }
}

/**
 * Starts Chromium with a fresh profile. Foreign requests are both recorded (so the test fails) and aborted
 * (so a slip never actually sends document text anywhere).
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "dpia-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
  });
  const requests: RecordedRequest[] = [];
  const consoleErrors: string[] = [];
  context.on("request", (request) => {
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
  });
  await context.route(
    (url) => !isLocalUrl(url.toString()),
    (route) => route.abort("blockedbyclient"),
  );
  const watch = (page: Page): void => {
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    context,
    requests,
    consoleErrors,
    foreignRequests: () => requests.filter((r) => !isLocalUrl(r.url)),
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
