import type { GuidedAnswer } from "../report";
import { CITE } from "./citations";

/** UK style date for a sign-off or review entry. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function signoffAnswers(label: string, today: string): GuidedAnswer[] {
  const dpo = /dpo|advice/i.test(label);
  return [
    {
      label: "Name, role and date",
      text: `[Name], [${dpo ? "Data Protection Officer" : "role"}], ${ukDate(today)}`,
      why: dpo
        ? "Record who gave the DPO's advice and when; if the advice is overruled, the reasons must be written down."
        : "Sign-off records who accepted the measures or residual risks and when, so the decision can be shown later.",
      citation: CITE.dpiaGuide,
      draft: true,
    },
  ];
}

export function dateAnswers(question: string, today: string): GuidedAnswer[] {
  const [y, m, d] = today.split("-").map(Number);
  const next = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y + 1}`;
  const answers: GuidedAnswer[] = [
    { label: "Today", text: ukDate(today), why: "The date this entry is made.", citation: CITE.dpiaGuide },
  ];
  if (/review/i.test(question))
    answers.push({
      label: "In one year",
      text: next,
      why: "Keep the assessment under review: a yearly review, or sooner when the processing changes.",
      citation: CITE.dpiaGuide,
    });
  return answers;
}
