/**
 * Damaged files never crash openDocx: every outcome is a usable document or a DocxFormatError.
 */
import fc from "fast-check";
import { DocxFormatError, openDocx } from "../../src/headless-word";
import { miniDocx, p, r, table, row } from "./support/mini-docx";

describe("openDocx on damaged bytes", () => {
  it("opens or refuses with DocxFormatError, and an opened document can be read", async () => {
    const valid = await miniDocx(p("Hello ", r("world", "<w:b/>")) + table(row("a", "b")) + p("end"));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat()),
        async (flips, cut) => {
          const bytes = valid.slice(0, cut === null ? valid.length : cut % (valid.length + 1));
          for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
          let doc;
          try {
            doc = await openDocx(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(DocxFormatError);
            return;
          }
          const text = await doc.run(async (context) => {
            const body = context.document.body.load("text");
            await context.sync();
            return body.text;
          });
          expect(typeof text).toBe("string");
        },
      ),
      { numRuns: 300 },
    );
  });
});
