#!/usr/bin/env node
/**
 * `npm run package -- --env host=https://privacy-tools.example.org/dpia-assist/` (or DPIA_HOST=… npm run package):
 * production build for that host, offline manifest check, then release/dpia-assist-<version>.zip (the static
 * files and the production manifest, at the archive's root) and release/dpia-assist-<version>.zip.sha256
 * (sha256sum format: `cd release && sha256sum -c dpia-assist-<version>.zip.sha256`).
 * The archive is reproducible: sorted entries, fixed timestamps. `--release-dir DIR` writes elsewhere than release/.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function fail(message, code = 1) {
  console.error(`package: ${message}`);
  process.exit(code);
}

function hostFromArgs(argv) {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value =
      arg === "--env" || arg === "--host"
        ? argv[i + 1]
        : arg.startsWith("--env=") || arg.startsWith("--host=")
          ? arg.slice(arg.indexOf("=") + 1)
          : undefined;
    if (value === undefined) continue;
    if (arg.startsWith("--host")) return value;
    if (value.startsWith("host=")) return value.slice(5);
  }
  // HOST is accepted only when it is a URL: some shells set it to the machine's name.
  const fromEnv = [process.env.DPIA_HOST, process.env.HOST].find((v) => v && /^https?:\/\//.test(v));
  return fromEnv;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail(`${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join("/"))
    .sort();
}

const host = hostFromArgs(process.argv.slice(2));
if (!host) {
  fail(
    "tell me where the add-in will be hosted, e.g.\n" +
      "  npm run package -- --env host=https://privacy-tools.example.org/dpia-assist/\n" +
      "  (or DPIA_HOST=https://privacy-tools.example.org/dpia-assist/ npm run package)",
    2,
  );
}
const sourcemaps = process.argv.includes("sourcemaps");
const dirArg = process.argv.indexOf("--release-dir");
const releaseDir = dirArg > 0 && process.argv[dirArg + 1] ? resolve(process.argv[dirArg + 1]) : join(root, "release");
// The release is built in its own staging folder, so dist/ (dev and test builds) is left alone.
const staging = join(releaseDir, `.staging-${pkg.version}`);

run(process.execPath, [
  join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
  "--mode",
  "production",
  "--env",
  `host=${host}`,
  "--env",
  "requireHost",
  "--env",
  `outDir=${staging}`,
  ...(sourcemaps ? ["--env", "sourcemaps"] : []),
]);
run(process.execPath, [
  join(root, "node_modules", "tsx", "dist", "cli.mjs"),
  join(root, "scripts", "validate-manifest.ts"),
  join(staging, "manifest.xml"),
]);

const files = listFiles(staging);
if (!files.includes("manifest.xml") || !files.includes("taskpane.html"))
  fail(`${staging} lacks manifest.xml or taskpane.html after the build`);
const zip = new JSZip();
const fixedDate = new Date("2000-01-01T00:00:00Z"); // reproducible archive: same inputs, same bytes
for (const name of files) zip.file(name, readFileSync(join(staging, name)), { date: fixedDate, createFolders: false });
const bytes = await zip.generateAsync({
  type: "nodebuffer",
  compression: "DEFLATE",
  compressionOptions: { level: 9 },
  platform: "UNIX",
});

rmSync(staging, { recursive: true, force: true });
mkdirSync(releaseDir, { recursive: true });
const zipName = `dpia-assist-${pkg.version}.zip`;
const zipPath = join(releaseDir, zipName);
writeFileSync(zipPath, bytes);
const digest = createHash("sha256").update(bytes).digest("hex");
writeFileSync(`${zipPath}.sha256`, `${digest}  ${zipName}\n`);
console.log(
  `\n${relative(root, zipPath)}  ${(bytes.byteLength / 1024).toFixed(1)} KiB, ${files.length} files, for ${host}`,
);
console.log(`${relative(root, zipPath)}.sha256  ${digest}`);
