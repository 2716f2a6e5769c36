import { specialCategoryConditionMissing } from "../../../src/core/checks/special-category-condition-missing";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

const pia = (answer: string) =>
  doc(
    p("Privacy Impact Assessment"),
    table(row("1: List all personal data that you will be collecting?"), row(answer)),
    table(
      row("3a: Do you have a lawful basis?"),
      row("Yes", "☒", "Please list lawful basis", "Public task"),
      row("No", "☐"),
    ),
  );

runCheck(specialCategoryConditionMissing, {
  valid: [
    {
      name: "the value after the label says none",
      model: pia("Names and emails. Special categories: none collected."),
    },
    {
      name: "health data only if ever added later",
      model: pia("Names and phone numbers; the LIA is repeated if health notes are ever added."),
    },
    {
      name: "a form that never asks for a basis or a condition",
      model: doc(
        p("Research data access application"),
        table(row("Application type:", "New"), row("Which patient records are needed?", "Discharge letters")),
      ),
    },
    {
      name: "health data with a 9(2)(h) condition",
      model: pia("Health information. Condition: Article 9(2)(h) provision of health or social care."),
    },
    { name: "no special category data", model: pia("Name and address only. No special category data is collected.") },
    {
      name: "health and safety is not health data",
      model: pia("Name, address; staff follow health and safety rules."),
    },
    {
      name: "criminal offence data under official authority",
      model: pia("Criminal convictions, processed under the control of official authority."),
    },
    {
      name: "the prompt asks but the answer says no",
      model: doc(
        p("Legitimate interests assessment"),
        p("Is it special category data or criminal offence data?"),
        p("No special category or criminal offence data is processed."),
      ),
    },
  ],
  invalid: [
    {
      name: "a free-form assessment about patients names only an Article 6 basis",
      model: doc(
        heading("DPIA: rehabilitation diary app"),
        heading("Description"),
        p("Patients log their symptoms and exercises; their therapist reads the log before each visit."),
        heading("Lawful basis"),
        p("Consent, Article 6(1)(a), given when the app is activated."),
      ),
      errors: [{ messageId: "special", data: { term: "patients" } }],
    },
    {
      name: "health data, public task only",
      model: pia("Title, name, address. Special Category Data: Health information such as hard of hearing."),
      errors: [{ messageId: "special", data: { term: "special category" }, slot: "special-category-condition" }],
    },
    {
      name: "ethnicity without a condition",
      model: pia("We record ethnic origin for monitoring."),
      errors: [{ messageId: "special" }],
    },
    {
      name: "criminal offence data without Article 10",
      model: pia("Details of criminal convictions of applicants."),
      errors: [{ messageId: "criminal" }],
    },
  ],
});
