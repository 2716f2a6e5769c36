import type { EditResult } from "../core/edits";
import type { Ref } from "../core/model";
import { OUTLINE_CLASS } from "./document-view";
import { typingPlace } from "./locate";
import type { TypingAccess } from "./session";

/** How long the user pauses before the typed text is written into the document. */
export const WRITE_PAUSE_MS = 600;

export const EDITING_CLASS = "pg-editing";

export interface TypingHooks {
  /** The document being typed into, or null when none is open. */
  access(): TypingAccess | null;
  /** Editing ended after something was written (or refused): show the document as it is now. */
  finished(): void;
  /** A one-line message for the user (why a place cannot be typed into, why a write was refused). */
  notice(text: string): void;
}

interface Editing {
  ref: Ref;
  element: HTMLElement;
  /** The place's text in the document now: what the next write expects to find there. */
  expected: string;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Writes run one after another, each expecting the text the one before it left. */
  writes: Promise<void>;
  wrote: boolean;
  ended: boolean;
}

/**
 * Lets the user type into the rendered document, as an author types in Word: double-click a paragraph or a table
 * cell (or press Enter or F2 on the view, for the place the pane's Go to outlined), type, and the text is written
 * into the document through the Word API after a pause and when leaving (Enter, Escape, Tab or a click elsewhere).
 * Before editing starts, the place's text as Word reads it must match what is on screen; every write expects the
 * text the last one left, so nothing is ever written elsewhere or over someone else's change.
 */
export class TypingController {
  private editing: Editing | null = null;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly body: HTMLElement,
    private readonly hooks: TypingHooks,
    private readonly pauseMs = WRITE_PAUSE_MS,
  ) {
    this.body.addEventListener("dblclick", this.onDoubleClick);
    this.scroller.addEventListener("keydown", this.onViewKey);
  }

  dispose(): void {
    this.body.removeEventListener("dblclick", this.onDoubleClick);
    this.scroller.removeEventListener("keydown", this.onViewKey);
  }

  /** Writes what is pending and ends editing (before the view re-renders, which would replace the element). */
  async finish(notify = true): Promise<void> {
    const editing = this.editing;
    if (!editing || editing.ended) return;
    editing.ended = true;
    this.editing = null;
    this.write(editing);
    await editing.writes;
    const element = editing.element;
    element.removeAttribute("contenteditable");
    element.removeAttribute("role");
    element.removeAttribute("aria-label");
    element.removeAttribute("aria-multiline");
    element.classList.remove(EDITING_CLASS);
    element.removeEventListener("input", this.onInput);
    element.removeEventListener("keydown", this.onEditKey);
    element.removeEventListener("blur", this.onBlur);
    if (notify && editing.wrote) this.hooks.finished();
  }

  private readonly onDoubleClick = (event: MouseEvent): void => {
    if (this.editing && this.editing.element.contains(event.target as Node)) return;
    if (event.target instanceof Element) void this.begin(event.target);
  };

  private readonly onViewKey = (event: KeyboardEvent): void => {
    if (this.editing || event.defaultPrevented || (event.key !== "Enter" && event.key !== "F2")) return;
    const target = event.target as Element;
    // Enter on the view or on the outlined place edits the place the pane's Go to outlined.
    if (target !== this.scroller && !target.classList.contains(OUTLINE_CLASS)) return;
    const outlined = this.body.querySelector(`.${OUTLINE_CLASS}`);
    event.preventDefault();
    if (outlined) void this.begin(outlined);
    else this.hooks.notice("Use Go to in the pane first, or double-click a paragraph or cell, to type in it.");
  };

  private async begin(target: Element): Promise<void> {
    const access = this.hooks.access();
    if (!access) return;
    await this.finish();
    const place = typingPlace(this.body, target);
    if (!place) {
      this.hooks.notice("Only a paragraph or a table cell holding one paragraph can be typed into here.");
      return;
    }
    const shown = place.paragraph.textContent ?? "";
    const actual = await access.read(place.ref);
    // The view may have re-rendered while Word was read: the element must still be on the page.
    if (!this.body.contains(place.paragraph) || this.editing) return;
    if (actual === undefined || loose(actual) !== loose(shown)) {
      this.hooks.notice("This place cannot be typed into here: the view shows it differently from the document.");
      return;
    }
    const element = place.paragraph;
    this.editing = {
      ref: place.ref,
      element,
      expected: actual,
      timer: undefined,
      writes: Promise.resolve(),
      wrote: false,
      ended: false,
    };
    // Plain text only: pasted formatting would not reach the document anyway.
    element.setAttribute("contenteditable", "plaintext-only");
    if (element.contentEditable !== "plaintext-only") element.setAttribute("contenteditable", "true");
    element.setAttribute("role", "textbox");
    element.setAttribute("aria-multiline", "false");
    element.setAttribute("aria-label", "Typing in the document; Enter or Escape to finish");
    element.classList.add(EDITING_CLASS);
    element.addEventListener("input", this.onInput);
    element.addEventListener("keydown", this.onEditKey);
    element.addEventListener("blur", this.onBlur);
    element.focus();
    const selection = window.getSelection();
    if (selection) {
      selection.selectAllChildren(element);
      selection.collapseToEnd();
    }
  }

  private readonly onInput = (): void => {
    const editing = this.editing;
    if (!editing) return;
    if (editing.timer !== undefined) clearTimeout(editing.timer);
    editing.timer = setTimeout(() => this.write(editing), this.pauseMs);
  };

  private readonly onEditKey = (event: KeyboardEvent): void => {
    // One paragraph per place: Enter ends editing rather than starting a paragraph the view could not map.
    if (event.key === "Enter" || event.key === "Escape") {
      event.preventDefault();
      void this.finish();
    }
  };

  private readonly onBlur = (): void => {
    void this.finish();
  };

  /** Queues a write of the element's text when it differs from what the document holds. */
  private write(editing: Editing): void {
    if (editing.timer !== undefined) clearTimeout(editing.timer);
    editing.timer = undefined;
    const access = this.hooks.access();
    if (!access) return;
    editing.writes = editing.writes.then(async () => {
      const text = typed(editing.element);
      if (loose(text) === loose(editing.expected)) return;
      let refusal: string;
      editing.wrote = true;
      try {
        const result: EditResult = await access.write(editing.ref, editing.expected, text);
        if (result.status === "applied") {
          editing.expected = text;
          return;
        }
        refusal = result.message;
      } catch (error) {
        refusal = message(error);
      }
      this.hooks.notice(`What you typed was not written: ${refusal}`);
      // Leave editing so the view shows the document as it is.
      setTimeout(() => {
        if (this.editing === editing) void this.finish();
      }, 0);
    });
  }
}

/** The element's text as typed: one line, non-breaking spaces the editor inserts for repeated spaces made plain. */
function typed(element: HTMLElement): string {
  return (element.textContent ?? "").replace(/\u00a0/g, " ").replace(/[\r\n]+/g, " ");
}

/** Text compared loosely: the view and Word may differ in whitespace only. */
function loose(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

function message(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").trim() || "unknown error";
}
