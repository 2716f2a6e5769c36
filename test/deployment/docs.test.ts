/**
 * docs/deployment.md is followed word for word by people who cannot read the code, so it must agree with it:
 * the nginx example sends exactly the policies the add-in is tested with, and every command it names exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cacheControl, contentSecurityPolicy } from "../../scripts/security-headers";

const ROOT = resolve(__dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs", "deployment.md"), "utf8");
const nginx = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;

function mapBlock(name: string): string {
  return new RegExp(`map \\$uri \\$${name} \\{([\\s\\S]*?)\\n\\}`).exec(nginx)?.[1] ?? "";
}

describe("docs/deployment.md", () => {
  it("has an nginx example", () => {
    expect(nginx).toMatch(/add_header Content-Security-Policy \$dpia_csp always;/);
  });

  it("sends the task pane's policy by default and the strict one for the playground and help page", () => {
    const csp = mapBlock("dpia_csp");
    expect(csp).toContain(`default  "${contentSecurityPolicy("taskpane")}";`);
    expect(csp).toContain(`"${contentSecurityPolicy("playground")}";`);
    expect(contentSecurityPolicy("support")).toBe(contentSecurityPolicy("playground"));
  });

  it("caches as scripts/security-headers.js does", () => {
    const cache = mapBlock("dpia_cache");
    expect(cache).toContain(`"${cacheControl("runtime.0123abcd.js")}"`);
    expect(cache).toContain(`"${cacheControl("taskpane.html")}"`);
    expect(cache).toContain(`"${cacheControl("assets/icon-16.png")}"`);
  });

  it("names only npm scripts and files that exist", () => {
    const named = [...doc.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(2);
    expect(named.filter((n) => !(n in scripts))).toEqual([]);
    const files = [...doc.matchAll(/`((?:scripts|test|docs)\/[\w./-]+)`/g)].map((m) => m[1]);
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });
});
