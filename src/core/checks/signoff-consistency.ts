import { allMeasures } from "../risk/check-helpers";
import type { Cell, DocModel } from "../model";
import type { Check } from "./types";

const MEASURES_LABEL = /^\s*measures?\s+approved\s+by\b/i;
const RESIDUAL_LABEL = /^\s*residual\s+risks?\s+approved\s+by\b/i;

/** The Step 7 name/date cell following a sign-off label, when something is written in it. */
function signoff(model: DocModel, label: RegExp): { label: Cell; value: Cell } | undefined {
  for (const table of model.tables) {
    for (const row of table.rows) {
      const index = row.cells.findIndex((c) => label.test(c.text));
      const value = index >= 0 ? row.cells[index + 1] : undefined;
      // The value may sit in the label cell itself ("Measures approved by: CEO, 31/3/22").
      const inline = index >= 0 ? row.cells[index].text.replace(label, "").replace(/^[\s:]+/, "") : "";
      if (index >= 0 && value && value.text.trim()) return { label: row.cells[index], value };
      if (index >= 0 && inline.trim()) return { label: row.cells[index], value: row.cells[index] };
    }
  }
  return undefined;
}

/** Step 7 records measures or residual risks as approved while no Step 6 measure is marked approved. */
export const signoffConsistency: Check = {
  meta: {
    id: "signoff-consistency",
    kind: "not-approved",
    description: "Step 7 says measures or residual risks were approved, but Step 6 shows no approved measure.",
    defaultSeverity: "warning",
    messages: {
      measures:
        'Step 7 records measures as approved by "{{signer}}", but none of the {{count}} Step 6 measures is marked approved.',
      residual:
        'Step 7 records residual risks as approved by "{{signer}}", but none of the {{count}} Step 6 measures is marked approved.',
    },
    shortMessages: {
      measures: "Measures signed off, none marked approved",
      residual: "Residual risks signed off, no measure approved",
    },
  },
  check(context) {
    const measures = allMeasures(context.register).filter(
      ({ measure }) => measure.description && measure.cells.approved,
    );
    if (!measures.length) return;
    if (measures.some(({ measure }) => measure.approved.state === "value" && measure.approved.id === "yes")) return;
    for (const [messageId, label] of [
      ["measures", MEASURES_LABEL],
      ["residual", RESIDUAL_LABEL],
    ] as const) {
      const found = signoff(context.model, label);
      if (!found) continue;
      context.report({
        messageId,
        data: {
          signer: found.value.text
            .replace(label, "")
            .replace(/^[\s:]+/, "")
            .replace(/\s+/g, " ")
            .trim(),
          count: measures.length,
        },
        ref: found.value.ref,
        text: found.value.text,
      });
    }
  },
};

export const { meta, check } = signoffConsistency;
export default signoffConsistency;
