/**
 * Carries out risk-table edits on a DocModel, the way src/word/apply.ts does on a document (refusing a
 * stale target), so core tests can check an edit's result by reading the model again. Test support only.
 */
import type { Edit } from "../../../src/core/edits";
import { isCellRef, textAt, type DocModel } from "../../../src/core/model";
import { cell, doc, heading, p, row, table, taggedTable } from "../../support/model-builder";

type Spec = Parameters<typeof doc>[number];

function toSpecs(model: DocModel): Spec[] {
  return model.blocks.map((b): Spec => {
    if (b.kind === "paragraph")
      return b.paragraph.headingLevel
        ? heading(b.paragraph.text, b.paragraph.headingLevel)
        : p(b.paragraph.text, b.paragraph.style);
    const rows = b.table.rows.map((r) =>
      row(
        ...r.cells.map((c) => cell(c.text, { span: c.columnSpan, mergedContinuation: c.verticallyMergedContinuation })),
      ),
    );
    return b.table.tag ? taggedTable(b.table.tag, ...rows) : table(...rows);
  });
}

function nthIndex(text: string, find: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(find, at + (i === 0 ? 0 : find.length));
    if (at < 0) return -1;
  }
  return at;
}

/** Applies one edit; throws when the target's text is not what the edit expects (a stale edit). */
export function applyToModel(model: DocModel, edit: Edit): DocModel {
  const specs = toSpecs(model);
  const tables = specs.filter((s): s is Extract<Spec, { kind: "table" }> => s.kind === "table");
  const check = (actual: string | undefined, expected: string) => {
    if (actual !== expected)
      throw new Error(`stale: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
  };
  switch (edit.kind) {
    case "set-text":
    case "replace-text": {
      if (!isCellRef(edit.ref)) throw new Error("only cells in these tests");
      check(textAt(model, edit.ref), edit.expected);
      const target = tables[edit.ref.table].rows[edit.ref.row].cells[edit.ref.cell];
      if (edit.kind === "set-text") target.text = edit.text;
      else {
        const at = nthIndex(target.text, edit.find, edit.occurrence ?? 0);
        if (at < 0) throw new Error(`not found: ${edit.find}`);
        target.text = target.text.slice(0, at) + edit.replacement + target.text.slice(at + edit.find.length);
      }
      break;
    }
    case "split-row": {
      const t = tables[edit.ref.table];
      check(
        JSON.stringify(model.tables[edit.ref.table].rows[edit.ref.row].cells.map((c) => c.text)),
        JSON.stringify(edit.expectedRow),
      );
      const original = t.rows[edit.ref.row];
      const replacement = edit.rows.map((texts) =>
        row(...texts.map((text, i) => cell(text, { span: original.cells[i]?.columnSpan }))),
      );
      t.rows.splice(edit.ref.row, 1, ...replacement);
      break;
    }
    case "insert-rows": {
      check(textAt(model, edit.ref), edit.expected);
      tables[edit.ref.table].rows.splice(edit.ref.row + 1, 0, ...edit.values.map((v) => row(...v)));
      break;
    }
    case "upsert-tagged-block": {
      const existing = specs.findIndex((s) => s.kind === "table" && s.tag === edit.tag);
      const block = [
        ...edit.tables.flatMap((t, i) => [
          ...(i === 0 ? [p(edit.title)] : []),
          taggedTable(edit.tag, ...t.values.map((v) => row(...v))),
        ]),
      ];
      if (existing >= 0) {
        // Replace our block: the title paragraph before it and every tagged table.
        const first = specs.findIndex((s) => s.kind === "table" && s.tag === edit.tag);
        const last = specs.length - 1 - [...specs].reverse().findIndex((s) => s.kind === "table" && s.tag === edit.tag);
        specs.splice(first - 1, last - first + 2, ...block);
      } else if (edit.anchor === "selection" || edit.anchor === "end") specs.push(...block);
      else {
        if (!isCellRef(edit.anchor)) throw new Error("anchor must be a table cell in these tests");
        check(textAt(model, edit.anchor), edit.expected);
        const at = specs.indexOf(tables[edit.anchor.table]);
        specs.splice(at + 1, 0, ...block);
      }
      break;
    }
    default:
      throw new Error(`not supported in tests: ${edit.kind}`);
  }
  return doc(...specs);
}
