import { subjectOf } from "../../../src/core/detect/subject";

/** Questions and labels from real forms (the ICO template, the ModelOp PIA, research forms) and what names them. */
const CASES: Array<[question: string, subject: string]> = [
  ["Name of controller", "Name of controller"],
  ["1.1 Data Storage: Where will the data be stored?", "Data Storage"],
  [
    "2.2 Data Subjects Location: What are the primary locations in which the Subjects reside?",
    "Data Subjects Location",
  ],
  [
    "Describe the nature of the processing: how will you collect, use, store and delete data? What is the source of the data?",
    "Describe the nature of the processing",
  ],
  [
    "Describe compliance and proportionality measures, in particular: what is your lawful basis for processing?",
    "Describe compliance and proportionality measures",
  ],
  ["Name of controller contact /DPO (delete as appropriate)", "Name of controller contact /DPO"],
  ["Title of the research project: *", "Title of the research project"],
  ["First Name*", "First Name"],
  ["Is data shared with third parties or outside India?", "Is data shared with third parties or outside India?"],
  [
    "What is the legal basis for processing this data? Give the article.",
    "What is the legal basis for processing this data?",
  ],
  ["Measures approved by:", "Measures approved by"],
  ["(a) Will the data be kept for use by other researchers?", "Will the data be kept for use by other researchers?"],
  ["Meeting at 10:30 with the board", "Meeting at 10:30 with the board"],
  // One clause longer than a line and a half: kept whole, never cut inside it.
  [
    "Confirm that all personal data will be stored and processed in compliance with the Data Protection Act",
    "Confirm that all personal data will be stored and processed in compliance with the Data Protection Act",
  ],
  // A list of examples after a long first clause: the clause.
  [
    "Describe the sources of data you will use in the project, for example hospital records, surveys and interviews",
    "Describe the sources of data you will use in the project",
  ],
  ["", ""],
];

describe("subjectOf", () => {
  it.each(CASES)("%j → %j", (question, subject) => {
    expect(subjectOf(question)).toBe(subject);
  });

  it("never adds an ellipsis, and a shortened subject is the start of the question's own words", () => {
    for (const [question] of CASES) {
      const subject = subjectOf(question);
      expect(subject).not.toMatch(/…/);
      const words = question.replace(/^\S*\d\S*\s+|^\([a-z]\)\s+/, "").replace(/[*()]/g, "");
      expect(words.replace(/\s+/g, " ")).toContain(subject);
    }
  });
});
