import { isOverdue, sortActions, type ReviewAction } from "../core/review/model";
import { localToday } from "../word/document-service";
import type { ActionsArgs } from "./args";
import { EXIT } from "./check";
import { collectInputs, describeError, displayName } from "./documents";
import { openDocument } from "./host";
import type { Output } from "./output";
import { csvField } from "./portfolio/csv";
import { readDocumentReview } from "./review-data";

/** One action of the plan with the document it belongs to. */
interface PlanLine {
  file: string;
  action: ReviewAction;
}

const HEADER = ["file", "section", "action", "owner", "due", "status"];

/**
 * The action plan across documents: every reviewer action kept in each document (read through the same service as
 * the task pane), sorted by due date with the overdue ones first. A document that cannot be read, or whose review
 * data is unreadable, gets a line on stderr and exit code 2; the others are still listed.
 */
export async function runActions(args: ActionsArgs, out: Output): Promise<number> {
  const today = args.today ?? localToday();
  const inputs = await collectInputs(args.paths);
  const lines: PlanLine[] = [];
  let badInput = false;
  for (const input of inputs) {
    if (input.problem) {
      badInput = true;
      out.stderr(`dpia-assist: ${input.path}: ${input.problem}`);
      continue;
    }
    try {
      const document = await openDocument(input.path, today);
      const { review, problems } = await readDocumentReview(document);
      for (const problem of problems) out.stderr(`dpia-assist: ${input.path}: ${problem}`);
      // The whole review unreadable: its actions cannot be listed, which is bad input, not an empty plan.
      if (!review) badInput = true;
      for (const action of review?.actions ?? []) lines.push({ file: input.path, action });
    } catch (error) {
      out.debug(error);
      badInput = true;
      out.stderr(`dpia-assist: ${input.path}: ${describeError(error)}`);
    }
  }
  const order = sortActions(
    lines.map((l) => l.action),
    today,
  );
  const byAction = new Map(lines.map((l) => [l.action, l]));
  const sorted = order.map((a) => byAction.get(a)!);
  // out.stdout ends the text with "\n": the CSV's last CRLF is completed by it.
  out.stdout(args.csv ? actionsCsv(sorted).slice(0, -1) : actionsTable(sorted, today));
  if (badInput) return EXIT.badInput;
  return args.failOnOverdue && sorted.some((l) => isOverdue(l.action, today)) ? EXIT.gaps : EXIT.ok;
}

function cells(line: PlanLine): string[] {
  const a = line.action;
  return [line.file, a.section, a.what, a.owner, a.due, a.status];
}

/** RFC 4180 (CRLF line ends, quoting as needed), with the portfolio's guard against spreadsheet formulas. */
export function actionsCsv(lines: PlanLine[]): string {
  return [HEADER, ...lines.map(cells)].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** A readable table: one action per line, columns padded, "overdue" spelled out. */
export function actionsTable(lines: PlanLine[], today: string): string {
  if (lines.length === 0) return "No actions recorded in these documents.";
  const rows = lines.map((l) => {
    const [, section, what, owner, due, status] = cells(l);
    const flat = (t: string) => t.replace(/\s+/g, " ").trim();
    return [
      displayName(l.file),
      flat(section),
      flat(what),
      flat(owner),
      due,
      isOverdue(l.action, today) ? "OVERDUE" : status,
    ];
  });
  const header = ["File", "Section", "Action", "Owner", "Due", "Status"];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const clip = (t: string, w: number) => (t.length > w ? `${t.slice(0, w - 1)}…` : t.padEnd(w));
  const overdue = lines.filter((l) => isOverdue(l.action, today)).length;
  return [
    header
      .map((h, i) => clip(h, widths[i]!))
      .join("  ")
      .trimEnd(),
    ...rows.map((r) =>
      r
        .map((c, i) => clip(c, widths[i]!))
        .join("  ")
        .trimEnd(),
    ),
    "",
    `${lines.length} action${lines.length === 1 ? "" : "s"}, ${overdue} overdue (as of ${today}).`,
  ].join("\n");
}
