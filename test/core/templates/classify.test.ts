import {
  isHeadingLike,
  isInstruction,
  isNoneAnswer,
  isPromptList,
  isQuestion,
} from "../../../src/core/templates/classify";
import { buildUnits } from "../../../src/core/templates/units";
import { doc, heading, p, row, table } from "../../support/model-builder";

describe("classify", () => {
  it.each([
    "Why do you want to process the data?",
    "3a: Do you have a lawful basis for collecting/processing this data?",
    "13: How will you ensure that all users have attended training",
    "2.4 Retention Time Limits: How long will the data be retained?",
    "Describe the context of the processing:",
    "Who will have access to the system? Give a description of potential users.",
    "Do you have any comments to justify your answer? (optional)",
  ])("question: %s", (text) => expect(isQuestion(text)).toBe(true));

  it.each([
    "1. When a customer approaches the organisation we can search their record.",
    "You need to assess whether there is a legitimate interest behind the processing.",
    "Yes, we do explain the nature and need for our processing.",
    "It is possible but not likely.",
  ])("not a question: %s", (text) => expect(isQuestion(text)).toBe(false));

  it("recognises headings written as plain text", () => {
    expect(isHeadingLike("Step 5: Identify and assess risks")).toBe(true);
    expect(isHeadingLike("PART 2 – NECESSITY TEST")).toBe(true);
    expect(isHeadingLike("1.0 Processing Details")).toBe(true);
    expect(isHeadingLike("Reasonable expectations")).toBe(true);
    expect(isHeadingLike("Step 5 of the process is to identify risks, which we did in a workshop with the team.")).toBe(
      false,
    );
  });

  it("tells prompts, instructions and None answers apart", () => {
    expect(isPromptList("• Will this processing help?\n• Is it proportionate?\n• Can you do it another way?")).toBe(
      true,
    );
    expect(isPromptList("• Yes, it helps.\n• It is proportionate.")).toBe(false);
    expect(isInstruction("- List each internal service and the reason for access.")).toBe(true);
    expect(isInstruction("Personal Data: information relating to an identifiable person")).toBe(true);
    expect(isInstruction("Contact details are shared with the services who receive work.")).toBe(false);
    expect(isNoneAnswer("1. None")).toBe(true);
    expect(isNoneAnswer("None of the data leaves the UK.")).toBe(false);
  });
});

describe("units", () => {
  it("places paragraphs inside a table at that table's rows", () => {
    const model = doc(heading("Step 1"), table(row("a", "b"), row("c", "d")), p("after"));
    const { positionOf } = buildUnits(model);
    // Paragraph indices: 0 heading, 1–4 the four cells, 5 "after".
    expect(positionOf({ paragraph: 0 })).toBe(0);
    expect(positionOf({ paragraph: 2 })).toBe(1);
    expect(positionOf({ table: 0, row: 1, cell: 0 })).toBe(2);
    expect(positionOf({ paragraph: 5 })).toBe(3);
  });
});
