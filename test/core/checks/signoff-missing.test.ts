import { signoffMissing } from "../../../src/core/checks/signoff-missing";
import { cell, doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

const step7 = (...rows: ReturnType<typeof row>[]) =>
  doc(heading("Step 7: Sign off and record outcomes"), table(row("Item", "Name/position/date", "Notes"), ...rows));

runCheck(signoffMissing, {
  valid: [
    {
      name: "ICO sign-off filled with names and dates",
      model: step7(
        row("Measures approved by:", "CEO, 31/3/2022", "Integrate actions back into project plan"),
        row("DPO advice provided:", "J Smith DPO, 1 April 2022", "DPO should advise on compliance"),
        row("This DPIA will kept under review by:", "The DPO", "The DPO should also review ongoing compliance"),
      ),
    },
    {
      name: "LIA completed by with its own date row",
      model: doc(table(row("LIA completed by", "T Knight DPO"), row("Date", "10.12.24"))),
    },
    {
      name: "name / signature / date all given",
      model: doc(p("Approval"), table(row("Name", "Signature", "Date"), row("A Officer", "A Officer", "3 May 2024"))),
    },
    { name: "not a sign-off row", model: doc(table(row("Project name", "Contact centre"))) },
    {
      name: "approval table by role, a wet signature left blank beside a name and a date",
      model: doc(
        heading("Approvals"),
        table(row("Role", "Name", "Date", "Signature"), row("Approved by:", "K Osei", "4 March 2026", "")),
      ),
    },
    {
      name: "a sign-off that is only a template variable is the placeholder check's",
      model: doc(heading("Sign-off"), p("Approved by: {{ approver_name }}"), p("Date: {{ approval_date }}")),
    },
    {
      name: "kept under review by a role is how the ICO template asks it",
      model: doc(heading("Sign-off"), p("This DPIA will be kept under review by: the DPO")),
    },
    {
      name: "prepared by a role with its date on the next line",
      model: doc(heading("Document control"), p("Prepared by: Project Manager"), p("Date: 12/01/2026")),
    },
  ],
  invalid: [
    {
      name: "blank ICO sign-off rows",
      model: step7(
        row("Measures approved by:", "", "Integrate actions back into project plan"),
        row("Residual risks approved by:", "", "If accepting any residual high risk, consult the ICO"),
      ),
      errors: [
        { messageId: "missing", section: "Step 7", at: "t0r1c1" },
        { messageId: "missing", at: "t0r2c1" },
      ],
    },
    {
      name: "summary of DPO advice in a label-only cell",
      model: step7(
        row("DPO advice provided:", "J Smith, 1/4/22", "DPO should advise"),
        row(cell("Summary of DPO advice:", { span: 3 })),
      ),
      errors: [{ messageId: "empty", text: "Summary of DPO advice" }],
    },
    {
      name: "approved by a name with no date",
      options: { template: "ico-dpia" },
      model: step7(row("Measures approved by:", "CEO", "Integrate actions")),
      errors: [{ messageId: "noDate", severity: "warning", data: { answer: "CEO" } }],
    },
    {
      name: "advice overruled without reasons",
      model: step7(
        row(
          "DPO advice accepted or overruled by:",
          "Overruled by the CEO, 2/2/24",
          "If overruled, you must explain your reasons",
        ),
        row(cell("Comments:", { span: 3 })),
      ),
      errors: [{ messageId: "overruled", severity: "error" }],
    },
    {
      name: "empty comments under a filled sign-off",
      model: step7(
        row(
          "Consultation responses reviewed by:",
          "Manager, 31/3/22",
          "If your decision departs from individuals' views, you must explain your reasons",
        ),
        row(cell("Comments:", { span: 3 })),
      ),
      errors: [{ messageId: "comments", severity: "warning" }],
    },
    {
      name: "approval table by role with every cell empty: one finding a row",
      model: doc(
        heading("Approvals"),
        table(
          row("Role", "Name", "Date", "Signature"),
          row("Prepared by:", "", "", ""),
          row("Data Protection Officer:", "", "", ""),
        ),
      ),
      errors: [
        { messageId: "missing", at: "t0r1c1", data: { label: "Prepared by" } },
        { messageId: "missing", at: "t0r2c1", data: { label: "Data Protection Officer" } },
      ],
    },
    {
      name: "Approver: with nothing after it",
      model: doc(heading("Sign-off"), p("Approver:"), p("Date approved: 3 June 2026")),
      errors: [{ messageId: "missing", at: "p1", text: "Approver" }],
    },
    {
      name: "prepared and reviewed by roles only, no date",
      model: doc(heading("Document control"), p("Prepared by: Project Manager"), p("Reviewed by: DPO")),
      errors: [
        { messageId: "roleOnly", data: { answer: "Project Manager" } },
        { messageId: "roleOnly", data: { answer: "DPO" } },
      ],
    },
    {
      name: "a document-control table of roles only is one missing sign-off",
      model: doc(
        heading("Document control"),
        table(row("Prepared by", "Project Manager"), row("Reviewed by", "Head of Services"), row("Version", "2")),
      ),
      errors: [{ messageId: "roleOnly", data: { answer: "Project Manager" } }],
    },
    {
      name: "an LIA's completed by and date left empty",
      model: doc(heading("Making the decision"), table(row("LIA completed by:", ""), row("Date:", ""))),
      errors: [{ messageId: "missing", at: "t0r0c1" }],
    },
    {
      name: "approval with no date in a Name / Signature / Date table",
      model: doc(p("Approval"), table(row("Name", "Signature", "Date"), row("Hazel Lunn", "Hazel Lunn", ""))),
      errors: [{ messageId: "dateEmpty", at: "t0r1c2" }],
    },
  ],
});
