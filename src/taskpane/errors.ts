import { explainHostError } from "../core/host-errors";

/**
 * Plain explanations of what went wrong, for the MessageBar: Office.js errors carry a `code` (OfficeExtension.Error,
 * or a Common API number from the File API) that src/core/host-errors.ts turns into what happened and what to do;
 * anything else is explained by the first line of its message. Never a stack trace.
 */
export function explainError(error: unknown): string {
  const explained = explainHostError(error);
  return explained.code === "unknown" || explained.message === firstLine(error)
    ? explained.message
    : `${explained.message} ${explained.next}`;
}

function firstLine(error: unknown): string {
  const message = typeof error === "string" ? error : (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? (message.split("\n")[0] ?? "").trim() : "";
}
