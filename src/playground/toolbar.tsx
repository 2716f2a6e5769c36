import { DefaultButton, PrimaryButton } from "@fluentui/react";
import { useRef, type ChangeEvent } from "react";
import type { Sample } from "./samples";
import { classes } from "./styles";

export interface ToolbarProps {
  samples: Sample[];
  selectedSample: string;
  fileName: string | null;
  busy: boolean;
  onOpenFile(file: File): void;
  onPickSample(sample: Sample): void;
  onDownload(): void;
}

/** Open a file from disk, pick a bundled sample, download the edited document. */
export function Toolbar(props: ToolbarProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Reset so that choosing the same file again still reports a change.
    event.target.value = "";
    if (file) props.onOpenFile(file);
  };
  const onSample = (event: ChangeEvent<HTMLSelectElement>): void => {
    const sample = props.samples.find((s) => s.url === event.target.value);
    if (sample) props.onPickSample(sample);
  };
  return (
    <header className={classes.toolbar}>
      <h1 className={classes.title}>DPIA Assist playground</h1>
      <DefaultButton text="Open .docx…" onClick={() => input.current?.click()} disabled={props.busy} />
      <input
        ref={input}
        className={classes.hiddenInput}
        type="file"
        accept=".docx,.docm,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label="Open a .docx file from disk"
        data-testid="file-input"
        onChange={onFile}
      />
      <label className={classes.label} htmlFor="pg-sample">
        Sample
      </label>
      <select
        id="pg-sample"
        className={classes.select}
        value={props.selectedSample}
        onChange={onSample}
        disabled={props.busy}
      >
        <option value="">{props.samples.length ? "Choose a sample document…" : "No samples bundled"}</option>
        {props.samples.map((sample) => (
          <option key={sample.url} value={sample.url}>
            {sample.title}
          </option>
        ))}
      </select>
      <PrimaryButton
        text="Download .docx"
        onClick={props.onDownload}
        disabled={props.busy || props.fileName === null}
        data-testid="download"
      />
      <span className={classes.fileName} aria-live="polite" data-testid="file-name">
        {props.fileName ? `Open: ${props.fileName}` : "No document open"}
      </span>
      {props.fileName ? (
        // A playground feature: Word has its own editing; here the view is where the author types.
        <p className={classes.hint} id="pg-typing-hint" data-testid="typing-hint">
          Double-click a paragraph or cell to type in it (or press Enter on the document view after Go to); the pane
          re-checks when you pause.
        </p>
      ) : null}
    </header>
  );
}
