/**
 * Browser harness for the end-to-end tests: the production build served from 127.0.0.1, Debian's Chromium
 * driven by playwright-core with a fresh profile, and a record of every request the page makes so a test
 * can prove that nothing left the machine.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, normalize, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium-flags";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = process.env.E2E_DIST ?? join(ROOT, "dist");
export const RESULTS = join(ROOT, "test-results");

// ---------- production build ----------

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0; // gone meanwhile: not stale
  }
}

/** True when dist/ lacks the playground or is older than anything it is built from. */
export function buildIsStale(): boolean {
  const page = join(DIST, "playground.html");
  if (!existsSync(page)) return true;
  const built = statSync(page).mtimeMs;
  const inputs = ["src", "assets", "webpack.config.js", "package.json"].map((p) => newestMtime(join(ROOT, p)));
  return Math.max(...inputs) > built;
}

/**
 * Runs `npm run build:web` once when dist/ is missing or stale. A lock directory keeps parallel jest workers
 * from building at the same time; the ones that wait simply re-check staleness afterwards.
 */
export async function ensureBuild(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === "1" || !buildIsStale()) return;
  const lock = join(ROOT, ".e2e-build.lock");
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than any real build was left by a killed run: take it over.
      if (ageMs(lock) > 4 * 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for over 5 minutes; remove it if stale`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    if (buildIsStale()) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function build(): void {
  try {
    // The web bundle only: dist-cli is built by the CLI's own test, which may run at the same time in another worker.
    execFileSync("npm", ["run", "--silent", "build:web"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    // webpack reports compile errors on stdout: show them rather than only "Command failed".
    const out = error as { stdout?: string; stderr?: string };
    const tail = `${out.stdout ?? ""}\n${out.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`npm run build:web failed; the e2e tests need the production build.\n${tail}`);
  }
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
