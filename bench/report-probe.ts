/**
 * Run by bench/report.ts: runs the CLI in this process with the arguments given, then prints the process's
 * peak resident set size (process.resourceUsage().maxRSS, in KB, worker threads included).
 */
process.argv = [process.argv[0]!, "dpia-assist", ...process.argv.slice(2)];
process.on("exit", () => {
  process.stdout.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
void import("../src/cli/main");
