import type { Source } from "./source";

/** Who wrote the assessment: a public authority (Article 6(1) last paragraph, Art. 37(1)(a)) or not. */
export type OrganisationType = "public-authority" | "private";

/**
 * Words that show the writer is a public authority: names of councils, police forces, NHS bodies, a .gov.uk address,
 * or the document saying so. Sources: DPA 2018 s.7 and Schedule 1 to the FOI Act 2000 (which bodies are public
 * authorities); ICO guidance "Public task" and "Legitimate interests" (public authorities and their tasks).
 */
export interface PublicAuthorityMarker {
  re: RegExp;
  /** Why this shows a public authority, for messages. */
  why: string;
}

export const PUBLIC_AUTHORITY_SOURCES: readonly Source[] = [
  { body: "DPA 2018", cite: "s.7 (meaning of public authority)" },
  { body: "ICO", cite: "Lawful basis guidance: Public task; Legitimate interests (public authorities)" },
];

export const PUBLIC_AUTHORITY_MARKERS: readonly PublicAuthorityMarker[] = [
  {
    re: /\b[A-Z][a-z]+(?:\s+(?:Borough|City|County|District|Metropolitan|Town|Parish))?\s+Council\b/,
    why: "a council",
  },
  { re: /\b(?:borough|city|county|district|parish|town) council\b/i, why: "a council" },
  { re: /@[a-z0-9.-]+\.gov\.uk\b|\bwww\.[a-z0-9.-]+\.gov\.uk\b/i, why: "a .gov.uk address" },
  { re: /\b[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+(?:Police|Constabulary)\b|\bpolice force\b/, why: "a police force" },
  {
    re: /\bNHS (?:Foundation )?Trust\b|\bNHS [A-Z][a-z]+ (?:Board|Trust)\b|\bIntegrated Care Board\b/,
    why: "an NHS body",
  },
  { re: /\b(?:we are|as) an? ['‘]?public authority\b/i, why: "the document says it is a public authority" },
  {
    re: /\b(?:our|the council's|the authority's) (?:public|statutory) (?:task|functions|duties)\b/i,
    why: "it describes its public tasks",
  },
];
