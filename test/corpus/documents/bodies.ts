/**
 * Complete assessment bodies (description, purposes, necessity, lawful basis, scored risks with measures, review date),
 * so that documents about one class — sign-off shapes — carry no other gap. Two organisations, two layouts.
 */
import { cell, heading, p, row, run, table, type BlockSpec } from "../../fixtures/docx-builder";

export const head = (...texts: string[]) =>
  row(...texts.map((t) => cell(p(run(t, { bold: true })), { shading: "D9D9D9" })));

/** A form: label | answer rows, then a risk table with a measure column. */
export function befriendingBody(): BlockSpec[] {
  return [
    heading("Hollins Community Trust – data protection impact assessment: befriending database", 1),
    heading("Section A: The processing", 2),
    table(
      row(
        "What is the project?",
        "A shared database of befriending volunteers and the older people they visit, replacing paper files at three branches.",
      ),
      row(
        "What data is processed, and about whom?",
        "Volunteers: name, contact details, date of their DBS check. Clients: name, address, phone, preferred visiting times, a next-of-kin contact.",
      ),
      row("Why is it needed?", "To match volunteers with clients and to know who visited whom, for safeguarding."),
      row(
        "Is there a less intrusive way?",
        "Paper files cannot be shared safely between branches; the database holds no notes about anyone's health.",
      ),
      row("Lawful basis", "Article 6(1)(f) UK GDPR – legitimate interests, assessed in our LIA of March 2026."),
    ),
    heading("Section B: Risks and measures", 2),
    table(
      head("Risk", "Likelihood", "Severity", "Overall risk", "Measure"),
      row(
        "A volunteer keeps client addresses after leaving",
        "Possible",
        "Significant",
        "Medium",
        "Accounts closed the day a volunteer leaves; addresses cannot be exported",
      ),
      row(
        "Client details sent to the wrong volunteer",
        "Remote",
        "Significant",
        "Low",
        "Each match confirmed by phone before details are released",
      ),
    ),
    heading("Section C: Review", 2),
    p("Review date: 30 September 2027"),
  ];
}

/** Plain sections: a vets' reminder service. */
export function reminderBody(): BlockSpec[] {
  return [
    heading("Lakeside Veterinary Group – DPIA: vaccination reminder texts", 1),
    heading("Description and purposes", 2),
    p(
      "Our practice system will text clients when a pet's vaccination is due, using the client's name, mobile number " +
        "and the pet's name. The purpose is to remind clients; no marketing is sent.",
    ),
    heading("Necessity and proportionality", 2),
    p(
      "Reminders by text replace posted cards. Only three fields leave the system and clients can opt out at any time.",
    ),
    heading("Lawful basis", 2),
    p("Article 6(1)(f) UK GDPR, legitimate interests; the assessment is attached as Annex 1."),
    heading("Risks and measures", 2),
    table(
      head("Risk", "Likelihood", "Severity", "Overall", "Mitigation"),
      row(
        "Texts go to a previous owner of the number",
        "Possible",
        "Minimal",
        "Low",
        "Numbers confirmed at each visit",
      ),
      row(
        "The text provider reuses client numbers",
        "Remote",
        "Significant",
        "Low",
        "Processor contract; no other use",
      ),
    ),
    heading("Review", 2),
    p("Next review: 1 March 2027."),
  ];
}
