/**
 * Security: the pages carry a strict Content-Security-Policy, the source never turns text into code or markup,
 * the production dependencies have no known high or critical vulnerability, and a document whose text is HTML and
 * script comes out of the analysis and the CLI as the same plain text.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { analyze } from "../../src/core/analyze";
import { buildDocx, heading, p, row, table } from "../fixtures/docx-builder";
import { modelOf, TODAY } from "./support/documents";

const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper, the single source of the policies
const { contentSecurityPolicy } = require(join(ROOT, "scripts", "security-headers.js")) as {
  contentSecurityPolicy(page: string, options?: { dev?: boolean }): string;
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

/** What "strict" means here: nothing runs that is not a file from the page's origin (or Office.js for the pane). */
function expectStrict(policy: string, page: string): void {
  const d = directives(policy);
  const scripts = d.get("script-src") ?? d.get("default-src") ?? [];
  expect({ page, scripts }).toEqual({ page, scripts: expect.not.arrayContaining(["'unsafe-eval'"]) });
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("*");
  expect(scripts.every((s) => s === "'self'" || s === "https://appsforoffice.microsoft.com")).toBe(true);
  expect(d.get("default-src")).toEqual(["'self'"]);
  expect(d.get("object-src")).toEqual(["'none'"]);
  expect(d.get("base-uri")).toEqual(["'self'"]);
  expect(policy).not.toContain("'unsafe-eval'");
}

const metaPolicy = (html: string) =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];

describe("Content-Security-Policy", () => {
  const pages = [
    { name: "taskpane", template: "src/taskpane/taskpane.html" },
    { name: "playground", template: "src/playground/playground.html" },
  ];

  it.each(pages)("$name: the policy the build writes is strict (no unsafe-eval, no inline script)", ({ name }) => {
    expectStrict(contentSecurityPolicy(name), name);
    expectStrict(contentSecurityPolicy(name, { dev: true }), `${name} (dev)`);
  });

  it.each(pages)("$name: the page template carries the policy in a <meta> tag", ({ template }) => {
    const html = readFileSync(join(ROOT, template), "utf8");
    expect(html).toMatch(
      /<meta\s+http-equiv="Content-Security-Policy"\s+content="<%= htmlWebpackPlugin\.options\.csp %>"/,
    );
  });

  it.each(pages)(
    "$name: the built page in dist/ carries a strict policy (when dist/ is up to date)",
    ({ name, template }) => {
      const built = join(ROOT, "dist", `${name}.html`);
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(ROOT, template)).mtimeMs) {
        console.log(
          `CSP: dist/${name}.html is missing or older than ${template}; run npm run build to check the built page.`,
        );
        return;
      }
      const policy = metaPolicy(readFileSync(built, "utf8"));
      expect(policy).toBeDefined();
      expectStrict(policy!, `dist/${name}.html`);
    },
  );
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(e.name) ? [path] : [];
  });
}

describe("source scan", () => {
  const files = sourceFiles(join(ROOT, "src"));
  const FORBIDDEN: [string, RegExp][] = [
    ["eval(", /(^|[^\w.])eval\s*\(/],
    ["new Function(", /\bnew\s+Function\s*\(/],
    ["setTimeout/setInterval with a string", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
    ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
    ["innerHTML / outerHTML", /\.(inner|outer)HTML\b/],
    ["insertAdjacentHTML", /insertAdjacentHTML/],
    ["document.write", /document\.write(ln)?\s*\(/],
    ["Office insertHtml / insertOoxml", /\.insert(Html|Ooxml)\s*\(/],
  ];
  /**
   * The one allowed insertOoxml: ticking a check box on hosts without WordApi 1.7 writes back the target's own OOXML
   * (from getOoxml) with w14:checked / w:checked and the box glyph changed (src/word/checkbox-ooxml.ts); no text of
   * the user's or the document's becomes markup.
   */
  const ALLOWED: Record<string, string[]> = { "src/word/tick-box.ts": ["Office insertHtml / insertOoxml"] };

  it(`src/ (${files.length} files) turns no text into code or markup`, () => {
    expect(files.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name what is forbidden
        const name = relative(ROOT, file);
        for (const [label, re] of FORBIDDEN)
          if (re.test(line) && !(ALLOWED[name] ?? []).includes(label)) hits.push(`${name}:${i + 1}: ${label}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

describe("npm audit (production dependencies)", () => {
  it("reports no high or critical vulnerability", () => {
    const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    let report: {
      metadata?: { vulnerabilities?: Record<string, number> };
      message?: string;
      error?: { code?: string; summary?: string };
    };
    try {
      report = JSON.parse(result.stdout);
    } catch {
      console.log(
        `npm audit skipped: no answer from the registry (${(result.stderr || String(result.error)).split("\n")[0]})`,
      );
      return;
    }
    if (report.error || !report.metadata?.vulnerabilities) {
      const why = report.message ?? report.error?.summary ?? report.error?.code ?? "no report";
      console.log(`npm audit skipped: the registry gave no audit report (${why.split("\n")[0]})`);
      return;
    }
    const v = report.metadata.vulnerabilities;
    console.log(`npm audit --omit=dev: ${JSON.stringify(v)}`);
    expect({ high: v.high ?? 0, critical: v.critical ?? 0 }).toEqual({ high: 0, critical: 0 });
  }, 70_000);
});

describe("a document whose text is HTML and script", () => {
  const SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(document.cookie)>";
  const build = () =>
    buildDocx(
      heading(`Step 1: Identify the need for a DPIA ${SCRIPT}`, 2),
      table(row("Explain broadly what project aims to achieve"), row(`${SCRIPT} [insert ${SCRIPT}]`)),
      heading("Step 5: Identify and assess risks", 2),
      table(
        row("Describe source of risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
        row(SCRIPT, "Remote, possible or probable", "Severe", ""),
      ),
      p(`&lt;b&gt; &amp; ${SCRIPT}`),
    );

  it("analyze keeps it as plain text: sections, findings and risks hold the exact characters", async () => {
    const report = analyze(await modelOf(await build()), { today: TODAY });
    const placeholder = report.findings.find((f) => f.kind === "placeholder" && f.text.includes("[insert"));
    expect(placeholder?.text).toBe(`[insert ${SCRIPT}]`);
    expect(report.findings.some((f) => f.section.includes("<script>alert(1)</script>"))).toBe(true);
    expect(report.risks[0]?.description).toContain(SCRIPT);
    // Nothing was escaped (that would show "&lt;" to the user) or stripped.
    expect(JSON.stringify(report)).not.toMatch(/&lt;script|&amp;lt;/);
  });

  it("the CLI prints it as the same plain text (text and JSON output)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dpia-xss-"));
    try {
      const path = join(dir, "script.docx");
      writeFileSync(path, await build());
      const tsx = join(ROOT, "node_modules", ".bin", "tsx");
      const main = join(ROOT, "src", "cli", "main.ts");
      const text = spawnSync(tsx, [main, "check", path, "--today", TODAY], { cwd: ROOT, encoding: "utf8" });
      expect(text.status).toBe(0);
      expect(text.stdout).toContain(`[insert ${SCRIPT}]`);
      expect(text.stdout).not.toContain("&lt;");
      const json = spawnSync(tsx, [main, "check", path, "--json", "--today", TODAY], { cwd: ROOT, encoding: "utf8" });
      const parsed = JSON.parse(json.stdout) as { findings: { text: string }[] };
      expect(parsed.findings.map((f) => f.text)).toContain(`[insert ${SCRIPT}]`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
