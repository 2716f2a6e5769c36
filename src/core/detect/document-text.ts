// Moved to templates/document-text.ts (it reads the document structure); re-export until merge.
export * from "../templates/document-text";
