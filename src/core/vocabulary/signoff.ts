/**
 * Words of a sign-off: who approves an assessment and when, as data with where each comes from. A sign-off needs a
 * named person and a date (ICO DPIA Step 7; EDPB DPIA template conclusion; NHS IG sign-off); a role alone is not one.
 */

export interface SignoffWord {
  text: string;
  source: string;
}

const ICO = "ICO DPIA template Step 7 / ICO LIA decision";
const COMMON = "organisations' approval tables (document control, version history)";

/** Labels that ask for a sign-off entry ("Approved by", "Approver", "Signature"). */
export const SIGNOFF_LABELS: readonly SignoffWord[] = [
  { text: "approved by", source: ICO },
  { text: "approver", source: COMMON },
  { text: "signed by", source: COMMON },
  { text: "signature", source: COMMON },
  { text: "authorised by", source: COMMON },
  { text: "authorized by", source: COMMON },
  { text: "completed by", source: 'ICO LIA template ("LIA completed by")' },
  { text: "prepared by", source: COMMON },
  { text: "reviewed by", source: COMMON },
  { text: "agreed by", source: COMMON },
  { text: "accepted by", source: ICO },
  { text: "sign-off", source: ICO },
  { text: "signed off by", source: COMMON },
];

/**
 * Words that record an approval already given, by someone ("Approved by the managing director, 20 October 2026"),
 * as opposed to labels of who prepares or reviews the document. With a date on the same line the assessment is
 * concluded: where the ICO's Step 7 and the EDPB template's conclusion record the outcome.
 */
export const APPROVAL_WORDS: readonly SignoffWord[] = [
  { text: "approved by", source: ICO },
  { text: "signed by", source: COMMON },
  { text: "signed off by", source: COMMON },
  { text: "authorised by", source: COMMON },
  { text: "authorized by", source: COMMON },
  { text: "agreed by", source: COMMON },
  { text: "accepted by", source: ICO },
  { text: "decided by", source: "EDPB DPIA template (2026), conclusion: the decision and who took it" },
];

/**
 * Roles people write where a name belongs ("Prepared by: Project Manager"): a role names no one, so the approval is not
 * recorded. Sources: ICO DPIA Step 7 (DPO), NHS IG roles (SIRO, Caldicott Guardian), common job titles.
 */
export const ROLE_WORDS: readonly SignoffWord[] = [
  { text: "dpo", source: ICO },
  { text: "data protection officer", source: ICO },
  { text: "siro", source: "NHS Senior Information Risk Owner" },
  { text: "senior information risk owner", source: "NHS" },
  { text: "caldicott guardian", source: "NHS" },
  { text: "information asset owner", source: "NHS / UK government" },
  { text: "iao", source: "NHS / UK government" },
  { text: "project manager", source: COMMON },
  { text: "project lead", source: COMMON },
  { text: "programme manager", source: COMMON },
  { text: "information governance lead", source: "NHS" },
  { text: "ig lead", source: "NHS" },
  { text: "head of", source: COMMON },
  { text: "director", source: COMMON },
  { text: "manager", source: COMMON },
  { text: "officer", source: COMMON },
  { text: "lead", source: COMMON },
  { text: "owner", source: COMMON },
  { text: "controller", source: ICO },
  { text: "management", source: COMMON },
  { text: "senior management", source: COMMON },
  { text: "board", source: COMMON },
  { text: "legal", source: COMMON },
  { text: "team", source: COMMON },
  { text: "ciso", source: COMMON },
  { text: "cio", source: COMMON },
  { text: "cto", source: COMMON },
  { text: "ceo", source: COMMON },
];

/** Column titles of an approval table ("Role | Name | Date | Signature"). */
export const SIGNOFF_COLUMNS = {
  name: /^(?:name|full name|print name|signatory|approver)\b/i,
  date: /^(?:date|date signed|signed on)\b/i,
  signature: /^(?:signature|signed|signature\s*\/\s*approval|approval)\b/i,
  role: /^(?:role|position|job title|title|capacity)\b/i,
} as const;

/**
 * Words that name a function or department inside a role ("Data Protection Lead", "Head of Services"): with a role
 * word they still name no one. Source: common job titles in UK public bodies and NHS organisations.
 */
export const ROLE_QUALIFIERS: readonly string[] = [
  "data",
  "protection",
  "privacy",
  "information",
  "governance",
  "service",
  "services",
  "security",
  "it",
  "ict",
  "hr",
  "people",
  "finance",
  "operations",
  "compliance",
  "legal",
  "clinical",
  "digital",
  "technology",
  "risk",
  "quality",
  "customer",
  "corporate",
  "records",
  "project",
  "programme",
  "product",
  "business",
  "senior",
  "deputy",
  "assistant",
  "chief",
  "executive",
  "general",
  "group",
  "branch",
];
