/** Where the knowledge base comes from; every guided answer cites one of these. */
export const CITE = {
  art6: (point: string) => `UK GDPR Article 6(1)(${point})`,
  art9: (point: string) => `UK GDPR Article 9(2)(${point})`,
  art10: "UK GDPR Article 10; Data Protection Act 2018 section 10 and Schedule 1",
  sch1: "Data Protection Act 2018 Schedule 1 (conditions and appropriate policy document)",
  lawfulBasisGuide: "ICO guidance: Lawful basis for processing",
  publicTask: "UK GDPR Article 6(1)(e) and the final paragraph of Article 6(1); ICO guidance: Public task",
  liaGuide: "ICO guidance: Legitimate interests (How do we apply legitimate interests in practice?)",
  pecr22: "Privacy and Electronic Communications Regulations 2003, regulation 22(3) (soft opt-in)",
  art21: "UK GDPR Article 21(2)–(3) (right to object to direct marketing)",
  dpiaGuide: "ICO guidance: Data protection impact assessments (How do we carry out a DPIA?)",
  art35: "UK GDPR Article 35(7) (contents of a DPIA)",
  art36: "UK GDPR Article 36 (prior consultation)",
  art5e: "UK GDPR Article 5(1)(e) (storage limitation)",
} as const;
