/**
 * Bundle sizes, raw and gzip: what each HTML page loads first (its own <script src>, not office.js) and all JS.
 * Used as a webpack plugin (printed after every production build) and as a CLI: `node scripts/bundle-size.js [dist]`.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).byteLength;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** @param {(name: string) => Buffer | undefined} read  @param {string[]} names every emitted file name */
function measure(read, names) {
  const js = names.filter((n) => n.endsWith(".js"));
  const total = js.reduce(
    (acc, n) => {
      const bytes = read(n) ?? Buffer.alloc(0);
      return { raw: acc.raw + bytes.byteLength, gzip: acc.gzip + gzip(bytes) };
    },
    { raw: 0, gzip: 0 },
  );
  const pages = names
    .filter((n) => n.endsWith(".html"))
    .sort()
    .map((page) => {
      const html = (read(page) ?? Buffer.alloc(0)).toString("utf8");
      const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
        .map((m) => m[1] ?? m[2] ?? m[3])
        .filter((src) => !/^[a-z]+:/i.test(src))
        .map((src) => src.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
      const bytes = scripts.map((s) => read(s) ?? Buffer.alloc(0));
      return {
        page,
        scripts,
        raw: bytes.reduce((n, b) => n + b.byteLength, 0),
        gzip: bytes.reduce((n, b) => n + gzip(b), 0),
      };
    });
  return { pages, total: { files: js.length, ...total } };
}

function measureDir(dir) {
  const names = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .map((n) => n.split(path.sep).join("/"));
  const read = (name) => {
    const file = path.join(dir, name);
    return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  };
  return measure(read, names);
}

function format(result) {
  const lines = ["Bundle size (initial JS per page, then all JS):"];
  for (const p of result.pages) {
    if (p.scripts.length === 0) continue;
    lines.push(
      `  ${p.page.padEnd(18)} ${kib(p.raw).padStart(11)} raw ${kib(p.gzip).padStart(11)} gzip  (${p.scripts.length} scripts)`,
    );
  }
  lines.push(
    `  ${"all JS".padEnd(18)} ${kib(result.total.raw).padStart(11)} raw ${kib(result.total.gzip).padStart(11)} gzip  (${result.total.files} files)`,
  );
  return lines.join("\n");
}

class BundleSizePlugin {
  apply(compiler) {
    // Read back from disk once everything is written: by then webpack has released the assets' sources.
    compiler.hooks.done.tap("BundleSizePlugin", (stats) => {
      if (stats.hasErrors() || !fs.existsSync(compiler.outputPath)) return;
      console.log(format(measureDir(compiler.outputPath)));
    });
  }
}

module.exports = { BundleSizePlugin, measureDir, format };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? "dist");
  if (!fs.existsSync(dir)) {
    console.error(`${dir} does not exist; run npm run build first`);
    process.exit(2);
  }
  console.log(format(measureDir(dir)));
}
