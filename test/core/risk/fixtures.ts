/**
 * DocModels shaped like real documents, for the risk engine's tests:
 * - seed 001 (a filled ICO DPIA with four risks numbered in one Step 5 cell, two in one Step 6 cell),
 * - the FENNEX DPIA (/work/shared/fixtures/real/ico-dpia-filled-fennex.docx, tables read from its document.xml),
 * - the blank ICO template (same source folder),
 * - layouts written differently (combined table, numeric scales, "Impact", abbreviations).
 */
import type { DocModel, Ref } from "../../../src/core/model";
import { isCellRef } from "../../../src/core/model";
import type { DocumentStructure } from "../../../src/core/templates/types";
import { cell, doc, heading, p, row, table } from "../../support/model-builder";

/** A minimal structure: the section of a ref is the nearest heading above it (what the recognisers provide). */
export function structureOf(model: DocModel): DocumentStructure {
  const sectionAtBlock: string[] = [];
  let current = "";
  for (const block of model.blocks) {
    if (block.kind === "paragraph" && block.paragraph.headingLevel > 0) current = block.paragraph.text;
    sectionAtBlock.push(current);
  }
  return {
    template: "ico-dpia",
    templateName: "ICO DPIA template",
    confidence: 1,
    sections: [],
    slots: [],
    sectionOf(ref: Ref): string {
      const index = model.blocks.findIndex((b) =>
        isCellRef(ref)
          ? b.kind === "table" && b.table.index === ref.table
          : b.kind === "paragraph" && b.paragraph.index === ref.paragraph,
      );
      return index >= 0 ? sectionAtBlock[index] : "";
    },
  };
}

const STEP5_HEADER = [
  "Describe source of risk and nature of potential impact on individuals. Include associated compliance and corporate risks as necessary. ",
  "Likelihood of harm",
  "Severity of harm",
  "Overall risk ",
];
const LIKELIHOOD_LIST = "Remote, \npossible or \nprobable";
const SEVERITY_LIST = "Minimal, \nsignificant \nor severe";
const OVERALL_LIST = "Low, \nmedium \nor high";

export const SEED_001_RISKS = [
  "1) Care/support workers are distracted/called away from their tablets and leave without locking their screens meaning unauthorized people could access data. ",
  "2) Passwords are guessed or shared inappropriately meaning unauthorized people could access data.  ",
  "3)Data is recorded in an inappropriate manner providing subjective information not factual",
  "4)Cyber attack meaning unauthorized people could access data.  ",
];

/** Seed 001: Steps 5–7 of a care provider's ICO DPIA; four risks and their placeholders in one row. */
export function seed001(): DocModel {
  const gap = "\n \n";
  return doc(
    heading("Step 4: Assess necessity and proportionality", 2),
    p("There are no international transfers."),
    heading("Step 5: Identify and assess risks", 2),
    table(
      row(...STEP5_HEADER),
      row(
        SEED_001_RISKS.join(gap),
        [LIKELIHOOD_LIST, LIKELIHOOD_LIST, "Remote, \npossible or \n\nprobable", LIKELIHOOD_LIST].join(gap),
        [SEVERITY_LIST, SEVERITY_LIST, SEVERITY_LIST, SEVERITY_LIST].join(gap),
        [OVERALL_LIST, OVERALL_LIST, OVERALL_LIST, OVERALL_LIST].join(gap),
      ),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row(
        cell(
          "Identify additional measures you could take to reduce or eliminate risks identified as medium or high risk in step 5",
          { span: 5 },
        ),
      ),
      row("Risk ", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      row(
        "1) \n \n \n \n2) ",
        "Regular training and frequent reminders of the dangers of leaving tablet screens unlocked. Tablets are kept and used in areas which are not accessible by the people who use our services and are PIN protected.\n \n \n \nFrequent reminders to select passwords which can’t be guessed/words which are unrelated. Reminders not to share passwords. ",
        "Eliminated \nreduced \naccepted\n \n \n \nEliminated \nreduced \naccepted",
        "Low \nmedium \nhigh\n \n \n \nLow \nmedium \nhigh",
        "Yes/no\n \n \n \nYes/no",
      ),
    ),
    heading("Step 7: Sign off and record outcomes", 2),
    table(
      row("Item", "Name/position/date", "Notes"),
      row(
        "Measures approved by:",
        "CEO, 31/3/2022.",
        "Integrate actions back into project plan, with date and responsibility for completion",
      ),
      row(
        "Residual risks approved by:",
        "CEO, 31/3/2022",
        "If accepting any residual high risk, consult the ICO before going ahead",
      ),
      row(
        "DPO advice provided:",
        "System Data Coordinator, 31/3/22",
        "DPO should advise on compliance, step 6 measures and whether processing can proceed",
      ),
    ),
  );
}

/** FENNEX: tables 0–2 of the real document (Risk ID column; Step 7 with merged cells), as its document.xml holds them. */
export function fennex(): DocModel {
  return doc(
    heading("Step 5: Identify and assess risks", 1),
    p("Describe the source of risk and nature of potential impact on individuals in the description box."),
    table(
      row(
        "Risk ID",
        "Description",
        "Likelihood of harm (remote, possible or probable)",
        "Severity of harm (minimal, significant, or severe)",
        "Overall risk (low, medium or high)",
      ),
      row("001", "Server is stolen", "Possible", "Minimal", "Low"),
      row("002", "Inaccurate data inputs leading to misleading ROI results ", "Possible", "Significant ", "Low"),
      row("003", "Fake Credentials", "Possible", "Significant", "High"),
      row("004", "Cloud Storage Shutdown", "Probable", "Severe", "Medium"),
    ),
    heading("Step 6: Identify measures to reduce risk", 1),
    p(
      "Identify additional measures you could take to reduce or eliminate risks identified as medium or high risk in step 5",
    ),
    table(
      row(
        "Risk ID",
        "Options to reduce or eliminate risk ",
        "Effect on risk\n(eliminated, reduced or accepted)\n",
        "Residual risk (low, medium or high)",
        "Measure Approved\n(yes/no)",
      ),
      row("001", "Encrypt data", "Low", "Low", "Awaiting"),
      row("002", "Validation Protocols ", "Reduced", "Low", "Awaiting"),
      row("003", "2FA For Purchases", "Reduced", "Low", "Awaiting"),
    ),
    heading("Step 7: Sign-off", 1),
    table(
      row(cell("Item ", { span: 2 }), "Name/date", "", "Notes "),
      row(
        "Measures approved by: ",
        cell("", { span: 2 }),
        cell("Integrate actions back into project plan, with date and responsibility for completion ", { span: 2 }),
      ),
      row(
        "Residual risks approved by: ",
        cell("", { span: 2 }),
        cell("If accepting any residual high risk, consult the ICO before going ahead ", { span: 2 }),
      ),
      row(
        "DPO advice provided: ",
        cell("", { span: 2 }),
        cell("DPO should advise on compliance, step 6 measures and whether processing can proceed ", { span: 2 }),
      ),
      row("Summary of DPO advice:", cell("", { span: 4 })),
    ),
  );
}

/** The blank ICO template's Steps 5–7 (tables 8–10 of the real file; earlier tables stand in as one). */
export function blankIco(): DocModel {
  return doc(
    heading("Step 4: Assess necessity and proportionality", 2),
    table(
      row("Describe compliance and proportionality measures, in particular: what is your lawful basis for processing?"),
      row(""),
    ),
    heading("Step 5: Identify and assess risks", 2),
    table(
      row(...STEP5_HEADER),
      row("", "Remote, possible or probable", "Minimal, significant or severe", "Low, medium or high"),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row(
        cell(
          "Identify additional measures you could take to reduce or eliminate risks identified as medium or high risk in step 5",
          { span: 5 },
        ),
      ),
      row("Risk ", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      row("", "", "Eliminated reduced accepted", "Low medium high", "Yes/no"),
    ),
    heading("Step 7: Sign off and record outcomes", 2),
    table(
      row("Item ", "Name/position/date", "Notes"),
      row(
        "Measures approved by:",
        "",
        "Integrate actions back into project plan, with date and responsibility for completion",
      ),
      row("Residual risks approved by:", "", "If accepting any residual high risk, consult the ICO before going ahead"),
    ),
  );
}

/** A register kept in one table, numeric 1–5 scales and "Impact" for severity, no id column. */
export function combinedNumeric(): DocModel {
  return doc(
    heading("Risk assessment", 1),
    table(
      row("Risk", "Likelihood (1-5)", "Impact (1-5)", "Risk score", "Mitigation", "Residual risk"),
      row("Laptop with exports lost in transit", "2", "4", "8", "Full-disk encryption", "Low"),
      row("Supplier reuses data for marketing", "3", "3", "12", "", ""),
      row("Staff browse records out of curiosity", "4", "2", "8", "Audit logging and disciplinary policy", "Moderate"),
    ),
  );
}

/** Abbreviations and misspellings in an ICO-like layout, with Step 6 rows naming risks by description. */
export function abbreviated(): DocModel {
  return doc(
    heading("Step 5: Identify and assess risks", 2),
    table(
      row("Risk", "Likelihood", "Severity", "Overall"),
      row("Email sent to the wrong recipient", "Possibe", "Signifcant", "Med"),
      row("Database breached by attackers", "prob.", "SEVERE ", "H"),
      row("Paper forms left on desks", "Remote", "Minimal", "Lo"),
      row("Unclear retention of call recordings", "Sometimes", "Minimal", "Low"),
    ),
    heading("Step 6: Identify measures to reduce risk", 2),
    table(
      row("Risk", "Options to reduce or eliminate risk", "Effect on risk", "Residual risk", "Measure approved"),
      row("Database breached", "Penetration testing and patching", "Reduced", "Medium", "Yes"),
      row("Email to wrong recipient", "Delay-send rule and recipient check", "reduced", "low", "no"),
    ),
  );
}
