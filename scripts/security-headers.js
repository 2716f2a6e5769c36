/**
 * The HTTP headers every host of DPIA Assist should send: one source for the dev server (webpack.config.js),
 * the local static server (scripts/serve-static.js), the deployment test and the nginx example in
 * docs/deployment.md (a test checks the documentation quotes these exact policies).
 */
"use strict";

const OFFICE_JS = "https://appsforoffice.microsoft.com";

/**
 * Content-Security-Policy for a page. The task pane may load office.js from Microsoft's CDN and nothing else
 * off its own origin; the playground and the help page may not leave their origin at all. Inline styles are
 * allowed because Fluent UI injects <style> elements at run time; scripts are never inline and never eval'd.
 * No frame-ancestors: Office on the web shows the task pane in an iframe from several Microsoft domains.
 * @param {"taskpane" | "playground" | "support"} page
 * @param {{ dev?: boolean }} [options] dev adds the dev server's live-reload WebSocket
 */
function contentSecurityPolicy(page, { dev = false } = {}) {
  const live = dev ? " ws: wss:" : "";
  const common = ["object-src 'none'", "base-uri 'self'", "form-action 'none'"];
  if (page === "taskpane") {
    return [
      "default-src 'self'",
      `script-src 'self' ${OFFICE_JS}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src 'self'${live} ${OFFICE_JS}`,
      ...common,
    ].join("; ");
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data: blob:",
    `connect-src 'self'${live} blob: data:`,
    "worker-src 'self' blob:",
    ...common,
  ].join("; ");
}

/** Which page's policy applies to a request path ("/dpia-assist/playground.html" → "playground"). */
function pageFor(pathname) {
  if (/\/playground(\.html)?$/.test(pathname)) return "playground";
  if (/\/support(\.html)?$/.test(pathname)) return "support";
  return "taskpane";
}

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".txt": "text/plain; charset=utf-8",
};

/** Caching: pages and the manifest are revalidated (so an update shows at once); hashed bundles never change. */
function cacheControl(pathname) {
  if (/\.[0-9a-f]{8}\.js$/.test(pathname)) return "public, max-age=31536000, immutable";
  if (/\.(html|xml|json)$/.test(pathname)) return "no-cache";
  return "public, max-age=86400";
}

/** All headers for one response. */
function headersFor(pathname, { dev = false } = {}) {
  const dot = pathname.lastIndexOf(".");
  const ext = dot >= 0 ? pathname.slice(dot).toLowerCase() : "";
  return {
    "Content-Type": CONTENT_TYPES[ext] || "application/octet-stream",
    "Content-Security-Policy": contentSecurityPolicy(pageFor(pathname), { dev }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": cacheControl(pathname),
  };
}

module.exports = { OFFICE_JS, CONTENT_TYPES, contentSecurityPolicy, pageFor, cacheControl, headersFor };
