/**
 * Renders .docx bytes with LibreOffice (headless): to PDF and its text (pdftotext), or to LibreOffice's plain-text
 * export, so tests can check that what headless-word writes opens in a real word processor and shows the expected
 * text. Comparisons use words or the text export, never line positions, which depend on the installed fonts.
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

export interface NamedDocx {
  /** A file name without extension, unique within one batch. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Converts every document with one start of LibreOffice (starting it costs several times what converting one
 * document does) and returns the converted files by name, or throws with LibreOffice's output.
 */
function convertAll(docs: readonly NamedDocx[], filter: string, extension: string): Map<string, Buffer> {
  if (new Set(docs.map((d) => d.name)).size !== docs.length) throw new Error("document names must be unique");
  const out = new Map<string, Buffer>();
  if (docs.length === 0) return out;
  const dir = mkdtempSync(join(tmpdir(), "hw-render-"));
  const profile = mkdtempSync(join(tmpdir(), "hw-lo-profile-"));
  try {
    const inputs = docs.map((d) => {
      const input = join(dir, `${d.name}.docx`);
      writeFileSync(input, d.bytes);
      return input;
    });
    const result = spawnSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        dir,
        `-env:UserInstallation=file://${profile}`,
        ...inputs,
      ],
      { encoding: "utf8", timeout: 120_000 + 30_000 * docs.length },
    );
    for (const d of docs) {
      try {
        out.set(d.name, readFileSync(join(dir, `${d.name}.${extension}`)));
      } catch {
        throw new Error(`LibreOffice did not convert ${d.name}.docx: ${result.stdout} ${result.stderr}`);
      }
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `renderDocxText` of several documents with one start of LibreOffice: their PDF text by name. */
export function renderDocxTexts(docs: readonly NamedDocx[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "hw-pdf-"));
  try {
    const pdfs = convertAll(docs, "pdf", "pdf");
    return new Map(
      [...pdfs].map(([name, bytes]) => {
        const pdf = join(dir, `${name}.pdf`);
        writeFileSync(pdf, bytes);
        return [name, execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `exportDocxText` of several documents with one start of LibreOffice: their text export by name. */
export function exportDocxTexts(docs: readonly NamedDocx[]): Map<string, string> {
  const texts = convertAll(docs, "txt:Text (encoded):UTF8", "txt");
  return new Map([...texts].map(([name, bytes]) => [name, bytes.toString("utf8").replace(/^\uFEFF/, "")]));
}

/**
 * Converts a .docx to PDF and returns its text (pdftotext, layout order). Where lines break depends on the fonts
 * installed: compare words that must stay whole (see `splitWords`), never line positions.
 */
export function renderDocxText(bytes: Uint8Array, name = "document"): string {
  return renderDocxTexts([{ name, bytes }]).get(name)!;
}

/**
 * LibreOffice's own text export of a .docx: one line per paragraph (table cells one after another), no line
 * wrapping, so the result is the same whatever fonts the machine has.
 */
export function exportDocxText(bytes: Uint8Array, name = "document"): string {
  return exportDocxTexts([{ name, bytes }]).get(name)!;
}

/**
 * Text with every space, line break and hyphenation point removed (after `words`' normalisation), so a phrase can be
 * found in LibreOffice's text export whether a line break or a tab sat between two of its words.
 */
export function compact(text: string): string {
  return words(text).join("");
}

/**
 * Finds `needle` in `haystack` (both compacted, see `compact`) from `from`, and returns the index after it, or -1.
 * The export writes a few characters the document's text does not hold: list labels ("•", "1."), footnote
 * reference numbers, form-field results. So between two characters of the needle at most `maxSkip` other
 * characters may sit, and no more than a tenth of the needle's length in all (plus `maxSkip`); anything looser
 * is not a match.
 */
export function findCompact(haystack: string, needle: string, from = 0, maxSkip = 4): number {
  const n = compact(needle);
  if (!n) return from;
  const exact = haystack.indexOf(n, from);
  if (exact >= 0) return exact + n.length;
  const budget = Math.floor(n.length / 10) + maxSkip;
  const head = n.slice(0, Math.min(4, n.length));
  for (let start = haystack.indexOf(head, from); start >= 0; start = haystack.indexOf(head, start + 1)) {
    let at = start;
    let skipped = 0;
    let k = 0;
    for (; k < n.length; k++) {
      let gap = 0;
      while (at < haystack.length && haystack[at] !== n[k] && gap < maxSkip) {
        at++;
        gap++;
      }
      if (haystack[at] !== n[k] || (skipped += gap) > budget) break;
      at++;
    }
    if (k === n.length) return at;
  }
  return -1;
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
