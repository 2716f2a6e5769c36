/**
 * Build of the test task pane (test/word-pane): one entry, one page, the test manifest and the icons, into a
 * directory of its own (never dist/). The contract specs import their describe / it / expect / runner from
 * test/contract/support/spec-api.ts; here that module is swapped for pane-spec-api.ts.
 *   npx webpack --config test/word-pane/webpack.config.js --env outDir=DIR
 */
"use strict";

const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { contentSecurityPolicy } = require("../../scripts/security-headers.js");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = (env = {}) => ({
  mode: "development",
  context: ROOT,
  entry: { "word-tests": "./test/word-pane/index.ts" },
  // No eval-based source maps: the page's CSP forbids 'unsafe-eval'.
  devtool: "source-map",
  output: {
    path: path.resolve(env.outDir || path.join(ROOT, "test-results", "word-pane")),
    filename: "[name].js",
    publicPath: "auto",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new webpack.NormalModuleReplacementPlugin(/[\\/]support[\\/]spec-api$/, path.join(__dirname, "pane-spec-api.ts")),
    new HtmlWebpackPlugin({
      filename: "word-tests.html",
      template: path.join(__dirname, "word-tests.html"),
      scriptLoading: "defer",
      // The task pane's policy: office.js from Microsoft's CDN is the only script from elsewhere.
      csp: contentSecurityPolicy("taskpane"),
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/icon-*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
        { from: "test/word-pane/manifest.xml", to: "manifest.xml" },
      ],
    }),
  ],
});
