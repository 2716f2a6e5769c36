import { dirname, relative, sep } from "node:path";
import type { RiskMatrix } from "../../core/vocabulary/risk-matrices";
import type { JsonReport } from "../json";
import { columnsFor } from "./columns";
import type { HeatMap, PlacedRisk } from "./heat-map";
import type { PortfolioRow } from "./row";
import { PAGE_SCRIPT, PAGE_STYLE } from "./page-assets";

export interface PortfolioPage {
  documents: { row: PortfolioRow; json: JsonReport }[];
  problems: { file: string; problem: string }[];
  heatMap: HeatMap;
  matrix: RiskMatrix;
  today: string;
}

/** Escapes text for HTML content and attribute values: every document-derived string goes through here. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Paths shown relative to the folder they share ("team-a/dpia.docx"); the full path stays in the CSV and a tooltip. */
function shortNames(files: string[]): (file: string) => string {
  if (files.length === 0) return (f) => f;
  let common = dirname(files[0]!);
  for (const file of files)
    while (common !== dirname(common) && !(dirname(file) + sep).startsWith(common + sep)) common = dirname(common);
  return (file) => relative(common, file) || file;
}

/**
 * The portfolio as one self-contained page: inline style and script, no fonts, images or scripts from
 * anywhere (a Content-Security-Policy says so to the browser), so it opens from disk and sends nothing.
 */
export function portfolioHtml(page: PortfolioPage): string {
  const { documents, problems, matrix, today } = page;
  const rows = documents.map((d) => d.row);
  const overdue = documents.flatMap(({ json }) =>
    json.findings.filter((f) => f.kind === "review-overdue").map((f) => ({ file: json.file, finding: f })),
  );
  const consult = documents.flatMap(({ json }) =>
    json.findings.filter((f) => f.kind === "prior-consultation").map((f) => ({ file: json.file, finding: f })),
  );
  const withErrors = rows.filter((r) => r.gaps.error > 0).length;
  const shortName = shortNames([...rows.map((r) => r.file), ...problems.map((p) => p.file)]);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assessment portfolio — ${esc(today)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>Assessment portfolio</h1>
<p>${plural(rows.length, "document")} read${problems.length ? `, ${problems.length} could not be read` : ""} · risks rated on the ${esc(matrix.name)} · review dates judged on ${esc(today)} · built by DPIA Assist from the Word files themselves</p>
</header>
<main>
<ul class="tiles" aria-label="At a glance">
${tile(rows.length, "documents read", "#documents-h")}
${tile(withErrors, "with open errors", "#documents-h", withErrors > 0)}
${tile(overdue.length, "overdue reviews", "#overdue-h", overdue.length > 0)}
${tile(consult.length, "residual high risks (prior consultation)", "#consult-h", consult.length > 0)}
${tile(problems.length, "could not be read", "#unread-h", problems.length > 0)}
</ul>
${documentsTable(rows, matrix, shortName)}
${heatMapSection(page.heatMap, matrix, shortName)}
<section aria-labelledby="overdue-h">
<h2 id="overdue-h">Overdue reviews</h2>
${list(
  overdue.map(
    ({ file, finding }) =>
      `<strong>${esc(shortName(file))}</strong> — <span class="overdue">overdue</span>: ${esc(finding.text)}<br><span class="why">${esc(finding.message)}</span>`,
  ),
  "No review date found in the past.",
)}
</section>
<section aria-labelledby="consult-h">
<h2 id="consult-h">Residual high risks needing prior consultation (Article 36)</h2>
${list(
  consult.map(
    ({ file, finding }) =>
      `<strong>${esc(shortName(file))}</strong> — ${esc(finding.section || "(no heading)")}: ${esc(finding.message)}`,
  ),
  "No residual risk is stated as high.",
)}
</section>
<section aria-labelledby="unread-h">
<h2 id="unread-h">Documents that could not be read</h2>
${list(
  problems.map((p) => `<strong>${esc(shortName(p.file))}</strong> — ${esc(p.problem)}`),
  "Every document was read.",
)}
</section>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function tile(n: number, label: string, href: string, alert = false): string {
  return `<li class="tile${alert ? " alert" : ""}"><a href="${href}"><span class="n">${n}</span> ${esc(label)}</a></li>`;
}

function list(items: string[], empty: string): string {
  return items.length === 0
    ? `<p class="none">${esc(empty)}</p>`
    : `<ul class="items">\n${items.map((i) => `<li>${i}</li>`).join("\n")}\n</ul>`;
}

function documentsTable(rows: PortfolioRow[], matrix: RiskMatrix, shortName: (file: string) => string): string {
  const columns = columnsFor(
    rows,
    matrix.overall.map((l) => l.id),
  );
  const head = columns
    .map(
      (c, i) =>
        `<th scope="col" aria-sort="none"><button type="button" data-column="${i}">${esc(c.header)}</button></th>`,
    )
    .join("");
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const text = c.text(row);
        const key = c.sortKey(row);
        const cls =
          c.id === "review" && row.review.state === "overdue"
            ? ' class="overdue"'
            : (c.id === "inherent" || c.id === "residual") && text !== "—"
              ? ` class="lvl t${tone(matrix, text)}"`
              : c.id === "errors" && row.gaps.error > 0
                ? ' class="bad"'
                : "";
        if (c.id === "file")
          return `<td title="${esc(text)}" data-sort="${esc(String(key))}">${esc(shortName(text))}</td>`;
        return `<td${cls} data-sort="${esc(String(key))}">${esc(text)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<section aria-labelledby="documents-h">
<h2 id="documents-h">Documents</h2>
<div class="tools"><label for="filter">Filter rows</label> <input id="filter" type="search" autocomplete="off" placeholder="file, title, template, risk…"> <span id="shown" aria-live="polite">${rows.length} of ${rows.length} shown</span></div>
<div class="scroll"><table id="documents">
<caption>One row per document; select a column heading to sort by it.</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
</section>`;
}

/** 0 (lowest level) to 3 (highest) for colouring, whatever the number of levels in the matrix. */
function tone(matrix: RiskMatrix, level: string): number {
  const rank = matrix.overall.findIndex((l) => l.id === level);
  if (rank < 0) return 0;
  return Math.round((rank / Math.max(1, matrix.overall.length - 1)) * 3);
}

const cellId = (l: string, s: string) => `cell-${l}-${s}`.replace(/[^a-z0-9-]/gi, "_");

function heatMapSection(map: HeatMap, matrix: RiskMatrix, shortName: (file: string) => string): string {
  const item = (placed: PlacedRisk) => riskItem(placed, shortName);
  const severities = [...matrix.severity].sort((a, b) => b.rank - a.rank);
  const likelihoods = [...matrix.likelihood].sort((a, b) => a.rank - b.rank);
  const grid = severities
    .map((s) => {
      const cells = likelihoods.map((l) => {
        const risks = map.cells[s.rank]![l.rank]!;
        const level = matrix.grid[s.rank]?.[l.rank] ?? "";
        const label = `${risks.length} ${l.label} × ${s.label} (${level})`;
        const inner =
          risks.length > 0 ? `<a href="#${cellId(l.id, s.id)}" aria-label="${esc(label)}">${risks.length}</a>` : "0";
        return `<td class="lvl t${tone(matrix, level)}" data-count="${risks.length}">${inner}</td>`;
      });
      return `<tr><th scope="row">${esc(s.label)}</th>${cells.join("")}</tr>`;
    })
    .join("\n");
  const placed = map.cells.flat().reduce((n, c) => n + c.length, 0);
  const lists = severities
    .flatMap((s) =>
      likelihoods.map((l) => {
        const risks = map.cells[s.rank]![l.rank]!;
        if (risks.length === 0) return "";
        return `<section id="${cellId(l.id, s.id)}" class="cell-list" aria-label="${esc(`${l.label} × ${s.label}`)}">
<h4>${esc(l.label)} × ${esc(s.label)} — ${plural(risks.length, "risk")}</h4>
${list(risks.map(item), "")}
</section>`;
      }),
    )
    .join("\n");
  return `<section aria-labelledby="risks-h">
<h2 id="risks-h">Risks across the portfolio</h2>
<div class="maps">
<figure>
<table class="heat" id="heat-map" data-placed="${placed}" data-unplaced="${map.unplaced.length}">
<caption>Before measures: ${placed} risks by likelihood × severity (${esc(matrix.name)}); select a count for its risks</caption>
<thead><tr><th scope="col">Severity \\ likelihood</th>${likelihoods.map((l) => `<th scope="col">${esc(l.label)}</th>`).join("")}</tr></thead>
<tbody>
${grid}
</tbody>
</table>
${map.unplaced.length ? `<p class="note">${plural(map.unplaced.length, "risk")} without a likelihood and severity on this matrix: <a href="#unplaced">listed below</a>.</p>` : ""}
</figure>
<figure>
${afterChart(map, matrix)}
</figure>
</div>
<h3>Risks by cell</h3>
${lists}
${map.unplaced.length ? `<details id="unplaced" class="cell-list"><summary>Not rated on this matrix — ${plural(map.unplaced.length, "risk")}</summary>${list(map.unplaced.map(item), "")}</details>` : ""}
</section>`;
}

function riskItem({ file, risk }: PlacedRisk, shortName: (file: string) => string): string {
  const stated = risk.overall ?? risk.computed ?? "not rated";
  const after = risk.residual ? `, residual ${risk.residual}` : "";
  return `<strong>${esc(shortName(file))}</strong> — risk ${esc(risk.id)}: ${esc(risk.description.replace(/\s+/g, " ").slice(0, 200))} <span class="why">(${esc(stated)}${esc(after)})</span>`;
}

/** After measures: one bar per overall level, the residual a measure states, plus risks with none stated at their inherent level. */
function afterChart(map: HeatMap, matrix: RiskMatrix): string {
  const max = Math.max(1, ...map.after.map((b) => b.residual.length + b.noResidual.length));
  const barHeight = 28;
  const width = 420;
  const labelWidth = 90;
  const bars = [...map.after].reverse().map((b, i) => {
    const y = i * (barHeight + 10) + 4;
    const w1 = ((width - labelWidth - 120) * b.residual.length) / max;
    const w2 = ((width - labelWidth - 120) * b.noResidual.length) / max;
    const t = tone(matrix, b.level);
    return `<text x="0" y="${y + 19}" class="axis">${esc(matrix.overall.find((l) => l.id === b.level)?.label ?? b.level)}</text>
<rect x="${labelWidth}" y="${y}" width="${w1.toFixed(1)}" height="${barHeight}" class="bar t${t}"/>
<rect x="${(labelWidth + w1).toFixed(1)}" y="${y}" width="${w2.toFixed(1)}" height="${barHeight}" class="bar hatch t${t}"/>
<text x="${(labelWidth + w1 + w2 + 6).toFixed(1)}" y="${y + 19}" class="axis">${b.residual.length} stated${b.noResidual.length ? `, ${b.noResidual.length} not stated` : ""}</text>`;
  });
  const height = map.after.length * (barHeight + 10) + 4;
  const summary = map.after
    .map((b) => `${b.level}: ${b.residual.length} with a stated residual, ${b.noResidual.length} without`)
    .join("; ");
  return `<svg role="img" aria-labelledby="after-title after-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="after-title">After measures: risks by residual level</title>
<desc id="after-desc">${esc(summary)}</desc>
${bars.join("\n")}
</svg>
<figcaption>After measures: risks by the residual level their measures state (dark); light: no residual stated, shown at the inherent level${map.unrated.length ? `; ${plural(map.unrated.length, "risk")} not rated at all` : ""}.</figcaption>`;
}
