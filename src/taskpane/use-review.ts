import { useCallback, useEffect, useRef, useState } from "react";
import type { Report, ReportSection } from "../core/report";
import {
  emptyReview,
  validateReview,
  withActionStatus,
  type ActionStatus,
  type ReviewData,
} from "../core/review/model";
import { ReviewDataError } from "../core/review/parse";
import type { DocumentService } from "../word/service";
import type { VerdictCommentResult } from "../word/verdict-comments";
import { explainError } from "./errors";
import { applyDraft, VERDICT_LABELS, withoutSection, type VerdictDraft } from "./review-drafts";

export interface ReviewNotice {
  type: "success" | "warning" | "error";
  text: string;
}

export interface ReviewState {
  review: ReviewData;
  /** The stored review has been read (or could not be). */
  loaded: boolean;
  /** Set when the stored review data is not a review at all: it is kept, and nothing is saved over it. */
  unreadable: string | null;
  /** Entries of the stored data that could not be read (left out). */
  problems: string[];
  busy: boolean;
  notice: ReviewNotice | null;
}

export interface ReviewActions {
  /** Saves one section's verdict and actions, then its comment; false when nothing was saved. */
  saveVerdict(draft: VerdictDraft): Promise<boolean>;
  /** Withdraws a section's verdict and actions, and removes its comment. */
  removeVerdict(section: string): Promise<boolean>;
  setActionStatus(id: string, status: ActionStatus): Promise<boolean>;
  /** Selects the section's heading in the document. */
  goToSection(title: string): Promise<void>;
  dismiss(): void;
}

/** What the reviewer reads about the comment after a save. */
function commentNote(results: VerdictCommentResult[], section: string, comments: boolean): ReviewNotice | null {
  if (!comments) return null;
  const mine = results.find((r) => r.section === section);
  if (mine?.status === "refused")
    return {
      type: "warning",
      text: `The verdict is saved, but its comment could not be added: ${mine.message} Re-scan, then save the verdict again.`,
    };
  return null;
}

/**
 * The reviewer's verdicts and action plan: read from the document once the pane opens, saved back through the
 * service (the document's settings), with each verdict written as one comment at its section's heading.
 */
export function useReview(service: DocumentService, report: Report | null): [ReviewState, ReviewActions] {
  const [state, setState] = useState<ReviewState>({
    review: emptyReview(),
    loaded: false,
    unreadable: null,
    problems: [],
    busy: false,
    notice: null,
  });
  const live = useRef(true);
  const current = useRef(state.review);
  const set = useCallback((update: (s: ReviewState) => ReviewState) => {
    if (live.current) setState(update);
  }, []);

  useEffect(() => {
    live.current = true;
    service.loadReview().then(
      ({ review, problems }) => {
        current.current = review;
        set((s) => ({ ...s, review, problems, loaded: true }));
      },
      (error: unknown) => {
        const text =
          error instanceof ReviewDataError
            ? `The review data in this document cannot be read (${error.message}); it is left as it is.`
            : `The review could not be read. ${explainError(error)}`;
        set((s) => ({ ...s, loaded: true, unreadable: text }));
      },
    );
    return () => {
      live.current = false;
    };
  }, [service, set]);

  const sections = report?.sections;
  /** Stores the review, then brings the verdict comments in line; the notice says what happened. */
  const store = useCallback(
    async (next: ReviewData, section: string, done: string): Promise<boolean> => {
      const problems = validateReview(next);
      if (problems.length > 0) {
        set((s) => ({
          ...s,
          notice: { type: "error", text: `Not saved: ${problems.map((p) => `${p.where} ${p.message}`).join("; ")}.` },
        }));
        return false;
      }
      set((s) => ({ ...s, busy: true, notice: null }));
      try {
        await service.saveReview(next);
        current.current = next;
        set((s) => ({ ...s, review: next }));
      } catch (error) {
        set((s) => ({ ...s, busy: false, notice: { type: "error", text: `Not saved. ${explainError(error)}` } }));
        return false;
      }
      let notice: ReviewNotice = { type: "success", text: done };
      try {
        const comments = service.capabilities().comments;
        const results = await service.writeVerdictComments(next, sections ?? []);
        notice = commentNote(results, section, comments) ?? notice;
      } catch (error) {
        notice = { type: "warning", text: `${done} The comment could not be written. ${explainError(error)}` };
      }
      set((s) => ({ ...s, busy: false, notice }));
      return true;
    },
    [service, sections, set],
  );

  const actions: ReviewActions = {
    saveVerdict: (draft) => {
      const verdict = draft.verdict ? VERDICT_LABELS[draft.verdict] : "";
      return store(applyDraft(current.current, draft), draft.section, `${draft.section}: ${verdict}, saved.`);
    },
    removeVerdict: (section) =>
      store(withoutSection(current.current, section), section, `${section}: verdict removed.`),
    setActionStatus: (id, status) => {
      const action = current.current.actions.find((a) => a.id === id);
      return store(
        withActionStatus(current.current, id, status),
        action?.section ?? "",
        `"${action?.what ?? id}" marked ${status === "done" ? "done" : "open again"}.`,
      );
    },
    goToSection: async (title) => {
      const section: ReportSection | undefined = sections?.find((s) => s.title === title);
      if (!section) {
        set((s) => ({
          ...s,
          notice: { type: "warning", text: `"${title}" is no longer a heading of this document. Re-scan to update.` },
        }));
        return;
      }
      try {
        await service.goTo(section.ref);
      } catch (error) {
        set((s) => ({ ...s, notice: { type: "error", text: `Could not go to "${title}". ${explainError(error)}` } }));
      }
    },
    dismiss: () => set((s) => ({ ...s, notice: null })),
  };
  return [state, actions];
}
