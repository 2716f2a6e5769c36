/**
 * npm run corpus [-- --strict] [--only NAME…]: reads and analyses every labelled corpus document (test/corpus) and
 * prints document, template, law, recall, precision and unexpected findings, then the misses and unexpected findings.
 * A report: exit code 0, or 1 with --strict when issue 15's targets are not met.
 */
import { corpusDocuments, runCorpus } from "../test/corpus/corpus";
import { formatDetails, formatTable } from "../test/corpus/format";
import { meetsTargets, totals } from "../test/corpus/score";

async function main(argv: string[]): Promise<number> {
  const strict = argv.includes("--strict");
  const only = argv.filter((a) => !a.startsWith("--"));
  const documents = corpusDocuments().filter((d) => only.length === 0 || only.some((o) => d.name.includes(o)));
  const started = Date.now();
  const results = await runCorpus(documents);
  const details = formatDetails(results);
  console.log(formatTable(results));
  if (details !== "") console.log(`\n${details}`);
  console.log(`\n${results.length} documents read and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const met = meetsTargets(
    totals(results.map((r) => r.score)),
    results.map((r) => r.score),
  );
  return strict && !met ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
