import { lawfulBasisMissing } from "../../../src/core/checks/lawful-basis-missing";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

const dpia = (answer: string) =>
  doc(
    heading("Step 1: Identify the need for a DPIA"),
    heading("Step 2: Describe the processing"),
    heading("Step 4: Assess necessity and proportionality"),
    table(
      row("Describe compliance and proportionality measures, in particular: what is your lawful basis for processing?"),
      row(answer),
    ),
    heading("Step 5: Identify and assess risks"),
    heading("Step 7: Sign off and record outcomes"),
  );

runCheck(lawfulBasisMissing, {
  valid: [
    {
      // One finding per problem: the whole option list left in place is the template's text, which the placeholder
      // check reports (with the bases as guided answers); this check steps aside rather than report it twice.
      name: "the Article 6(1) options left as the template's list (the placeholder check reports it)",
      model: dpia("Consent / Contract / Legal obligation / Vital interests / Public task / Legitimate interests"),
    },
    {
      name: "legitimate interest named",
      model: dpia("Our lawful basis for processing data is 'legitimate interest'."),
    },
    {
      name: "public task by article",
      model: dpia("We rely on Article 6(1)(e) because the council has a statutory duty."),
    },
    {
      name: "contract described",
      model: dpia("Processing is necessary for the performance of a contract with the customer."),
    },
    { name: "an empty Step 4 is unanswered's to report", model: dpia("") },
    {
      name: "a legitimate interests assessment is about one basis",
      model: doc(
        heading("Part 1: Purpose test"),
        heading("Part 2: Necessity test"),
        heading("Part 3: Balancing test"),
        heading("Making the decision"),
        table(row("Can you rely on legitimate interests for this processing?", "Yes")),
      ),
    },
    { name: "not an assessment", model: doc(p("Minutes of the staff meeting."), p("Agreed to buy a kettle.")) },
    {
      name: "one option of the list ticked",
      model: dpia("☐ Consent ☐ Contract ☐ Legal obligation ☐ Vital interests ☒ Public task ☐ Legitimate interests"),
    },
    {
      name: "one option of a list down the cell ticked",
      model: dpia("☐ (a) Consent\n☐ (b) Contract\n☒ (c) Legal obligation\n☐ (d) Vital interests"),
    },
    {
      name: "a US privacy impact assessment rests on no GDPR article",
      model: doc(
        heading("Privacy Impact Assessment"),
        p("This PIA is conducted under section 208 of the E-Government Act of 2002 and the Privacy Act of 1974."),
        heading("Step 4: Assess necessity and proportionality"),
        table(row("What is your lawful basis for processing?"), row("Full compliance given as no data is processed.")),
      ),
    },
    {
      name: "the law set forced to US",
      model: dpia("Full compliance given as no data is processed."),
      options: { law: "us" },
    },
    {
      name: "an LIA on a form of its own is the Article 6(1)(f) assessment",
      model: doc(
        heading("Legitimate Interests Assessment – newsletter analytics"),
        heading("Step 4: Assess necessity and proportionality"),
        table(row("What is your lawful basis for processing?"), row("See the balancing test below.")),
      ),
    },
    {
      name: "a form or extract that never asks for the basis",
      model: doc(
        heading("Step 5: Identify and assess risks"),
        table(row("Source of risk", "Likelihood of harm"), row("Staff lose a laptop", "Possible")),
        heading("Step 6: Identify measures to reduce risk"),
        table(row("Risk", "Options to reduce or eliminate risk"), row("Lost laptop", "Disk encryption")),
      ),
    },
  ],
  invalid: [
    {
      name: "a free-form assessment quotes Article 6(1) without choosing",
      model: doc(
        heading("DPIA: loan of room sensors"),
        heading("Description of the processing"),
        p("Sensors record the temperature in each room every hour; advisers read them to give advice."),
        heading("Lawful basis"),
        p(
          "Article 6(1): processing is lawful only if (a) the data subject has given consent; (b) it is necessary for a contract; " +
            "(c) for a legal obligation; (d) vital interests; (e) a task in the public interest; (f) legitimate interests.",
        ),
        heading("Risks"),
        p("Readings could show when a home is empty."),
      ),
      errors: [{ messageId: "missing" }],
    },
    {
      name: "a basis sentence that names no basis",
      model: dpia("The lawful basis for as data processing is necessary to provide ROI calculations."),
      errors: [{ messageId: "missing", section: "Step 4", slot: "lawful-basis" }],
    },
    {
      name: "no data processed",
      model: dpia("Full compliance given as no data is processed."),
      errors: [{ messageId: "missing" }],
    },
    {
      name: "the Article 6(1) points listed down the cell, none ticked",
      model: dpia(
        "☐ 6(1)(a) consent\n☐ 6(1)(b) contract\n☐ 6(1)(c) legal obligation\n☐ 6(1)(d) vital interests\n☐ 6(1)(e) public task\n☐ 6(1)(f) legitimate interests",
      ),
      errors: [{ messageId: "missing" }],
    },
    {
      name: "the law set forced to the EU GDPR still checks",
      model: dpia("We keep the data for two years."),
      options: { law: "eu-gdpr" },
      errors: [{ messageId: "missing" }],
    },
  ],
});
