/**
 * `npm run validate` (= tsx scripts/validate-manifest.ts manifest.xml): offline manifest check.
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml ...] [--dist DIR]
 * Exit codes: 0 valid, 1 problems found, 2 bad usage.
 */
import { validateManifestFile } from "./manifest/validate-file";

function main(argv: string[]): number {
  const files: string[] = [];
  let dist: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--dist") {
      dist = argv[i + 1];
      i += 1;
      if (!dist) {
        process.stderr.write("--dist needs a directory\n");
        return 2;
      }
    } else if (argv[i].startsWith("-")) {
      process.stderr.write(`unknown option ${argv[i]}\nusage: validate-manifest [manifest.xml ...] [--dist DIR]\n`);
      return 2;
    } else files.push(argv[i]);
  }
  if (files.length === 0) files.push("manifest.xml");
  let failed = false;
  for (const file of files) {
    const result = validateManifestFile(file, { dist });
    if (result.problems.length === 0) {
      const s = result.summary;
      process.stdout.write(
        `✔ ${file} is valid (${result.mode}; Id ${s?.id}, Version ${s?.version}, ${s?.urls.length} URLs under ${s?.baseUrl})\n`,
      );
    } else {
      failed = true;
      process.stderr.write(`✘ ${file} has ${result.problems.length} problem(s):\n`);
      for (const p of result.problems) process.stderr.write(`  [${p.rule}] ${p.message}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
