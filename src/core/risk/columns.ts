// Moved to templates/risk-columns.ts (risk tables are found with the document structure); re-export until merge.
export * from "../templates/risk-columns";
