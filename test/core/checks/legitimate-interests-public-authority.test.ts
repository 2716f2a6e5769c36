import { legitimateInterestsPublicAuthority } from "../../../src/core/checks/legitimate-interests-public-authority";
import { doc, heading, p, row, table } from "../../support/model-builder";
import { runCheck } from "./run-check";

const lia = (intro: string) =>
  doc(
    p(intro),
    heading("Part 1: Purpose test"),
    heading("Part 2: Necessity test"),
    heading("Part 3: Balancing test"),
    heading("Making the decision"),
    table(row("Can you rely on legitimate interests for this processing?", "Yes")),
  );
const pia = (who: string, basis: string) =>
  doc(
    p(`Privacy Impact Assessment – ${who}`),
    table(
      row("3a: Do you have a lawful basis for collecting/processing this data?"),
      row("Yes", "☒", "Please list lawful basis for each processing activity", basis),
      row("No", "☐"),
    ),
  );

runCheck(legitimateInterestsPublicAuthority, {
  valid: [
    { name: "a housing association's LIA", model: lia("Ark Housing Association marketing LIA") },
    { name: "a council relying on public task", model: pia("Luton Borough Council", "Public task") },
    {
      name: "a charity working with a council is not a public authority",
      model: lia("Marketing LIA of Brightside Charity, working with Leeds City Council on the project"),
    },
    {
      name: "a company whose client is a council",
      model: lia("Acme Ltd newsletter LIA; data is shared with the Westshire County Council events team"),
    },
    {
      name: "another body's authority mentioned",
      model: pia("St Martins Housing Trust (referrals from the Local Authority)", "Legitimate interests"),
    },
    {
      name: "private organisation set in the options",
      options: { organisation: "private" },
      model: pia("Westshire County Council", "Legitimate interests"),
    },
  ],
  invalid: [
    {
      name: "a council's free-form assessment naming legitimate interests in prose",
      model: doc(
        heading("Borough Council – DPIA: parking permit renewals"),
        heading("Lawful basis"),
        p("Legitimate interests (Article 6(1)(f)): the council's interest in renewing permits on time."),
      ),
      errors: [{ messageId: "publicAuthority", text: "Legitimate interests" }],
    },
    {
      name: "a police force's LIA",
      model: lia("Northshire Police: legitimate interests assessment for CCTV"),
      errors: [{ messageId: "publicAuthority", data: { reason: 'a police force ("Northshire Police")' } }],
    },
    {
      name: "a council naming legitimate interests",
      model: pia("Westshire County Council", "Legitimate interests"),
      errors: [{ messageId: "publicAuthority" }],
    },
    {
      name: "organisation type from the settings",
      options: { organisation: "public-authority" },
      model: pia("Acme", "Article 6(1)(f) legitimate interests"),
      errors: [{ messageId: "publicAuthority", data: { reason: "from the settings" } }],
    },
  ],
});
