/**
 * The real .docx files other people wrote, with their hand labels: read at run time from ../shared/fixtures/real
 * beside the repository and never copied into it. Where a file (or the whole folder) is absent, the tests that need
 * it are skipped with one message saying which file and where it was looked for — never a crash.
 * DPIA_REAL_FIXTURES points elsewhere (e.g. a folder that does not exist, to see the skips).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const REAL_FIXTURES_DIR = process.env.DPIA_REAL_FIXTURES
  ? resolve(process.env.DPIA_REAL_FIXTURES)
  : resolve(__dirname, "../../../shared/fixtures/real");

/** The path of one real document (whether or not it is there). */
export function realPath(name: string): string {
  return join(REAL_FIXTURES_DIR, name);
}

/** The named real documents that are absent; with no names, the folder itself when it is absent. */
export function missingReal(names: readonly string[]): string[] {
  if (!existsSync(REAL_FIXTURES_DIR)) return names.length ? [...names] : ["the folder"];
  return names.filter((name) => !existsSync(realPath(name)));
}

const warned = new Set<string>();

function skipping(names: readonly string[]): boolean {
  const missing = missingReal(names);
  if (missing.length === 0) return false;
  const message = `skipped: ${missing.join(", ")} not found in ${REAL_FIXTURES_DIR} (real documents are read from ../shared/fixtures/real beside the repository)`;
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
  return true;
}

/** `describe` when every named real document (none named: the folder) is present, otherwise `describe.skip` and one message. */
export function describeReal(names: readonly string[]): jest.Describe {
  return skipping(names) ? describe.skip : describe;
}

/** `it` when every named real document is present, otherwise `it.skip` and one message. */
export function itReal(names: readonly string[]): jest.It {
  return skipping(names) ? it.skip : it;
}
