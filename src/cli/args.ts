import type { OrganisationType } from "../core/checks/types";
import { JURISDICTIONS, type Jurisdiction } from "../core/report";
import { isMatrixId } from "../core/risk/matrices";
import { maxJobs } from "./parallel";

/** Wrong use of the command line: reported in one line with exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = [
  "usage: dpia-assist check <files or folders…> [--json] [--matrix ico-3x3|ico-3x3-strict|nhs-5x5|cnil-4x4]",
  "                         [--org public-authority|private] [--law uk-gdpr|eu-gdpr|us|auto]",
  "                         [--today YYYY-MM-DD] [--fail-on-gaps] [--jobs N|auto]",
  "       dpia-assist annotate <in.docx> <out.docx> [--risk-table] [--matrix …] [--org …] [--today YYYY-MM-DD]",
].join("\n");

export interface CommonOptions {
  matrix?: string;
  organisation?: OrganisationType;
  /** The law set to apply instead of the one recognised from the document ("auto": recognise). */
  law?: Jurisdiction | "auto";
  today?: string;
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

export type Args = CheckArgs | AnnotateArgs | { command: "help" };

const VALUE_FLAGS = new Set(["--matrix", "--org", "--law", "--today", "--jobs"]);
const SWITCHES: Record<string, Set<string>> = {
  check: new Set(["--json", "--fail-on-gaps"]),
  annotate: new Set(["--risk-table"]),
};

/** Parses argv (without node and the script); throws UsageError with a one-line reason. */
export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") return { command: "help" };
  if (command !== "check" && command !== "annotate")
    throw new UsageError(`unknown command "${command}" (use check or annotate)`);
  const positional: string[] = [];
  const switches = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === "") throw new UsageError(`${flag} needs a value`);
      values.set(flag, value);
    } else if (SWITCHES[command]!.has(flag) && inline === undefined) {
      switches.add(flag);
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${flag} for ${command}`);
    } else {
      positional.push(arg);
    }
  }
  const common = commonOptions(values);
  if (command === "check") {
    if (positional.length === 0) throw new UsageError("check needs at least one file or folder");
    const jobs = values.get("--jobs");
    return {
      command,
      paths: positional,
      json: switches.has("--json"),
      failOnGaps: switches.has("--fail-on-gaps"),
      ...common,
      ...(jobs === undefined ? {} : { jobs: parseJobs(jobs) }),
    };
  }
  if (values.has("--jobs")) throw new UsageError("unknown option --jobs for annotate");
  if (positional.length !== 2) throw new UsageError("annotate needs exactly <in.docx> and <out.docx>");
  return { command, input: positional[0]!, output: positional[1]!, riskTable: switches.has("--risk-table"), ...common };
}

/** "--jobs 2", or "auto" for one per core. */
function parseJobs(text: string): number {
  if (text === "auto") return maxJobs();
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1)
    throw new UsageError(`--jobs must be a whole number from 1 or "auto", not "${text}"`);
  return Number(text);
}

function commonOptions(values: Map<string, string>): CommonOptions {
  const options: CommonOptions = {};
  const matrix = values.get("--matrix");
  if (matrix !== undefined) {
    if (!isMatrixId(matrix) || matrix === "custom")
      throw new UsageError(`unknown matrix "${matrix}" (ico-3x3, ico-3x3-strict, nhs-5x5, cnil-4x4)`);
    options.matrix = matrix;
  }
  const org = values.get("--org");
  if (org !== undefined) {
    if (org !== "public-authority" && org !== "private")
      throw new UsageError(`--org must be public-authority or private, not "${org}"`);
    options.organisation = org;
  }
  const law = values.get("--law");
  if (law !== undefined) {
    if (law !== "auto" && !(JURISDICTIONS as readonly string[]).includes(law))
      throw new UsageError(`--law must be uk-gdpr, eu-gdpr, us or auto, not "${law}"`);
    options.law = law as Jurisdiction | "auto";
  }
  const today = values.get("--today");
  if (today !== undefined) {
    if (!isIsoDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}"`);
    options.today = today;
  }
  return options;
}

/** A real calendar date in YYYY-MM-DD form (2026-02-30 is refused). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
