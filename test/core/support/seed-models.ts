/**
 * Model-level versions of the seed documents' structures (../shared/seeds), written by hand from reading
 * them, so that the analysis engine can be tested without .docx fixtures. Texts are shortened; layouts
 * (tables, list prompts, check-box rows) are kept.
 */
import type { DocModel } from "../../../src/core/model";
import { cell, doc, heading, li, p, row, table } from "../../support/model-builder";

/** 000: St Martins LIA (markdown-like, bullet prompts then bullet answers; version table with review 2025). */
export function seed000(): DocModel {
  return doc(
    heading("Customer Relationship Management in Webster Court", 2),
    p(
      "This legitimate interests assessment (LIA) template is designed to help you to decide whether or not the legitimate interests basis is likely to apply to your processing.",
    ),
    heading("Part 1: Purpose test", 3),
    p("You need to assess whether there is a legitimate interest behind the processing."),
    li("Why do you want to process the data?"),
    li("What benefit do you expect to get from the processing?"),
    li("Do any third parties benefit from the processing?"),
    li(""),
    li("To provide the best care and support to our residents."),
    li("Reassurance that we are providing the right support by using the best information."),
    li(
      "GDPR plus the additional condition of 'health or social care' for processing special category and criminal offences data.",
    ),
    heading("Part 2: Necessity test", 2),
    p("You need to assess whether the processing is necessary for the purpose you have identified."),
    table(
      row(
        "• Will this processing actually help you achieve your purpose?\n• Is the processing proportionate to that purpose?\n• Can you achieve the same purpose without the processing?",
      ),
      row(
        "• Yes, the processing enables us to provide the best care and support possible to our service users.\n• No, the processing is essential to providing the best care and support.",
      ),
    ),
    heading("Part 3: Balancing test", 2),
    p(
      "You need to consider the impact on individuals' interests and rights and freedoms and assess whether this overrides your legitimate interests.",
    ),
    heading("Nature of the personal data", 3),
    li("Is it special category data or criminal offence data?"),
    li("Is it data which people are likely to consider particularly 'private'?"),
    li(""),
    li("It can sometimes include special category and criminal offence data."),
    li("Yes, special category and criminal offence data is likely to be considered as particularly 'private'."),
    p("Likely impact"),
    li("What are the possible impacts of the processing on people?"),
    li("Would you be happy to explain the processing to individuals?"),
    li(
      "Possible impacts include individuals receiving the best care and support with a risk that, in the event of a data breach, their health & safety could be compromised.",
    ),
    li("Yes, we do explain the nature and need for our processing to every individual we support."),
    table(row("Can you offer individuals an opt-out?", "Yes")),
    heading("Making the decision", 2),
    p(
      "This is where you use your answers to Parts 1, 2 and 3 to decide whether or not you can apply the legitimate interests basis.",
    ),
    table(
      row("Can you rely on legitimate interests for this processing?", "Yes"),
      row("Do you have any comments to justify your answer? (optional)", ""),
      row(
        "We believe that the above demonstrates that 'legitimate interests' is the most appropriate lawful basis for our processing because it fits with service users expectations.",
        "",
      ),
      row("LIA completed by", "Chris Bignall"),
      row("Date", "31 March 2022"),
    ),
    heading("What's next?", 2),
    p("Keep a record of this LIA, and keep it under review."),
    table(
      row("Version control and review", ""),
      row("Version: 3.0", "Issued: April 2024"),
      row("Approved by:", "Head of Sheltered Housing"),
      row("DPO advice provided by:", "System/Data Coordinator"),
      row("Next review date:", "2025"),
      row("This LIA will kept under review by:", "Head of Sheltered Housing"),
    ),
  );
}

/** 002: Ark HA marketing LIA: one-column tables of prompt rows and answer rows; two "Yes / No" left. */
export function seed002(): DocModel {
  return doc(
    table(
      row("Part 1: Purpose test"),
      row("You need to assess whether there is a legitimate interest behind the processing."),
      row(
        "· Why do you want to process the data?\n· What benefit do you expect to get from the processing?\n· Are you complying with other relevant laws?",
      ),
      row(
        "Ark HA wishes to use the CX platform to contact tenants and raise brand awareness.\nAll of these requirements will be met for all communications carried out in relation to marketing using the soft opt-in method.",
      ),
      row("Part 2: Necessity test"),
      row(
        "· Will this processing actually help you achieve your purpose?\n· Is the processing proportionate to that purpose?",
      ),
      row("It is necessary to carry out this marketing so that we can increase awareness of our services."),
      row("Part 3: Balancing test"),
      row("Nature of the personal data"),
      row(
        "· Is it special category data or criminal offence data?\n· Are you processing children's data or data relating to other vulnerable people?",
      ),
      row(
        "No special category personal data or criminal offence data will be processed for this processing activity.\nNo processing will take place in relation to children's data.",
      ),
      row("Likely impact"),
      row(
        "· What are the possible impacts of the processing on people?\n· Can you adopt any safeguards to minimise the impact?",
      ),
      row("We would be happy to explain this processing to individuals."),
      row("Can you offer individuals an opt-out?"),
      row("Yes / No"),
      row("Making the decision"),
      row("Can you rely on legitimate interests for this processing?"),
      row("Yes / No"),
      row(
        "Do you have any comments to justify your answer? (optional)\n\nThe processing meets the legal requirements of PECR and other data protection legislation.",
      ),
    ),
    table(
      row("LIA completed by", "T Knight DPO"),
      row("Date", "10.12.24"),
      row("LIA approved by", "M Loughin Ark HA"),
      row("Date", "10.12.24"),
    ),
    p("What's next?"),
    p("Keep a record of this LIA, and keep it under review."),
  );
}

/** 004: Luton council PIA: label/value table, numbered question rows, check-box pairs, sign-off tables. */
export function seed004(): DocModel {
  const no = (box: string, ...rest: string[]) => row("No", box, ...rest);
  const yes = (box: string, ...rest: string[]) => row("Yes", box, ...rest);
  return doc(
    p("Privacy Impact Assessment - Step one"),
    p(
      "All IT systems which collect and/or process personal data must be subject to a privacy impact assessment (PIA). Please return the completed form to feedback@luton.gov.uk for approval.",
    ),
    table(
      row("Project type", "Customer Services General contact", "Project name", "General Contact"),
      row("Lead officer", "Hazel Lunn", "Service/Directorate", "Cust Comm"),
      row("Planned start date", "Already in use", "", ""),
    ),
    table(
      row(
        cell("1: List all personal and sensitive data that you will be collecting as part of this project?", {
          span: 4,
        }),
      ),
      row(
        cell(
          "Personal Data: information relating to an identifiable person. Sensitive Data: consisting of racial or ethnic origin, data concerning health.",
          { span: 4 },
        ),
      ),
      row(
        cell(
          "Title, First name, surname, address, gender. Special Category Data: Health information such as hard of hearing or blind.",
          { span: 4 },
        ),
      ),
      row(cell("3a: Do you have a lawful basis for collecting/processing this data?", { span: 4 })),
      row(cell("- List all relevant acts", { span: 4 })),
      no("☐"),
      yes("☒", "Please list lawful basis for each processing activity", "1. Public task"),
      row(
        cell(
          "3b: If you do not have a lawful basis will you be getting explicit consent for each processing activity?",
          { span: 4 },
        ),
      ),
      no("☐", "Why not?", ""),
      yes("☒", "Customer is advised of data protection statement when their contact record is created"),
      row("Will you obtain consent at the point of collection?", "", "", "Yes ☒ No ☐"),
      row(cell("5: Is automated decision-making and profiling included?", { span: 4 })),
      no("☒"),
      yes("☐", "How?", ""),
      row(
        cell(
          "8b: If you are planning to share this data with external services do you have an approved Information Sharing Agreement (ISA) in place?",
          { span: 4 },
        ),
      ),
      no("☐", "Why not?", "N/A"),
      yes("☐", "ISA Reference?", ""),
    ),
    p("11: What are the potential negative impacts to the individual of their personal data being used?"),
    p("1. None"),
    p("15: Is the corporate retention schedule up to date?"),
    table(
      no("☒", "Why not?", "Contact data has not been cleansed for some-time."),
      yes("☐", "Link to retention schedule:", ""),
    ),
    table(row("PIA reference number", "")),
    p("Approval"),
    p("As lead officer, I confirm that the information recorded on this form is an accurate and complete assessment."),
    table(row("Name", "Signature", "Date"), row("Hazel Lunn", "Hazel Lunn", "")),
    p("Privacy Impact Assessment reviewed and approved by Luton's Data Protection Officer:"),
    table(row("Name", "Signature", "Date"), row("Yvonne Salvin", "Yvonne Salvin", "11 th May 2018")),
  );
}

/** 003: a police force's lawful-basis policy (not an assessment): FAQ headings, lists of bases. */
export function seed003(): DocModel {
  return doc(
    p("General processing"),
    heading("What are the lawful bases for processing?", 2),
    p(
      "The lawful bases for processing are set out in Article 6 of the GDPR. At least one of these must apply whenever we process your personal data:",
    ),
    li(
      "(a) Consent: the individual has given clear consent for you to process their personal data for a specific purpose.",
    ),
    li(
      "(e) Public task: the processing is necessary for you to perform a task in the public interest or for your official functions.",
    ),
    li(
      "(f) Legitimate interests: the processing is necessary for your legitimate interests. (This cannot apply if you are a public authority processing data to perform your official tasks.)",
    ),
    heading("How do we decide which lawful basis applies?", 2),
    p("To identify the lawful basis we consider a variety of factors, including:"),
    li("What is our purpose – what we are trying to achieve?"),
    li("Can we reasonably achieve it in a different way?"),
    p(
      "As we are a 'public authority', where we can demonstrate that the processing is to perform our tasks as set down in UK law, then we rely on the public task basis for our processing.",
    ),
    heading("What about special category data?", 2),
    p("Special category data is personal data which the GDPR says is more sensitive, and so needs more protection."),
    heading("What does Article 10 say?", 2),
    p("Article 10 says:"),
    p(
      "“Processing of personal data relating to criminal convictions and offences shall be carried out only under the control of official authority.”",
    ),
    p("23 May 18 2:21 PM"),
  );
}
