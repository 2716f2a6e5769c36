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
  ],
  invalid: [
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
  ],
});
