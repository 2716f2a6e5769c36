/** Production bundle size: what each page loads first (scripts in its HTML) and everything in dist/. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export interface BundleFigures {
  page: string;
  initialRaw: number;
  initialGzip: number;
  totalJsRaw: number;
  totalJsGzip: number;
}

const gzipSize = (bytes: Buffer): number => zlib.gzipSync(bytes, { level: 9 }).byteLength;

export function benchBundle(dist: string): BundleFigures[] {
  const jsFiles = fs
    .readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".js"));
  const totals = jsFiles.map((f) => fs.readFileSync(path.join(dist, f)));
  const totalJsRaw = totals.reduce((n, b) => n + b.byteLength, 0);
  const totalJsGzip = totals.reduce((n, b) => n + gzipSize(b), 0);
  return ["taskpane.html", "playground.html"]
    .filter((page) => fs.existsSync(path.join(dist, page)))
    .map((page) => {
      const html = fs.readFileSync(path.join(dist, page), "utf8");
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((src) => !/^https?:/.test(src))
        .map((src) => fs.readFileSync(path.join(dist, src.replace(/^\.?\//, ""))));
      return {
        page,
        initialRaw: scripts.reduce((n, b) => n + b.byteLength, 0),
        initialGzip: scripts.reduce((n, b) => n + gzipSize(b), 0),
        totalJsRaw,
        totalJsGzip,
      };
    });
}
