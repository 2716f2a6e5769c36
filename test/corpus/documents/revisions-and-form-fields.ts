/**
 * Documents as Word leaves them after editing: tracked changes (a placeholder deleted and the answer inserted; an answer
 * deleted and nothing put back) read as their accepted view, and legacy FORMTEXT fields (an empty one showing Word's five
 * spaces, one still showing its default prompt, one typed into).
 */
import { deleted, formText, heading, inserted, p, row, table, cell } from "../../fixtures/docx-builder";
import { built } from "../built";

export const revisionDocuments = [
  built({
    name: "tracked-changes",
    group: "placeholders: tracked insertions and deletions",
    blocks: [
      heading("Hillcrest Primary School – biometric lunch payments: screening", 1),
      table(
        row("Project owner", cell(p(deleted("[Name]"), inserted("Mrs Farah Qureshi, School Business Manager")))),
        row("Supplier", cell(p(deleted("Cashless Catering Ltd")))),
        row(
          "Retention",
          cell(
            p(
              "Templates deleted ",
              deleted("when the pupil leaves"),
              inserted("within one month of the pupil leaving"),
            ),
          ),
        ),
      ),
      p(
        "Parents' written consent is collected under the Protection of Freedoms Act 2012 before any pupil is enrolled.",
      ),
    ],
    expectations: {
      gaps: [
        {
          kindIn: ["unanswered", "placeholder"],
          at: "Supplier",
          why: "its only text is a tracked deletion: once accepted, the cell is empty",
        },
      ],
      mustNotReport: [
        { at: "Project owner", why: "[Name] was deleted with Track Changes and the answer inserted" },
        { at: "Retention" },
      ],
      acceptable: [
        {
          kind: "special-category-condition-missing",
          why: "biometric templates identify pupils (Article 9); parents' consent is named but not as an Article 9(2)(a) condition",
        },
      ],
    },
  }),
  built({
    name: "legacy-form-text-fields",
    group: "placeholders: legacy FORMTEXT fields",
    blocks: [
      heading("Volunteer driver scheme – registration of a new data use", 1),
      table(
        row("Name of the scheme", cell(p(formText("Community car scheme – hospital journeys")))),
        row("Contact officer", cell(p(formText()))),
        row("Data to be collected", cell(p(formText("Enter the data items here")))),
        row("Where records are kept", cell(p(formText("Locked cabinet at the scheme office; no electronic copy")))),
      ),
    ],
    expectations: {
      gaps: [
        { kindIn: ["unanswered", "placeholder"], at: "Contact officer", why: "an empty form field (five spaces)" },
        { kind: "placeholder", text: "Enter the data items here" },
      ],
      mustNotReport: [{ at: "hospital journeys" }, { at: "Locked cabinet" }],
    },
  }),
];
