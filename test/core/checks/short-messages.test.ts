/**
 * Every message of every check has a short form (the task pane's one-line label), rendered with the same data.
 * The table below gives, for each message, data as the check reports it on real documents (the ICO template, the
 * FENNEX DPIA, the ModelOp PIA, the research forms in ../shared/fixtures/real) and the label written by hand.
 * A check that gains a message fails here until its short form and a row are added.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { analyze, renderMessage } from "../../../src/core/analyze";
import { CHECKS } from "../../../src/core/checks/registry";
import { readDocx } from "../../../src/docx/read-model";
import { describeReal, REAL_FIXTURES_DIR } from "../../support/real-fixtures";

type Row = [data: Record<string, string | number>, label: string];

const TABLE: Record<string, Record<string, Row>> = {
  "contradictory-choice": {
    several: [
      { question: "Lawful basis:", subject: "Lawful basis", count: 3, options: "Consent, Contract, Public task" },
      "3 boxes ticked, one allowed: Lawful basis",
    ],
    typed: [{ question: "Decision:", subject: "Decision", option: "Approved" }, '"Approved" typed "x", box not ticked'],
  },
  "dpia-screening": {
    likelyRequired: [
      { count: 2, criteria: "sensitive data; data concerning vulnerable data subjects" },
      "DPIA likely required: 2 screening criteria met",
    ],
    criteriaMet: [
      { count: 1, criteria: "sensitive data or data of a highly personal nature" },
      "Screening: 1 of the nine criteria met",
    ],
  },
  "invalid-value": {
    invalid: [
      {
        riskId: "2",
        risk: "2 (Lost laptop)",
        value: "Sometimes",
        column: "likelihood",
        allowed: "remote, possible, probable",
        matrix: "ICO 3×3",
      },
      'Risk 2: likelihood "Sometimes" not on the scale',
    ],
    invalidWord: [
      {
        riskId: "001",
        risk: "001",
        value: "Low",
        column: "effect on risk",
        allowed: "eliminated, reduced, accepted",
        matrix: "ICO 3×3",
      },
      'Risk 001: effect on risk "Low" not a valid word',
    ],
    unpaired: [
      {
        riskId: "3",
        risk: "3 (Phishing)",
        value: "High Low",
        column: "overall risk",
        allowed: "low, medium, high",
        matrix: "ICO 3×3",
      },
      "Risk 3: overall risk values do not pair with risks",
    ],
  },
  "lawful-basis-missing": {
    missing: [{ where: ' (asked in "Step 4: Assess necessity and proportionality")' }, "Lawful basis not named"],
  },
  "legitimate-interests-public-authority": {
    publicAuthority: [{ reason: "a police force" }, "Public authority relying on legitimate interests"],
  },
  "not-approved": {
    blank: [
      { riskId: "2", measure: "Encrypt laptops", risk: "2", subject: "Risk 2", value: "" },
      "Risk 2: measure approval not recorded",
    ],
    no: [
      { riskId: "3", measure: "2FA", risk: "3", subject: "Risk 3", value: "No" },
      'Risk 3: measure not approved ("No")',
    ],
    pending: [
      { riskId: "001", measure: "Encrypt data", risk: "001", subject: "Risk 001", value: "Awaiting" },
      "Risk 001: measure awaiting approval",
    ],
  },
  placeholder: {
    riskValue: [
      {
        risk: "3 (Data kept too long)",
        subject: "Risk 3",
        column: "likelihood of harm",
        field: "likelihood",
        placeholder: "Remote, possible or probable",
      },
      "Risk 3: likelihood still template text",
    ],
    optionList: [
      { placeholder: "[Low/Med/High]", where: '"[Low/Med/High]"' },
      'Option list, choose one: "[Low/Med/High]"',
    ],
    bracket: [{ placeholder: "[DPO Name]", where: "Name" }, "Template text left: Name"],
    mergeField: [
      { placeholder: "<<modelop.storedModel.createdBy>>", where: "Model Developed by" },
      "Merge field not filled in: Model Developed by",
    ],
    prompt: [
      { placeholder: "Enter the document preparer’s name here", where: "Prepared by" },
      "Prompt left in: Prepared by",
    ],
    toBeConfirmed: [{ placeholder: "TBC", where: "Retention period" }, "To be confirmed: Retention period"],
    dateMask: [{ placeholder: "DD/MM/YYYY", where: "Date of review" }, "Date not filled in: Date of review"],
    blank: [{ placeholder: "................", where: "Project title" }, "Blank not filled in: Project title"],
    control: [
      { placeholder: "Click or tap here to enter text.", where: "Name of controller" },
      "Form field not filled in: Name of controller",
    ],
  },
  "prior-consultation": {
    residualHigh: [
      { riskId: "1", risk: "1", subject: "Risk 1", value: "High" },
      "Risk 1: residual risk high, consult the ICO",
    ],
  },
  "residual-above-inherent": {
    above: [
      { riskId: "2", risk: "2 (Phishing)", residual: "High", inherent: "Medium", matrix: "ICO 3×3" },
      "Risk 2: residual High above Step 5's Medium",
    ],
  },
  "review-date-missing": {
    noDate: [{ text: "This DPIA will be reviewed regularly." }, "Review promised, but no date given"],
    noReview: [{ citation: "Art. 35(11) GDPR" }, "No review date"],
  },
  "review-overdue": {
    overdue: [{ date: "January 2026", today: "2026-12-03" }, "Review date January 2026 has passed"],
  },
  "risk-not-scored": {
    notScored: [{ section: "Risks" }, "Risks listed without likelihood or severity"],
  },
  "risk-score-mismatch": {
    mismatch: [
      {
        riskId: "002",
        risk: "002 (Inaccurate data inputs)",
        stated: "Low",
        computed: "Medium",
        likelihood: "Possible",
        severity: "Significant",
        matrix: "ICO 3×3",
      },
      "Risk 002: overall Low, matrix gives Medium",
    ],
  },
  "section-missing": {
    missing: [
      {
        element: "assessment of necessity and proportionality",
        short: "necessity and proportionality",
        contains: "why the processing is needed",
        citation: "Art. 35(7)(b) GDPR",
      },
      "No section on necessity and proportionality",
    ],
    empty: [
      {
        element: "measures envisaged to address the risks",
        short: "measures against the risks",
        contains: "the measures",
        citation: "Art. 35(7)(d) GDPR",
        heading: "Mitigations",
      },
      "Section empty: needs measures against the risks",
    ],
  },
  "signoff-consistency": {
    measures: [{ signer: "CEO, 31/3/2022.", count: 2 }, "Measures signed off, none marked approved"],
    residual: [{ signer: "CEO, 31/3/2022", count: 2 }, "Residual risks signed off, no measure approved"],
  },
  "signoff-missing": {
    missing: [
      { label: "Measures approved by", subject: "Measures approved by" },
      "Measures approved by: no name or date",
    ],
    roleOnly: [
      { label: "Approved by", subject: "Approved by", answer: "Head of IT" },
      "Approved by: a role only, no name or date",
    ],
    noDate: [
      { label: "DPO advice provided", subject: "DPO advice provided", answer: "J. Smith" },
      "DPO advice provided: no date",
    ],
    empty: [{ label: "Summary of DPO advice", subject: "Summary of DPO advice" }, "Summary of DPO advice: empty"],
    dateEmpty: [{ label: "Hazel Lunn", subject: "Hazel Lunn" }, "Sign-off: no date (Hazel Lunn)"],
    comments: [{ label: "Comments", subject: "Comments" }, "Comments: empty"],
    overruled: [{ label: "Comments", subject: "Comments" }, "DPO advice overruled, no reasons recorded"],
  },
  "special-category-condition-missing": {
    special: [{ term: "mental health" }, 'No Article 9 condition for "mental health"'],
    criminal: [{ term: "criminal record" }, 'No Article 10 condition for "criminal record"'],
  },
  unanswered: {
    empty: [{ question: "Name of controller", subject: "Name of controller" }, "No answer: Name of controller"],
    promptOnly: [
      { question: "Describe the nature of the processing:", subject: "Describe the nature of the processing" },
      "Only the prompt: Describe the nature of the processing",
    ],
    followUp: [
      { question: "If no, why not?", subject: "If no, why not?", option: "No" },
      'No answer, needed as "No" is ticked: If no, why not?',
    ],
    reference: [{ question: "PIA reference number", subject: "PIA reference number" }, "Blank: PIA reference number"],
    riskDescription: [{ riskId: "1" }, "Risk 1: no risk described"],
    measure: [{ risk: "risk 2" }, "No measure written (risk 2)"],
    noneOnly: [
      { question: "What are the risks to individuals?", subject: "What are the risks to individuals?", answer: "None" },
      'Answered "None": What are the risks to individuals?',
    ],
  },
  "unmitigated-risk": {
    unmitigated: [
      { riskId: "004", risk: "004 (Cloud Storage Shutdown)", level: "high", matrix: "ICO 3×3" },
      "Risk 004: high, no Step 6 measure",
    ],
    cannotScore: [
      { riskId: "3", risk: "3 (Data recorded badly)", missing: "likelihood and severity", verb: "are" },
      "Risk 3: likelihood and severity missing",
    ],
  },
  "unresolved-choice": {
    both: [
      {
        question: "Can you offer individuals an opt-out?",
        subject: "Can you offer individuals an opt-out?",
        choice: "Yes / No",
      },
      '"Yes / No" left: Can you offer individuals an opt-out?',
    ],
    neither: [
      { question: "Research Sponsor: Have you been commissioned…", subject: "Research Sponsor", options: "Yes / No" },
      "No box ticked: Research Sponsor",
    ],
    notApplicable: [
      { question: "Is data transferred abroad?", subject: "Is data transferred abroad?", options: "Yes / No / N/A" },
      "No box ticked (not applicable?): Is data transferred abroad?",
    ],
  },
};

describe("short messages", () => {
  it("every check has a short form for exactly its messages, and a row in this table for each", () => {
    for (const check of CHECKS) {
      const ids = Object.keys(check.meta.messages).sort();
      expect({ check: check.meta.id, short: Object.keys(check.meta.shortMessages).sort() }).toEqual({
        check: check.meta.id,
        short: ids,
      });
      expect({ check: check.meta.id, table: Object.keys(TABLE[check.meta.id] ?? {}).sort() }).toEqual({
        check: check.meta.id,
        table: ids,
      });
    }
  });

  const rows = CHECKS.flatMap((check) =>
    Object.keys(check.meta.messages).map((id) => [`${check.meta.id}.${id}`, check, id] as const),
  );

  it.each(rows)("%s renders its label from the data its full message is rendered with", (_, check, id) => {
    const [data, label] = TABLE[check.meta.id][id];
    // The data is complete for the full message too (the same data, as a finding carries it).
    expect(() => renderMessage(check.meta.messages[id], data)).not.toThrow();
    expect(renderMessage(check.meta.shortMessages[id], data)).toBe(label);
    // One or two lines of the pane at 320 px; a short form never ends in an ellipsis.
    expect(label.length).toBeLessThanOrEqual(60);
    expect(label).not.toMatch(/…/);
  });
});

describeReal([])("short labels on the real documents", () => {
  it("every finding has a label of its own words, most of them fitting two lines of the pane", async () => {
    const files = readdirSync(REAL_FIXTURES_DIR).filter((f) => f.endsWith(".docx"));
    const labels: string[] = [];
    for (const file of files) {
      const report = analyze(await readDocx(readFileSync(join(REAL_FIXTURES_DIR, file))), { today: "2026-12-03" });
      for (const f of report.findings) {
        expect(f.short.trim()).not.toBe("");
        expect(f.short).not.toMatch(/\{\{|…|undefined/);
        expect(f.short.length).toBeLessThan(f.message.length + 1);
        labels.push(f.short);
      }
    }
    expect(labels.length).toBeGreaterThan(100);
    // About 42 characters make a line of the pane at 320 px: two lines are 84. Long ones are single-clause questions
    // of research forms, kept whole rather than cut mid-clause.
    const long = labels.filter((l) => l.length > 84);
    expect(long.length / labels.length).toBeLessThan(0.1);
  });
});
