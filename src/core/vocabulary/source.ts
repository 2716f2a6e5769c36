/** Where a vocabulary entry comes from: every word list in this folder names its source, so it can be checked. */
export type SourceBody = "GDPR" | "UK GDPR" | "DPA 2018" | "ICO" | "EDPB" | "NHS" | "CNIL" | "US" | "Word";

export interface Source {
  body: SourceBody;
  /** Article, page or section of the source ("Art. 35(7)(a)", "What should a DPIA include?"). */
  cite: string;
}
