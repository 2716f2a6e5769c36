/**
 * src/docx: the .docx reader every host shares — safe unzip (size caps, no traversal), the XML tree, Word's text
 * rules, and OOXML → DocModel. Knows nothing of Office.js; imports only the core's model types.
 */
export { DocxFormatError, type DocxFormatErrorCode } from "./errors";
export { readDocx, readPackage } from "./read-model";
export { tableGeometriesFromOoxml } from "./table-ooxml";
export type { CellGeometry } from "./model/table-grid";
export { normaliseText, headingLevel } from "./model/normalise";
export { DocxPackage, type OpenOptions } from "./package/docx-package";
