/**
 * Writes the playground's sample documents: assets/samples/<name>.docx for the five seed rebuilds, a copy of each
 * real fixture when ../shared/fixtures/real is present, and assets/samples/index.json listing them with titles.
 * Run: npx tsx scripts/build-samples.ts
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { allFixtures } from "../test/fixtures/fixtures";

interface SampleEntry {
  file: string;
  title: string;
  kind: "seed" | "real";
}

async function main(): Promise<void> {
  const outDir = path.resolve(__dirname, "../assets/samples");
  mkdirSync(outDir, { recursive: true });
  const entries: SampleEntry[] = [];
  for (const fixture of allFixtures()) {
    const file = `${fixture.name}.docx`;
    writeFileSync(path.join(outDir, file), await fixture.load());
    entries.push({ file, title: fixture.title, kind: fixture.kind });
    console.log(`wrote assets/samples/${file}`);
  }
  writeFileSync(path.join(outDir, "index.json"), JSON.stringify({ samples: entries }, null, 2) + "\n");
  console.log(`wrote assets/samples/index.json (${entries.length} samples)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
