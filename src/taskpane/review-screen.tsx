import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Text,
  TextField,
  Toggle,
  type ITextField,
} from "@fluentui/react";
import { useRef, useState } from "react";
import type { Report } from "../core/report";
import type { DocumentSettings } from "../core/settings";
import type { Capabilities } from "../word/service";
import { ReviewNotice } from "./review-notice";
import { reviewSummary } from "./review-summary";
import { SectionVerdicts } from "./section-verdicts";
import { classes } from "./styles";
import type { PaneActions } from "./use-pane";
import type { ReviewActions, ReviewState } from "./use-review";

export interface ReviewScreenProps {
  report: Report;
  settings: DocumentSettings;
  capabilities: Capabilities;
  busy: string | null;
  actions: PaneActions;
  today: () => string;
  review: ReviewState;
  reviewActions: ReviewActions;
}

/** Copies with the async clipboard when the host allows it, else by selecting the text and "copy". */
async function copyText(text: string, fallback: ITextField | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (error) {
    // Office hosts may deny the clipboard permission to the pane's frame; the selection route still works.
    if (!(error instanceof Error)) throw error;
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  return typeof document.execCommand === "function" && document.execCommand("copy");
}

/**
 * Reviewer mode: a verdict on each section (with the actions it calls for), marks on every gap in the document that
 * "Clear marks" removes again (verdict comments included), and a summary to share.
 */
export function ReviewScreen({
  report,
  settings,
  capabilities,
  busy,
  actions,
  today,
  review,
  reviewActions,
}: ReviewScreenProps): JSX.Element {
  const summary = reviewSummary(report, today());
  const area = useRef<ITextField | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const gaps = report.findings.length;
  return (
    <>
      <section aria-labelledby="review-verdicts" className={classes.screen} style={{ paddingTop: 0 }}>
        <Text as="h2" id="review-verdicts" className={classes.sectionHeading} block>
          Verdicts by section
        </Text>
        <Text block className={classes.small}>
          Judge each section Acceptable, Improvable or To correct. The verdict is kept in the document
          {capabilities.comments ? " and written as a comment at the section's heading" : ""}.
        </Text>
        <ReviewNotice state={review} actions={reviewActions} />
        {review.loaded ? (
          <SectionVerdicts
            sections={report.sections ?? []}
            review={review.review}
            busy={review.busy || busy !== null}
            readOnly={review.unreadable !== null}
            actions={reviewActions}
          />
        ) : (
          <Text block>Reading the review…</Text>
        )}
      </section>
      <Text as="h2" className={classes.sectionHeading} block>
        Marks
      </Text>
      {!capabilities.comments && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          This version of Word does not support comments from add-ins (WordApi 1.4), so gaps are highlighted without a
          comment.
        </MessageBar>
      )}
      <Text block>
        Mark all gaps highlights each one
        {capabilities.comments ? " and adds a comment with the message and the guidance" : ""}. Clear marks removes only
        what DPIA Assist added.
      </Text>
      <div className={classes.row}>
        <PrimaryButton
          text="Mark all gaps"
          disabled={busy !== null || gaps === 0}
          onClick={() => void actions.markGaps()}
        />
        <DefaultButton text="Clear marks" disabled={busy !== null} onClick={() => void actions.clearMarks()} />
      </div>
      {settings.lastReviewed && (
        <Text block className={classes.small}>
          Last marked by DPIA Assist: {settings.lastReviewed}
        </Text>
      )}
      {capabilities.trackChanges && (
        <Toggle
          label="Make the add-in's edits as tracked changes"
          checked={settings.trackChanges === true}
          disabled={busy !== null}
          onChange={(_e, on) => void actions.updateSettings({ trackChanges: on === true }, false)}
        />
      )}
      <TextField label="Review summary" multiline readOnly rows={8} value={summary} componentRef={area} />
      <div className={classes.row}>
        <DefaultButton
          text="Copy summary"
          onClick={() =>
            void copyText(summary, area.current).then((ok) =>
              setCopied(ok ? "Summary copied." : "Select the summary and press Ctrl+C to copy it."),
            )
          }
        />
        <span role="status" aria-live="polite" className={classes.small}>
          {copied}
        </span>
      </div>
    </>
  );
}
