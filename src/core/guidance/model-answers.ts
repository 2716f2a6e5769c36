import { normalise } from "../detect/text";
import type { GuidedAnswer } from "../report";
import { CITE } from "./citations";

/**
 * Short model answers for free-text questions, by ICO DPIA step or LIA part. They are drafts: skeletons with
 * [brackets] the user must replace, never presented as finished answers.
 */
interface Skeleton {
  match: RegExp;
  label: string;
  text: string;
  citation: string;
}

const SKELETONS: Skeleton[] = [
  {
    match: /need for a dpia|aims to achieve|why you identified/,
    label: "Project aims and why a DPIA",
    text: "The project will [aim]. It involves [type of processing]. A DPIA is needed because [screening criteria met, e.g. large-scale special category data].",
    citation: CITE.dpiaGuide,
  },
  {
    match: /nature of the processing|collect, use, store/,
    label: "Nature of the processing",
    text: "We collect [data] from [source] by [method], store it in [system/location] and delete it after [period]. We share it with [recipients] under [agreement].",
    citation: CITE.art35,
  },
  {
    match: /scope of the processing|how much data/,
    label: "Scope of the processing",
    text: "The data includes [categories, noting any special category or criminal offence data]. About [number] individuals in [area] are affected; data is collected [frequency] and kept for [period].",
    citation: CITE.art35,
  },
  {
    match: /context of the processing|relationship with the individuals/,
    label: "Context of the processing",
    text: "Individuals are [relationship]. They [would/would not] expect this use because [reason]. [Children/vulnerable groups are/are not] included. There are [no] known concerns or security flaws.",
    citation: CITE.art35,
  },
  {
    match: /purposes? of the processing|want to achieve|benefits/,
    label: "Purposes and benefits",
    text: "The purpose is to [purpose]. The intended effect on individuals is [effect]. The benefits are [for us] and [for individuals / more broadly].",
    citation: CITE.art35,
  },
  {
    match: /consult|stakeholders/,
    label: "Consultation",
    text: "We consulted [individuals or their representatives] by [method] on [date]. We also involved [DPO, information security, processors]. [Or: consultation is not appropriate because …]",
    citation: CITE.dpiaGuide,
  },
  {
    match: /necessity and proportionality|compliance and proportionality|function creep/,
    label: "Necessity and proportionality",
    text: "Our lawful basis is [Article 6 basis]. The processing achieves the purpose because [reason]; there is no less intrusive way because [reason]. We prevent function creep by [measure], keep data accurate and minimal by [measure], inform individuals by [privacy notice], support their rights by [process], and [no international transfers / safeguard them by …].",
    citation: CITE.art35,
  },
  {
    match: /retention|how long/,
    label: "Retention",
    text: "We keep the data for [period] because [reason or retention schedule reference], then [delete/anonymise] it by [method].",
    citation: CITE.art5e,
  },
  {
    match: /purpose test|why do you want to process|benefit do you expect/,
    label: "Purpose test",
    text: "We want to process the data to [purpose]. This benefits [us / third parties / the public] by [benefit]. Without it [impact]. We comply with [relevant rules, e.g. PECR].",
    citation: CITE.liaGuide,
  },
  {
    match: /necessity test|actually help you achieve|proportionate to that purpose/,
    label: "Necessity test",
    text: "The processing helps achieve the purpose because [reason]. It is proportionate because [reason]. We could not achieve it with less data or less intrusively because [reason].",
    citation: CITE.liaGuide,
  },
  {
    match: /nature of the (?:personal )?data|special category data or criminal/,
    label: "Nature of the data",
    text: "The data [is/is not] special category or criminal offence data. People [would/would not] consider it particularly private. It concerns [children/vulnerable people: yes/no], in a [personal/professional] capacity.",
    citation: CITE.liaGuide,
  },
  {
    match: /reasonable expectations|existing relationship/,
    label: "Reasonable expectations",
    text: "We have [an existing relationship] with the individuals. We collected the data [directly/from …] and told them [what]. They would reasonably expect this use because [reason].",
    citation: CITE.liaGuide,
  },
  {
    match: /likely impact|possible impacts|lose any control|safeguards/,
    label: "Likely impact and safeguards",
    text: "The possible impacts are [impacts], with [likelihood] likelihood and [severity] severity. We minimise them by [safeguards, e.g. opt-out, minimisation].",
    citation: CITE.liaGuide,
  },
  {
    match: /risk description|source of risk/,
    label: "Risk description",
    text: "[What could happen], caused by [source, e.g. lost device, excessive access], which could lead to [harm to individuals, e.g. distress, identity theft].",
    citation: CITE.dpiaGuide,
  },
  {
    match: /measures to reduce|options to reduce/,
    label: "Measure",
    text: "[Measure, e.g. encryption, access controls, training], owned by [role], in place by [date].",
    citation: CITE.dpiaGuide,
  },
  {
    match: /negative impacts?|risks? to the individual/,
    label: "Negative impacts",
    text: "Possible negative impacts are [e.g. loss of confidentiality if records are disclosed, distress]; they are reduced by [measures].",
    citation: CITE.dpiaGuide,
  },
];

const GENERIC: Skeleton = {
  match: /.^/,
  label: "Draft answer",
  text: "[Answer the question: who, what, why, how, and where recorded.]",
  citation: CITE.dpiaGuide,
};

/** A draft answer for a free-text question, or a generic prompt when no step matches. */
export function modelAnswer(question: string, section: string): GuidedAnswer {
  const q = normalise(question);
  const s = normalise(section);
  const found = SKELETONS.find((k) => k.match.test(q)) ?? SKELETONS.find((k) => k.match.test(s)) ?? GENERIC;
  return {
    label: `Draft: ${found.label}`,
    text: found.text,
    why: "A starting point to edit: replace every [bracket] with your own facts before relying on it.",
    citation: found.citation,
    draft: true,
  };
}
