import { BOX_CHARACTERS, type TickBoxEdit } from "../core/edits";
import { normaliseBreaks, planSearch, queueSearch, rangeFromHits, hitsFor } from "./locate";
import { checkTarget, GROUP, missing, refOrder, searchMismatch, type PreparedEdit, type Refusal } from "./prepared";
import { describeRef, resolveTarget, type DocumentHandles } from "./targets";
import { tickInOoxml } from "./checkbox-ooxml";

export interface TickOptions {
  /** WordApi 1.7: ContentControl.checkboxContentControl.isChecked. Without it the control's OOXML is replaced. */
  checkboxApi: boolean;
}

/**
 * Ticks the n-th box of a target. A Word check-box content control (w14:checkbox) is ticked through the control:
 * `checkboxContentControl.isChecked` (WordApi 1.7), or where that set is missing by replacing the target's OOXML
 * (`getOoxml` / `insertOoxml`, WordApi 1.1) with the control's w14:checked set and its glyph updated. Typing a ☒ into
 * the control would leave it unchecked in the saved file (w14:checked stays 0) while a re-scan called it answered.
 * A box typed as a character is replaced through Word's search, like any other text.
 */
export function prepareTickBox(
  handles: DocumentHandles,
  edit: TickBoxEdit,
  options: TickOptions,
): PreparedEdit | Refusal {
  const target = resolveTarget(handles, edit.ref);
  if (!target) return missing(edit.ref);
  const controls = target.container.contentControls.load("items/type");
  const ooxml = options.checkboxApi ? undefined : target.container.getOoxml();
  // For a typed box: the glyph now in the text, searched for in sync 2 (both kinds, the text decides which is used).
  const unticked = planSearch("☐")!;
  const ticked = planSearch("☒")!;
  const searches = { "☐": queueSearch(target.container, unticked), "☒": queueSearch(target.container, ticked) };
  let write: () => void = () => undefined;
  return {
    check: () => {
      const stale = checkTarget(target, edit.ref, edit.expected);
      if (stale) return stale;
      const text = normaliseBreaks(target.text() ?? "");
      const boxes = [...text.matchAll(BOX_CHARACTERS)];
      const box = boxes[edit.box];
      if (!box) return { reason: "missing", message: `There is no box ${edit.box + 1} at ${describeRef(edit.ref)}.` };
      const checkboxes = controls.items.filter((c) => c.type === "CheckBox");
      if (checkboxes.length === boxes.length) {
        const control = checkboxes[edit.box]!;
        if (ooxml) {
          const replaced = tickInOoxml(ooxml.value, edit.box, edit.checked);
          if (!replaced) return unsupported(edit);
          write = () => target.container.insertOoxml(replaced, "Replace");
        } else write = () => (control.checkboxContentControl.isChecked = edit.checked);
        return null;
      }
      if (checkboxes.length > 0) return unsupported(edit);
      // A legacy form field box (FORMCHECKBOX) shows no character to Word's search: only its OOXML can tick it.
      if (ooxml && /FORMCHECKBOX|<w:checkBox\b/.test(ooxml.value)) {
        const replaced = tickInOoxml(ooxml.value, edit.box, edit.checked);
        if (!replaced) return unsupported(edit);
        write = () => target.container.insertOoxml(replaced, "Replace");
        return null;
      }
      const glyph = /[☒☑]/.test(box[0]) ? "☒" : "☐";
      if (box[0] !== glyph) return unsupported(edit);
      const plan = glyph === "☐" ? unticked : ticked;
      const occurrence = [...text.slice(0, box.index)].filter((c) => c === glyph).length;
      const hits = hitsFor(text, glyph, occurrence, plan);
      const range = hits ? rangeFromHits(searches[glyph], hits, text, plan) : null;
      if (!range) return searchMismatch(glyph, edit.ref);
      write = () => void range.insertText(edit.checked ? "☒" : "☐", "Replace");
      return null;
    },
    write: () => write(),
    landed: () => {
      const text = normaliseBreaks(target.text() ?? "");
      const box = [...text.matchAll(BOX_CHARACTERS)][edit.box];
      return box !== undefined && /[☒☑]/.test(box[0]) === edit.checked;
    },
    order: () => ({ group: GROUP.text, key: refOrder(edit.ref) }),
  };
}

function unsupported(edit: TickBoxEdit): Refusal {
  return {
    reason: "unsupported",
    message: `The boxes at ${describeRef(edit.ref)} are of a kind the add-in cannot tick safely; tick box ${edit.box + 1} in Word.`,
  };
}
