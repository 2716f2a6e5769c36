import type { OrganisationType } from "../vocabulary/organisation";
import type { GuidedAnswer } from "../report";
import { CITE } from "./citations";

/**
 * The six lawful bases of Article 6(1), each with a one-line explanation and when it fits. Structure after
 * a police force's published lawful-basis policy: the basis, what it means, the test it must pass.
 */
export interface LawfulBasis {
  id: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
  point: "a" | "b" | "c" | "d" | "e" | "f";
  label: string;
  meaning: string;
  fits: string;
}

export const LAWFUL_BASES: LawfulBasis[] = [
  {
    id: "consent",
    point: "a",
    label: "Consent",
    meaning: "The individual has given clear consent for a specific purpose.",
    fits: "Fits when you can offer real choice and control, and people can withdraw as easily as they gave consent; avoid it where you would process anyway or hold power over the person.",
  },
  {
    id: "contract",
    point: "b",
    label: "Contract",
    meaning:
      "Processing is necessary for a contract with the individual, or for steps they asked for before entering one.",
    fits: "Fits only what is necessary to deliver the contract, not everything a contract mentions.",
  },
  {
    id: "legal-obligation",
    point: "c",
    label: "Legal obligation",
    meaning: "Processing is necessary to comply with the law (not a contractual obligation).",
    fits: "Fits when you can name the statute or common-law duty that requires it.",
  },
  {
    id: "vital-interests",
    point: "d",
    label: "Vital interests",
    meaning: "Processing is necessary to protect someone's life.",
    fits: "Fits emergencies only; not for health data where the person can consent.",
  },
  {
    id: "public-task",
    point: "e",
    label: "Public task",
    meaning:
      "Processing is necessary to perform a task in the public interest or your official functions, with a clear basis in law.",
    fits: "The usual basis for public authorities performing their functions; name the law that gives the task or power.",
  },
  {
    id: "legitimate-interests",
    point: "f",
    label: "Legitimate interests",
    meaning:
      "Processing is necessary for your or a third party's legitimate interests, unless the individual's interests override them.",
    fits: "Fits uses people would reasonably expect with minimal privacy impact; record a legitimate interests assessment. Not available to public authorities for their official tasks.",
  },
];

/** Article 6 bases as guided answers; for a public authority, public task comes first and legitimate interests says why it does not fit. */
export function lawfulBasisAnswers(organisation?: OrganisationType): GuidedAnswer[] {
  const ordered =
    organisation === "public-authority"
      ? [...LAWFUL_BASES].sort((a, b) => (a.id === "public-task" ? -1 : b.id === "public-task" ? 1 : 0))
      : LAWFUL_BASES;
  return ordered.map((b) => ({
    label: `Article 6(1)(${b.point}) ${b.label}`,
    text: `Our lawful basis is Article 6(1)(${b.point}) ${b.label.toLowerCase()}: ${b.meaning.charAt(0).toLowerCase()}${b.meaning.slice(1)}`,
    why:
      organisation === "public-authority" && b.id === "legitimate-interests"
        ? "A public authority cannot rely on legitimate interests for processing in performance of its tasks (Article 6(1), final paragraph); use public task unless the processing is outside those tasks."
        : `${b.meaning} ${b.fits}`,
    citation: b.id === "public-task" ? CITE.publicTask : `${CITE.art6(b.point)}; ${CITE.lawfulBasisGuide}`,
  }));
}

/** The answer that replaces legitimate interests for a public authority. */
export function publicTaskAnswer(): GuidedAnswer {
  return {
    label: "Rely on public task instead",
    text: "Our lawful basis is Article 6(1)(e) public task: the processing is necessary to perform our official functions, which are set out in [name the law].",
    why: "Public authorities cannot rely on legitimate interests for processing carried out in performance of their tasks; public task applies where the task or power has a clear basis in law.",
    citation: CITE.publicTask,
    draft: true,
  };
}
