/**
 * Reviewer marks must not change what a reader sees except the highlight. Marked documents (a real filled DPIA and
 * seed 001) are opened with LibreOffice and exported as text (no line wrapping, so no font dependence): every word
 * of the unmarked export is still there, in order, and the text of every marked table cell shows. (A block-level content control around a paragraph inside a table cell is valid
 * OOXML, but LibreOffice renders such a cell empty; marks use inline controls for that reason.)
 */
import { isCellRef } from "../../src/core/model";
import type { Finding } from "../../src/core/report";
import { createDocumentService } from "../../src/word/document-service";
import { build as buildSeed001 } from "../fixtures/seeds/seed-001";
import { compact, exportDocxTexts, findCompact, hasLibreOffice, words } from "../support/libreoffice";
import { open, realBytes } from "./support";
import { itReal } from "../support/real-fixtures";

const withLibreOffice = hasLibreOffice() ? it : it.skip;
const TODAY = "2026-11-23";

async function markAll(bytes: Uint8Array): Promise<{ marked: Uint8Array; findings: Finding[] }> {
  const document = await open(bytes);
  const service = createDocumentService(
    (batch) => document.run(batch),
    { comments: true, trackChanges: false },
    () => TODAY,
  );
  const findings = (await service.scan()).findings;
  const results = await service.markGaps(findings);
  expect(results.filter((r) => r.status === "applied").length).toBeGreaterThan(0);
  return { marked: await document.save(), findings };
}

/** Words of the unmarked render missing (in order) from the marked one. */
function lostWords(before: string[], after: string[]): string[] {
  const lost: string[] = [];
  let at = 0;
  for (const word of before) {
    const next = after.indexOf(word, at);
    if (next < 0 || next - at > 60) lost.push(word);
    else at = next + 1;
  }
  return lost;
}

describe("marked documents render in LibreOffice", () => {
  for (const [name, load, mustShow] of [
    ["ico-dpia-filled-fennex", async () => realBytes("ico-dpia-filled-fennex.docx"), ["Encrypt data", "Awaiting"]],
    ["seed-001", buildSeed001, ["Remote, possible or probable", "CEO"]],
  ] as const) {
    (name.startsWith("seed-") ? withLibreOffice : hasLibreOffice() ? itReal([`${name}.docx`]) : it.skip)(
      `${name}: marked table cells keep their text on the page`,
      async () => {
        const bytes = await load();
        const { marked, findings } = await markAll(bytes);
        // Both versions in one start of LibreOffice.
        const texts = exportDocxTexts([
          { name: "marked", bytes: marked },
          { name: "original", bytes },
        ]);
        const exported = texts.get("marked")!;
        const shown = words(exported);
        const all = compact(exported);
        for (const text of mustShow)
          expect({ text, shown: findCompact(all, text) >= 0 }).toEqual({ text, shown: true });

        const markedCells = findings.filter((f) => isCellRef(f.ref) && f.expected.trim() !== "");
        expect(markedCells.length).toBeGreaterThan(0);
        for (const f of markedCells) {
          const cellWords = words(f.expected).slice(0, 8).join(" ");
          expect({ cell: f.expected.slice(0, 60), shown: findCompact(all, cellWords) >= 0 }).toEqual({
            cell: f.expected.slice(0, 60),
            shown: true,
          });
        }
        const original = words(texts.get("original")!);
        expect(lostWords(original, shown)).toEqual([]);
      },
      240_000,
    );
  }
});
