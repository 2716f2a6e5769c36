import { normalise } from "../detect/text";
import type { Ref } from "../model";
import type { Check } from "./types";
import { isImpactAssessment } from "./utils/assessment";

/**
 * Risks listed but never assessed for likelihood and severity (Art. 35(7)(c) GDPR asks for an assessment of the
 * risks; the ICO and the EDPB ask for their likelihood and severity): a risk section or a list of risks with no
 * likelihood or severity anywhere in the document. A register whose likelihood and severity cells are empty is not
 * reported here: those cells are the placeholder and unanswered checks' findings.
 */

const RISK_HEADING = /\brisks?\b|\bthreats?\b/;
/** Words that show risks were rated on some scale. */
const SCORED =
  /\blikelihood\b|\bprobability\b|\bseverity\b|\bimpact (?:score|rating|level)\b|\brisk (?:score|rating|level)s?\b|\brag\b|\b(?:low|medium|high) risk\b/;

export const riskNotScored: Check = {
  meta: {
    id: "risk-not-scored",
    kind: "risk-not-scored",
    description: "Risks are listed but never assessed for likelihood and severity.",
    defaultSeverity: "warning",
    messages: {
      notScored:
        'The risks under "{{section}}" are listed without their likelihood or severity: rate each one (Art. 35(7)(c) GDPR; ICO: How do we carry out a DPIA?, Step 5).',
    },
    shortMessages: { notScored: "Risks listed without likelihood or severity" },
  },
  check(context) {
    const { structure, model, register } = context;
    if (!isImpactAssessment(structure, model)) return;
    if (register.risks.some((r) => r.cells.likelihood || r.cells.severity)) return;
    if (SCORED.test(normalise(model.paragraphs.map((p) => p.text).join("\n")))) return;
    // The first section that names risks and lists something under it.
    const sections = structure.sections;
    for (const [i, section] of sections.entries()) {
      if (!RISK_HEADING.test(normalise(section.title)) || section.startBlock < 0) continue;
      const end = i + 1 < sections.length ? sections[i + 1].startBlock : model.blocks.length;
      const listed = model.blocks
        .slice(section.startBlock + 1, end)
        .some((b) => (b.kind === "table" ? b.table.rows.length > 1 : b.paragraph.text.trim() !== ""));
      if (!listed) continue;
      const block = model.blocks[section.startBlock];
      const ref: Ref =
        block.kind === "paragraph"
          ? { paragraph: block.paragraph.index }
          : { table: block.table.index, row: 0, cell: 0 };
      context.report({
        messageId: "notScored",
        data: { section: section.title },
        ref,
        text: section.title,
        section: section.title,
      });
      return;
    }
  },
};

export const { meta, check } = riskNotScored;
export default riskNotScored;
