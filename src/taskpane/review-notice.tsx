import { MessageBar, MessageBarType } from "@fluentui/react";
import type { ReviewActions, ReviewState } from "./use-review";

const TYPES = { success: MessageBarType.success, warning: MessageBarType.warning, error: MessageBarType.error };

/**
 * What happened to the reviewer's last save, and why the stored review cannot be used, in words on screen. A live
 * region (role status / alert, from MessageBar) so screen readers hear it without moving focus.
 */
export function ReviewNotice({ state, actions }: { state: ReviewState; actions: ReviewActions }): JSX.Element | null {
  return (
    <>
      {state.unreadable && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          {state.unreadable}
        </MessageBar>
      )}
      {state.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Some of the stored review could not be read and is left out: {state.problems.join("; ")}.
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar
          messageBarType={TYPES[state.notice.type]}
          isMultiline
          onDismiss={actions.dismiss}
          dismissButtonAriaLabel="Close"
        >
          {state.notice.text}
        </MessageBar>
      )}
    </>
  );
}
