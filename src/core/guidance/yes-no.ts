import { normalise } from "../detect/text";
import type { GuidedAnswer } from "../report";
import { CITE } from "./citations";

/** Yes / No answers with what each implies, for the questions whose consequences the guidance spells out. */
export function yesNoAnswers(question: string): GuidedAnswer[] {
  const q = normalise(question);
  if (/opt[- ]?out/.test(q)) {
    return [
      {
        label: "Yes",
        text: "Yes",
        why: "An opt-out weighs in favour of legitimate interests. For electronic marketing the soft opt-in requires a simple, free way to refuse when details are collected and in every message.",
        citation: `${CITE.pecr22}; ${CITE.liaGuide}`,
      },
      {
        label: "No",
        text: "No – [explain why an opt-out cannot be offered]",
        why: "Without an opt-out the balancing test is harder to pass and you must explain why. People can always object to direct marketing, which must then stop.",
        citation: `${CITE.art21}; ${CITE.liaGuide}`,
        draft: true,
      },
    ];
  }
  if (/rely on legitimate interests/.test(q)) {
    return [
      {
        label: "Yes",
        text: "Yes",
        why: "Only if Parts 1–3 show a legitimate interest, that the processing is necessary, and that individuals' interests do not override it. Record the reasons below.",
        citation: CITE.liaGuide,
      },
      {
        label: "No",
        text: "No",
        why: "Choose another lawful basis (for a public authority usually public task) before processing.",
        citation: CITE.lawfulBasisGuide,
      },
    ];
  }
  if (/\bconsent\b/.test(q)) {
    return [
      {
        label: "Yes",
        text: "Yes",
        why: "Consent must be freely given, specific, informed and as easy to withdraw as to give; keep a record of it.",
        citation: CITE.art6("a"),
      },
      { label: "No", text: "No", why: "Another lawful basis must apply; say which.", citation: CITE.lawfulBasisGuide },
    ];
  }
  return [
    {
      label: "Yes",
      text: "Yes",
      why: "Answer yes only if it is true now; say how where the form asks.",
      citation: CITE.dpiaGuide,
    },
    {
      label: "No",
      text: "No",
      why: 'A no usually needs a reason ("Why not?") and may call for a measure in the risk assessment.',
      citation: CITE.dpiaGuide,
    },
  ];
}
