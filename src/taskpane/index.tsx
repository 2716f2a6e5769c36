import "./offline-fluent";
import { createOfficeDocumentService } from "../word/office-runner";
import { mountTaskPane } from "./mount";
import { sameThemeColors, type OfficeThemeColors } from "./theme";

/**
 * The thin entry Word loads: the only part of the pane that reads Office globals. It waits for
 * Office.onReady, builds the document service over Word.run, and hands the Office theme to the pane.
 */
function officeTheme(): OfficeThemeColors | undefined {
  const theme = Office.context.officeTheme;
  if (!theme || !theme.bodyBackgroundColor) return undefined;
  return {
    bodyBackgroundColor: theme.bodyBackgroundColor,
    bodyForegroundColor: theme.bodyForegroundColor,
    controlBackgroundColor: theme.controlBackgroundColor,
    controlForegroundColor: theme.controlForegroundColor,
    // Office.OfficeTheme.isDarkTheme is newer than the colours; older hosts leave it undefined.
    isDarkTheme: typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : undefined,
  };
}

function showProblem(root: HTMLElement, text: string): void {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.style.padding = "16px";
  p.textContent = text;
  root.replaceChildren(p);
}

void Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root) return;
  if (info.host !== Office.HostType.Word) {
    showProblem(root, "DPIA Assist runs in Microsoft Word. Open a document in Word and start it from the Home tab.");
    return;
  }
  if (!Office.context.requirements.isSetSupported("WordApi", "1.3")) {
    showProblem(root, "DPIA Assist needs a newer version of Word (Word JavaScript API 1.3 or later).");
    return;
  }
  let theme = officeTheme();
  if (theme) document.body.style.background = theme.bodyBackgroundColor;
  const pane = mountTaskPane(root, createOfficeDocumentService(), { theme });
  // Word raises no theme-changed event for task panes (OfficeThemeChanged is Outlook's): re-read the colours
  // when the user comes back to the pane, which is after any change of Office theme.
  window.addEventListener("focus", () => {
    const now = officeTheme();
    if (sameThemeColors(now, theme)) return;
    theme = now;
    document.body.style.background = now?.bodyBackgroundColor ?? "";
    pane.update({ theme: now });
  });
});
