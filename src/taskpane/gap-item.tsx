import { ActionButton, DefaultButton, PrimaryButton, Spinner, Text, TextField, useTheme } from "@fluentui/react";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { OrganisationType } from "../core/checks/types";
import type { Finding } from "../core/report";
import type { RiskMatrix } from "../core/vocabulary/risk-matrices";
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
  /** Shown inside a risk's group: the group already names the kind, so the label is the message alone. */
  nested?: boolean;
}

const domId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "_");

/** The colour of the card's edge for a severity (the severity is also written, for those who cannot see it). */
export function useSeverityColour(severity: Finding["severity"]): string {
  const theme = useTheme();
  return severity === "error"
    ? theme.semanticColors.errorIcon
    : severity === "warning"
      ? theme.semanticColors.warningIcon
      : theme.palette.neutralSecondary;
}

/**
 * One gap, one or two lines when closed (its kind, then its message) with "Go to" beside it; opening it (the line
 * itself is the button, so Enter and Space work) shows the text found, the guided answers and "Ignore".
 */
export function GapItem({
  finding,
  matrix,
  organisation,
  open,
  onOpen,
  busy,
  actions,
  nested,
}: GapItemProps): JSX.Element {
  const theme = useTheme();
  const [ignoring, setIgnoring] = useState(false);
  const [reason, setReason] = useState("");
  const itemRef = useRef<HTMLLIElement>(null);
  const id = domId(finding.id);
  const colour = useSeverityColour(finding.severity);

  // Opened from the overview's "next action": bring it into view.
  useEffect(() => {
    if (open) itemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [open]);

  return (
    <li
      ref={itemRef}
      className={classes.card}
      style={{ borderColor: theme.palette.neutralQuaternary, borderLeft: `4px solid ${colour}` }}
      aria-labelledby={`gap-${id}`}
    >
      <div className={classes.gapLine}>
        <button
          type="button"
          id={`gap-${id}`}
          className={classes.gapToggle}
          style={{ color: theme.palette.neutralPrimary }}
          aria-expanded={open}
          aria-controls={`gap-details-${id}`}
          // The visible text (kind, message) is part of the name, as WCAG 2.5.3 asks; the severity is said after it.
          aria-label={`${open ? "Hide answers for" : "Answer"}: ${nested ? "" : `${KIND_LABELS[finding.kind]} `}${finding.message} (${SEVERITY_LABELS[finding.severity]})`}
          onClick={() => onOpen(!open)}
        >
          {/* The space keeps the visible text "kind message", as the accessible name says it. */}
          {!nested && <span className={classes.gapKind}>{KIND_LABELS[finding.kind]}</span>}{" "}
          <span className={classes.gapMessage}>{finding.message}</span>
        </button>
        <ActionButton
          text="Go to"
          ariaLabel={`Go to: ${finding.message}`}
          disabled={busy !== null}
          onClick={() => void actions.goTo(finding)}
          styles={{ root: { height: 28, flexShrink: 0 } }}
        />
      </div>
      {open && (
        <div id={`gap-details-${id}`} className={classes.gapDetails}>
          {finding.text.trim() && (
            <blockquote className={classes.quote} style={{ borderColor: theme.palette.neutralTertiaryAlt }}>
              <Text className={classes.small}>{finding.text}</Text>
            </blockquote>
          )}
          <Suspense fallback={<Spinner label="Loading the answers…" />}>
            <GuidedAnswerForm
              finding={finding}
              matrix={matrix}
              organisation={organisation}
              busy={busy}
              onApply={(text) => actions.applyAnswer(finding, text)}
            />
          </Suspense>
          <ActionButton
            text="Ignore"
            aria-expanded={ignoring}
            ariaLabel={`Ignore: ${finding.message}`}
            disabled={busy !== null}
            onClick={() => setIgnoring(!ignoring)}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
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
        </div>
      )}
    </li>
  );
}
