/**
 * Sign-off in every shape: an approval table by role with empty Name / Signature / Date cells, "Approver:" with
 * nothing after it, "Prepared by / Reviewed by" naming only roles, an LIA's "completed by" and "date" left empty, a
 * sign-off that is only a template variable — and filled ones.
 */
import { cell, heading, p, row, run, table } from "../../fixtures/docx-builder";
import { built } from "../built";
import { befriendingBody, head, reminderBody } from "./bodies";

/** The bodies are complete: nothing about them may be reported (a section-missing finding other than a labelled one is unexpected anyway). */
const FILLED_BODY = [
  { kind: "unmitigated-risk" as const },
  { kind: "lawful-basis-missing" as const },
  { kind: "risk-score-mismatch" as const },
];
const SIGNOFF_PRESENT = {
  kind: "section-missing" as const,
  why: "the sign-off section is there; its rows are the gaps",
};

export const signoffDocuments = [
  built({
    name: "signoff-approval-table-empty",
    group: "sign-off: approval table by role",
    blocks: [
      ...befriendingBody(),
      heading("Section D: Approval", 2),
      table(
        head("Role", "Name", "Signature", "Date"),
        row("Project sponsor", "", "", ""),
        row("Data protection officer", "", "", ""),
        row("Chief executive", "Ruth Adeyemi", "R. Adeyemi", "06/11/2026"),
      ),
    ],
    expectations: {
      acceptable: [
        {
          kind: "dpia-screening",
          text: "older people",
          why: "WP248 (7): the elderly are vulnerable data subjects; the DPIA lists it (info)",
        },
      ],
      gaps: [
        { kindIn: ["signoff-missing", "unanswered"], at: "Project sponsor", min: 1, max: 3 },
        { kindIn: ["signoff-missing", "unanswered"], at: "Data protection officer", min: 1, max: 3 },
      ],
      risks: { count: 2 },
      mustNotReport: [{ at: "Ruth Adeyemi" }, ...FILLED_BODY, SIGNOFF_PRESENT],
    },
  }),
  built({
    name: "signoff-approver-blank",
    group: "sign-off: 'Approver:' with nothing after",
    blocks: [
      ...reminderBody(),
      heading("Sign-off", 2),
      p("Approver:"),
      p("Date approved:"),
      p("DPO comments: no objection, provided the opt-out is in every message."),
    ],
    expectations: {
      gaps: [
        { kindIn: ["signoff-missing", "unanswered"], at: "Approver", min: 1, max: 1 },
        {
          kindIn: ["signoff-missing", "unanswered"],
          at: "Date approved",
          min: 0,
          max: 1,
          why: "the same missing approval: reporting its date separately is fine, not required",
        },
      ],
      mustNotReport: [{ text: "opt-out is in every message" }, ...FILLED_BODY],
    },
  }),
  built({
    name: "signoff-roles-only",
    group: "sign-off: 'Prepared by / Reviewed by' with roles only",
    blocks: [
      ...befriendingBody(),
      heading("Section D: Document control", 2),
      table(row("Prepared by", "Data Protection Lead"), row("Reviewed by", "Head of Services"), row("Version", "1.2")),
    ],
    expectations: {
      acceptable: [
        {
          kind: "dpia-screening",
          text: "older people",
          why: "WP248 (7): the elderly are vulnerable data subjects; the DPIA lists it (info)",
        },
      ],
      gaps: [
        {
          kindIn: ["signoff-missing", "section-missing"],
          text: "sign",
          why: "roles only: nobody is named as approving it, and there is no date",
          min: 1,
          max: 2,
        },
      ],
      mustNotReport: [{ kind: "unanswered", at: "Version" }, ...FILLED_BODY],
    },
  }),
  built({
    name: "signoff-template-variable",
    group: "sign-off: only a template variable",
    blocks: [...reminderBody(), heading("Approval", 2), p("Approved by {{approver_name}} on {{approval_date}}.")],
    expectations: {
      gaps: [
        { kindIn: ["placeholder", "signoff-missing"], text: "{{approver_name}}" },
        { kindIn: ["placeholder", "signoff-missing"], text: "{{approval_date}}", min: 0, max: 1 },
      ],
      mustNotReport: [...FILLED_BODY],
    },
  }),
  built({
    name: "signoff-filled-table",
    group: "precision: sign-off complete",
    blocks: [
      ...befriendingBody(),
      heading("Section D: Approval", 2),
      table(
        head("Role", "Name", "Signature", "Date"),
        row("Project sponsor", "Daniel Osei", "D. Osei", "04/11/2026"),
        row(
          "Data protection officer",
          "Mei Lin Tan",
          cell(p(run("signed electronically", { italic: true }))),
          "05/11/2026",
        ),
      ),
      p(
        "DPO advice: the LIA should be repeated if clients' health notes are ever added. Advice accepted by the sponsor.",
      ),
    ],
    expectations: {
      acceptable: [
        {
          kind: "dpia-screening",
          text: "older people",
          why: "WP248 (7): the elderly are vulnerable data subjects; the DPIA lists it (info)",
        },
      ],
      gaps: [],
      risks: { count: 2, entries: [{ description: "keeps client addresses", computed: "medium" }] },
      mustNotReport: [
        { kindIn: ["signoff-missing", "unanswered", "placeholder", "not-approved"] },
        ...FILLED_BODY,
        SIGNOFF_PRESENT,
      ],
    },
  }),
];
