/**
 * Plain explanations of what went wrong, for the MessageBar. Office.js errors carry a `code`
 * (OfficeExtension.Error); anything else is explained by its message. Never a stack trace.
 */
const CODES: Record<string, string> = {
  ItemNotFound: "Part of the document the add-in was looking for is no longer there.",
  InvalidArgument: "Word did not accept the change.",
  AccessDenied: "Word did not allow the change (the document may be protected or read-only).",
  GeneralException: "Word could not complete the request.",
  InvalidRequest: "Word could not complete the request in the document's current state.",
  NotImplemented: "This version of Word does not support that action.",
  ApiNotFound: "This version of Word does not support that action.",
  RequestPayloadSizeLimitExceeded: "The document is too large for Word to send in one go.",
  ActivityLimitReached: "Word is busy; wait a moment and try again.",
};

export function explainError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && CODES[code]) return CODES[code];
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string" && message.trim()) return firstLine(message);
  }
  if (typeof error === "string" && error.trim()) return firstLine(error);
  return "Something unexpected went wrong.";
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim();
}
