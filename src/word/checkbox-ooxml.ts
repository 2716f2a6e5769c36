/**
 * Ticking a check box in OOXML, for hosts without WordApi 1.7's checkboxContentControl: the target's OOXML (from
 * Range.getOoxml, WordApi 1.1) with one box changed, to be written back with insertOoxml. Two kinds of box:
 * - a check-box content control (w:sdt with w14:checkbox, [MS-DOCX] 2.6.1): w14:checked is set and the glyph inside
 *   the control becomes its w14:checkedState / w14:uncheckedState character (☒ U+2612 / ☐ U+2610 by default), as Word
 *   itself does when the box is clicked;
 * - a legacy form field (FORMCHECKBOX with w:ffData/w:checkBox, ECMA-376 Part 1 §17.16.7): w:checked is set (it
 *   overrides w:default).
 * Pure string work on the package text: nothing else in it changes.
 */

const BOX =
  /<w14:checkbox\b[\s\S]*?<\/w14:checkbox>|<w:checkBox\s*\/>|<w:checkBox\b[^>]*[^/]>[\s\S]*?<\/w:checkBox>|<w:checkBox>[\s\S]*?<\/w:checkBox>/g;

/** The OOXML with the `index`-th box (document order) ticked or cleared; null when there is no such box. */
export function tickInOoxml(ooxml: string, index: number, checked: boolean): string | null {
  const boxes = [...ooxml.matchAll(BOX)];
  const box = boxes[index];
  if (!box || box.index === undefined) return null;
  const start = box.index;
  const end = start + box[0].length;
  if (box[0].startsWith("<w14:checkbox")) {
    const updated = setW14Checked(box[0], checked);
    const sdtEnd = ooxml.indexOf("</w:sdt>", end);
    if (sdtEnd < 0) return null;
    const glyph = glyphFor(box[0], checked);
    const content = ooxml
      .slice(end, sdtEnd)
      .replace(/(<w:sdtContent>[\s\S]*?<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/, `$1${glyph}$2`);
    return ooxml.slice(0, start) + updated + content + ooxml.slice(sdtEnd);
  }
  return ooxml.slice(0, start) + setLegacyChecked(box[0], checked) + ooxml.slice(end);
}

function setW14Checked(box: string, checked: boolean): string {
  const value = checked ? "1" : "0";
  if (/<w14:checked\b[^>]*\/>/.test(box))
    return box.replace(/<w14:checked\b[^>]*\/>/, `<w14:checked w14:val="${value}"/>`);
  return box.replace(/<w14:checkbox\b([^>]*)>/, `<w14:checkbox$1><w14:checked w14:val="${value}"/>`);
}

function glyphFor(box: string, checked: boolean): string {
  const state = new RegExp(
    `<w14:${checked ? "checkedState" : "uncheckedState"}\\b[^>]*w14:val="([0-9A-Fa-f]{4})"`,
  ).exec(box);
  return String.fromCharCode(parseInt(state?.[1] ?? (checked ? "2612" : "2610"), 16));
}

function setLegacyChecked(box: string, checked: boolean): string {
  const element = `<w:checked w:val="${checked ? "1" : "0"}"/>`;
  if (/<w:checked\b[^>]*\/>/.test(box)) return box.replace(/<w:checked\b[^>]*\/>/, element);
  if (box.endsWith("/>")) return `${box.slice(0, -2)}>${element}</w:checkBox>`;
  return box.replace(/<\/w:checkBox>$/, `${element}</w:checkBox>`);
}
