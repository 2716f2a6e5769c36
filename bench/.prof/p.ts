import { openDocx } from "/work/main/src/headless-word";
import { readModel } from "/work/main/src/word/read";
import { analyze } from "/work/main/src/core/analyze";
import { buildBigDpia } from "/work/main/test/fixtures/big-document";
async function main() {
  const pages = Number(process.argv[2] ?? 500);
  const bytes = await buildBigDpia(pages);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const d = await openDocx(bytes);
    const t1 = performance.now();
    const m = await d.run((c) => readModel(c));
    const t2 = performance.now();
    const r = analyze(m, { today: "2026-11-23" });
    const t3 = performance.now();
    console.log(pages, "open", (t1-t0).toFixed(0), "read", (t2-t1).toFixed(0), "analyze", (t3-t2).toFixed(0), "syncs", d.syncCount, "paras", m.paragraphs.length, "findings", r.findings.length);
  }
}
main();
