import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { FINDING_KINDS } from "../../src/core/report";
import { describeReal } from "../support/real-fixtures";
import { REAL, runCli } from "./run-cli";

const BLANK = join(REAL, "ico-dpia-template-blank.docx");
const FILLED = join(REAL, "ico-dpia-filled-fennex.docx");
const PIA = join(REAL, "pia-template-modelop.docx");
const NEEDED = ["ico-dpia-template-blank.docx", "ico-dpia-filled-fennex.docx", "pia-template-modelop.docx"];

function expectFindingShape(finding: Record<string, unknown>): void {
  expect(Object.keys(finding).sort()).toEqual(
    [
      "id",
      "kind",
      "severity",
      "section",
      "message",
      "text",
      "ref",
      ...("answers" in finding ? ["answers"] : []),
    ].sort(),
  );
  expect(FINDING_KINDS).toContain(finding.kind);
  expect(["error", "warning", "info"]).toContain(finding.severity);
  expect(typeof finding.id).toBe("string");
  expect(typeof finding.message).toBe("string");
  expect((finding.message as string).length).toBeGreaterThan(0);
  const ref = finding.ref as Record<string, unknown>;
  expect(
    typeof ref.paragraph === "number" ||
      (typeof ref.table === "number" && typeof ref.row === "number" && typeof ref.cell === "number"),
  ).toBe(true);
}

describeReal(NEEDED)("check --json", () => {
  it("prints exactly one object { file, template, jurisdiction, progress, findings, risks, screening, review } for one file", () => {
    const result = runCli(["check", FILLED, "--json", "--today", "2026-11-23"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual([
      "file",
      "findings",
      "jurisdiction",
      "progress",
      "review",
      "risks",
      "screening",
      "template",
    ]);
    const progress = report.progress as { answered: number; total: number };
    expect(progress.answered).toBeLessThanOrEqual(progress.total);
    expect(report.file).toBe(FILLED);
    expect(report.template).toBe("ico-dpia");
    const findings = report.findings as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    findings.forEach(expectFindingShape);
    const risks = report.risks as Record<string, unknown>[];
    expect(risks.length).toBeGreaterThan(0);
    for (const risk of risks) {
      expect(Object.keys(risk).sort()).toEqual([
        "computed",
        "description",
        "id",
        "likelihood",
        "overall",
        "residual",
        "severity",
      ]);
      for (const key of ["likelihood", "severity", "overall", "computed", "residual"]) {
        const value = risk[key];
        expect(value === null || (typeof value === "string" && value === value.toLowerCase())).toBe(true);
      }
    }
  });

  it("prints one object per line for several files, in the order given", () => {
    const result = runCli(["check", BLANK, PIA, "--json", "--today", "2026-11-23"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([BLANK, PIA]);
  });

  it("exits 1 with --fail-on-gaps when a document has gaps", () => {
    const result = runCli(["check", BLANK, "--json", "--fail-on-gaps", "--today", "2026-11-23"]);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });
});

describeReal(NEEDED)("check (readable)", () => {
  it("groups a report by the document's sections and ends several files with a summary table", () => {
    const folder = mkdtempSync(join(tmpdir(), "dpia-cli-"));
    copyFileSync(BLANK, join(folder, "a-blank.docx"));
    copyFileSync(FILLED, join(folder, "b-filled.docx"));
    writeFileSync(join(folder, "notes.txt"), "not a Word file, skipped in folders");
    const result = runCli(["check", folder, "--today", "2026-11-23"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Step 5/);
    expect(result.stdout).toMatch(/Summary\s*\n\s*document\s+template\s+gaps\s+gaps by kind\s+review due/);
    expect(result.stdout).toContain("a-blank.docx");
    expect(result.stdout).toContain("b-filled.docx");
    expect(result.stdout).not.toContain("notes.txt");
  });
});

describeReal(NEEDED)("bad input", () => {
  const folder = mkdtempSync(join(tmpdir(), "dpia-bad-"));
  const notZip = join(folder, "not-a-zip.docx");
  const truncated = join(folder, "truncated.docx");
  const legacy = join(folder, "old.doc");
  writeFileSync(notZip, "This is plain text pretending to be a Word document.\n");
  let bytes: Buffer;
  beforeAll(() => {
    bytes = readFileSync(FILLED);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  });
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(legacy, ole);

  const encrypted = join(folder, "protected.docx");
  const encryptedBytes = Buffer.alloc(4096);
  ole.copy(encryptedBytes, 0, 0, 8);
  Buffer.from("EncryptionInfo", "utf16le").copy(encryptedBytes, 512);
  writeFileSync(encrypted, encryptedBytes);
  const doctype = join(folder, "doctype.docx");
  const traversal = join(folder, "traversal.docx");
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file(
      "word/document.xml",
      xml.replace("?>", '?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
    );
    writeFileSync(doctype, await zip.generateAsync({ type: "uint8array" }));
    const evil = await JSZip.loadAsync(bytes);
    evil.file("../../evil.txt", "outside the package");
    writeFileSync(traversal, await evil.generateAsync({ type: "uint8array" }));
  });

  it.each([
    ["not a zip", notZip],
    ["truncated", truncated],
    ["legacy .doc", legacy],
    ["password-protected", encrypted],
    ["XML with a DOCTYPE", doctype],
    ["part name with path traversal", traversal],
    ["missing file", join(folder, "nowhere.docx")],
  ])("%s: exit 2, one line on stderr naming the file, no stack trace", (_what, file) => {
    const result = runCli(["check", file, "--json"]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
  });

  it("still checks the other files", () => {
    const result = runCli(["check", notZip, FILLED, legacy, "--json", "--today", "2026-11-23"]);
    expect(result.status).toBe(2);
    const errors = result.stderr.trim().split("\n");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(notZip);
    expect(errors[1]).toContain(legacy);
    const reports = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string });
    expect(reports.map((r) => r.file)).toEqual([FILLED]);
  });

  it("answers a wrong option with exit 2 and a usage line", () => {
    const result = runCli(["check", FILLED, "--matrix", "made-up"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown matrix "made-up"/);
  });
});
