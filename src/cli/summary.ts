import type { Report } from "../core/report";
import { countBy, formatTable } from "./text-report";

/** One line of the summary table that ends a check of several documents. */
export interface SummaryRow {
  file: string;
  report?: Report;
  problem?: string;
}

/** Findings that count as gaps for --fail-on-gaps and the summary: errors and warnings, not info notes. */
export function gapCount(report: Report): number {
  return report.findings.filter((f) => f.severity !== "info").length;
}

export function formatSummary(rows: SummaryRow[]): string {
  const table = rows.map((row) => {
    if (!row.report) return [row.file, "—", "—", `not checked: ${row.problem ?? "error"}`, "—"];
    const report = row.report;
    const kinds = [
      ...countBy(
        report.findings.filter((f) => f.severity !== "info"),
        (f) => f.kind,
      ),
    ]
      .map(([kind, n]) => `${kind} ${n}`)
      .join(", ");
    const overdue = report.findings.find((f) => f.kind === "review-overdue");
    return [
      row.file,
      report.template,
      String(gapCount(report)),
      kinds || "none",
      overdue ? `overdue (${oneLine(overdue.text)})` : "—",
    ];
  });
  return ["Summary", ...formatTable(["document", "template", "gaps", "gaps by kind", "review due"], table)].join("\n");
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 30 ? `${flat.slice(0, 29)}…` : flat;
}
