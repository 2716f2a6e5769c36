import type { Report } from "../core/report";
import { countBy, sectionLabel } from "./gap-filters";
import { KIND_LABELS, SEVERITY_ORDER } from "./labels";

const TOP_ISSUES = 5;

/** A short plain-text summary a reviewer can paste into an e-mail or a comment. */
export function reviewSummary(report: Report, today: string): string {
  const findings = report.findings;
  const lines = [`DPIA Assist review of ${today} (${report.templateName})`];
  lines.push(`Answers complete: ${report.progress.answered} of ${report.progress.total}.`);
  if (!findings.length) {
    lines.push("No gaps found.");
    return lines.join("\n");
  }
  const bySeverity = countBy(findings, (f) => f.severity);
  const severityText = SEVERITY_ORDER.filter((s) => bySeverity.get(s))
    .map((s) => `${bySeverity.get(s)} ${s}${bySeverity.get(s) === 1 ? "" : "s"}`)
    .join(", ");
  lines.push(`${findings.length} gap${findings.length === 1 ? "" : "s"}: ${severityText}.`);
  const byKind = [...countBy(findings, (f) => f.kind)].sort((a, b) => b[1] - a[1]);
  lines.push("By kind: " + byKind.map(([kind, n]) => `${KIND_LABELS[kind]} ${n}`).join("; ") + ".");
  const top = [...findings]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .slice(0, TOP_ISSUES);
  lines.push("Top issues:");
  for (const f of top) lines.push(`- ${sectionLabel(f)}: ${f.message}`);
  return lines.join("\n");
}
