import type { PortfolioRow } from "./row";

/** A column of the portfolio table, shared by the HTML page and the CSV so they always hold the same table. */
export interface Column {
  id: string;
  header: string;
  /** The cell as text (the CSV field, and the HTML cell before styling). */
  text(row: PortfolioRow): string;
  /** What sorting compares: numbers sort numerically, text alphabetically. */
  sortKey(row: PortfolioRow): number | string;
}

/** The fixed columns; risk levels sort by the matrix's order of overall levels (lowest first). */
const columns = (levels: string[]): Column[] => {
  const level = (value: string | null) => (value === null ? 0 : levels.indexOf(value) + 1 || 0.5);
  return [
    { id: "file", header: "File", text: (r) => r.file, sortKey: (r) => r.file.toLowerCase() },
    { id: "title", header: "Title", text: (r) => r.title, sortKey: (r) => r.title.toLowerCase() },
    { id: "template", header: "Template", text: (r) => r.template, sortKey: (r) => r.template },
    { id: "law", header: "Law applied", text: (r) => r.law, sortKey: (r) => r.law },
    {
      id: "completeness",
      header: "Answered",
      text: (r) => `${r.answered} / ${r.total}`,
      sortKey: (r) => (r.total === 0 ? 1 : r.answered / r.total),
    },
    { id: "errors", header: "Open errors", text: (r) => String(r.gaps.error), sortKey: (r) => r.gaps.error },
    { id: "warnings", header: "Open warnings", text: (r) => String(r.gaps.warning), sortKey: (r) => r.gaps.warning },
    { id: "info", header: "Notes", text: (r) => String(r.gaps.info), sortKey: (r) => r.gaps.info },
    {
      id: "inherent",
      header: "Highest inherent risk",
      text: (r) => r.inherent ?? "—",
      sortKey: (r) => level(r.inherent),
    },
    {
      id: "residual",
      header: "Highest residual risk",
      text: (r) => r.residual ?? "—",
      sortKey: (r) => level(r.residual),
    },
    {
      id: "signoff",
      header: "Sign-off",
      text: (r) => (r.signoffOpen > 0 ? `${r.signoffOpen} open` : "no gap found"),
      sortKey: (r) => r.signoffOpen,
    },
    {
      id: "review",
      header: "Review date",
      text: (r) =>
        r.review.state === "overdue"
          ? `overdue: ${r.review.text}`
          : r.review.state === "missing"
            ? "missing"
            : "not overdue",
      sortKey: (r) => (r.review.state === "overdue" ? 2 : r.review.state === "missing" ? 1 : 0),
    },
  ];
};

/** Columns that exist only once the report data carries them. */
const OPTIONAL: (Column & { present(rows: PortfolioRow[]): boolean })[] = [
  {
    id: "screening",
    header: "Screening",
    present: (rows) => rows.some((r) => r.screening !== undefined),
    text: (r) => r.screening ?? "—",
    sortKey: (r) => r.screening ?? "",
  },
  {
    id: "actions",
    header: "Open actions",
    present: (rows) => rows.some((r) => r.openActions !== undefined),
    text: (r) => (r.openActions === undefined ? "—" : String(r.openActions)),
    sortKey: (r) => r.openActions ?? -1,
  },
];

export function columnsFor(rows: PortfolioRow[], levels: string[]): Column[] {
  return [...columns(levels), ...OPTIONAL.filter((c) => c.present(rows))];
}
