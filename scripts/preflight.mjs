#!/usr/bin/env node
/**
 * First step of `npm test`: checks that the Debian packages the tests need (scripts/system-packages.txt, the list
 * .ci/run also installs) are present, so no suite fails deep into the run because a program is missing. When some
 * are missing it installs them if it can do so without asking (running as root, or sudo without a password);
 * otherwise it stops at once and prints the exact command to run. Set DPIA_SKIP_PREFLIGHT=1 to skip it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LIST = join(dirname(fileURLToPath(import.meta.url)), "system-packages.txt");

/** Package names from the shared list (comments and blank lines dropped). */
export function readPackages(text = readFileSync(LIST, "utf8")) {
  return text
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: "utf8", ...options });
const has = (cmd) => run("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** The packages dpkg does not list as installed (one dpkg-query call for all of them). */
export function missingPackages(packages) {
  const result = run("dpkg-query", ["-W", "-f=${Package} ${db:Status-Status}\n", ...packages]);
  const installed = new Set(
    (result.stdout ?? "")
      .split("\n")
      .filter((line) => line.endsWith(" installed"))
      .map((line) => line.split(" ")[0]),
  );
  return packages.filter((p) => !installed.has(p));
}

function installCommand(missing, asRoot) {
  const sudo = asRoot ? "" : "sudo ";
  return (
    `${sudo}apt-get update && ` +
    `${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(" ")}`
  );
}

function main() {
  if (process.env.DPIA_SKIP_PREFLIGHT === "1") return 0;
  if (!has("dpkg-query")) {
    console.error(
      `preflight: not a Debian system; make sure these programs are installed: chromium, soffice (LibreOffice Writer), ` +
        `pdftotext (poppler). Debian package names: ${readPackages().join(" ")}. Set DPIA_SKIP_PREFLIGHT=1 to skip this check.`,
    );
    return ["soffice", "pdftotext"].every(has) && (has("chromium") || process.env.CHROMIUM_PATH) ? 0 : 1;
  }
  const missing = missingPackages(readPackages());
  if (!missing.length) return 0;
  const root = process.getuid?.() === 0;
  const sudo = !root && has("sudo") && run("sudo", ["-n", "true"], { timeout: 2000 }).status === 0;
  if (!root && !sudo) {
    console.error(
      `preflight: the tests need these Debian packages: ${missing.join(" ")}\nInstall them with:\n\n  ${installCommand(missing, false)}\n`,
    );
    return 1;
  }
  console.log(`preflight: installing ${missing.join(" ")}`);
  const prefix = root ? [] : ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const step = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    return run(cmd, rest, { stdio: "inherit", env }).status === 0;
  };
  if (
    !step(["apt-get", "update", "-qq"]) ||
    !step(["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...missing])
  ) {
    console.error(`preflight: installing failed; run:\n\n  ${installCommand(missing, root)}\n`);
    return 1;
  }
  const still = missingPackages(missing);
  if (still.length) {
    console.error(`preflight: still missing after installing: ${still.join(" ")}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
