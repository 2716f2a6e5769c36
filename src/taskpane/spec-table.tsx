import { classes } from "./styles";
import type { ShadeLevel, TableSpec } from "../core/edits";

/** Fixed light fills with dark text, readable in light and dark Office themes alike. */
const FILLS: Record<Exclude<ShadeLevel, "none">, string> = { low: "#dff6dd", medium: "#fff4ce", high: "#fde7e9" };
const SHADE_WORDS: Record<Exclude<ShadeLevel, "none">, string> = { low: "green", medium: "amber", high: "red" };

/**
 * Renders a table spec of the risk engine (the same spec the risk summary writes into the document) as
 * an HTML table: header row, row headers; a shaded cell's text carries its level word, or (counts only, the heat
 * map) says its shade to screen readers beside the legend, so nothing depends on colour alone.
 */
export function SpecTable({ spec, caption }: { spec: TableSpec; caption: string }): JSX.Element {
  const [header, ...rows] = spec.values;
  return (
    <div style={{ overflowX: "auto", maxWidth: "100%" }}>
      <table style={{ borderCollapse: "collapse", fontSize: 12, width: "100%" }}>
        <caption style={{ textAlign: "left", fontWeight: 600, padding: "4px 0" }}>{caption}</caption>
        <thead>
          <tr>
            {header?.map((text, c) => (
              <th key={c} scope="col" style={{ textAlign: "left", padding: 4, borderBottom: "1px solid currentColor" }}>
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((text, c) => {
                const shade = spec.shading?.[r + 1]?.[c];
                const style = {
                  padding: 4,
                  border: "1px solid rgba(128,128,128,0.4)",
                  ...(shade && shade !== "none" ? { background: FILLS[shade], color: "#201f1e" } : {}),
                };
                return c === 0 ? (
                  <th key={c} scope="row" style={{ ...style, textAlign: "left", fontWeight: 600 }}>
                    {text}
                  </th>
                ) : (
                  <td key={c} style={style}>
                    {text}
                    {/* Counts-only cells (the heat map): the level is said, not only shown. */}
                    {shade && shade !== "none" && /^\d+$/.test(text) && (
                      <span className={classes.visuallyHidden}> ({SHADE_WORDS[shade]} shading)</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {spec.after?.map((line) => (
        <p key={line} style={{ fontSize: 12, margin: "4px 0 0" }}>
          {line}
        </p>
      ))}
    </div>
  );
}
