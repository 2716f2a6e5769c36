import type { Level } from "./risk-levels";
import type { RiskMatrix } from "./risk-matrices";

/**
 * An organisation's own risk matrix, as read from the document's settings (untrusted JSON), checked into the shape of
 * the presets in ./risk-matrices: every axis at least two levels with distinct ids, and one grid entry per pair.
 */

export type MatrixValidation = { ok: true; matrix: RiskMatrix } | { ok: false; problems: string[] };

function readLevels(raw: unknown, axis: string, problems: string[]): Level[] {
  if (!Array.isArray(raw) || raw.length < 2) {
    problems.push(`${axis} needs at least two levels`);
    return [];
  }
  const seen = new Set<string>();
  return raw.map((item: unknown, rank): Level => {
    const r = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const id = typeof r.id === "string" ? r.id.trim().toLowerCase() : "";
    if (!id) problems.push(`${axis} level ${rank + 1} has no id`);
    else if (seen.has(id)) problems.push(`${axis} level "${id}" appears twice`);
    seen.add(id);
    const aliases = Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === "string") : undefined;
    return {
      id,
      label: typeof r.label === "string" && r.label.trim() ? r.label : id,
      definition: typeof r.definition === "string" ? r.definition : "",
      rank,
      ...(aliases && aliases.length ? { aliases } : {}),
    };
  });
}

/** Validates an organisation's own matrix as read from the document's settings (untrusted JSON). */
export function validateMatrix(raw: unknown): MatrixValidation {
  const problems: string[] = [];
  if (typeof raw !== "object" || raw === null) return { ok: false, problems: ["the matrix is not an object"] };
  const r = raw as Record<string, unknown>;
  const likelihood = readLevels(r.likelihood, "likelihood", problems);
  const severity = readLevels(r.severity, "severity", problems);
  const overall = readLevels(r.overall, "overall", problems);
  const overallIds = new Set(overall.map((o) => o.id));
  const grid: string[][] = [];
  if (!Array.isArray(r.grid) || r.grid.length !== severity.length) {
    problems.push(`grid needs one row per severity level (${severity.length})`);
  } else {
    r.grid.forEach((rowRaw: unknown, s) => {
      if (!Array.isArray(rowRaw) || rowRaw.length !== likelihood.length) {
        problems.push(`grid row ${s + 1} needs one entry per likelihood level (${likelihood.length})`);
        return;
      }
      grid.push(
        rowRaw.map((v: unknown, l) => {
          const id = typeof v === "string" ? v.trim().toLowerCase() : "";
          if (!overallIds.has(id)) problems.push(`grid[${s + 1}][${l + 1}] "${String(v)}" is not an overall level`);
          return id;
        }),
      );
    });
  }
  if (problems.length) return { ok: false, problems };
  const name = typeof r.name === "string" && r.name.trim() ? r.name.trim() : "Custom matrix";
  return { ok: true, matrix: { id: "custom", name, likelihood, severity, overall, grid } };
}
