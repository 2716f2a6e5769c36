/**
 * The risk summary `annotate --risk-table` writes must read as part of the document: rendered by LibreOffice on the
 * document's own page (A4 portrait at its margins), no word of the summary is broken across lines, and its heading
 * has the paragraph style of the document's section headings. Run on every real DPIA in ../shared/fixtures/real that
 * has a risk table and on the seed rebuilds. Whole words are compared, never line positions, so the check holds with
 * any common font set (DejaVu, Carlito, Liberation).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { RISK_TABLE_STEPS } from "../../src/cli/risk-table";
import { RISK_SUMMARY_TAG } from "../../src/core/edits";
import type { DocModel } from "../../src/core/model";
import { SUMMARY_TITLE } from "../../src/core/risk";
import { createDocumentService, optionsFrom } from "../../src/word/document-service";
import { readModel } from "../../src/word/read";
import { seedFixtures } from "../fixtures/fixtures";
import { hasLibreOffice, renderDocxTexts } from "../support/libreoffice";
import { open } from "./support";
import { REAL_FIXTURES_DIR } from "../support/real-fixtures";

const REAL = REAL_FIXTURES_DIR;
const TODAY = "2026-11-23";
const files = existsSync(REAL)
  ? readdirSync(REAL)
      .filter((f) => f.endsWith(".docx"))
      .sort()
  : [];
if (!files.length) console.warn(`risk-summary-render: no fixtures in ${REAL}; real documents skipped`);
const cases: Array<[string, () => Promise<Uint8Array>]> = [
  ...files.map((f): [string, () => Promise<Uint8Array>] => [f, async () => readFileSync(path.join(REAL, f))]),
  ...seedFixtures().map((f): [string, () => Promise<Uint8Array>] => [`${f.name} (seed rebuild)`, f.load]),
];
const withLibreOffice = hasLibreOffice() ? it : it.skip;

/** Runs the same steps as `annotate --risk-table` through src/word; the model afterwards, or null without risks. */
async function withSummary(bytes: Uint8Array) {
  const document = await open(bytes);
  const service = createDocumentService(
    (batch) => document.run(batch),
    { comments: false, trackChanges: false },
    () => TODAY,
  );
  const options = optionsFrom(await service.loadSettings(), TODAY);
  for (const step of RISK_TABLE_STEPS) {
    const model = await document.run((context) => readModel(context));
    const edits = step(model, options);
    if (edits.length) await service.apply(edits);
  }
  const model = await document.run((context) => readModel(context));
  const summary = model.tables.filter((t) => t.tag === RISK_SUMMARY_TAG);
  if (!summary.length) return null;
  return { model, summary, bytes: await document.save() };
}

/** Words of a text: letters and digits, split at spaces and at the places a line may legitimately break. */
const wordsOf = (text: string) =>
  text
    .normalize("NFKC")
    .split(/[\s/\u2010\u2011\u2013\u2014-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => /\p{L}/u.test(w) && w.length > 1);

function counts(words: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of words) map.set(w, (map.get(w) ?? 0) + 1);
  return map;
}

/** The paragraph style of the section heading the summary's risks sit under, and of the summary's own heading. */
function headingStyles(model: DocModel): {
  section?: { style: string; level: number };
  title?: { style: string; level: number };
} {
  const titleIndex = model.paragraphs.findIndex((p) => p.text.trim() === SUMMARY_TITLE);
  const title = model.paragraphs[titleIndex];
  // The nearest heading above the summary is the section it was written in (the risk tables' section).
  const section = model.paragraphs
    .slice(0, Math.max(0, titleIndex))
    .reverse()
    .find((p) => p.headingLevel > 0 && p.tableNestingLevel === 0);
  return {
    title: title && { style: title.style, level: title.headingLevel },
    section: section && { style: section.style, level: section.headingLevel },
  };
}

const renderName = (name: string) => name.replace(/\.docx.*$/, "").replace(/\W+/g, "-");

// Every document with a summary is rendered by one start of LibreOffice (starting it costs more than a conversion).
const results = new Map<string, NonNullable<Awaited<ReturnType<typeof withSummary>>>>();
let pdfs = new Map<string, string>();
beforeAll(async () => {
  if (!hasLibreOffice()) return;
  for (const [name, load] of cases) {
    const result = await withSummary(await load());
    if (result) results.set(name, result);
  }
  pdfs = renderDocxTexts([...results].map(([name, r]) => ({ name: renderName(name), bytes: r.bytes })));
}, 300_000);

let rendered = 0;
describe.each(cases)("%s", (name) => {
  withLibreOffice(
    "risk summary: every word whole on the rendered page, heading styled like the document's",
    () => {
      const result = results.get(name);
      if (!result) return;
      rendered++;
      const pdf = pdfs.get(renderName(name))!;
      const start = pdf.search(/Risk\s+summary\s+\(computed\s+by\s+DPIA\s+Assist\)/);
      const end = pdf.search(/the\s+risk\s+tables\s+are\s+the\s+record/);
      expect({ start: start >= 0, end: end > start }).toEqual({ start: true, end: true });
      const shown = counts(wordsOf(pdf.slice(start, end)));
      const written = result.summary.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
      // A line may break after a hyphen the text itself has ("Non-|Snooping"); pdftotext then joins the two halves
      // ("NonSnooping"). That is a legitimate break, so such a compound counts as whole when its joined form is shown.
      const wholeCompounds = written
        .flatMap((t) => t.normalize("NFKC").match(/\p{L}+(?:[-\u2010\u2011]\p{L}+)+/gu) ?? [])
        .filter((c) => (shown.get(c.replace(/[-\u2010\u2011]/g, "")) ?? 0) > 0);
      for (const compound of wholeCompounds)
        for (const part of wordsOf(compound)) shown.set(part, (shown.get(part) ?? 0) + 1);
      const broken = [...counts(written.flatMap(wordsOf))].filter(([w, n]) => (shown.get(w) ?? 0) < n).map(([w]) => w);
      expect(broken).toEqual([]);

      const { title, section } = headingStyles(result.model);
      expect(title).toBeDefined();
      if (section) expect(title).toEqual(section);
    },
    240_000,
  );
});

afterAll(() => {
  if (hasLibreOffice() && files.length) expect(rendered).toBeGreaterThanOrEqual(3);
});
