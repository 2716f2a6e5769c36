import { mergeStyleSets } from "@fluentui/react";

/** Layout shared by the screens: one column that works from the pane's 320 px default upwards. */
export const classes = mergeStyleSets({
  root: { padding: "8px 12px 16px", boxSizing: "border-box", minWidth: 0, maxWidth: "100%", overflowWrap: "anywhere" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: 8, flexWrap: "wrap" },
  title: { margin: "4px 0", fontSize: 18, fontWeight: 600 },
  screen: { paddingTop: 12, display: "flex", flexDirection: "column", gap: 12 },
  row: { display: "flex", gap: 8, flexWrap: "wrap", alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 8 },
  sectionHeading: { margin: "8px 0 4px", fontSize: 14, fontWeight: 600 },
  card: { padding: 8, borderRadius: 4, borderWidth: 1, borderStyle: "solid" },
  quote: { margin: "4px 0", paddingLeft: 8, borderLeftWidth: 3, borderLeftStyle: "solid", whiteSpace: "pre-wrap" },
  small: { fontSize: 12 },
  visuallyHidden: {
    position: "absolute",
    width: 1,
    height: 1,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  counts: { margin: 0, paddingLeft: 18 },
});
