import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RISK_SUMMARY_TAG } from "../../src/core/edits";
import { getMatrix } from "../../src/core/vocabulary/risk-matrices";
import { openDocx } from "../../src/headless-word";
import { readModel } from "../../src/word/read";
import { ourCommentId } from "../../src/word/review";
import { build as buildSeed001 } from "../fixtures/seeds/seed-001";
import { describeReal } from "../support/real-fixtures";
import { REAL, runCli } from "./run-cli";

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function commentIds(path: string): Promise<string[]> {
  const document = await openDocx(new Uint8Array(readFileSync(path)));
  return document.run(async (context) => {
    const comments = context.document.body.getComments().load("content");
    await context.sync();
    return comments.items.map((c) => ourCommentId(c.content)).filter((id): id is string => id !== null);
  });
}

async function summaryBlocks(path: string): Promise<string[]> {
  const document = await openDocx(new Uint8Array(readFileSync(path)));
  return document.run(async (context) => {
    const controls = context.document.contentControls.getByTag(RISK_SUMMARY_TAG).load("text");
    await context.sync();
    return controls.items.map((c) => c.text);
  });
}

function findingIds(path: string): string[] {
  const result = runCli(["check", path, "--json", "--today", "2026-11-23"]);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { findings: { id: string }[] }).findings.map((f) => f.id);
}

describeReal(["ico-dpia-filled-fennex.docx"])("annotate", () => {
  const folder = mkdtempSync(join(tmpdir(), "dpia-annotate-"));
  const input = join(folder, "dpia.docx");
  beforeAll(() => copyFileSync(join(REAL, "ico-dpia-filled-fennex.docx"), input));

  it("writes a copy with every gap commented, readable by headless-word, input untouched", async () => {
    const before = hash(input);
    const output = join(folder, "dpia-annotated.docx");
    const result = runCli(["annotate", input, output, "--today", "2026-11-23"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(hash(input)).toBe(before);
    const document = await openDocx(new Uint8Array(readFileSync(output)));
    const model = await document.run((context) => readModel(context));
    const original = await (await openDocx(new Uint8Array(readFileSync(input)))).run((context) => readModel(context));
    // Marks add highlights, comments and tags, never text.
    expect(model.paragraphs.map((p) => p.text)).toEqual(original.paragraphs.map((p) => p.text));
    const expected = findingIds(input);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(await commentIds(output))).toEqual(new Set(expected));
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to overwrite its input", () => {
    const before = hash(input);
    const result = runCli(["annotate", input, join(folder, ".", "dpia.docx")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/never overwrites its input/);
    expect(hash(input)).toBe(before);
  });

  it("leaves no output at all when the input is bad", () => {
    const bad = join(folder, "bad.docx");
    writeFileSync(bad, "PK but not really a zip");
    const output = join(folder, "bad-out.docx");
    const result = runCli(["annotate", bad, output]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(bad);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("with --risk-table inserts the computed summary once, and updates it on a second run", async () => {
    const first = join(folder, "risk-1.docx");
    const second = join(folder, "risk-2.docx");
    expect(runCli(["annotate", input, first, "--risk-table", "--today", "2026-11-23"]).status).toBe(0);
    expect(runCli(["annotate", first, second, "--risk-table", "--today", "2026-11-23"]).status).toBe(0);
    for (const path of [first, second]) {
      expect(await summaryBlocks(path)).toHaveLength(1);
      const model = await (await openDocx(new Uint8Array(readFileSync(path)))).run((context) => readModel(context));
      expect(model.tables.some((t) => t.tag === RISK_SUMMARY_TAG)).toBe(true);
    }
  });
});

describeReal(["pia-template-modelop.docx"])("annotate output problems", () => {
  it("names the output when it cannot be written, and leaves nothing behind", () => {
    const folder = mkdtempSync(join(tmpdir(), "dpia-annotate-out-"));
    const output = join(folder, "missing-folder", "out.docx");
    const result = runCli(["annotate", join(REAL, "pia-template-modelop.docx"), output]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(output);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("annotate --risk-table on the St Martins DPIA (seed 001)", () => {
  it("splits the four risks written in one Step 5 cell into four rows, losing no text", async () => {
    const folder = mkdtempSync(join(tmpdir(), "dpia-seed-"));
    const input = join(folder, "seed-001.docx");
    writeFileSync(input, await buildSeed001());
    const output = join(folder, "seed-001-annotated.docx");
    const result = runCli(["annotate", input, output, "--risk-table", "--today", "2026-11-23"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const stepFive = (model: Awaited<ReturnType<typeof readModel>>) =>
      model.tables.find((t) => t.rows[0]?.cells.some((c) => /likelihood/i.test(c.text)))!;
    const before = stepFive(await (await openDocx(new Uint8Array(readFileSync(input)))).run((c) => readModel(c)));
    const after = stepFive(await (await openDocx(new Uint8Array(readFileSync(output)))).run((c) => readModel(c)));
    const riskRows = (t: typeof before) => t.rows.slice(1).filter((r) => /^\s*\d\)/.test(r.cells[0]?.text ?? ""));
    expect(riskRows(before)).toHaveLength(1);
    expect(riskRows(after).map((r) => r.cells[0]!.text.trim().slice(0, 2))).toEqual(["1)", "2)", "3)", "4)"]);
    const squash = (texts: string[]) => texts.join("").replace(/\s+/g, "");
    expect(squash(riskRows(after).map((r) => r.cells[0]!.text))).toBe(
      squash(riskRows(before).map((r) => r.cells[0]!.text)),
    );
  });
});

const hasLibreOffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(hasLibreOffice ? describeReal(["ico-dpia-filled-fennex.docx"]) : describe.skip)(
  "annotated output in LibreOffice",
  () => {
    it("renders the computed risk summary after Step 6, with the matrix and date line", () => {
      const folder = mkdtempSync(join(tmpdir(), "dpia-render-"));
      const output = join(folder, "annotated.docx");
      expect(
        runCli(["annotate", join(REAL, "ico-dpia-filled-fennex.docx"), output, "--risk-table", "--today", "2026-11-23"])
          .status,
      ).toBe(0);
      execFileSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${join(folder, "profile")}`,
          "--convert-to",
          "pdf",
          "--outdir",
          folder,
          output,
        ],
        {
          stdio: "ignore",
          timeout: 120_000,
        },
      );
      const text = execFileSync("pdftotext", [join(folder, "annotated.pdf"), "-"], { encoding: "utf8" }).replace(
        /\s+/g,
        " ",
      );
      // The summary (matrix name and date of computation) sits between the Step 6 table and Step 7.
      const between = text.slice(text.indexOf("Step 6"), text.lastIndexOf("Step 7"));
      expect(between).toContain(getMatrix("ico-3x3").name);
      expect(between).toContain("2026-11-23");
      expect(text.slice(0, text.indexOf("Step 6"))).not.toContain("2026-11-23");
    });
  },
);
