import { mergeStyleSets } from "@fluentui/react";

/** A whole line that is a button (a gap's line, a group's line): no button chrome, a visible keyboard focus. */
const lineButton = {
  padding: "4px 2px",
  border: "none",
  background: "transparent",
  font: "inherit",
  textAlign: "left",
  cursor: "pointer",
  selectors: { ":focus-visible": { outline: "2px solid currentColor", outlineOffset: 1 } },
} as const;

/** Layout shared by the screens: one column that works from the pane's 320 px default upwards. */
export const classes = mergeStyleSets({
  root: { padding: "8px 12px 16px", boxSizing: "border-box", minWidth: 0, maxWidth: "100%", overflowWrap: "anywhere" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: 8, flexWrap: "wrap" },
  title: { margin: "4px 0", fontSize: 18, fontWeight: 600 },
  screen: { paddingTop: 12, display: "flex", flexDirection: "column", gap: 12 },
  row: { display: "flex", gap: 8, flexWrap: "wrap", alignItems: "center" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 8 },
  sectionHeading: { margin: "8px 0 4px", fontSize: 14, fontWeight: 600 },
  card: { padding: "4px 6px 4px 8px", borderRadius: 4, borderWidth: 1, borderStyle: "solid" },
  gapLine: { display: "flex", alignItems: "flex-start", gap: 4 },
  gapToggle: {
    flex: "1 1 auto",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: 2,
    ...lineButton,
  },
  /** A gap's line: the disclosure mark, then its label (the whole line is the button). */
  gapDisclosure: {
    width: "100%",
    minWidth: 0,
    display: "flex",
    alignItems: "flex-start",
    gap: 6,
    ...lineButton,
  },
  gapKind: { fontWeight: 600 },
  chevron: { flexShrink: 0, fontSize: 12, lineHeight: "18px", marginTop: 3 },
  gapMessage: { fontSize: 14, lineHeight: "18px" },
  gapDetails: { display: "flex", flexDirection: "column", gap: 8, padding: "4px 0 4px 2px" },
  group: { listStyle: "none", margin: "4px 0 0", padding: 0, display: "flex", flexDirection: "column", gap: 4 },
  summaryBar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    gap: "2px 10px",
    padding: "6px 0",
    fontSize: 12,
  },
  chip: { display: "inline-block", padding: "1px 6px", borderRadius: 10, fontSize: 12, whiteSpace: "nowrap" },
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
