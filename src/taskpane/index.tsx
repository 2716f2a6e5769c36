import "./offline-fluent";
import { createOfficeDocumentService } from "../word/office-runner";
import { mountTaskPane } from "./mount";
import type { OfficeThemeColors } from "./theme";

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
  const theme = officeTheme();
  if (theme) document.body.style.background = theme.bodyBackgroundColor;
  mountTaskPane(root, createOfficeDocumentService(), { theme });
});
