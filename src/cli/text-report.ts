import type { Finding, Report } from "../core/report";
import { isCellRef, type Ref } from "../core/model";

/** A readable report of one document, grouped by the document's own sections in document order. */
export function formatReport(file: string, report: Report): string {
  const lines: string[] = [];
  const counts = countBy(report.findings, (f) => f.severity);
  lines.push(`${file}`);
  lines.push(
    `  Template: ${report.templateName}${report.notAnAssessment ? " (does not look like a DPIA, LIA or PIA: placeholders only)" : ""}`,
  );
  lines.push(`  Answered: ${report.progress.answered} of ${report.progress.total}`);
  lines.push(
    report.findings.length === 0
      ? "  No gaps found."
      : `  ${plural(report.findings.length, "finding")}: ${counts.get("error") ?? 0} error, ${counts.get("warning") ?? 0} warning, ${counts.get("info") ?? 0} info`,
  );
  for (const [section, findings] of groupBySection(report.findings)) {
    lines.push("", `  ${section || "(before the first heading)"}`);
    for (const f of findings) {
      lines.push(`    ${f.severity.padEnd(7)} ${f.kind}: ${f.message}`);
      const text = oneLine(f.text);
      lines.push(`            ${describePlace(f.ref)}${text ? ` — "${text}"` : ""}`);
    }
  }
  if (report.risks.length > 0) {
    lines.push("", `  Risks (matrix: ${report.matrix.name})`);
    const rows = report.risks.map((r) => [
      r.id,
      oneLine(r.description, 40),
      r.likelihood ?? "—",
      r.severity ?? "—",
      r.overall ?? "—",
      r.computed ?? "—",
    ]);
    lines.push(
      ...formatTable(["id", "description", "likelihood", "severity", "stated", "computed"], rows).map(
        (l) => `    ${l}`,
      ),
    );
  }
  return lines.join("\n");
}

export function groupBySection(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  // The analyser reports in document order; a section's group sits where its first finding is.
  for (const f of findings) {
    const group = groups.get(f.section) ?? [];
    group.push(f);
    groups.set(f.section, group);
  }
  return groups;
}

export function describePlace(ref: Ref): string {
  return isCellRef(ref)
    ? `table ${ref.table + 1}, row ${ref.row + 1}, cell ${ref.cell + 1}`
    : `paragraph ${ref.paragraph + 1}`;
}

export function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
