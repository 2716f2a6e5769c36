import { MessageBar, MessageBarType, Text } from "@fluentui/react";
import type { OrganisationType } from "../core/checks/types";
import { criminalOffenceAnswers, lawfulBasisAnswers, specialCategoryAnswers } from "../core/guidance";
import { basesFor, fromAnswers, type Choice } from "./answer-choices";
import { ChoiceAnswer } from "./choice-answer";
import { classes } from "./styles";

export interface LawfulBasisHelperProps {
  choices: Choice[];
  organisation: OrganisationType | undefined;
  slot: "lawful-basis" | "special-category-condition";
  busy: boolean;
  onApply(text: string): Promise<boolean>;
}

/**
 * Article 6 bases (or Article 9(2) / Article 10 conditions), each with when it fits, filtered by the
 * organisation type from Settings: a public authority performing its tasks cannot rely on legitimate interests.
 */
export default function LawfulBasisHelper({
  choices,
  organisation,
  slot,
  busy,
  onApply,
}: LawfulBasisHelperProps): JSX.Element {
  // The finding's own answers when the engine gave them; otherwise the knowledge base's full list.
  const all = choices.length
    ? choices
    : fromAnswers(
        slot === "lawful-basis"
          ? lawfulBasisAnswers(organisation)
          : [...specialCategoryAnswers(), ...criminalOffenceAnswers()],
      );
  const { shown, hidden } = basesFor(all, organisation);
  const what = slot === "lawful-basis" ? "Article 6 lawful basis" : "Article 9 or Article 10 condition";
  return (
    <div>
      {!organisation && (
        <Text block className={classes.small}>
          Set the organisation type in Settings to see only the bases that fit.
        </Text>
      )}
      {hidden.length > 0 && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          Legitimate interests is not listed: a public authority cannot rely on it for the tasks it performs as a public
          authority (Article 6(1), last paragraph). Public task usually fits instead.
        </MessageBar>
      )}
      {shown.length ? (
        <ChoiceAnswer choices={shown} label={`Choose the ${what}`} busy={busy} onApply={onApply} />
      ) : (
        <Text block>No {what} is suggested for this gap; write it in the document.</Text>
      )}
    </div>
  );
}
