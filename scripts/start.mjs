#!/usr/bin/env node
/**
 * `npm start`: builds the development bundle and serves it on port 3000 (webpack serve; HTTPS when an Office
 * development certificate is installed, plain HTTP otherwise), and says where to point the browser: the
 * playground, which runs the real task pane over a .docx without Word. Where Word is installed (Windows, macOS)
 * it also names `npm run start:word`, which sideloads the add-in into Word against this server.
 * Options: --open (open the playground in the default browser), --no-open.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { devServerTransport } = require("./dev-certs.js");

function wordInstalled() {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Word.app");
  if (process.platform === "win32") {
    const bases = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return bases.some((base) =>
      ["Microsoft Office\\root\\Office16", "Microsoft Office\\Office16"].some((dir) =>
        existsSync(join(base, dir, "WINWORD.EXE")),
      ),
    );
  }
  return false; // Word has no Linux build; use the playground or Word on the web (README).
}

const args = process.argv.slice(2);
const desktop = process.platform !== "linux" || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const open = args.includes("--open") || (!args.includes("--no-open") && desktop && !process.env.CI);

const transport = await devServerTransport();
const protocol = transport.type;
const page = existsSync(join(root, "src/playground/index.tsx")) ? "playground.html" : "taskpane.html";
console.log(`Starting the DPIA Assist dev server: ${protocol}://localhost:3000/${page}`);
if (wordInstalled()) {
  console.log("Word is installed: in a second terminal, `npm run start:word` sideloads the add-in into Word.");
} else {
  console.log("Word is not installed here: use the playground page, or sideload into Word on the web (README).");
}

const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
const child = spawn(
  process.execPath,
  [webpack, "serve", "--mode", "development", ...(open && page === "playground.html" ? ["--env", "open"] : [])],
  // DPIA_DEV_HTTP pins the choice made above so the banner and the server agree.
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      ...(transport.type === "http" ? { DPIA_DEV_HTTP: "1", DPIA_DEV_HTTP_REASON: transport.reason } : {}),
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
