import { ActionButton, DefaultButton, MessageBar, MessageBarType, Text, useTheme } from "@fluentui/react";
import { isOverdue, sortActions } from "../core/review/model";
import { classes } from "./styles";
import type { ReviewActions, ReviewState } from "./use-review";
import { OverdueBadge } from "./verdict-badge";

export interface ActionsScreenProps {
  state: ReviewState;
  actions: ReviewActions;
  today: () => string;
}

/**
 * The action plan: every action of every section, overdue first, then by due date, the done ones last (the order of
 * `cli actions`). Each can take the reviewer to its section's heading and be marked done (or open again).
 */
export function ActionsScreen({ state, actions, today }: ActionsScreenProps): JSX.Element {
  const theme = useTheme();
  const now = today();
  const plan = sortActions(state.review.actions, now);
  const overdue = plan.filter((a) => isOverdue(a, now)).length;
  const open = plan.filter((a) => a.status === "open").length;
  const readOnly = state.unreadable !== null;
  if (!state.loaded) return <Text block>Reading the review…</Text>;
  return (
    <>
      <Text block>
        {plan.length === 0
          ? 'No actions yet. Give a section the verdict "Improvable" or "To correct" in Review to add them.'
          : `${open} open action${open === 1 ? "" : "s"}${overdue ? `, ${overdue} overdue` : ""}; ${plan.length - open} done.`}
      </Text>
      {overdue > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {overdue === 1 ? "One action is" : `${overdue} actions are`} past the due date.
        </MessageBar>
      )}
      {plan.length > 0 && (
        <ol className={classes.list} aria-label="Action plan">
          {plan.map((action) => {
            const late = isOverdue(action, now);
            const edge = late
              ? theme.semanticColors.errorIcon
              : action.status === "done"
                ? theme.semanticColors.successIcon
                : theme.palette.neutralTertiary;
            return (
              <li
                key={action.id}
                className={classes.card}
                style={{ borderColor: theme.palette.neutralQuaternary, borderLeft: `4px solid ${edge}` }}
                aria-label={`${action.what}${late ? " (overdue)" : action.status === "done" ? " (done)" : ""}`}
              >
                <Text block className={classes.gapMessage} style={{ fontWeight: 600 }}>
                  {action.status === "done" ? <s>{action.what}</s> : action.what}
                </Text>
                <Text block className={classes.small}>
                  {action.section}
                </Text>
                <div className={classes.row} style={{ gap: 6 }}>
                  <Text className={classes.small}>
                    {action.owner} · due {action.due}
                    {action.status === "done" ? " · done" : ""}
                  </Text>
                  {late && <OverdueBadge />}
                </div>
                <div className={classes.row}>
                  <ActionButton
                    text="Go to"
                    ariaLabel={`Go to section: ${action.section}`}
                    disabled={state.busy}
                    onClick={() => void actions.goToSection(action.section)}
                  />
                  <DefaultButton
                    text={action.status === "done" ? "Reopen" : "Mark done"}
                    ariaLabel={`${action.status === "done" ? "Reopen" : "Mark done"}: ${action.what}`}
                    disabled={state.busy || readOnly}
                    onClick={() => void actions.setActionStatus(action.id, action.status === "done" ? "open" : "done")}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
