/**
 * The path an IT department follows (docs/deployment.md): `npm run package` for their host, unpack the archive
 * on a static HTTPS server, deploy the manifest. Here the server is scripts/serve-static.js on this machine
 * (the same headers as the nginx example, including the Content-Security-Policy) standing in for
 * https://privacy-tools.example.org/dpia-assist/, and Chromium loads the pages from it.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import JSZip from "jszip";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium-flags";
import { validateManifestFile } from "../../scripts/manifest/validate-file";
import { startStaticServer, tlsFiles, type StaticServer } from "../../scripts/serve-static";

const ROOT = resolve(__dirname, "..", "..");
const HOST = "https://privacy-tools.example.org/dpia-assist/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const zipName = `dpia-assist-${pkg.version}.zip`;

/**
 * What office.js does in a plain browser, outside any Office application: Office.onReady resolves with no host.
 * Served in place of Microsoft's CDN so the test needs no network.
 */
const OFFICE_STUB = `window.Office = (function () {
  var info = { host: null, platform: null };
  var ready = Promise.resolve(info);
  return {
    onReady: function (callback) { return ready.then(function (i) { if (callback) callback(i); return i; }); },
    HostType: { Word: "Word" },
    PlatformType: {},
  };
})();`;

let work: string;
let site: string;
let server: StaticServer;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "dpia-deploy-"));
  execFileSync(
    process.execPath,
    [join(ROOT, "scripts", "package.mjs"), "--env", `host=${HOST}`, "--release-dir", work],
    {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 8 * 60_000,
    },
  );
  site = join(work, "site");
  const zip = await JSZip.loadAsync(readFileSync(join(work, zipName)));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(site, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async("nodebuffer"));
  }
  server = await startStaticServer({
    root: site,
    base: "/dpia-assist/",
    tls: await tlsFiles({ dir: join(work, "tls") }),
  });
  profile = mkdtempSync(join(tmpdir(), "dpia-deploy-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
    ignoreHTTPSErrors: true, // the stand-in server's certificate is self-signed
  });
}, 10 * 60_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

const local = (url: string): string => url.replace(HOST, server.url);

describe("release archive", () => {
  it("has a checksum file that matches, in sha256sum format", () => {
    const bytes = readFileSync(join(work, zipName));
    const digest = createHash("sha256").update(bytes).digest("hex");
    expect(readFileSync(join(work, `${zipName}.sha256`), "utf8")).toBe(`${digest}  ${zipName}\n`);
  });

  it("holds the pages, bundles, icons and the production manifest, and nothing of development", () => {
    const files = readdirSync(site, { recursive: true }).map(String);
    for (const f of ["manifest.xml", "taskpane.html", "support.html", "assets/icon-16.png", "assets/icon-128.png"])
      expect(files).toContain(f);
    expect(files.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith(".map") || f === "manifest.dev.xml")).toEqual([]);
    for (const js of files.filter((f) => f.endsWith(".js"))) {
      const text = readFileSync(join(site, js), "utf8");
      expect({ js, devServer: /webpack-dev-server|webpackHotUpdate|sourceMappingURL=/.test(text) }).toEqual({
        js,
        devServer: false,
      });
    }
  });
});

describe("production manifest", () => {
  it("passes the same offline validation as manifest.xml, checked against the release's own files", () => {
    const result = validateManifestFile(join(site, "manifest.xml"));
    expect(result.mode).toBe("built");
    expect(result.problems).toEqual([]);
  });

  it("points every URL at the host and carries package.json's version", () => {
    const result = validateManifestFile(join(site, "manifest.xml"));
    expect(result.summary!.urls.length).toBeGreaterThanOrEqual(8);
    expect(result.summary!.urls.filter((u) => !u.startsWith(HOST))).toEqual([]);
    expect(result.summary!.version).toBe(`${pkg.version}.0`);
    expect(readFileSync(join(site, "manifest.xml"), "utf8")).not.toMatch(/localhost/);
  });

  it("names only URLs the host actually serves", async () => {
    const result = validateManifestFile(join(site, "manifest.xml"));
    for (const url of new Set(result.summary!.urls)) {
      const response = await context.request.get(local(url));
      expect({ url, status: response.status() }).toEqual({ url, status: 200 });
    }
  });
});

describe("served from a static HTTPS host", () => {
  async function load(page: string) {
    const tab = await context.newPage();
    const failed: string[] = [];
    const foreign: string[] = [];
    const errors: string[] = [];
    let officeJs = 0;
    await tab.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) {
        officeJs += 1;
        return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
      }
      if (!url.startsWith(server.origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        foreign.push(url);
        return route.abort("blockedbyclient");
      }
      return route.continue();
    });
    tab.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    tab.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} HTTP ${r.status()}`);
    });
    tab.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    tab.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    const response = await tab.goto(`${server.url}${page}`, { waitUntil: "networkidle" });
    await tab.waitForTimeout(500); // let Office.onReady and the first render settle
    const text = ((await tab.locator("body").textContent()) ?? "").trim();
    const csp = response?.headers()["content-security-policy"] ?? "";
    await tab.close();
    return {
      status: response?.status(),
      failed,
      foreign: foreign.filter((u) => !u.startsWith("data:")),
      errors,
      officeJs,
      text,
      csp,
    };
  }

  it("loads the task pane with no failed request, no page error and no host but its own and Office.js", async () => {
    const result = await load("taskpane.html");
    expect(result.status).toBe(200);
    expect(result.csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(result.officeJs).toBe(1);
    expect({ failed: result.failed, foreign: result.foreign, errors: result.errors }).toEqual({
      failed: [],
      foreign: [],
      errors: [],
    });
    expect(result.text.length).toBeGreaterThan(0);
  });

  it("loads the help page and the playground without leaving the origin", async () => {
    for (const page of ["support.html", "playground.html"]) {
      const result = await load(page);
      expect({ page, status: result.status, officeJs: result.officeJs }).toEqual({ page, status: 200, officeJs: 0 });
      expect({ page, failed: result.failed, foreign: result.foreign, errors: result.errors }).toEqual({
        page,
        failed: [],
        foreign: [],
        errors: [],
      });
    }
  });
});
