import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { getMatrix } from "../../src/core/vocabulary/risk-matrices";
import { buildDocxWith, heading, p, row, table } from "../fixtures/docx-builder";
import { build as seed000 } from "../fixtures/seeds/seed-000";
import { build as seed001 } from "../fixtures/seeds/seed-001";
import { build as seed002 } from "../fixtures/seeds/seed-002";
import { build as seed003 } from "../fixtures/seeds/seed-003";
import { build as seed004 } from "../fixtures/seeds/seed-004";
import { parseCsv } from "./csv-parse";
import { REAL, ROOT, runCli } from "./run-cli";

const TODAY = "2026-11-23";
const REAL_DOCS = [
  "ico-dpia-filled-fennex.docx",
  "ico-dpia-template-blank.docx",
  "thrive-clearminds-community-privacy-risk-assessment.docx",
  "srs-dpia.docx",
].filter((name) => existsSync(join(REAL, name)));

interface Json {
  file: string;
  template: string;
  jurisdiction: string;
  progress: { answered: number; total: number };
  findings: { kind: string; severity: string; text: string }[];
  risks: {
    likelihood: string | null;
    severity: string | null;
    overall: string | null;
    computed: string | null;
    residual: string | null;
  }[];
}

/** A folder as a DPO has it: seeds, real assessments in a sub-folder, and files that cannot be read. */
async function portfolioFolder(): Promise<{ folder: string; unreadable: string[] }> {
  const folder = mkdtempSync(join(tmpdir(), "dpia-report-"));
  const builds = [seed000, seed001, seed002, seed003, seed004];
  for (const [i, build] of builds.entries()) writeFileSync(join(folder, `seed-00${i}.docx`), await build());
  mkdirSync(join(folder, "real"));
  for (const name of REAL_DOCS) copyFileSync(join(REAL, name), join(folder, "real", name));
  // A title that is markup and a formula: it must come out as text in the page and inert in the CSV.
  writeFileSync(
    join(folder, "hostile.docx"),
    await buildDocxWith({ title: '=HYPERLINK("http://x.invalid")<script>alert(1)</script>' }, [
      heading("Step 5: Identify and assess risks", 1),
      table(row("Risk", "Likelihood of harm", "Severity of harm", "Overall risk"), row("<b>1</b>", "", "", "")),
      p("Next review date: 2025"),
    ]),
  );
  const unreadable = [join(folder, "broken.docx"), join(folder, "encrypted.docx"), join(folder, "web-page.docx")];
  writeFileSync(unreadable[0]!, "PK\u0003\u0004 not really a zip");
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from("EncryptionInfo", "utf16le").copy(ole, 512);
  writeFileSync(unreadable[1]!, ole);
  writeFileSync(unreadable[2]!, "<html><body>Saved from a browser</body></html>");
  return { folder, unreadable };
}

function checkJson(file: string): Json {
  const result = runCli(["check", file, "--json", "--matrix", "ico-3x3", "--today", TODAY]);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Json;
}

/** The portfolio row as the CSV must show it, worked out here from check --json alone. */
function expectedRow(json: Json): Record<string, string> {
  const order = getMatrix("ico-3x3").overall.map((l) => l.id);
  const top = (levels: (string | null)[]) =>
    levels.filter((l): l is string => l !== null).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0] ?? "—";
  const count = (test: (f: Json["findings"][number]) => boolean) => String(json.findings.filter(test).length);
  const overdue = json.findings.find((f) => f.kind === "review-overdue");
  const signoff = json.findings.filter((f) => f.kind === "signoff-missing").length;
  return {
    File: json.file,
    Template: json.template,
    "Law applied": json.jurisdiction,
    Answered: `${json.progress.answered} / ${json.progress.total}`,
    "Open errors": count((f) => f.severity === "error"),
    "Open warnings": count((f) => f.severity === "warning"),
    Notes: count((f) => f.severity === "info"),
    "Highest inherent risk": top(json.risks.map((r) => r.overall ?? r.computed)),
    "Highest residual risk": top(json.risks.map((r) => r.residual)),
    "Sign-off": signoff > 0 ? `${signoff} open` : "no gap found",
    "Review date": overdue
      ? `overdue: ${overdue.text}`
      : json.findings.some((f) => f.kind === "review-date-missing")
        ? "missing"
        : "not overdue",
  };
}

describe("report over a folder of assessments", () => {
  let folder: string;
  let unreadable: string[];
  let html: string;
  let csv: string[][];
  let result: ReturnType<typeof runCli>;

  beforeAll(async () => {
    ({ folder, unreadable } = await portfolioFolder());
    result = runCli([
      "report",
      folder,
      "--html",
      join(folder, "..", `${basename(folder)}.html`),
      "--csv",
      join(folder, "..", `${basename(folder)}.csv`),
      "--today",
      TODAY,
      "--jobs",
      "2",
    ]);
    html = readFileSync(join(folder, "..", `${basename(folder)}.html`), "utf8");
    csv = parseCsv(readFileSync(join(folder, "..", `${basename(folder)}.csv`), "utf8"));
  }, 240_000);

  it("writes both files, lists the unreadable ones with their reason and exits 2 like check", () => {
    expect(result.status).toBe(2);
    const errors = result.stderr.trim().split("\n");
    expect(errors).toHaveLength(unreadable.length);
    for (const file of unreadable) {
      expect(result.stderr).toContain(file);
      expect(html).toContain(basename(file));
    }
    const section = html.slice(html.indexOf('id="unread-h"'));
    expect(section).toMatch(/not a \.docx|zip|encrypt|password/i);
    expect(result.stdout).toMatch(/documents, 3 could not be read/);
  });

  it("has one CSV row per readable document, in folder order, each traceable to check --json of the file", () => {
    const [header, ...rows] = csv;
    const readable = rows.filter((r) => !r[1]!.startsWith("could not be read"));
    const files = readable.map((r) => r[0]!);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
    expect(files).toHaveLength(5 + REAL_DOCS.length + 1);
    for (const cells of readable) {
      const record = Object.fromEntries(header!.map((h, i) => [h, cells[i]!]));
      const expected = expectedRow(checkJson(record.File!));
      for (const [column, value] of Object.entries(expected))
        expect([record.File, column, record[column]]).toEqual([record.File, column, value]);
    }
  }, 240_000);

  it("keeps a formula-looking title inert in the CSV and escaped in the page", () => {
    const hostile = csv.find((r) => r[0]!.endsWith("hostile.docx"))!;
    expect(hostile[1]).toBe('\'=HYPERLINK("http://x.invalid")<script>alert(1)</script>');
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it("marks every overdue review in red with the word overdue, and lists it", () => {
    const column = csv[0]!.indexOf("Review date");
    const overdue = csv.slice(1).filter((r) => r[column]?.startsWith("overdue: "));
    expect(overdue.length).toBeGreaterThan(0);
    const list = html.slice(html.indexOf('id="overdue-h"'), html.indexOf('id="consult-h"'));
    for (const row of overdue) {
      const text = row[column]!.replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;");
      expect(html).toContain(`<td class="overdue" data-sort="2">${text}</td>`);
      expect(list).toContain(basename(row[0]!));
    }
  });

  it("places every risk of every document in the heat map or in the list of unrated ones", () => {
    const matrix = getMatrix("ico-3x3");
    let placed = 0;
    let unplaced = 0;
    for (const row of csv.slice(1).filter((r) => !r[1]!.startsWith("could not be read"))) {
      for (const risk of checkJson(row[0]!).risks) {
        const onMatrix =
          matrix.likelihood.some((l) => l.id === risk.likelihood) &&
          matrix.severity.some((s) => s.id === risk.severity);
        if (onMatrix) placed++;
        else unplaced++;
      }
    }
    const counts = [...html.matchAll(/<td class="lvl t\d" data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(9);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(placed);
    expect(html).toContain(`data-unplaced="${unplaced}"`);
    // The built documents hold no risk on the ICO 3×3 scale; the real DPIAs do, when they are there.
    if (REAL_DOCS.length > 0) expect(placed).toBeGreaterThan(0);
  }, 240_000);

  it("gives the same files with --jobs 1, and says nothing on stderr but the unreadable files in a pipe", () => {
    const out = join(folder, "..", `${basename(folder)}-1.csv`);
    const sequential = runCli(["report", folder, "--csv", out, "--today", TODAY]);
    expect(sequential.stderr).toBe(result.stderr);
    expect(parseCsv(readFileSync(out, "utf8"))).toEqual(csv);
  }, 240_000);
});

describe("report progress on a terminal", () => {
  it("shows count / total, the file and the time on stderr when it is a TTY", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dpia-progress-"));
    writeFileSync(join(folder, "a.docx"), await seed004());
    writeFileSync(join(folder, "b.docx"), await seed004());
    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const command = `${tsx} ${join(ROOT, "src", "cli", "main.ts")} report ${folder} --csv ${join(folder, "r.csv")} 2>&1 >/dev/null`;
    // script(1) runs the command on a pseudo-terminal, as a user's shell would.
    const run = spawnSync("script", ["-qec", command, "/dev/null"], {
      encoding: "utf8",
      env: { ...process.env, CI: "", DPIA_ASSIST_DEBUG: "" },
      timeout: 120_000,
    });
    if (run.error) return; // no script(1) here
    expect(run.stdout).toMatch(/reading 2\/2 {2}b\.docx {2}\d+\.\d s/);
  }, 120_000);
});
