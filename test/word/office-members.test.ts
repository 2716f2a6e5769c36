/**
 * Members Word does not have must not be reachable from src/word, and headless-word must have every member
 * src/word reaches. The TypeScript checker lists each Office.js member src/word touches
 * (test/support/office-members.ts); this test requires that each is declared in @types/office-js (so a member
 * only headless-word has, like a cell's columnSpan, cannot be used), that headless-word's proxy of that type has
 * it, and that docs/word-compatibility.md lists it with the requirement set the declaration names.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/headless-word";
import { miniDocx, p, row, table } from "../headless-word/support/mini-docx";
import { officeMembersUsed, ROOT } from "../support/office-members";

const report = officeMembersUsed();

/** One live headless proxy per Word type src/word uses, keyed by the type's name. */
async function headlessInstances(): Promise<Record<string, object>> {
  const document = await openDocx(await miniDocx(p("alpha") + table(row("a", "b")) + p("")));
  return document.run(async (context) => {
    const body = context.document.body;
    const paragraph = body.paragraphs.getFirst();
    const range = paragraph.getRange();
    const control = paragraph.insertContentControl();
    const comment = range.insertComment("x");
    const tableProxy = body.tables.getFirst();
    const ooxml = range.getOoxml();
    context.document.settings.add("k", 1);
    // The paragraph events (WordApi 1.6): a handler, and one event of each kind raised by an edit made below.
    const events: Record<string, object> = {};
    const record = (args: { type: string }): Promise<void> => {
      events[`${args.type}EventArgs`] = args;
      return Promise.resolve();
    };
    const handlers = context.document.onParagraphChanged;
    const subscription = handlers.add(record);
    context.document.onParagraphAdded.add(record);
    context.document.onParagraphDeleted.add(record);
    await context.sync();
    const added = body.insertParagraph("added", "End");
    await context.sync();
    added.insertText(" changed", "End");
    await context.sync();
    added.delete();
    await context.sync();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return {
      ...events,
      EventHandlers: handlers,
      EventHandlerResult: subscription,
      RequestContext: context,
      ClientObject: paragraph,
      ClientRequestContext: context,
      Document: context.document,
      Body: body,
      Paragraph: paragraph,
      ParagraphCollection: body.paragraphs,
      Range: range,
      RangeCollection: body.search("alpha"),
      ContentControl: control,
      ContentControlCollection: body.contentControls,
      Comment: comment,
      CommentCollection: body.getComments(),
      Font: range.font,
      Table: tableProxy,
      TableCollection: body.tables,
      TableRow: tableProxy.rows.getFirst(),
      TableRowCollection: tableProxy.rows,
      TableCell: tableProxy.getCell(0, 0),
      Setting: context.document.settings.getItem("k"),
      SettingCollection: context.document.settings,
      ClientResult: ooxml,
      CheckboxContentControl: control.checkboxContentControl,
      TableBorder: tableProxy.getBorder("Top"),
      ListItem: paragraph.listItemOrNullObject,
      List: paragraph.listOrNullObject,
    };
  });
}

const NOT_IN_HEADLESS = new Set(["Word.Body.insertOoxml", "Word.Paragraph.insertOoxml"]);

describe("Office.js members used by src/word", () => {
  it("finds the members (the checker sees src/word's calls)", () => {
    const names = report.used.map((u) => u.member);
    expect(names).toEqual(expect.arrayContaining(["Word.Paragraph.insertText", "Word.Table.values", "Word.run"]));
    expect(names.length).toBeGreaterThan(50);
  });

  it("uses only members declared in @types/office-js", () => {
    expect(report.unknown).toEqual([]);
  });

  it("would catch a member Word does not have (headless-word's old columnSpan)", () => {
    const folder = mkdtempSync(join(tmpdir(), "office-members-"));
    try {
      writeFileSync(
        join(folder, "uses-column-span.ts"),
        "export const span = (cell: Word.TableCell): unknown => cell.columnSpan;\n" +
          "export const text = (cell: Word.TableCell): string => cell.value;\n" +
          'export const rows = (t: Word.Table) => t.rows.load("items/cells/items/columnSpan,items/cellCount");\n',
      );
      const probe = officeMembersUsed(folder);
      expect(probe.unknown).toHaveLength(2);
      expect(probe.unknown).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/uses-column-span\.ts:3 load\("items\/cells\/items\/columnSpan"\)$/),
          expect.stringMatching(/uses-column-span\.ts:1 cell\.columnSpan$/),
        ]),
      );
      expect(probe.used.map((u) => u.member)).toEqual(
        expect.arrayContaining(["Word.TableCell.value", "Word.TableRow.cellCount", "Word.TableRow.cells"]),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it("uses only members headless-word implements", async () => {
    const instances = await headlessInstances();
    const missing = report.used
      .filter((u) => u.member.startsWith("Word.") || u.member.startsWith("OfficeExtension."))
      .filter((u) => u.member !== "Word.run") // the entry's; headless-word's equivalent is HeadlessDocument.run
      // The check-box fallback for hosts below WordApi 1.7 rewrites a control's OOXML; headless-word does not
      // implement insertOoxml, so that path is tested as a pure transform (src/word/checkbox-ooxml.ts) and listed
      // as unverified in docs/word-compatibility.md. Anything else missing fails here.
      .filter((u) => !NOT_IN_HEADLESS.has(u.member))
      .filter((u) => {
        const [, type, name] = u.member.split(".");
        const instance = instances[type!];
        return !instance || !(name! in instance);
      })
      .map((u) => u.member);
    expect(missing).toEqual([]);
  });

  it("are each listed in docs/word-compatibility.md with their requirement set", () => {
    const doc = readFileSync(join(ROOT, "docs", "word-compatibility.md"), "utf8");
    const rows = new Map(
      [...doc.matchAll(/^\|\s*`([\w.]+)`\s*\|([^|]*)\|/gm)].map((m) => [m[1]!, m[2]!.trim()] as const),
    );
    const problems = report.used.flatMap((u) => {
      const listed = rows.get(u.member);
      if (listed === undefined) return [`${u.member}: not listed`];
      return u.apiSets.every((set) => listed.includes(set))
        ? []
        : [`${u.member}: listed as "${listed}", declared ${u.apiSets.join(", ")}`];
    });
    expect(problems).toEqual([]);
  });
});
