/** Round trips needed to apply N edits or reviewer marks: the target is a constant number (≤ 3), not N. */
import { openDocx } from "../src/headless-word";
import { readModel } from "../src/word/read";
import { applyEdits } from "../src/word/apply";
import { markEditsFor } from "../src/word/review";
import { analyze } from "../src/core/analyze";
import type { Edit } from "../src/core/edits";
import { buildBigDpia } from "../test/fixtures/big-document";

export interface ApplyFigures {
  what: "marks" | "answers";
  edits: number;
  syncs: number;
  applied: number;
  ms: number;
}

export async function benchApply(counts: number[]): Promise<ApplyFigures[]> {
  const bytes = await buildBigDpia(50);
  const results: ApplyFigures[] = [];
  for (const what of ["marks", "answers"] as const) {
    for (const count of counts) {
      const document = await openDocx(bytes);
      const model = await document.run((context) => readModel(context));
      const findings = analyze(model, { today: "2026-11-23" }).findings;
      const edits: Edit[] = [];
      if (what === "marks") edits.push(...markEditsFor(findings).slice(0, count));
      for (const finding of what === "answers" ? findings : []) {
        if (edits.length >= count) break;
        if (finding.target) {
          edits.push({
            kind: "replace-text",
            ref: finding.ref,
            expected: finding.expected,
            find: finding.target,
            replacement: "Possible",
          });
        }
      }
      // Answers to distinct placeholders in one cell would each change the cell; keep one edit per target.
      const seen = new Set<string>();
      const batch = edits.filter((edit) => {
        const key = "ref" in edit ? JSON.stringify(edit.ref) : edit.kind;
        if (what === "answers" && seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const before = document.syncCount;
      const start = performance.now();
      // headless-word has WordApi 1.4, as Word does today: marks on empty cells are comments.
      const outcome = await document.run((context) => applyEdits(context, batch, { comments: true }));
      results.push({
        what,
        edits: batch.length,
        syncs: document.syncCount - before,
        applied: outcome.filter((r) => r.status === "applied").length,
        ms: performance.now() - start,
      });
    }
  }
  return results;
}
