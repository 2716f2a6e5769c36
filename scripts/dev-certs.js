/**
 * Decides how the dev server listens. Office needs HTTPS with a certificate the machine trusts, which
 * office-addin-dev-certs creates and installs (an optional dependency: on Windows and macOS it asks for consent;
 * on Linux it would need sudo, so there it is used only when a certificate is already installed). Without one
 * the server falls back to plain HTTP, which is enough for the playground in a browser (localhost is a secure
 * context) but not for Word.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function readInstalled() {
  const paths = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, path.join(CERT_DIR, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return { missing: true };
  const cert = fs.readFileSync(paths.cert);
  const expires = new Date(new crypto.X509Certificate(cert).validTo);
  if (expires.getTime() < Date.now() + 60_000) return { expired: expires };
  return { options: { ca: fs.readFileSync(paths.ca), cert, key: fs.readFileSync(paths.key) } };
}

/**
 * @returns {Promise<{type: "https", options: object} | {type: "http", reason: string}>}
 */
async function devServerTransport() {
  if (process.env.DPIA_DEV_HTTP === "1")
    return { type: "http", reason: process.env.DPIA_DEV_HTTP_REASON || "DPIA_DEV_HTTP=1" };
  const installed = readInstalled();
  if (installed.options) return { type: "https", options: installed.options };
  if (process.platform === "linux") {
    return {
      type: "http",
      reason: installed.expired
        ? `the Office development certificate expired on ${installed.expired.toISOString().slice(0, 10)}; run: npx office-addin-dev-certs install`
        : "no Office development certificate is installed; for HTTPS run: npx office-addin-dev-certs install",
    };
  }
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    return { type: "http", reason: "office-addin-dev-certs is not installed (it is optional)" };
  }
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    return { type: "http", reason: `office-addin-dev-certs could not make a certificate: ${error.message}` };
  }
}

module.exports = { devServerTransport, CERT_DIR };
