import type { Check } from "./types";
import { screeningOf } from "./utils/screening";
import { restsOnGdpr } from "../templates/jurisdiction";

/**
 * DPIA screening (EDPB WP248 rev.01 III.B.a): processing that meets two or more of the nine criteria is likely to
 * require a DPIA. In an LIA, or a document that says no DPIA is needed, two or more criteria are a warning; in a DPIA
 * the criteria met are listed once (info) so the reviewer sees why the assessment was needed.
 */
export const dpiaScreening: Check = {
  meta: {
    id: "dpia-screening",
    kind: "dpia-screening",
    description: "Lists the EDPB WP248 criteria the description of the processing meets; two or more call for a DPIA.",
    defaultSeverity: "warning",
    messages: {
      likelyRequired:
        "A DPIA is likely required (EDPB WP248 rev.01): the processing meets {{count}} screening criteria: {{criteria}}.",
      criteriaMet: "Screening (EDPB WP248 rev.01): the processing meets {{count}} of the nine criteria: {{criteria}}.",
    },
    shortMessages: {
      likelyRequired: "DPIA likely required: {{count}} screening criteria met",
      criteriaMet: "Screening: {{count}} of the nine criteria met",
    },
  },
  check(context) {
    const { structure, model } = context;
    // WP248 is GDPR guidance: a document under US law (or none recognised) is not screened against it.
    // The law set is the one analyze settled on: recognised from the document, or forced by --law / the pane.
    if (structure.notAnAssessment || !restsOnGdpr(structure.jurisdiction)) return;
    const screening = screeningOf(model, structure);
    const first = screening.hits[0];
    if (!first) return;
    const data = { count: screening.hits.length, criteria: screening.hits.map((h) => h.label).join("; ") };
    const reportAt = { ref: first.at, section: first.section, text: first.sentence };
    if (structure.template === "ico-lia" || screening.saysNoDpia) {
      if (screening.dpiaLikelyRequired) context.report({ messageId: "likelyRequired", data, ...reportAt });
      return;
    }
    if (screening.isDpia) context.report({ messageId: "criteriaMet", data, severity: "info", ...reportAt });
  },
};

export const { meta, check } = dpiaScreening;
export default dpiaScreening;
