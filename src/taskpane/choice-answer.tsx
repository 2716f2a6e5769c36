import {
  ChoiceGroup,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Text,
  TextField,
  type IChoiceGroupOption,
} from "@fluentui/react";
import { useState } from "react";
import type { Choice } from "./answer-choices";
import { classes } from "./styles";

export interface ApplyProps {
  busy: boolean;
  /** Writes the answer; resolves true when it was written. */
  onApply(text: string): Promise<boolean>;
}

export function ApplyButton({ text, busy, onApply }: ApplyProps & { text: string | null }): JSX.Element {
  return (
    <PrimaryButton
      text="Apply"
      ariaDescription="Writes the answer into the document"
      disabled={busy || !text?.trim()}
      onClick={() => text && void onApply(text)}
      style={{ marginTop: 8 }}
    />
  );
}

/** Choice options whose label carries the level's definition or the answer's consequence. */
export function toOptions(choices: Choice[]): IChoiceGroupOption[] {
  return choices.map((c) => ({
    key: c.key,
    text: c.label,
    onRenderLabel: (props) => (
      <span style={{ paddingLeft: 26, display: "block" }}>
        <span id={props?.labelId}>{c.label}</span>
        {c.why && (
          <Text block className={classes.small}>
            {c.why}
            {c.citation ? ` (${c.citation})` : ""}
          </Text>
        )}
      </span>
    ),
  }));
}

/** An editable draft: marked as such, and "Apply" waits until the user has changed it. */
export function DraftAnswer({ draft, label, ...apply }: ApplyProps & { draft: string; label?: string }): JSX.Element {
  const [text, setText] = useState(draft);
  const untouched = draft !== "" && text.trim() === draft.trim();
  return (
    <div>
      {draft && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          Draft answer: edit it to describe your own processing before applying.
        </MessageBar>
      )}
      <TextField
        label={label ?? (draft ? "Draft answer (edit before applying)" : "Your answer")}
        multiline
        autoAdjustHeight
        value={text}
        onChange={(_e, v) => setText(v ?? "")}
      />
      <ApplyButton text={untouched ? null : text} {...apply} />
    </div>
  );
}

export function ChoiceAnswer({
  choices,
  label,
  ...apply
}: ApplyProps & { choices: Choice[]; label: string }): JSX.Element {
  const [key, setKey] = useState<string | undefined>();
  const chosen = choices.find((c) => c.key === key);
  return (
    <div>
      <ChoiceGroup
        label={label}
        options={toOptions(choices)}
        selectedKey={key ?? null}
        onChange={(_e, o) => setKey(o?.key)}
      />
      {chosen?.draft ? (
        <DraftAnswer
          key={chosen.key}
          draft={chosen.text}
          label={`${chosen.label}: draft (edit before applying)`}
          {...apply}
        />
      ) : (
        <ApplyButton text={chosen?.text ?? null} {...apply} />
      )}
    </div>
  );
}
