import { AnswerEditError, editForAnswer } from "../core/answer-edits";
import type { Edit, EditResult } from "../core/edits";
import { refKey } from "../core/model";
import type { Finding } from "../core/report";
import { AnswersFileError, readAnswersFile } from "./answers-file";
import type { AnswerChoice, FillArgs } from "./args";
import { analysisOverrides, EXIT } from "./check";
import { describeError } from "./documents";
import { openDocument, type OpenDocument } from "./host";
import type { Output } from "./output";
import { describePlace } from "./text-report";
import { sameFile, writeFileAtomic } from "./write-atomic";

/** A choice that names no finding, no answer of it, or cannot be written: bad input (exit 2), nothing written. */
class ChoiceError extends Error {
  override readonly name = "ChoiceError";
}

interface Outcome {
  choice: AnswerChoice;
  result: EditResult | { status: "refused"; message: string };
}

/**
 * Writes a copy of the document with the chosen guided answers filled in: the document is checked, each
 * answer becomes an edit through the same core builder the task pane uses (editForAnswer), and the edits
 * go through the pane's own apply path (DocumentService.apply → src/word/apply), which re-checks every
 * target first. Each edit is printed as applied or refused; any refusal gives exit 1. Every choice is
 * validated before anything is written, so a wrong id or label (exit 2) leaves no output.
 */
export async function runFill(args: FillArgs, out: Output): Promise<number> {
  if (await sameFile(args.input, args.output)) {
    out.stderr(`dpia-assist: ${args.output}: is the input document; fill writes a copy and never overwrites its input`);
    return EXIT.badInput;
  }
  let choices: AnswerChoice[];
  try {
    choices = [...args.answers, ...(args.answersFile ? await readAnswersFile(args.answersFile) : [])];
  } catch (error) {
    out.debug(error);
    const reason = error instanceof AnswersFileError ? error.message : describeError(error);
    out.stderr(`dpia-assist: ${args.answersFile}: ${reason}`);
    return EXIT.badInput;
  }
  let step: "read" | "answers" | "write" = "read";
  try {
    const document = await openDocument(args.input, args.today);
    const overrides = analysisOverrides(args);
    const findings = (await document.service.scan(overrides)).findings;
    step = "answers";
    validateChoices(choices, findings);
    const outcomes = await applyInRounds(document, choices, findings, () =>
      document.service.scan(overrides).then((r) => r.findings),
    );
    step = "write";
    await writeFileAtomic(args.output, await document.save());
    for (const { choice, result } of outcomes) out.stdout(formatOutcome(choice, result, findings));
    const applied = outcomes.filter((o) => o.result.status === "applied").length;
    out.stdout(`${args.output}: ${applied} of ${outcomes.length} answers written`);
    return applied === outcomes.length ? EXIT.ok : EXIT.refused;
  } catch (error) {
    out.debug(error);
    if (error instanceof ChoiceError) {
      out.stderr(`dpia-assist: ${args.input}: ${error.message}`);
      return EXIT.badInput;
    }
    out.stderr(`dpia-assist: ${step === "write" ? args.output : args.input}: ${describeError(error)}`);
    return EXIT.badInput;
  }
}

/** Every id names a finding of this document (once), and every label one of its guided answers. */
function validateChoices(choices: AnswerChoice[], findings: Finding[]): void {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const seen = new Set<string>();
  for (const choice of choices) {
    const finding = byId.get(choice.id);
    if (!finding)
      throw new ChoiceError(`no finding "${choice.id}" in this document (check --json lists the ids of its findings)`);
    if (seen.has(choice.id)) throw new ChoiceError(`finding "${choice.id}" is answered more than once`);
    seen.add(choice.id);
    answerText(choice, finding);
  }
}

/** The text to write: the guided answer named by its label (exact, else ignoring case), or the caller's own text. */
function answerText(choice: AnswerChoice, finding: Finding): string {
  if ("text" in choice) return choice.text.trim();
  const answers = finding.answers ?? [];
  const answer =
    answers.find((a) => a.label === choice.label) ??
    answers.find((a) => a.label.toLowerCase() === choice.label.toLowerCase());
  if (!answer) {
    const known = answers.map((a) => `"${a.label}"`).join(", ");
    throw new ChoiceError(
      `finding "${choice.id}" has no answer "${choice.label}" (${known ? `its answers: ${known}` : "it has no guided answers; give { id, text } in --answers"})`,
    );
  }
  // A draft is a model answer to be completed by a person; writing it unedited would put template text back.
  if (answer.draft)
    throw new ChoiceError(
      `answer "${answer.label}" of finding "${choice.id}" is a draft to complete: give your own words as { id, text } in --answers`,
    );
  return answer.text.trim();
}

/**
 * Applies one answer per place at a time: answers to different places go in one apply; a second answer to a
 * place already written waits for the next round, built from a fresh scan (its finding's text has changed), as
 * the task pane does after each answer.
 */
async function applyInRounds(
  document: OpenDocument,
  choices: AnswerChoice[],
  findings: Finding[],
  rescan: () => Promise<Finding[]>,
): Promise<Outcome[]> {
  const outcomes = new Map<AnswerChoice, Outcome["result"]>();
  let pending = choices;
  let current = findings;
  while (pending.length > 0) {
    const byId = new Map(current.map((f) => [f.id, f]));
    const places = new Set<string>();
    const round: { choice: AnswerChoice; edit: Edit }[] = [];
    const later: AnswerChoice[] = [];
    for (const choice of pending) {
      const finding = byId.get(choice.id);
      if (!finding) {
        outcomes.set(choice, {
          status: "refused",
          message:
            "an earlier answer written to the same place changed it, and a fresh check no longer reports this finding under this id; run check again and answer it from there",
        });
        continue;
      }
      const place = refKey(finding.ref);
      if (places.has(place)) {
        later.push(choice);
        continue;
      }
      places.add(place);
      try {
        round.push({ choice, edit: editForAnswer(finding, answerText(choice, finding)) });
      } catch (error) {
        // The builder declines this answer here (a check-box group it cannot tick): that edit is refused, not the run.
        if (!(error instanceof AnswerEditError)) throw error;
        outcomes.set(choice, { status: "refused", message: error.message });
      }
    }
    const results = await document.service.apply(round.map((r) => r.edit));
    round.forEach(({ choice }, i) => outcomes.set(choice, results[i] ?? { status: "refused", message: "not applied" }));
    pending = later;
    if (pending.length > 0) current = await rescan();
  }
  return choices.map((choice) => ({ choice, result: outcomes.get(choice)! }));
}

function formatOutcome(choice: AnswerChoice, result: Outcome["result"], findings: Finding[]): string {
  const finding = findings.find((f) => f.id === choice.id);
  const what = "label" in choice ? `"${choice.label}"` : "own text";
  const where = finding ? ` at ${describePlace(finding.ref)}` : "";
  return result.status === "applied"
    ? `applied  ${choice.id} ${what}${where}`
    : `refused  ${choice.id} ${what}${where}: ${result.message}`;
}
