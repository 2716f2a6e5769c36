/**
 * Validates a manifest file on disk. A manifest next to a built taskpane.html (dist/manifest.xml) is checked
 * against that build; the repository's manifest.xml is checked against the sources the build is made from.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { validateManifest, type ManifestProblem, type ManifestSummary } from "./validate";

export interface FileCheck {
  file: string;
  mode: "built" | "source";
  problems: ManifestProblem[];
  summary?: ManifestSummary;
}

const REPO = resolve(__dirname, "..", "..");

/** Where the dev server gets a page from: src/<name>/<name>.html (webpack.config.js builds one page per folder). */
function sourceFileFor(relative: string): string | undefined {
  if (relative === "" || relative.includes("..")) return undefined;
  const html = /^([a-z0-9-]+)\.html$/.exec(relative);
  if (html) return join(REPO, "src", html[1], `${html[1]}.html`);
  return join(REPO, relative);
}

export function validateManifestFile(file: string, options: { dist?: string } = {}): FileCheck {
  const path = resolve(file);
  if (!existsSync(path)) {
    return { file: path, mode: "source", problems: [{ rule: "file", message: `${path} does not exist` }] };
  }
  const dist = options.dist ?? (existsSync(join(dirname(path), "taskpane.html")) ? dirname(path) : undefined);
  const xml = readFileSync(path, "utf8");
  const built = dist !== undefined;
  const { problems, summary } = validateManifest(xml, {
    resolveLocal: built
      ? (relative) => (relative === "" || relative.includes("..") ? undefined : join(resolve(dist), relative))
      : sourceFileFor,
    fileExists: existsSync,
    readFile: (p) => readFileSync(p),
    // manifest.dev.xml in dist/ is the deliberately local one written by a build without a host.
    forbidDevServer: built && basename(path) !== "manifest.dev.xml",
  });
  return { file: path, mode: built ? "built" : "source", problems, summary };
}
