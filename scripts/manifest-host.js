/**
 * Turns the development manifest into a production one: every development URL moved to the organisation's host,
 * <Version> from package.json. CommonJS because webpack.config.js loads it (Node 20 cannot require ESM).
 */
"use strict";

const DEV_BASE = "https://localhost:3000/";

class HostError extends Error {
  constructor(message) {
    super(message);
    this.name = "HostError";
  }
}

/** Checks and normalises a host given on the command line: absolute https URL, no query, trailing slash. */
function normaliseHost(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new HostError(
      `host "${raw}" is not an absolute URL; expected e.g. https://privacy-tools.example.org/dpia-assist/`,
    );
  }
  if (url.protocol !== "https:")
    throw new HostError(`host "${raw}" must use https: Office loads add-ins only over HTTPS`);
  if (url.search || url.hash) throw new HostError(`host "${raw}" must not contain a query or fragment`);
  if (url.href.startsWith(DEV_BASE)) {
    throw new HostError(
      `host "${raw}" is the development server; a production manifest must point at the web server that hosts the build`,
    );
  }
  if (["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) {
    // Allowed on purpose: a rehearsal on one machine (docs/deployment.md) serves the build from a local port.
    console.warn(`[dpia-assist] host ${url.href} is this machine: fine for a rehearsal, not for staff.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** package.json's n.n.n as Office's n.n.n.0. Pre-release versions are refused: Office compares numbers only. */
function officeVersion(packageVersion) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion));
  if (!match)
    throw new HostError(`package.json version "${packageVersion}" must be n.n.n to become the manifest's n.n.n.0`);
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

function setVersion(xml, version) {
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new HostError("manifest.xml has no <Version> element");
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** The production manifest for `host`. Refuses to return one that still mentions the development server. */
function productionManifest(xml, { host, version }) {
  const base = normaliseHost(host);
  let out = setVersion(xml, version)
    // The leading comment describes the development manifest; replace it rather than rewrite it.
    .replace(
      /(<\?xml[^>]*\?>\s*)<!--[\s\S]*?-->/,
      `$1<!-- Production manifest for ${base} (version ${version}), generated from manifest.xml by the build. -->`,
    )
    .split(DEV_BASE)
    .join(base);
  // Every URL must have moved: one the rewrite missed (another port, http) would still point at a developer's machine.
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/.exec(out.split(base).join(""));
  if (left)
    throw new HostError(
      `the production manifest would still point at ${left[0]}; every URL in manifest.xml must start with ${DEV_BASE}`,
    );
  return out;
}

/** The development manifest with the package version, for dev builds and for a production build without host. */
function developmentManifest(xml, { version }) {
  return setVersion(xml, version);
}

module.exports = { DEV_BASE, HostError, normaliseHost, officeVersion, productionManifest, developmentManifest };
