import { Command, CommanderError, Option } from "commander";
import type { AnalysisOptions, OrganisationType } from "../core/checks/types";
import { isMatrixId } from "../core/vocabulary/risk-matrices";
import { isIsoDate } from "../core/review/model";
import { maxJobs } from "./parallel";

// The CLI validates dates with the same rule as the review data it reads.
export { isIsoDate };

/** Wrong use of the command line: reported in one line with exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface CommonOptions {
  matrix?: string;
  organisation?: OrganisationType;
  today?: string;
  /** The law set to apply instead of the one recognised from the document ("auto": recognise). */
  law?: AnalysisOptions["law"];
}

export interface CheckArgs extends CommonOptions {
  command: "check";
  paths: string[];
  json: boolean;
  failOnGaps: boolean;
  /** Documents checked at once (worker threads); 1 when absent. Output order does not change. */
  jobs?: number;
}

export interface AnnotateArgs extends CommonOptions {
  command: "annotate";
  input: string;
  output: string;
  riskTable: boolean;
}

/** One chosen answer: a guided answer's label, or text of one's own. */
export type AnswerChoice = { id: string; label: string } | { id: string; text: string };

export interface FillArgs extends CommonOptions {
  command: "fill";
  input: string;
  output: string;
  /** From --answer id=label, in the order given. */
  answers: AnswerChoice[];
  /** --answers answers.json (read by the fill command, so a bad file is reported like a bad document). */
  answersFile?: string;
}

export interface ReportArgs extends CommonOptions {
  command: "report";
  paths: string[];
  html?: string;
  csv?: string;
  jobs?: number;
}

export interface ActionsArgs {
  command: "actions";
  paths: string[];
  csv: boolean;
  failOnOverdue: boolean;
  /** What "overdue" is judged against (default: today). */
  today?: string;
}

export type Args = CheckArgs | AnnotateArgs | FillArgs | ReportArgs | ActionsArgs | { command: "help"; text: string };

const MATRICES = "ico-3x3, ico-3x3-strict, nhs-5x5, cnil-4x4";
const LAWS = ["uk-gdpr", "eu-gdpr", "us", "auto"] as const;

/** The options every command that analyses a document takes. */
function withAnalysisOptions(command: Command): Command {
  return command
    .option("--matrix <id>", `risk matrix: ${MATRICES} (default: the document's setting, else ico-3x3)`)
    .option("--org <type>", "organisation type: public-authority or private")
    .option("--law <law>", `law to apply: ${LAWS.join(", ")} (default: auto, recognised from the document)`)
    .option("--today <YYYY-MM-DD>", "date to judge review dates against (default: today)");
}

const jobsOption = (): Option =>
  new Option("--jobs <n>", 'documents read at once, or "auto" for one per core (default: 1)');

/**
 * The command line as commander sees it. Each command records what it parsed in `parsed`; adding a command
 * is one block here and one runner in main.ts. Errors and help are captured instead of exiting, so the
 * caller decides what is printed and the exit code.
 */
function program(parsed: { args?: Args }, help: string[]): Command {
  const root = new Command("dpia-assist")
    .description("Finds and fills the gaps in DPIA, LIA and PIA Word documents (.docx).")
    .exitOverride()
    .configureOutput({ writeOut: (text) => void help.push(text), writeErr: () => undefined })
    .helpCommand(true)
    .showSuggestionAfterError(false)
    .addHelpText(
      "after",
      "\nExit codes: 0 done; 1 gaps found with --fail-on-gaps, or an edit refused by annotate or fill;\n" +
        "2 bad input (one line on stderr). Run dpia-assist <command> --help for a command's options.",
    );

  withAnalysisOptions(
    root
      .command("check")
      .description("print a report of every gap in each document (folders are searched for .docx files)")
      .argument("<files-or-folders...>", "documents, or folders of documents"),
  )
    .option("--json", "print one JSON object per document (DESIGN.md § Contracts)", false)
    .option("--fail-on-gaps", "exit 1 when a document has gaps (errors or warnings)", false)
    .addOption(jobsOption())
    .action((paths: string[], options: Record<string, unknown>) => {
      parsed.args = {
        command: "check",
        paths,
        json: options.json === true,
        failOnGaps: options.failOnGaps === true,
        ...commonOptions(options),
        ...jobsOf(options),
      };
    });

  withAnalysisOptions(
    root
      .command("annotate")
      .description("write a copy with every gap highlighted and commented (never overwrites the input)")
      .argument("<in.docx>", "the document to annotate")
      .argument("<out.docx>", "where to write the annotated copy"),
  )
    .option("--risk-table", "also fill computed overall risks and insert or update the computed risk table", false)
    .action((input: string, output: string, options: Record<string, unknown>) => {
      parsed.args = {
        command: "annotate",
        input,
        output,
        riskTable: options.riskTable === true,
        ...commonOptions(options),
      };
    });

  withAnalysisOptions(
    root
      .command("fill")
      .description("write a copy with chosen guided answers filled in, through the same path as the task pane")
      .argument("<in.docx>", "the document to fill")
      .argument("<out.docx>", "where to write the filled copy"),
  )
    .option(
      "--answer <id=label>",
      "a finding id (from check --json) and the label of one of its answers; repeatable",
      collect,
    )
    .option("--answers <answers.json>", 'a JSON list of { "id", "label" } or { "id", "text" }')
    .action((input: string, output: string, options: Record<string, unknown>) => {
      const answers = ((options.answer as string[] | undefined) ?? []).map(parseAnswer);
      const answersFile = options.answers as string | undefined;
      if (answers.length === 0 && answersFile === undefined)
        throw new UsageError("fill needs --answer <finding-id>=<label> or --answers answers.json");
      if (answersFile === "") throw new UsageError("--answers needs a value");
      parsed.args = {
        command: "fill",
        input,
        output,
        answers,
        ...(answersFile === undefined ? {} : { answersFile }),
        ...commonOptions(options),
      };
    });

  withAnalysisOptions(
    root
      .command("report")
      .description("write one portfolio page (HTML, and CSV) over many documents")
      .argument("<files-or-folders...>", "documents, or folders of documents"),
  )
    .option("--html <report.html>", "the self-contained HTML page to write")
    .option("--csv <report.csv>", "the same table as CSV")
    .addOption(jobsOption())
    .action((paths: string[], options: Record<string, unknown>) => {
      const html = options.html as string | undefined;
      const csv = options.csv as string | undefined;
      if (html === undefined && csv === undefined)
        throw new UsageError("report needs --html report.html or --csv report.csv");
      if (html === "" || csv === "") throw new UsageError(`${html === "" ? "--html" : "--csv"} needs a value`);
      parsed.args = {
        command: "report",
        paths,
        ...(html === undefined ? {} : { html }),
        ...(csv === undefined ? {} : { csv }),
        ...commonOptions(options),
        ...jobsOf(options),
      };
    });
  root
    .command("actions")
    .description("list the reviewers' actions kept in the documents, by due date (folders are searched)")
    .argument("<files-or-folders...>", "documents, or folders of documents")
    .option("--csv", "print CSV (file, section, action, owner, due, status) instead of a table", false)
    .option("--today <YYYY-MM-DD>", "date to judge due dates against (default: today)")
    .option("--fail-on-overdue", "exit 1 when an open action is past its due date", false)
    .action((paths: string[], options: Record<string, unknown>) => {
      const { today } = commonOptions({ today: options.today });
      parsed.args = {
        command: "actions",
        paths,
        csv: options.csv === true,
        failOnOverdue: options.failOnOverdue === true,
        ...(today === undefined ? {} : { today }),
      };
    });
  return root;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseAnswer(text: string): AnswerChoice {
  const at = text.indexOf("=");
  const id = at < 0 ? "" : text.slice(0, at).trim();
  const label = at < 0 ? "" : text.slice(at + 1).trim();
  if (!id || !label) throw new UsageError(`--answer must be <finding-id>=<answer label>, not "${text}"`);
  return { id, label };
}

/** Parses argv (without node and the script); throws UsageError with a one-line reason. */
export function parseArgs(argv: string[]): Args {
  const parsed: { args?: Args } = {};
  const help: string[] = [];
  const root = program(parsed, help);
  if (argv.length === 0) return { command: "help", text: root.helpInformation() };
  try {
    root.parse(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.help" ||
      error.code === "commander.version"
    )
      return { command: "help", text: help.join("") };
    throw new UsageError(usageMessage(error, argv[0] ?? ""));
  }
  if (!parsed.args) return { command: "help", text: help.join("") || root.helpInformation() };
  return parsed.args;
}

/** Commander's message, in the CLI's own one-line words. */
function usageMessage(error: CommanderError, command: string): string {
  const message = error.message.replace(/^error:\s*/, "");
  const quoted = /'([^']*)'/.exec(message)?.[1];
  switch (error.code) {
    case "commander.unknownCommand":
      return `unknown command "${quoted}" (use check, annotate, fill, report or actions)`;
    case "commander.unknownOption":
      return `unknown option ${quoted} for ${command}`;
    case "commander.optionMissingArgument":
      return `${quoted?.split(" ")[0]} needs a value`;
    case "commander.missingArgument":
      return command === "check" || command === "report" || command === "actions"
        ? `${command} needs at least one file or folder`
        : `${command} needs exactly <in.docx> and <out.docx>`;
    case "commander.excessArguments":
      return `${command} needs exactly <in.docx> and <out.docx>`;
    default:
      return message;
  }
}

/** "--jobs 2", or "auto" for one per core. */
function jobsOf(options: Record<string, unknown>): { jobs?: number } {
  const text = options.jobs as string | undefined;
  if (text === undefined) return {};
  if (text === "auto") return { jobs: maxJobs() };
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1)
    throw new UsageError(`--jobs must be a whole number from 1 or "auto", not "${text}"`);
  return { jobs: Number(text) };
}

function commonOptions(values: Record<string, unknown>): CommonOptions {
  const options: CommonOptions = {};
  const value = (name: string, flag: string): string | undefined => {
    const v = values[name] as string | undefined;
    if (v === "") throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const matrix = value("matrix", "--matrix");
  if (matrix !== undefined) {
    if (!isMatrixId(matrix) || matrix === "custom") throw new UsageError(`unknown matrix "${matrix}" (${MATRICES})`);
    options.matrix = matrix;
  }
  const org = value("org", "--org");
  if (org !== undefined) {
    if (org !== "public-authority" && org !== "private")
      throw new UsageError(`--org must be public-authority or private, not "${org}"`);
    options.organisation = org;
  }
  const law = value("law", "--law");
  if (law !== undefined) {
    if (!(LAWS as readonly string[]).includes(law))
      throw new UsageError(`--law must be ${LAWS.join(", ")}, not "${law}"`);
    options.law = law as CommonOptions["law"];
  }
  const today = value("today", "--today");
  if (today !== undefined) {
    if (!isIsoDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}"`);
    options.today = today;
  }
  return options;
}
