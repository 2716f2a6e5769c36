import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { DocxFormatError, HeadlessOfficeError } from "../headless-word/errors";

/** A file named on the command line (or found in a folder), or why it cannot be checked. */
export interface InputFile {
  path: string;
  problem?: string;
}

const WORD_FILE = /\.(docx|docm)$/i;

/** Expands folders (recursively, sorted) into the Word files they hold; files are kept as given. */
export async function collectInputs(paths: string[]): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      inputs.push({ path, problem: describeError(error) });
      continue;
    }
    if (!isDirectory) {
      inputs.push({ path });
      continue;
    }
    const found = await wordFilesIn(path);
    if (found.length === 0) inputs.push({ path, problem: "no .docx files in this folder" });
    for (const file of found) inputs.push({ path: file });
  }
  return inputs;
}

async function wordFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await wordFilesIn(path)));
    // "~$name.docx" are Word's lock files, not documents.
    else if (entry.isFile() && WORD_FILE.test(entry.name) && !entry.name.startsWith("~$")) files.push(path);
  }
  return files;
}

export async function readBytes(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The title the author gave the file (File → Info → Properties: docProps/core.xml's dc:title), else the
 * document's first line of text (most assessments open with their name), or "" when neither can be read
 * (the document itself is read, and its problems reported, elsewhere).
 */
export async function readTitle(path: string): Promise<string> {
  try {
    const zip = await JSZip.loadAsync(await readFile(path));
    const core = await zip.file("docProps/core.xml")?.async("string");
    const match = core && /<dc:title(?:\s[^>]*)?>([^<]*)<\/dc:title>/.exec(core);
    const title = match ? flat(unescapeXml(match[1]!)) : "";
    if (title) return title;
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    // The first paragraph with text, looking only at its text runs (w:t), within the first few paragraphs.
    const paragraphs = body.split(/<w:p[\s>]/).slice(1, 40);
    for (const paragraph of paragraphs) {
      const text = flat(
        unescapeXml([...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")),
      );
      if (text) return text.length > 120 ? `${text.slice(0, 119)}…` : text;
    }
    return "";
  } catch {
    return "";
  }
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[e.toLowerCase()]!;
  });
}

/**
 * One line that tells the user what is wrong with a file, never a stack trace: the format errors of
 * headless-word carry their own plain message; I/O errors are named by their code.
 */
export function describeError(error: unknown): string {
  if (error instanceof DocxFormatError) return error.message;
  if (error instanceof HeadlessOfficeError)
    return `the Word API refused an operation (${error.code}: ${firstLine(error.message)})`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (error instanceof Error) return `could not be processed: ${firstLine(error.message)}`;
  return "could not be processed";
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.slice(0, 200);
}

export function displayName(path: string): string {
  return basename(path);
}
