/**
 * Build of the add-in's static files (docs/deployment.md explains the options):
 *   npm run build                                   production bundle in dist/; manifest.dev.xml (localhost), no manifest.xml
 *   npm run build -- --env host=https://h/path/     production bundle + dist/manifest.xml pointing at that host
 *   npm run build -- --env host=… --env sourcemaps  the same with source maps
 *   npm run build -- --env requireHost              fail instead of falling back when no host is given (used by CI/release)
 *   npm run build -- --env outDir=DIR               write to DIR instead of dist/ (npm run package stages its build so)
 *   npm start / webpack serve --mode development    dev server on port 3000 (HTTPS when a dev certificate exists)
 * One entry and one HtmlWebpackPlugin page per folder in PAGES; a missing entry module gets a stub page.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const pkg = require("./package.json");
const { BundleSizePlugin } = require("./scripts/bundle-size.js");
const { devServerTransport } = require("./scripts/dev-certs.js");
const { contentSecurityPolicy, headersFor } = require("./scripts/security-headers.js");
const { productionManifest, developmentManifest, officeVersion, normaliseHost } = require("./scripts/manifest-host.js");

const ROOT = __dirname;
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

// Attribute quotes are kept so the pages stay easy to read and to parse (bench, bundle-size, tests).
const MINIFY_HTML = {
  collapseWhitespace: true,
  removeComments: true,
  removeRedundantAttributes: true,
  removeScriptTypeAttributes: true,
  removeStyleLinkTypeAttributes: true,
  useShortDoctype: true,
  minifyCSS: true,
};

const PAGES = [
  { name: "taskpane", entry: "src/taskpane/index.tsx", template: "src/taskpane/taskpane.html" },
  { name: "playground", entry: "src/playground/index.tsx", template: "src/playground/playground.html" },
];

/** Prints where to point the browser once the dev server has compiled the first time. */
class StartBannerPlugin {
  constructor(origin) {
    this.origin = origin;
  }
  apply(compiler) {
    compiler.hooks.done.tap("StartBannerPlugin", (stats) => {
      if (this.printed || stats.hasErrors()) return;
      this.printed = true;
      const page = fs.existsSync(path.join(ROOT, "src/playground/index.tsx")) ? "playground.html" : "taskpane.html";
      console.log(
        `\n  DPIA Assist is served at ${this.origin}/${page}\n  (task pane for Word: ${this.origin}/taskpane.html)\n`,
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const version = officeVersion(pkg.version);
  const host = env.host ? normaliseHost(env.host) : undefined;
  if (!dev && !host && env.requireHost) {
    throw new Error(
      "A production build needs the address it will be served from, or its manifest would point at localhost.\n" +
        "  npm run build -- --env host=https://privacy-tools.example.org/dpia-assist/",
    );
  }
  if (!dev && !host) {
    console.warn(
      "\n[dpia-assist] No --env host=… given: dist/ gets manifest.dev.xml (pointing at https://localhost:3000/) and no\n" +
        "  manifest.xml, because a production manifest must point at the web server that will host these files.\n" +
        "  For a deployable build run: npm run build -- --env host=https://your.server/dpia-assist/\n",
    );
  }

  const entry = {};
  const pages = [];
  for (const page of PAGES) {
    const present = fs.existsSync(path.join(ROOT, page.entry));
    if (!present) console.warn(`[dpia-assist] ${page.entry} does not exist yet: ${page.name}.html gets a stub.`);
    entry[page.name] = present ? `./${page.entry}` : "./scripts/missing-entry.js";
    pages.push(
      new HtmlWebpackPlugin({
        filename: `${page.name}.html`,
        template: page.template,
        chunks: [page.name],
        scriptLoading: "defer",
        // Each page carries its policy in a <meta> tag too (the same text as the header), so the policy holds
        // on a host that cannot send headers.
        csp: contentSecurityPolicy(page.name, { dev }),
        minify: dev ? false : MINIFY_HTML,
      }),
    );
  }
  // The manifest's SupportUrl: a static page, no script.
  pages.push(
    new HtmlWebpackPlugin({
      filename: "support.html",
      template: "src/support/support.html",
      inject: false,
      minify: dev ? false : MINIFY_HTML,
    }),
  );

  const manifestName = dev || host ? "manifest.xml" : "manifest.dev.xml";
  const transformManifest = (content) => {
    const xml = content.toString("utf8");
    return host ? productionManifest(xml, { host, version }) : developmentManifest(xml, { version });
  };

  const transport = serving ? await devServerTransport() : undefined;
  const origin = `${transport && transport.type === "https" ? "https" : "http"}://localhost:${PORT}`;
  if (transport && transport.type === "http") {
    console.warn(
      `[dpia-assist] Serving over plain HTTP (${transport.reason}). The playground works; Word needs HTTPS.`,
    );
  }

  return {
    mode: dev ? "development" : "production",
    context: ROOT,
    entry,
    // No eval-based source maps even in development: the pages' CSP forbids 'unsafe-eval'.
    devtool: dev ? "source-map" : env.sourcemaps ? "source-map" : false,
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.join(ROOT, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: Boolean(dev || env.sourcemaps) },
            },
          },
        },
      ],
    },
    optimization: {
      // html-webpack-plugin minifies the pages (MINIFY_HTML); webpack's own HTML minimizer would drop the quotes.
      minimizeOptions: { html: false },
      runtimeChunk: "single",
      // Only React gets a fixed name (both pages need all of it). Other vendor code is split per combination of
      // pages that use it, so the task pane never downloads what only the playground needs (jszip, docx-preview…).
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: "react", priority: 30 },
          defaultVendors: { test: /[\\/]node_modules[\\/]/, priority: -10, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false }, // sizes are printed by BundleSizePlugin instead
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true, globOptions: { ignore: ["**/.*"] } },
          { from: "manifest.xml", to: manifestName, transform: transformManifest },
        ],
      }),
      ...(dev ? [] : [new BundleSizePlugin()]),
      ...(serving ? [new StartBannerPlugin(origin)] : []),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      static: false,
      hot: false,
      liveReload: true,
      allowedHosts: ["localhost", "127.0.0.1"],
      server: transport && transport.type === "https" ? { type: "https", options: transport.options } : "http",
      open: env.open ? ["/playground.html"] : false,
      client: { overlay: { warnings: false, errors: true } },
      setupMiddlewares: (middlewares) => {
        middlewares.unshift({
          name: "security-headers",
          // The same policy as production (scripts/security-headers.js) plus the live-reload socket.
          middleware: (req, res, next) => {
            const headers = headersFor(new URL(req.url || "/", "http://localhost").pathname, { dev: true });
            for (const name of ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"])
              res.setHeader(name, headers[name]);
            next();
          },
        });
        return middlewares;
      },
    },
  };
};
