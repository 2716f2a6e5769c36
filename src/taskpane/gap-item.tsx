import { ActionButton, DefaultButton, PrimaryButton, Spinner, Text, TextField, useTheme } from "@fluentui/react";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { OrganisationType } from "../core/checks/types";
import type { Finding } from "../core/report";
import type { RiskMatrix } from "../core/risk/types";
import { KIND_LABELS, SEVERITY_LABELS } from "./labels";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";

// Guided answers bring the date picker and the lawful-basis helper: loaded when the user opens one.
const GuidedAnswerForm = lazy(() => import("./guided-answer"));

export interface GapItemProps {
  finding: Finding;
  matrix: RiskMatrix;
  organisation: OrganisationType | undefined;
  open: boolean;
  onOpen(open: boolean): void;
  busy: string | null;
  actions: PaneActions;
}

export function GapItem({ finding, matrix, organisation, open, onOpen, busy, actions }: GapItemProps): JSX.Element {
  const theme = useTheme();
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState("");
  const itemRef = useRef<HTMLLIElement>(null);
  const headingId = `gap-${finding.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;

  // Opened from the overview's "next action": bring it into view.
  useEffect(() => {
    if (open) itemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [open]);

  const severityColour =
    finding.severity === "error"
      ? theme.semanticColors.errorIcon
      : finding.severity === "warning"
        ? theme.semanticColors.warningIcon
        : theme.palette.neutralSecondary;
  return (
    <li
      ref={itemRef}
      className={classes.card}
      style={{ borderColor: theme.palette.neutralQuaternary, borderLeft: `4px solid ${severityColour}` }}
      aria-labelledby={headingId}
    >
      <Text id={headingId} block variant="medium">
        <strong>{SEVERITY_LABELS[finding.severity]}</strong> · {KIND_LABELS[finding.kind]}
      </Text>
      <Text block>{finding.message}</Text>
      {finding.text.trim() && (
        <blockquote className={classes.quote} style={{ borderColor: theme.palette.neutralTertiaryAlt }}>
          <Text className={classes.small}>{finding.text}</Text>
        </blockquote>
      )}
      <div className={classes.row}>
        <ActionButton
          text="Go to"
          ariaLabel={`Go to: ${finding.message}`}
          disabled={busy !== null}
          onClick={() => void actions.goTo(finding)}
        />
        <ActionButton
          text={open ? "Hide answers" : "Answer"}
          aria-expanded={open}
          ariaLabel={`${open ? "Hide answers for" : "Answer"}: ${finding.message}`}
          onClick={() => onOpen(!open)}
        />
        <ActionButton
          text="Ignore"
          aria-expanded={ignoring}
          ariaLabel={`Ignore: ${finding.message}`}
          disabled={busy !== null}
          onClick={() => setIgnoring(!ignoring)}
        />
      </div>
      {ignoring && (
        <div>
          <TextField
            label="Reason for ignoring (optional)"
            value={reason}
            onChange={(_e, v) => setReason(v ?? "")}
            description="Kept in the document's settings, so the next reviewer sees why."
          />
          <div className={classes.row} style={{ marginTop: 4 }}>
            <PrimaryButton
              text="Ignore this gap"
              disabled={busy !== null}
              onClick={() => void actions.ignore(finding, reason)}
            />
            <DefaultButton text="Cancel" onClick={() => setIgnoring(false)} />
          </div>
        </div>
      )}
      {open && (
        <Suspense fallback={<Spinner label="Loading the answers…" />}>
          <GuidedAnswerForm
            finding={finding}
            matrix={matrix}
            organisation={organisation}
            busy={busy}
            onApply={(text) => actions.applyAnswer(finding, text)}
          />
        </Suspense>
      )}
    </li>
  );
}
