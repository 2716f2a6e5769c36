import fc from "fast-check";
import { normalise } from "../../../src/core/detect/text";
import {
  CRIMINAL,
  criminalOffenceMention,
  lawfulBasesIn,
  namesCriminalOffenceCondition,
  namesSpecialCategoryCondition,
  SPECIAL_CATEGORY,
  specialCategoryMention,
} from "../../../src/core/detect/legal-language";
import { detectOrganisation } from "../../../src/core/detect/organisation";

describe("legal language", () => {
  it("names the Article 6 bases from names, articles and descriptions", () => {
    expect(lawfulBasesIn("Our lawful basis is 'legitimate interest'")).toEqual(["legitimate-interests"]);
    expect(lawfulBasesIn("We rely on Article 6(1)(e).")).toEqual(["public-task"]);
    expect(lawfulBasesIn("Processing is necessary for the performance of a contract.")).toEqual(["contract"]);
    expect(lawfulBasesIn("We rely on the individual's consent as our basis.")).toEqual(["consent"]);
    expect(lawfulBasesIn("We have a statutory duty under the Housing Act.")).toEqual(["legal-obligation"]);
    expect(lawfulBasesIn("The lawful Basis for as data processing is necessary to provide ROI calculations")).toEqual(
      [],
    );
    expect(lawfulBasesIn("Customers who already have a contract with us")).toEqual([]);
  });

  it("finds special category and criminal offence data unless negated", () => {
    expect(specialCategoryMention("We store data related to religion and sexual orientation.")).toBe("religion");
    expect(specialCategoryMention("No special category personal data will be processed.")).toBeUndefined();
    expect(specialCategoryMention("Their health & safety could be compromised.")).toBeUndefined();
    expect(criminalOffenceMention("History including offending behaviour.")).toBe("offending");
    expect(criminalOffenceMention("We do not hold criminal convictions data.")).toBeUndefined();
  });

  it("recognises Article 9 and Article 10 conditions", () => {
    expect(namesSpecialCategoryCondition("our additional condition is 'health or social care'")).toBe(true);
    expect(namesSpecialCategoryCondition("Article 9(2)(g) and Schedule 1 para 6")).toBe(true);
    expect(namesSpecialCategoryCondition("Public task")).toBe(false);
    expect(namesCriminalOffenceCondition("under the control of official authority")).toBe(true);
    expect(namesCriminalOffenceCondition("Legitimate interests")).toBe(false);
  });
});

describe("detectOrganisation", () => {
  it.each([
    ["Please return the form to feedback@luton.gov.uk", "public-authority"],
    ["Westshire County Council – Privacy Impact Assessment", "public-authority"],
    ["Northshire Police CCTV assessment", "public-authority"],
    ["Royal Example NHS Foundation Trust", "public-authority"],
    ["As a 'public authority', we rely on public task", "public-authority"],
  ])("%s → public authority", (text, type) => {
    expect(detectOrganisation(text)?.type).toBe(type);
  });

  it.each([
    "Referral information from Local Authority/other agencies",
    "St Martins is accredited to the NHS Data Security and Protection Toolkit",
    "Ark Housing Association marketing",
    "The council tax team is a customer of ours", // lower-case mention without a name
  ])("%s → not shown", (text) => {
    expect(detectOrganisation(text)).toBeUndefined();
  });
});

describe("mentions found in one pass", () => {
  /** The first definition: every pattern over the whole text, the earliest non-negated match wins. */
  function reference(text: string, patterns: RegExp[]): string | undefined {
    const whole = normalise(text);
    let best: { at: number; term: string } | undefined;
    for (const pattern of patterns) {
      for (const m of whole.matchAll(new RegExp(pattern.source, "g"))) {
        const at = m.index ?? 0;
        if (best && at >= best.at) break;
        const start = Math.max(...[".", ";", "?", "!", "\n"].map((c) => whole.lastIndexOf(c, at))) + 1;
        if (/\b(?:no|not|never|none|without|nor|isn't|aren't|won't|doesn't|don't)\b/.test(whole.slice(start, at)))
          continue;
        best = { at, term: m[0] };
        break;
      }
    }
    return best?.term;
  }

  const words = fc.constantFrom(
    ..."health mental and physical safety & no not never special category categories sensitive personal data racial ethnic ethnicity religion religious sexual orientation life political opinions trade union biometric genetic medical criminal offence offences conviction convictions record offending data . ; ? ! \n we hold".split(
      " ",
    ),
  );
  const texts = fc.array(words, { maxLength: 30 }).map((w) => w.join(" "));

  it("finds the same term as checking each pattern over the whole text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(specialCategoryMention(text)).toBe(reference(text, SPECIAL_CATEGORY));
        expect(criminalOffenceMention(text)).toBe(reference(text, CRIMINAL));
      }),
      { numRuns: 3000 },
    );
  });
});
