import { ActionButton, Text, useTheme } from "@fluentui/react";
import { useRef, useState } from "react";
import type { ReportSection } from "../core/report";
import type { ReviewData } from "../core/review/model";
import { draftFor } from "./review-drafts";
import { classes } from "./styles";
import type { ReviewActions } from "./use-review";
import { VerdictBadge } from "./verdict-badge";
import { VerdictEditor } from "./verdict-editor";

export interface SectionVerdictsProps {
  sections: readonly ReportSection[];
  review: ReviewData;
  busy: boolean;
  /** Saving is refused (stored review data that cannot be read is never overwritten). */
  readOnly: boolean;
  actions: ReviewActions;
}

const domId = (i: number) => `section-${i}`;

/**
 * The document's sections with the reviewer's verdict on each (a badge, the note, how many actions), and the verdict
 * form of the one being judged. The section line is the button that opens the form, as gaps open their answers.
 */
export function SectionVerdicts({ sections, review, busy, readOnly, actions }: SectionVerdictsProps): JSX.Element {
  const theme = useTheme();
  const [open, setOpen] = useState<string | null>(null);
  const toggles = useRef(new Map<string, HTMLButtonElement | null>());
  // A verdict whose section is no longer a heading of the document is still shown (and can be withdrawn).
  const known = new Set(sections.map((s) => s.title));
  const rows = [
    ...sections.map((s) => s.title),
    ...review.verdicts.filter((v) => !known.has(v.section)).map((v) => v.section),
  ];
  const close = (title: string) => {
    setOpen(null);
    // Back to the line that opened the form, so keyboard users keep their place.
    setTimeout(() => toggles.current.get(title)?.focus(), 0);
  };
  if (rows.length === 0)
    return (
      <Text block>No section headings were recognised in this document, so there is nothing to give a verdict on.</Text>
    );
  return (
    <ul className={classes.list} aria-label="Sections">
      {rows.map((title, i) => {
        const verdict = review.verdicts.find((v) => v.section === title);
        const count = review.actions.filter((a) => a.section === title).length;
        const isOpen = open === title;
        const id = domId(i);
        return (
          <li
            key={title}
            className={classes.card}
            style={{ borderColor: theme.palette.neutralQuaternary }}
            aria-labelledby={`${id}-toggle`}
          >
            <div className={classes.gapLine}>
              <button
                type="button"
                id={`${id}-toggle`}
                ref={(el) => void toggles.current.set(title, el)}
                className={classes.gapToggle}
                style={{ color: theme.palette.neutralPrimary }}
                aria-expanded={isOpen}
                aria-controls={`${id}-form`}
                disabled={readOnly}
                onClick={() => (isOpen ? close(title) : setOpen(title))}
              >
                <span className={classes.gapMessage}>{title}</span>
                <span className={classes.row} style={{ gap: 6 }}>
                  <VerdictBadge verdict={verdict?.verdict ?? null} />
                  {count > 0 && (
                    <span className={classes.small}>
                      {count} action{count === 1 ? "" : "s"}
                    </span>
                  )}
                </span>
                {verdict?.note && !isOpen && <span className={classes.small}>{verdict.note}</span>}
              </button>
              {known.has(title) && (
                <ActionButton
                  text="Go to"
                  ariaLabel={`Go to section: ${title}`}
                  disabled={busy}
                  onClick={() => void actions.goToSection(title)}
                  styles={{ root: { height: 28, flexShrink: 0 } }}
                />
              )}
            </div>
            {isOpen && (
              <div id={`${id}-form`}>
                <VerdictEditor
                  id={id}
                  initial={draftFor(review, title)}
                  stored={verdict !== undefined}
                  busy={busy}
                  onSave={actions.saveVerdict}
                  onRemove={() => actions.removeVerdict(title)}
                  onClose={() => close(title)}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
