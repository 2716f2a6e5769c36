/**
 * The element sequences of the Office add-in manifest schemas (OfficeApp 1.1 TaskPaneApp and the task-pane
 * VersionOverrides 1.0), for the parts this project uses. Office refuses a manifest whose elements are out of
 * order, with a message that only says "invalid child element", so the check names what should come where.
 */
import type { Element } from "@xmldom/xmldom";
import { childElements, localName, pathOf } from "./xml";

export interface Slot {
  name: string;
  min: number;
  max: number; // Infinity for unbounded
}

const one = (name: string): Slot => ({ name, min: 1, max: 1 });
const opt = (name: string): Slot => ({ name, min: 0, max: 1 });
const many = (name: string, min = 1): Slot => ({ name, min, max: Infinity });

/** xs:sequence of OfficeApp (base) followed by TaskPaneApp's extension, as in OfficeAppManifestV1_1.xsd. */
export const TASK_PANE_APP: Slot[] = [
  one("Id"),
  opt("AlternateId"),
  one("Version"),
  one("ProviderName"),
  one("DefaultLocale"),
  one("DisplayName"),
  one("Description"),
  opt("IconUrl"),
  opt("HighResolutionIconUrl"),
  opt("SupportUrl"),
  opt("AppDomains"),
  opt("Hosts"),
  opt("Requirements"),
  one("DefaultSettings"),
  one("Permissions"),
  opt("Dictionary"),
  opt("VersionOverrides"),
  opt("ExtendedOverrides"),
];

export const SEQUENCES: Record<string, Slot[]> = {
  OfficeApp: TASK_PANE_APP,
  DefaultSettings: [one("SourceLocation"), opt("RequestedWidth")],
  Requirements: [opt("Sets"), opt("Methods")],
  VersionOverrides: [
    opt("Description"),
    opt("Requirements"),
    opt("Hosts"),
    opt("Resources"),
    opt("WebApplicationInfo"),
    opt("EquivalentAddins"),
  ],
  DesktopFormFactor: [opt("GetStarted"), one("FunctionFile"), many("ExtensionPoint")],
  GetStarted: [one("Title"), one("Description"), opt("LearnMoreUrl")],
  OfficeTab: [many("Group")],
  Group: [one("Label"), opt("Icon"), many("Control")],
  Control: [one("Label"), one("Supertip"), one("Icon"), one("Action")],
  Supertip: [one("Title"), one("Description")],
  Resources: [opt("Images"), opt("Urls"), opt("ShortStrings"), opt("LongStrings")],
};

/**
 * Checks the children of `parent` against `slots` in order; returns one message per fault. Unknown children
 * are faults too: a misspelt element is as fatal to Office as a misplaced one.
 */
export function checkSequence(parent: Element, slots: Slot[]): string[] {
  const problems: string[] = [];
  const kids = childElements(parent).map(localName);
  const where = pathOf(parent);
  let i = 0;
  for (const slot of slots) {
    let count = 0;
    while (i < kids.length && kids[i] === slot.name) {
      count += 1;
      i += 1;
    }
    if (count < slot.min) {
      const later = kids.indexOf(slot.name, i);
      problems.push(
        later >= 0
          ? `${where}: <${slot.name}> is out of order; expected order: ${slots.map((s) => s.name).join(", ")}`
          : `${where}: required element <${slot.name}> is missing`,
      );
    }
    if (count > slot.max)
      problems.push(`${where}: <${slot.name}> may appear at most ${slot.max} time(s), found ${count}`);
  }
  if (i < kids.length) {
    const stray = kids[i];
    const known = slots.some((s) => s.name === stray);
    problems.push(
      known
        ? `${where}: <${stray}> is out of order; expected order: ${slots.map((s) => s.name).join(", ")}`
        : `${where}: <${stray}> is not a valid child here (allowed: ${slots.map((s) => s.name).join(", ")})`,
    );
  }
  // Report each misplaced element once even when it also left a required slot empty.
  return [...new Set(problems)];
}
