import { unanswered } from "../../../src/core/checks/unanswered";
import { cell, doc, heading, li, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

runCheck(unanswered, {
  valid: [
    {
      name: "prompt row and answer row",
      model: doc(
        heading("Step 1: Identify the need for a DPIA"),
        table(row("Explain broadly what the project aims to achieve."), row("We are replacing our CRM.")),
      ),
    },
    {
      name: "bullet prompts followed by bullet answers",
      model: doc(
        heading("Part 1: Purpose test"),
        li("Why do you want to process the data?"),
        li("What benefit do you expect?"),
        li("To send invoices."),
        li("Customers are billed correctly."),
      ),
    },
    {
      name: "numbered questions answered in paragraphs",
      model: doc(
        p("12: How will you keep the data accurate?"),
        p("Advisors check contact details on every call."),
        p("13: How long will you hold the data?"),
        p("Seven years after the case closes."),
      ),
    },
    {
      name: "a Why not? follow-up whose box is not ticked",
      model: doc(
        table(
          row("6: Can individuals ask for deletion?"),
          row("No", "☐", "Why not?", ""),
          row("Yes", "☒", "How?", "Online form."),
        ),
      ),
    },
    {
      name: "an optional comment left empty",
      model: doc(table(row("Do you have any comments to justify your answer? (optional)", ""))),
    },
    {
      name: "label/value table filled",
      model: doc(table(row("Name of controller", "Acme Ltd"), row("Contact", "Jo Bloggs"))),
    },
    {
      name: "a title row over label rows",
      model: doc(table(row("Version control", ""), row("Version: 2.1", "Issued: May 2024"), row("Owner:", "IG team"))),
    },
    {
      name: "a prompt-only paragraph of prose is not a question",
      model: doc(
        p("You need to assess whether the processing is necessary."),
        p("It is necessary because the law requires it."),
      ),
    },
    {
      name: "None for a question that is not about impacts",
      model: doc(table(row("Any international transfers?", "None"))),
    },
  ],
  invalid: [
    {
      name: "empty answer row under a prompt",
      model: doc(
        heading("Step 3: Consultation process"),
        table(
          row("Consider how to consult with relevant stakeholders: describe when and how you will seek views."),
          row(""),
        ),
      ),
      errors: [{ messageId: "empty", section: "Step 3", at: "t0r1c0" }],
    },
    {
      name: "a numbered question with nothing after it",
      model: doc(
        p("1.0 Processing Details"),
        p("1.1 Data Storage: Where will the data be stored?"),
        p("1.2 Data Processing: Where will the data be processed?"),
        p("2.0 Personal Data"),
      ),
      errors: [
        { messageId: "empty", text: "Where will the data be stored" },
        { messageId: "empty", text: "Where will the data be processed" },
      ],
    },
    {
      name: "a ticked No with an empty Why not?",
      model: doc(
        table(
          row("15: Is the retention schedule up to date?"),
          row("No", "☒", "Why not?", ""),
          row("Yes", "☐", "Link:", ""),
        ),
      ),
      errors: [{ messageId: "followUp", data: { option: "No" }, at: "t0r1c3" }],
    },
    {
      name: "a ticked Yes with an empty How?",
      model: doc(table(row("Is profiling used?"), row("No ☐"), row("Yes ☒", "How?", ""))),
      errors: [{ messageId: "followUp", data: { option: "Yes" } }],
    },
    {
      name: "a blank reference number",
      model: doc(table(row("PIA reference number", ""))),
      errors: [{ messageId: "reference", text: "PIA reference number" }],
    },
    {
      name: "the prompt pasted as the answer",
      model: doc(table(row("Describe the purposes of the processing"), row("Describe the purposes of the processing"))),
      errors: [{ messageId: "promptOnly" }],
    },
    {
      name: "None as the only impact",
      model: doc(p("11: What are the potential negative impacts to the individual?"), p("1. None")),
      errors: [{ messageId: "noneOnly", severity: "info" }],
    },
    {
      name: "label cells with empty values beside them",
      model: doc(
        heading("Submitting controller details"),
        table(
          row("Name of controller", ""),
          row("Subject/title of DPO", "Jane Roe"),
          row("Name of controller contact /DPO (delete as appropriate)", ""),
        ),
      ),
      errors: [
        { messageId: "empty", text: "Name of controller" },
        { messageId: "empty", text: "controller contact" },
      ],
    },
    {
      name: "a risk row with option lists but no risk described",
      model: doc(
        heading("Step 5: Identify and assess risks"),
        table(
          row("Describe source of risk", "Likelihood of harm", "Severity of harm", "Overall risk"),
          row("", "Remote, possible or probable", "Minimal, significant or severe", "Low, medium or high"),
        ),
      ),
      errors: [{ messageId: "riskDescription", section: "Step 5" }],
    },
    {
      name: "label/value pairs across four columns",
      model: doc(
        table(
          row("Project type", "Contact centre", "Project name", ""),
          row("Lead officer", "A. Person", "Telephone", "01234"),
        ),
      ),
      errors: [{ messageId: "empty", text: "Project name", at: "t0r0c3" }],
    },
    {
      name: "a label cell sharing its answer space",
      model: doc(table(row(cell("Summary of findings:", { span: 3 })), row("Reviewed", "Yes", "ok"))),
      errors: [{ messageId: "empty", text: "Summary of findings" }],
    },
  ],
});
