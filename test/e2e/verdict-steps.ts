/**
 * The reviewer's verdict steps in the playground, as a user does them (click the section, click the verdict's label,
 * type the action, type the due date and leave the field, Save): shared by the verdict journey and the screenshots.
 */
import type { Page } from "playwright-core";
import { pane } from "./playground-page";

export interface ActionInput {
  what: string;
  owner: string;
  /** As a reviewer types it in the date field (UK style or YYYY-MM-DD). */
  due: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The button that opens a section's verdict form (its name starts with the section's title). */
export function sectionLine(page: Page, title: string) {
  return pane(page).getByRole("button", { name: new RegExp(`^${escape(title)}`) });
}

/** Opens the section, chooses the verdict, adds the actions, saves, and waits for the pane to say it is saved. */
export async function giveVerdict(
  page: Page,
  title: string,
  verdict: "Acceptable" | "Improvable" | "To correct",
  note: string,
  actions: ActionInput[] = [],
): Promise<void> {
  await sectionLine(page, title).click();
  const form = pane(page)
    .locator("li")
    .filter({ has: page.getByRole("button", { name: "Save verdict" }) });
  // Fluent draws its own circle over a hidden input: click the label, as a user does.
  await form.locator("label").getByText(verdict, { exact: true }).click();
  await form.getByRole("textbox", { name: "Note" }).fill(note);
  for (const [i, action] of actions.entries()) {
    await form.getByRole("button", { name: "Add an action" }).click();
    const group = form.getByRole("group", { name: `Action ${i + 1}` });
    await group.getByRole("textbox", { name: /What is to be done/ }).fill(action.what);
    await group.getByRole("textbox", { name: /Owner/ }).fill(action.owner);
    const due = group.getByRole("combobox", { name: "Due date" });
    await due.click();
    await due.pressSequentially(action.due);
    await due.press("Tab");
  }
  await form.getByRole("button", { name: "Save verdict" }).click();
  const saved = pane(page).getByText(`${title}: ${verdict}, saved.`);
  // On failure, say what the pane shows instead (a field to fix, a comment refused), not just "timeout".
  await saved.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    throw new Error(`"${title}" was not saved; the form says: ${await form.innerText()}`, { cause: error });
  });
}
