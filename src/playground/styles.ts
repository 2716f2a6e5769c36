import { mergeStyleSets } from "@fluentui/react";
import { OUTLINE_CLASS } from "./document-view";
import { EDITING_CLASS } from "./typing";

/** Task-pane width in Word on a typical screen; the pane is shown at this width so it looks as it will in Word. */
export const TASK_PANE_WIDTH = 320;

export const classes = mergeStyleSets({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, Roboto, 'Helvetica Neue', sans-serif",
    color: "#201f1e",
    background: "#f3f2f1",
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: 12,
    padding: "8px 16px",
    background: "#ffffff",
    borderBottom: "1px solid #c8c6c4",
  },
  title: { fontSize: 18, fontWeight: 600, margin: "0 16px 0 0" },
  hiddenInput: { display: "none" },
  select: {
    height: 32,
    minWidth: 260,
    padding: "0 8px",
    border: "1px solid #8a8886",
    borderRadius: 2,
    background: "#ffffff",
    color: "#201f1e",
    fontSize: 14,
    selectors: { ":focus": { outline: "2px solid #0078d4", outlineOffset: 1 } },
  },
  label: { fontSize: 14, fontWeight: 600 },
  fileName: { fontSize: 14, color: "#323130", marginLeft: "auto" },
  hint: { fontSize: 13, color: "#323130", flexBasis: "100%", margin: 0 },
  message: { flex: "0 0 auto" },
  main: { display: "flex", flex: "1 1 auto", minHeight: 0 },
  viewColumn: { flex: "1 1 auto", display: "flex", minWidth: 0 },
  scroller: {
    flex: "1 1 auto",
    overflow: "auto",
    position: "relative",
    selectors: {
      [`& .${OUTLINE_CLASS}`]: { outline: "3px solid #0078d4", outlineOffset: 2, background: "rgba(0,120,212,0.08)" },
      // The place being typed into: a dashed frame, and an empty paragraph still a line high for the caret.
      [`& .${EDITING_CLASS}`]: { outline: "2px dashed #107c10", outlineOffset: 2, minHeight: "1.2em", cursor: "text" },
      "& .docx-wrapper": { background: "#e1dfdd", padding: 16 },
    },
  },
  empty: { padding: 32, fontSize: 16, lineHeight: 1.5, maxWidth: 560 },
  comments: {
    flex: "0 0 220px",
    overflow: "auto",
    background: "#faf9f8",
    borderLeft: "1px solid #c8c6c4",
    padding: "8px 12px",
    fontSize: 13,
  },
  commentsTitle: { fontSize: 14, fontWeight: 600, margin: "4px 0 8px" },
  commentList: { listStyle: "none", margin: 0, padding: 0 },
  comment: { background: "#ffffff", border: "1px solid #e1dfdd", borderRadius: 2, padding: 8, marginBottom: 8 },
  commentAuthor: { color: "#605e5c", fontSize: 12, marginBottom: 4 },
  commentText: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  pane: {
    flex: `0 0 ${TASK_PANE_WIDTH}px`,
    width: TASK_PANE_WIDTH,
    overflow: "auto",
    background: "#ffffff",
    borderLeft: "1px solid #c8c6c4",
  },
  paneEmpty: { padding: 16, fontSize: 14, color: "#323130", lineHeight: 1.5 },
});
