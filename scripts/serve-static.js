#!/usr/bin/env node
/**
 * A plain static web server for the built add-in, sending the same headers as the nginx example in
 * docs/deployment.md (scripts/security-headers.js). For a rehearsal on one machine and for the deployment
 * test; an organisation uses its own web server.
 *
 *   node scripts/serve-static.js --root DIR [--base /dpia-assist/] [--port 8443] [--bind 127.0.0.1]
 *                                [--tls [--cert FILE --key FILE]]
 * --tls without files uses the Office development certificate when installed (~/.office-addin-dev-certs),
 * otherwise a throwaway self-signed one (browsers will warn about it).
 */
"use strict";

const fs = require("node:fs");
const http = require("node:http");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { headersFor } = require("./security-headers.js");

/**
 * @param {{ root: string, base?: string, port?: number, bind?: string, tls?: { key: Buffer|string, cert: Buffer|string } }} options
 * @returns {Promise<{ origin: string, url: string, close(): Promise<void> }>}
 */
async function startStaticServer({ root, base = "/", port = 0, bind = "127.0.0.1", tls }) {
  const dir = path.resolve(root);
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const handler = (req, res) => {
    const { pathname } = new URL(req.url || "/", "http://local");
    if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { Allow: "GET, HEAD" }).end();
    if (!pathname.startsWith(prefix)) return void res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return void res.writeHead(400).end();
    }
    const file = path.normalize(path.join(dir, relative));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return void res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    }
    res.writeHead(200, { ...headersFor(pathname), "Content-Length": fs.statSync(file).size });
    if (req.method === "HEAD") return void res.end();
    fs.createReadStream(file).pipe(res);
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, bind, resolve);
  });
  const address = server.address();
  const hostName = bind === "127.0.0.1" || bind === "::1" ? (tls ? "localhost" : "127.0.0.1") : bind;
  const origin = `${tls ? "https" : "http"}://${hostName}:${address.port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Key and certificate for --tls: given files, the installed Office dev certificate, or a throwaway one. */
async function tlsFiles({ cert, key, dir }) {
  if (cert && key) return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  const installed = path.join(os.homedir(), ".office-addin-dev-certs");
  const pair = { cert: path.join(installed, "localhost.crt"), key: path.join(installed, "localhost.key") };
  if (fs.existsSync(pair.cert) && fs.existsSync(pair.key))
    return { cert: fs.readFileSync(pair.cert), key: fs.readFileSync(pair.key) };
  const { generateCertificates } = require("office-addin-dev-certs");
  const tmp = dir || fs.mkdtempSync(path.join(os.tmpdir(), "dpia-tls-"));
  const files = {
    ca: path.join(tmp, "ca.crt"),
    cert: path.join(tmp, "localhost.crt"),
    key: path.join(tmp, "localhost.key"),
  };
  await generateCertificates(files.ca, files.cert, files.key, 7);
  console.warn(`No installed certificate: using a throwaway one (browsers will warn). CA: ${files.ca}`);
  return { cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

module.exports = { startStaticServer, tlsFiles };

if (require.main === module) {
  const args = process.argv.slice(2);
  const value = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const root = value("--root");
  if (!root || !fs.existsSync(root)) {
    console.error(
      "usage: node scripts/serve-static.js --root DIR [--base /path/] [--port 8443] [--bind 127.0.0.1] [--tls [--cert FILE --key FILE]]",
    );
    process.exit(2);
  }
  (async () => {
    const tls = args.includes("--tls") ? await tlsFiles({ cert: value("--cert"), key: value("--key") }) : undefined;
    const server = await startStaticServer({
      root,
      base: value("--base") || "/",
      port: Number(value("--port") || (tls ? 8443 : 8080)),
      bind: value("--bind") || "127.0.0.1",
      tls,
    });
    console.log(`Serving ${path.resolve(root)} at ${server.url} (Ctrl+C to stop)`);
  })().catch((error) => {
    console.error(`serve-static: ${error.message}`);
    process.exit(1);
  });
}
