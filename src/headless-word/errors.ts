/**
 * Errors of headless-word. `DocxFormatError` (from src/docx) is thrown by openDocx for input that is not a usable
 * .docx (I/O misuse); `HeadlessOfficeError` mirrors OfficeExtension.Error, thrown by `context.sync()`.
 */

export { DocxFormatError, type DocxFormatErrorCode } from "../docx/errors";

/** The values of Word.ErrorCodes that headless-word raises (same strings as Office.js). */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
  invalidRequestContext: "InvalidRequestContext",
  invalidObjectPath: "InvalidObjectPath",
} as const;

export type OfficeErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Same shape as OfficeExtension.Error: name "RichApi.Error", `code`, `message`, `debugInfo`, `traceMessages`. */
export class HeadlessOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  constructor(
    readonly code: OfficeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: OfficeErrorCode, message: string, errorLocation?: string): HeadlessOfficeError {
  return new HeadlessOfficeError(code, message, errorLocation);
}
