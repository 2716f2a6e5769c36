import { recogniseJurisdiction, restsOnGdpr } from "../../../src/core/templates/jurisdiction";
import { normalise } from "../../../src/core/detect/text";

const law = (text: string) => recogniseJurisdiction(normalise(text));

describe("recogniseJurisdiction", () => {
  it.each([
    ["This DPIA follows the ICO's guidance under the UK GDPR and the Data Protection Act 2018.", "uk-gdpr"],
    ["Lawful basis under Article 6(1)(e) GDPR; we consulted the Information Commissioner.", "uk-gdpr"],
    ["Prepared following the EDPB guidelines; the supervisory authority of the Member State was consulted.", "eu-gdpr"],
    ["Regulation (EU) 2016/679 applies; the CNIL was informed.", "eu-gdpr"],
    ["This PIA is required by section 208 of the E-Government Act of 2002 and the Privacy Act of 1974.", "us"],
    ["The system is FedRAMP authorised; a SORN covers the PII collected.", "us"],
    ["A state agency collects PII; HIPAA applies.", "us"],
    ["Our GDPR-compliant vendor stores PII about data subjects under Article 6 legitimate interests.", "uk-gdpr"],
    ["The project records customer names and delivery addresses.", "unknown"],
    ["We rely on legitimate interests (GDPR) for processing in Member States, prices in €.", "eu-gdpr"],
  ])("%s → %s", (text, expected) => {
    expect(law(text)).toBe(expected);
  });

  it("applies Articles 6/9/10 only to GDPR documents", () => {
    expect(restsOnGdpr("uk-gdpr")).toBe(true);
    expect(restsOnGdpr("eu-gdpr")).toBe(true);
    expect(restsOnGdpr("us")).toBe(false);
    expect(restsOnGdpr("unknown")).toBe(false);
  });
});
