/**
 * The production manifest: every development URL moved to the organisation's host, version from package.json,
 * and no way to get a production manifest that still points at localhost.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { developmentManifest, normaliseHost, officeVersion, productionManifest } from "../../scripts/manifest-host";

const ROOT = resolve(__dirname, "..", "..");
const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const HOST = "https://privacy-tools.example.org/dpia-assist/";

const urlsIn = (xml: string): string[] =>
  [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);

describe("productionManifest", () => {
  const xml = productionManifest(source, { host: HOST, version: "2.3.4.0" });

  it("moves every URL to the host and keeps the path under it", () => {
    const before = urlsIn(source);
    const after = urlsIn(xml);
    expect(after).toHaveLength(before.length);
    expect(before.length).toBeGreaterThanOrEqual(8);
    after.forEach((url, i) => expect(url).toBe(before[i].replace("https://localhost:3000/", HOST)));
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it("sets the version and changes nothing else but the leading comment", () => {
    expect(xml).toContain("<Version>2.3.4.0</Version>");
    const strip = (s: string) =>
      s
        .replace(/<!--[\s\S]*?-->/, "")
        .replace(/<Version>[^<]*<\/Version>/, "")
        .split("https://localhost:3000/")
        .join(HOST);
    expect(strip(xml)).toBe(strip(source));
  });

  it("refuses a manifest with a local URL it cannot move", () => {
    const odd = source.replace("https://localhost:3000/support.html", "http://localhost:8080/support.html");
    expect(() => productionManifest(odd, { host: HOST, version: "1.0.0.0" })).toThrow(
      /would still point at http:\/\/localhost:8080/,
    );
  });

  it("adds the trailing slash a host needs", () => {
    expect(productionManifest(source, { host: "https://h.example/dpia", version: "1.0.0.0" })).toContain(
      '"https://h.example/dpia/taskpane.html"',
    );
  });
});

describe("normaliseHost", () => {
  it.each([
    ["http://privacy-tools.example.org/", /must use https/],
    ["https://localhost:3000/", /is the development server/],
    ["https://localhost:3000/dpia/", /is the development server/],
    ["privacy-tools.example.org", /not an absolute URL/],
    ["https://h.example/?x=1", /query or fragment/],
  ])("rejects %s", (host, message) => {
    expect(() => normaliseHost(host)).toThrow(message);
  });
});

it("accepts another local https port for a rehearsal, with a warning", () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    expect(normaliseHost("https://localhost:8443")).toBe("https://localhost:8443/");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rehearsal/));
  } finally {
    warn.mockRestore();
  }
});

describe("officeVersion", () => {
  it("turns n.n.n into n.n.n.0 and refuses anything else", () => {
    expect(officeVersion("1.0.0")).toBe("1.0.0.0");
    expect(officeVersion("12.4.31")).toBe("12.4.31.0");
    expect(() => officeVersion("1.0.0-beta.1")).toThrow(/must be n\.n\.n/);
  });

  it("is what the development manifest gets too", () => {
    expect(developmentManifest(source, { version: "3.2.1.0" })).toContain("<Version>3.2.1.0</Version>");
  });
});

describe("webpack.config.js manifest choice", () => {
  type Pattern = { from: string; to: string };
  type Config = { plugins: { patterns?: Pattern[] }[]; output: { path: string } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Config>;
  const manifestTarget = (c: Config) =>
    c.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml")?.to;

  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("production without a host writes manifest.dev.xml, not manifest.xml, and says why", async () => {
    expect(manifestTarget(await config({}, { mode: "production" }))).toBe("manifest.dev.xml");
    expect(warn.mock.calls.flat().join("\n")).toMatch(/No --env host=… given/);
  });

  it("production with a host writes manifest.xml; development keeps the dev manifest.xml", async () => {
    expect(manifestTarget(await config({ host: HOST }, { mode: "production" }))).toBe("manifest.xml");
    expect(manifestTarget(await config({}, { mode: "development" }))).toBe("manifest.xml");
  });

  it("fails with a clear message when a host is required but missing, or is not https", async () => {
    await expect(config({ requireHost: true }, { mode: "production" })).rejects.toThrow(
      /needs the address it will be served from/,
    );
    await expect(config({ host: "http://intranet.example/" }, { mode: "production" })).rejects.toThrow(
      /must use https/,
    );
  });
});
