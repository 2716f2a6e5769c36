import {
  ActionButton,
  ChoiceGroup,
  DatePicker,
  DayOfWeek,
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Text,
  TextField,
  useTheme,
} from "@fluentui/react";
import { useState } from "react";
import { VERDICTS, type Verdict } from "../core/review/model";
import { parseTypedDate } from "./answer-choices";
import {
  blankAction,
  dateOf,
  isoDate,
  validateDraft,
  VERDICT_LABELS,
  type ActionDraft,
  type VerdictDraft,
} from "./review-drafts";
import { classes } from "./styles";

export interface VerdictEditorProps {
  /** DOM id prefix, unique on the page. */
  id: string;
  initial: VerdictDraft;
  /** The section already has a verdict (offer to remove it). */
  stored: boolean;
  busy: boolean;
  onSave(draft: VerdictDraft): Promise<boolean>;
  onRemove(): Promise<boolean>;
  onClose(): void;
}

// Module-level on purpose: the DatePicker re-formats its text whenever formatDate changes identity, which would wipe
// what the reviewer is typing each time the form re-renders.
const formatDue = (date?: Date): string => (date ? isoDate(date) : "");

const VERDICT_HINTS: Record<Verdict, string> = {
  acceptable: "Nothing to change.",
  improvable: "Acceptable, but should be improved: add the actions.",
  "to-correct": "Must be corrected before sign-off: add the actions.",
};

/**
 * The verdict form of one section: Acceptable / Improvable / To correct, a note, and the actions (what, owner, due
 * date). Problems are shown once the reviewer tries to save, beside the field concerned and summed up above the
 * buttons; focus then goes to the first field to fix.
 */
export function VerdictEditor({
  id,
  initial,
  stored,
  busy,
  onSave,
  onRemove,
  onClose,
}: VerdictEditorProps): JSX.Element {
  const theme = useTheme();
  const [draft, setDraft] = useState<VerdictDraft>(initial);
  const [tried, setTried] = useState(false);
  const errors = validateDraft(draft);
  const shown = tried ? errors : { actions: {}, count: 0 };

  const update = (patch: Partial<VerdictDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateAction = (key: string, patch: Partial<ActionDraft>) =>
    setDraft((d) => ({ ...d, actions: d.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) }));

  const addAction = () => {
    const action = blankAction();
    setDraft((d) => ({ ...d, actions: [...d.actions, action] }));
    // Focus the new row's first field once it is rendered.
    setTimeout(() => document.getElementById(`${id}-${action.key}-what`)?.focus(), 0);
  };

  const save = async () => {
    setTried(true);
    if (errors.count > 0) {
      const first = errors.verdict
        ? `${id}-verdict`
        : Object.entries(errors.actions).map(
            ([key, e]) => `${id}-${key}-${e.what ? "what" : e.owner ? "owner" : "due"}`,
          )[0];
      setTimeout(() => {
        const element = first ? document.getElementById(first) : null;
        (element?.querySelector("input") ?? element)?.focus();
      }, 0);
      return;
    }
    if (await onSave(draft)) onClose();
  };

  return (
    <div className={classes.gapDetails}>
      <ChoiceGroup
        id={`${id}-verdict`}
        label="Verdict"
        required
        selectedKey={draft.verdict ?? null}
        options={VERDICTS.map((v) => ({
          key: v,
          text: VERDICT_LABELS[v],
          ariaLabel: `${VERDICT_LABELS[v]}: ${VERDICT_HINTS[v]}`,
        }))}
        onChange={(_e, option) => option && update({ verdict: option.key as Verdict })}
      />
      {draft.verdict && <Text className={classes.small}>{VERDICT_HINTS[draft.verdict]}</Text>}
      {shown.verdict && (
        <Text className={classes.small} role="alert" style={{ color: theme.semanticColors.errorText }}>
          {shown.verdict}
        </Text>
      )}
      <TextField
        label="Note"
        multiline
        autoAdjustHeight
        rows={2}
        value={draft.note}
        onChange={(_e, v) => update({ note: v ?? "" })}
        description="Written into the section's comment."
      />
      <Text as="h3" className={classes.sectionHeading} block>
        Actions{draft.actions.length ? ` (${draft.actions.length})` : ""}
      </Text>
      {draft.actions.length > 0 && (
        <ol className={classes.list} aria-label="Actions for this section">
          {draft.actions.map((action, i) => (
            <ActionFields
              key={action.key}
              id={`${id}-${action.key}`}
              number={i + 1}
              action={action}
              errors={shown.actions[action.key] ?? {}}
              onChange={(patch) => updateAction(action.key, patch)}
              onRemove={() => setDraft((d) => ({ ...d, actions: d.actions.filter((a) => a.key !== action.key) }))}
            />
          ))}
        </ol>
      )}
      <ActionButton text="Add an action" onClick={addAction} styles={{ root: { alignSelf: "flex-start" } }} />
      {tried && errors.count > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {errors.count === 1 ? "One thing to fix" : `${errors.count} things to fix`} before this verdict can be saved.
        </MessageBar>
      )}
      <div className={classes.row}>
        <PrimaryButton text="Save verdict" disabled={busy} onClick={() => void save()} />
        <DefaultButton text="Cancel" onClick={onClose} />
        {stored && (
          <ActionButton
            text="Remove verdict"
            disabled={busy}
            onClick={() => void onRemove().then((ok) => ok && onClose())}
          />
        )}
      </div>
    </div>
  );
}

function ActionFields({
  id,
  number,
  action,
  errors,
  onChange,
  onRemove,
}: {
  id: string;
  number: number;
  action: ActionDraft;
  errors: { what?: string; owner?: string; due?: string };
  onChange(patch: Partial<ActionDraft>): void;
  onRemove(): void;
}): JSX.Element {
  const theme = useTheme();
  return (
    <li className={classes.card} style={{ borderColor: theme.palette.neutralQuaternary }}>
      <div role="group" aria-label={`Action ${number}`}>
        <TextField
          id={`${id}-what`}
          label="What is to be done"
          required
          multiline
          autoAdjustHeight
          rows={2}
          value={action.what}
          errorMessage={errors.what}
          onChange={(_e, v) => onChange({ what: v ?? "" })}
        />
        <TextField
          id={`${id}-owner`}
          label="Owner"
          required
          value={action.owner}
          errorMessage={errors.owner}
          onChange={(_e, v) => onChange({ owner: v ?? "" })}
        />
        <div id={`${id}-due`}>
          <DatePicker
            label="Due date"
            value={dateOf(action.due)}
            onSelectDate={(d) => onChange({ due: d ? isoDate(d) : "" })}
            formatDate={formatDue}
            parseDateFromString={parseTypedDate}
            allowTextInput
            // Clicking the field is for typing: the calendar opens from its button (or Enter, Alt+Down), since opening
            // on click moves the focus, and the keys being typed, into the calendar. Fluent reads openOnClick as
            // `openOnClick || !props.disableAutoFocus`, so its default (true) must be passed explicitly too.
            openOnClick={false}
            disableAutoFocus
            firstDayOfWeek={DayOfWeek.Monday}
            placeholder="Choose or type a date"
            ariaLabel="Due date"
            textField={{ errorMessage: errors.due }}
          />
        </div>
        <ActionButton text="Remove this action" ariaLabel={`Remove action ${number}`} onClick={onRemove} />
      </div>
    </li>
  );
}
