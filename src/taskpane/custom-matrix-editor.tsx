import { DefaultButton, PrimaryButton, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import { getMatrix, type RiskMatrix } from "../core/vocabulary/risk-matrices";
import { validateMatrix } from "../core/vocabulary/custom-matrix";
import { classes } from "./styles";

export interface CustomMatrixEditorProps {
  current: RiskMatrix | undefined;
  busy: boolean;
  onSave(matrix: RiskMatrix): void;
}

/** The starting point for an organisation's own matrix: the ICO 3×3, renamed. */
function starter(): RiskMatrix {
  return { ...getMatrix("ico-3x3"), id: "custom", name: "Our organisation's matrix" };
}

/**
 * An organisation's own matrix, written as JSON (levels with definitions, and the grid of overall
 * levels) and checked by the risk engine's validator before it is saved in the document.
 */
export function CustomMatrixEditor({ current, busy, onSave }: CustomMatrixEditorProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(() => JSON.stringify(current ?? starter(), null, 2));
  const [problems, setProblems] = useState<string[]>([]);

  const save = () => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      setProblems([`This is not valid JSON: ${error.message}`]);
      return;
    }
    const result = validateMatrix(raw);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    onSave(result.matrix);
  };

  if (!open) {
    return (
      <DefaultButton
        text={current ? "Edit the custom matrix" : "Define a custom matrix"}
        onClick={() => setOpen(true)}
      />
    );
  }
  return (
    <div>
      <TextField
        label="Custom matrix (JSON)"
        multiline
        rows={12}
        value={text}
        onChange={(_e, v) => setText(v ?? "")}
        description="Levels lowest first, each with an id, label and definition; grid[severity][likelihood] names an overall level."
        styles={{ field: { fontFamily: "Consolas, monospace", fontSize: 12 } }}
      />
      {problems.length > 0 && (
        <div role="alert">
          <Text block>The matrix was not saved:</Text>
          <ul className={classes.counts}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={classes.row} style={{ marginTop: 8 }}>
        <PrimaryButton text="Save and use this matrix" disabled={busy} onClick={save} />
        <DefaultButton text="Close" onClick={() => setOpen(false)} />
      </div>
    </div>
  );
}
