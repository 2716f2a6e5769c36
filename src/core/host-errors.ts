/**
 * What a Word or Office error means to the person using the add-in, and what they can do next. A pure table: the
 * task pane and the CLI show `message` and `next`; support reads the code and `location` (Word's
 * debugInfo.errorLocation), which src/word logs with console.error.
 *
 * Sources: Word.ErrorCodes and OfficeExtension.Error (Word JavaScript API reference, "Error handling with the
 * application-specific JavaScript APIs"); the Common API error codes (Office Add-ins reference, "Office Common API
 * error codes": 1007, 1009, 5001, 5002, 5006, 5009, 5012) returned by Document.getFileAsync / File.getSliceAsync;
 * 11001 "A network problem has prevented retrieval of the file." from the office-js tracker (issues 6747, 6748,
 * 5297: getFileAsync on Word on the web and WOPI hosts).
 */

export interface HostErrorExplanation {
  /** The error's code as the host gave it ("ItemNotFound", "11001"), or "unknown". */
  code: string;
  /** What happened, in plain words. */
  message: string;
  /** What the user can do about it. */
  next: string;
  /** Where Word says it happened (debugInfo.errorLocation), for support; absent when the host did not say. */
  location?: string;
}

interface Entry {
  message: string;
  next: string;
}

/** Word JavaScript API error codes (string codes of OfficeExtension.Error). */
const WORD_CODES: Record<string, Entry> = {
  NotAllowed: {
    message:
      "Word did not allow this change here (the host does not support it, or that part of the document is locked).",
    next: "Check that the document is not protected or opened read-only, then try again; if it persists, make the change by hand.",
  },
  AccessDenied: {
    message: "Word did not allow the change: the document may be protected or read-only.",
    next: "Turn off Restrict Editing or open an editable copy, then try again.",
  },
  SearchStringInvalidOrTooLong: {
    message:
      "Word could not search for the text to change (it is too long or has characters Word's search cannot take).",
    next: "Scan again; if the same gap fails again, edit that text by hand.",
  },
  ItemNotFound: {
    message: "Part of the document the add-in was looking for is no longer there.",
    next: "Scan again so the add-in sees the document as it is now.",
  },
  InvalidArgument: {
    message: "Word did not accept the change at this place.",
    next: "Scan again and retry; if it fails again, make the change by hand.",
  },
  GeneralException: {
    message: "Word could not complete the request.",
    next: "Try again; if it keeps failing, save the document, reload it and scan again.",
  },
  InvalidRequest: {
    message: "Word could not complete the request in the document's current state.",
    next: "Finish any edit in progress (leave the cell or comment you are typing in), then try again.",
  },
  NotImplemented: {
    message: "This version of Word does not support that action.",
    next: "Update Office, or use Word for the web or desktop, which support it.",
  },
  ApiNotFound: {
    message: "This version of Word does not support that action.",
    next: "Update Office, or use Word for the web or desktop, which support it.",
  },
  RequestPayloadSizeLimitExceeded: {
    message: "The document is too large for Word to send in one go.",
    next: "Work on a smaller part (fewer gaps at a time), or use the command-line tool on a copy of the file.",
  },
  ActivityLimitReached: {
    message: "Word is busy.",
    next: "Wait a moment and try again.",
  },
};

/** Common API error codes (numbers) returned by the File API. */
const FILE_CODES: Record<number, Entry> = {
  1007: {
    message: "The document is too large for Word to hand over.",
    next: "The add-in reads it through Word instead; if that also fails, use the command-line tool on a copy.",
  },
  1009: {
    message: "Word cannot hand over a document of this type.",
    next: "Save the document as .docx and open it again.",
  },
  5001: {
    message: "Word hit an internal error while handing over the document.",
    next: "Save the document, close and reopen it, then scan again.",
  },
  5002: {
    message: "The document is in a mode that does not allow this (for example Restrict Editing).",
    next: "Turn off Restrict Editing or open an editable copy, then try again.",
  },
  5006: {
    message: "The document session timed out.",
    next: "Reload the document, then scan again.",
  },
  5009: {
    message: "Word did not give the add-in access to the document's file.",
    next: "The add-in reads the document through Word instead; no action is needed unless scanning also fails.",
  },
  5012: {
    message: "Your Office browser session has expired.",
    next: "Refresh the page, then scan again.",
  },
  11001: {
    message: "Word could not hand over the document's file (a network problem, or a known fault of Word for the web).",
    next: "The add-in reads the document through Word instead; check your connection if scanning also fails.",
  },
};

const UNKNOWN: Entry = {
  message: "Something unexpected went wrong.",
  next: "Try again; if it keeps failing, save the document, reload it and scan again.",
};

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** Word's debugInfo.errorLocation ("Range.insertContentControl"), when the error carries one. */
export function errorLocation(error: unknown): string | undefined {
  const location = field(field(error, "debugInfo"), "errorLocation");
  return typeof location === "string" && location !== "" ? location : undefined;
}

export function explainHostError(error: unknown): HostErrorExplanation {
  const code = field(error, "code");
  const location = errorLocation(error);
  const entry =
    typeof code === "string"
      ? (WORD_CODES[code] ?? (/^\d+$/.test(code) ? FILE_CODES[Number(code)] : undefined))
      : typeof code === "number"
        ? FILE_CODES[code]
        : undefined;
  if (entry) return { code: String(code), ...entry, ...(location ? { location } : {}) };
  // Anything else is explained by the first line of its own message (never a stack trace).
  const message = field(error, "message") ?? (typeof error === "string" ? error : undefined);
  const first = typeof message === "string" ? (message.split("\n")[0] ?? "").trim() : "";
  return {
    code: typeof code === "string" || typeof code === "number" ? String(code) : "unknown",
    message: first || UNKNOWN.message,
    next: UNKNOWN.next,
    ...(location ? { location } : {}),
  };
}

/** One line for a message bar or a refused edit: what happened, then what to do. */
export function describeHostError(error: unknown): string {
  const { message, next } = explainHostError(error);
  return `${message} ${next}`;
}
