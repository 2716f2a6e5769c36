/**
 * Renders .docx bytes with LibreOffice (headless) and extracts the text of the PDF with pdftotext, so tests
 * can check that what headless-word writes opens in a real word processor and shows the expected text.
 * Each conversion uses a fresh LibreOffice profile so parallel runs do not share a lock.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let available: boolean | undefined;

/** True when both soffice and pdftotext are installed. */
export function hasLibreOffice(): boolean {
  if (available === undefined) {
    const which = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
    available = which("soffice") && which("pdftotext");
  }
  return available;
}

/** Converts a .docx to PDF and returns its text (layout order), or throws with LibreOffice's output. */
export function renderDocxText(bytes: Uint8Array, name = "document"): string {
  const dir = mkdtempSync(join(tmpdir(), "hw-render-"));
  const profile = mkdtempSync(join(tmpdir(), "hw-lo-profile-"));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, bytes);
    const result = spawnSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        `-env:UserInstallation=file://${profile}`,
        input,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    const pdf = join(dir, `${name}.pdf`);
    let pdfBytes: Buffer;
    try {
      pdfBytes = readFileSync(pdf);
    } catch {
      throw new Error(`LibreOffice did not convert ${name}.docx: ${result.stdout} ${result.stderr}`);
    }
    writeFileSync(pdf, pdfBytes);
    return execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Words of a text, normalised for comparison with PDF output (ligatures, quotes, check boxes). */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // Line wrapping may break after "/" or "-": compare the pieces on either side.
      .replace(/[☐☒\u00ad/\u2010\u2011-]/g, " ")
      .split(/\s+/)
      .filter(Boolean)
  );
}

/**
 * Finds `needle` words in order in `haystack` words starting at `from`, allowing at most `maxGap` other words
 * between two of them (page headers and footers land inside paragraphs that cross a page break).
 * Returns the index after the last matched word, or -1.
 */
export function findInOrder(haystack: string[], needle: string[], from = 0, maxGap = 60): number {
  for (let start = haystack.indexOf(needle[0], from); start >= 0; start = haystack.indexOf(needle[0], start + 1)) {
    let at = start + 1;
    let ok = true;
    for (const word of needle.slice(1)) {
      const next = haystack.indexOf(word, at);
      if (next < 0 || next - at > maxGap) {
        ok = false;
        break;
      }
      at = next + 1;
    }
    if (ok) return at;
  }
  return -1;
}

/** Collapses whitespace so text can be compared across line wrapping. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
