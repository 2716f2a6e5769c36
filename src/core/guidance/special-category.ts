import type { GuidedAnswer } from "../report";
import { CITE } from "./citations";

/** Article 9(2) conditions for special category data, and the Article 10 route for criminal offence data. */
export interface Condition {
  point: string;
  label: string;
  meaning: string;
  /** Whether DPA 2018 Schedule 1 adds a condition to meet (Part 1 or 2) before relying on it. */
  schedule1?: string;
}

export const ARTICLE_9_CONDITIONS: Condition[] = [
  {
    point: "a",
    label: "Explicit consent",
    meaning: "The individual has given explicit consent for one or more specified purposes.",
  },
  {
    point: "b",
    label: "Employment, social security and social protection",
    meaning: "Necessary for obligations or rights in employment, social security or social protection law.",
    schedule1: "Schedule 1 Part 1 paragraph 1",
  },
  {
    point: "c",
    label: "Vital interests",
    meaning: "Necessary to protect someone's vital interests when they cannot give consent.",
  },
  {
    point: "d",
    label: "Not-for-profit bodies",
    meaning:
      "A foundation, association or not-for-profit body with a political, philosophical, religious or trade union aim, about its members.",
  },
  {
    point: "e",
    label: "Made public by the data subject",
    meaning: "The individual has manifestly made the data public.",
  },
  {
    point: "f",
    label: "Legal claims and judicial acts",
    meaning: "Necessary for legal claims or whenever courts act in their judicial capacity.",
  },
  {
    point: "g",
    label: "Substantial public interest",
    meaning: "Necessary for reasons of substantial public interest on the basis of law.",
    schedule1: "one of the conditions of Schedule 1 Part 2, with an appropriate policy document",
  },
  {
    point: "h",
    label: "Health or social care",
    meaning:
      "Necessary for preventive or occupational medicine, medical diagnosis, or the provision or management of health or social care.",
    schedule1: "Schedule 1 Part 1 paragraph 2",
  },
  {
    point: "i",
    label: "Public health",
    meaning: "Necessary for reasons of public interest in public health.",
    schedule1: "Schedule 1 Part 1 paragraph 3",
  },
  {
    point: "j",
    label: "Archiving, research and statistics",
    meaning: "Necessary for archiving in the public interest, scientific or historical research, or statistics.",
    schedule1: "Schedule 1 Part 1 paragraph 4",
  },
];

export function specialCategoryAnswers(): GuidedAnswer[] {
  return ARTICLE_9_CONDITIONS.map((c) => ({
    label: `Article 9(2)(${c.point}) ${c.label}`,
    text: `Our condition for processing special category data is Article 9(2)(${c.point}) ${c.label.toLowerCase()}${c.schedule1 ? `, with ${c.schedule1} of the Data Protection Act 2018` : ""}.`,
    why: `${c.meaning}${c.schedule1 ? ` You must also meet ${c.schedule1} of the DPA 2018.` : ""} A lawful basis under Article 6 is needed as well; the two do not have to be linked.`,
    citation: c.schedule1 ? `${CITE.art9(c.point)}; ${CITE.sch1}` : CITE.art9(c.point),
  }));
}

/** Criminal offence data: official authority, or a DPA 2018 Schedule 1 condition. */
export function criminalOffenceAnswers(): GuidedAnswer[] {
  return [
    {
      label: "Under the control of official authority",
      text: "We process criminal offence data under Article 10 as it is carried out under the control of official authority ([name the authority and law]).",
      why: "Article 10 allows processing of criminal offence data under the control of official authority.",
      citation: CITE.art10,
      draft: true,
    },
    {
      label: "Authorised by law: DPA 2018 Schedule 1 condition",
      text: "We process criminal offence data under Article 10 and section 10(5) of the Data Protection Act 2018, meeting Schedule 1 paragraph [number] ([name the condition]); our appropriate policy document is [reference].",
      why: "Otherwise Article 10 requires authorisation by law: a condition in DPA 2018 Schedule 1 Parts 1–3, usually with an appropriate policy document.",
      citation: CITE.art10,
      draft: true,
    },
  ];
}
