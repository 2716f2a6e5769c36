import { buildStructure } from "../../../src/core/templates/structure";
import { doc, heading, p } from "../../support/model-builder";

const edpb = (advice: string, views: string) =>
  doc(
    heading("1. Description of the processing"),
    p("Meter readings every 15 minutes for billing."),
    heading("5. Advice of the data protection officer"),
    p(advice),
    heading("6. Views of data subjects or their representatives"),
    p(views),
    heading("7. Next steps"),
    p(""),
  );

describe("empty heading entries of the EDPB template", () => {
  it("an empty DPO advice or views section is an empty sign-off slot; an ordinary empty section is not", () => {
    const structure = buildStructure(edpb("", ""), "edpb-dpia");
    const entries = structure.slots.filter((s) => s.role === "signoff" && s.answer === "");
    expect(entries.map((s) => s.question)).toEqual([
      "5. Advice of the data protection officer",
      "6. Views of data subjects or their representatives",
    ]);
    expect(entries[0].ref).toEqual({ paragraph: 3 });
  });

  it("filled sections make no empty slot", () => {
    const structure = buildStructure(
      edpb("The DPO advises going ahead.", "The tenants' association was asked."),
      "edpb-dpia",
    );
    expect(structure.slots.filter((s) => /advice|views/i.test(s.question) && s.answer === "")).toEqual([]);
  });
});
