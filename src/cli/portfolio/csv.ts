import type { PortfolioRow } from "./row";
import { columnsFor } from "./columns";

/**
 * The portfolio table as CSV (RFC 4180: CRLF line ends, every field quoted when it holds a quote, comma or
 * line break, quotes doubled). A cell that a spreadsheet would run as a formula (= + - @, tab, carriage
 * return first) is prefixed with an apostrophe, the OWASP advice against CSV injection.
 */
export function portfolioCsv(
  rows: PortfolioRow[],
  problems: { file: string; problem: string }[],
  levels: string[],
): string {
  const columns = columnsFor(rows, levels);
  const lines = [columns.map((c) => c.header)];
  for (const row of rows) lines.push(columns.map((c) => c.text(row)));
  for (const { file, problem } of problems)
    lines.push(columns.map((c, i) => (c.id === "file" ? file : i === 1 ? `could not be read: ${problem}` : "")));
  return lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
