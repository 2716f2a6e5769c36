import fc from "fast-check";
import { normalise } from "../../../src/core/detect/text";
import {
  CRIMINAL,
  criminalOffenceMention,
  criminalOffenceMentionInParts,
  lawfulBasesIn,
  lawfulBasesInParts,
  namesLawfulBasisInParts,
  namesCriminalOffenceCondition,
  namesCriminalOffenceConditionInParts,
  namesSpecialCategoryCondition,
  namesSpecialCategoryConditionInParts,
  SPECIAL_CATEGORY,
  specialCategoryMention,
  specialCategoryMentionInParts,
} from "../../../src/core/detect/legal-language";
import { detectOrganisation, detectOrganisationInParagraphs } from "../../../src/core/detect/organisation";

/** The parts as the checks used to read them: one text, a part per line. */
const joined = (parts: readonly string[]) => parts.join("\n");

describe("lawful bases read part by part", () => {
  it.each<[string, string[], string[]]>([
    ["one basis in one part", ["We rely on legitimate interests."], ["legitimate-interests"]],
    [
      "bases in several parts, in Article 6 order",
      ["Article 6(1)(e) applies", "", "consent is our basis"],
      ["consent", "public-task"],
    ],
    ["no basis", ["Customers who already have a contract with us", "Not applicable"], []],
    ["no parts", [], []],
  ])("%s: as the joined text", (_, parts, bases) => {
    expect(lawfulBasesInParts(parts)).toEqual(bases);
    expect(lawfulBasesInParts(parts)).toEqual(lawfulBasesIn(joined(parts)));
  });

  it.each<[string[], boolean, boolean]>([
    [["Names", "We rely on legitimate interests."], true, true],
    [["Article 6(1)(e) applies"], true, false],
    [["Names", "Not applicable"], false, false],
    [[], false, false],
  ])("%j names a basis / legitimate interests: as the joined text", (parts, any, li) => {
    expect(namesLawfulBasisInParts(parts)).toBe(any);
    expect(namesLawfulBasisInParts(parts)).toBe(lawfulBasesIn(joined(parts)).length > 0);
    expect(namesLawfulBasisInParts(parts, "legitimate-interests")).toBe(li);
    expect(namesLawfulBasisInParts(parts, "legitimate-interests")).toBe(
      lawfulBasesIn(joined(parts)).includes("legitimate-interests"),
    );
  });

  it("does not join a phrase split over two parts (an accident of layout, not a basis named)", () => {
    const parts = ["Our lawful basis is", "consent"];
    expect(lawfulBasesIn(joined(parts))).toEqual(["consent"]);
    expect(lawfulBasesInParts(parts)).toEqual([]);
  });
});

describe("special category and criminal offence mentions read part by part", () => {
  it.each<[string, string[], string | undefined]>([
    ["a term in a later part", ["Names and addresses.", "We hold medical records"], "medical"],
    ["a negation in the term's own sentence", ["We do not hold medical records.", "Religion is recorded"], "religion"],
    // The joined text's sentence runs on over a part with no full stop: "no" + "medical records" is one sentence.
    ["a negation in an earlier part of the same sentence", ["No", "medical records"], undefined],
    ["a sentence ended in an earlier part", ["No.", "medical records"], "medical"],
    ["the none after the term in the next part", ["Special categories:", "none"], undefined],
    ["a hypothetical", ["If health notes are ever added", "we will review this"], undefined],
    ["blank parts between", ["No", "", "  ", "patients"], undefined],
  ])("%s: as the joined text", (_, parts, term) => {
    expect(specialCategoryMentionInParts(parts)).toBe(term);
    expect(specialCategoryMentionInParts(parts)).toBe(specialCategoryMention(joined(parts)));
  });

  it("finds criminal offence data as the joined text does", () => {
    const cases = [["History including", "offending behaviour."], ["We do not hold", "criminal convictions data"], []];
    for (const parts of cases) expect(criminalOffenceMentionInParts(parts)).toBe(criminalOffenceMention(joined(parts)));
    expect(criminalOffenceMentionInParts(cases[0])).toBe("offending");
  });

  it("does not join a term split over two parts", () => {
    const parts = ["We process special", "category data"];
    expect(specialCategoryMention(joined(parts))).toBe("special category");
    expect(specialCategoryMentionInParts(parts)).toBeUndefined();
  });

  /** The terms the alternation finds in the joined normalised text are exactly those it finds in each part. */
  function termsStayInParts(parts: string[], patterns: RegExp[]): boolean {
    const all = new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "g");
    const normalised = parts.map(normalise).filter(Boolean);
    const whole = [...normalised.join(" ").matchAll(all)].map((m) => `${m.index}:${m[0]}`);
    let offset = 0;
    const inParts = normalised.flatMap((text) => {
      const found = [...text.matchAll(all)].map((m) => `${(m.index ?? 0) + offset}:${m[0]}`);
      offset += text.length + 1;
      return found;
    });
    return whole.join("|") === inParts.join("|");
  }

  const words = fc.constantFrom(
    ..."health mental safety & and no not if unless none n/a : - special category sensitive data religion medical patients trade union criminal offence conviction offending . ; ? ! we hold".split(
      " ",
    ),
  );
  const parts = fc.array(
    fc.array(words, { maxLength: 12 }).map((w) => w.join(" ")),
    { maxLength: 6 },
  );

  it("gives the joined text's term whenever no term is split over two parts", () => {
    fc.assert(
      fc.property(parts, (p) => {
        if (termsStayInParts(p, SPECIAL_CATEGORY))
          expect(specialCategoryMentionInParts(p)).toBe(specialCategoryMention(joined(p)));
        if (termsStayInParts(p, CRIMINAL))
          expect(criminalOffenceMentionInParts(p)).toBe(criminalOffenceMention(joined(p)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("Article 9 and Article 10 conditions read part by part", () => {
  it.each<[string[], boolean, boolean]>([
    [["Special category data", "Article 9(2)(h) health or social care"], true, true],
    [["Criminal records", "under the control of official authority"], false, true],
    [["Legitimate interests", "Public task"], false, false],
    [[], false, false],
  ])("%j: as the joined text", (parts, special, criminal) => {
    expect(namesSpecialCategoryConditionInParts(parts)).toBe(special);
    expect(namesSpecialCategoryConditionInParts(parts)).toBe(namesSpecialCategoryCondition(joined(parts)));
    expect(namesCriminalOffenceConditionInParts(parts)).toBe(criminal);
    expect(namesCriminalOffenceConditionInParts(parts)).toBe(namesCriminalOffenceCondition(joined(parts)));
  });
});

describe("organisation read paragraph by paragraph", () => {
  it.each<[string, string[], string | undefined]>([
    ["a council's name", ["Privacy impact assessment", "Westshire County Council"], "a council"],
    // The first marker of the vocabulary wins wherever it is, as over the joined text.
    ["the first marker, not the first paragraph", ["Northshire Police", "Westshire County Council"], "a council"],
    [
      "a partner named after a preposition ending the paragraph before",
      ["Data shared with", "Leeds City Council"],
      undefined,
    ],
    ["a partner in the same paragraph", ["Referrals come from Leeds City Council"], undefined],
    [
      "a toolkit named in the next paragraph",
      ["Accredited by Royal Example NHS Foundation Trust", "Toolkit"],
      undefined,
    ],
    [
      "a writer after a partner",
      ["We work with Leeds City Council on this.", "Westshire County Council team"],
      "a council",
    ],
    // The joined text reads the capitalised words ending the paragraph before as the start of the name.
    [
      "a name right after a partner's",
      ["Data shared with Leeds City Council", "Westshire County Council team"],
      undefined,
    ],
    ["nothing", ["Ark Housing Association marketing", ""], undefined],
  ])("%s: as the joined text", (_, paragraphs, why) => {
    const evidence = detectOrganisationInParagraphs(paragraphs.map((text) => ({ text })));
    expect(evidence?.reason.split(' ("')[0]).toBe(why);
    expect(evidence).toEqual(detectOrganisation(joined(paragraphs)));
  });

  it("does not join a name split over two paragraphs", () => {
    const paragraphs = ["Westshire", "Council"];
    expect(detectOrganisation(joined(paragraphs))).toBeDefined();
    expect(detectOrganisationInParagraphs(paragraphs.map((text) => ({ text })))).toBeUndefined();
  });
});
