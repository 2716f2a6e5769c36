/** Input that is not a usable .docx: thrown by the package reader with a one-line message and a `code`. */

export type DocxFormatErrorCode =
  | "not-a-zip"
  | "encrypted"
  | "legacy-doc"
  | "missing-document-part"
  | "doctype"
  | "too-large"
  | "corrupt"
  | "path-traversal";

export class DocxFormatError extends Error {
  override readonly name = "DocxFormatError";
  constructor(
    readonly code: DocxFormatErrorCode,
    message: string,
  ) {
    super(message);
  }
}
