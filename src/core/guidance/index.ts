import type { OrganisationType } from "../vocabulary/organisation";
import type { GuidedAnswer, SlotType } from "../report";
import { levelAnswers } from "../risk/check-helpers";
import type { RiskMatrix } from "../vocabulary/risk-matrices";
import { lawfulBasisAnswers } from "./lawful-bases";
import { modelAnswer } from "./model-answers";
import { dateAnswers, signoffAnswers } from "./signoff";
import { specialCategoryAnswers } from "./special-category";
import { yesNoAnswers } from "./yes-no";

/** The knowledge base's one entry point: guided answers for a slot of a given type. */
export interface GuidanceContext {
  matrix: RiskMatrix;
  today: string;
  organisation?: OrganisationType;
}

export function answersFor(
  type: SlotType,
  question: string,
  section: string,
  context: GuidanceContext,
): GuidedAnswer[] {
  switch (type) {
    case "likelihood":
    case "severity":
    case "overall":
    case "effect":
    case "residual":
    case "approved":
      return levelAnswers(type, context.matrix);
    case "yes-no":
      return yesNoAnswers(question);
    case "date":
      return dateAnswers(question, context.today);
    case "name-date":
      return signoffAnswers(question, context.today);
    case "lawful-basis":
      return lawfulBasisAnswers(context.organisation);
    case "special-category-condition":
      return specialCategoryAnswers();
    case "free-text":
      return [modelAnswer(question, section)];
  }
}

export { lawfulBasisAnswers, publicTaskAnswer, LAWFUL_BASES } from "./lawful-bases";
export { specialCategoryAnswers, criminalOffenceAnswers, ARTICLE_9_CONDITIONS } from "./special-category";
export { yesNoAnswers } from "./yes-no";
export { modelAnswer } from "./model-answers";
export { signoffAnswers, dateAnswers, ukDate } from "./signoff";
export { CITE } from "./citations";
