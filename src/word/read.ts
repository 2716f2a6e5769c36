import type { Block, Cell, DocModel, ListInfo, Paragraph, Row, Table } from "../core/model";
import { DocxFormatError, headingLevel, normaliseText, tableGeometriesFromOoxml, type CellGeometry } from "../docx";

export { normaliseText };

export interface ApiReadOptions {
  /**
   * Take each table's grid (merged cells, gridBefore) from its own OOXML (`Range.getOoxml`, WordApi 1.1), loaded
   * for all top-level tables in the second sync: Table.values does not say which cells are merged. Without it the
   * cells carry no grid column, and readers fall back to their position in the row.
   */
  tableOoxml?: boolean;
}

/**
 * Reads the whole document into a DocModel through the Word API in at most 3 syncs, whatever its size:
 * collections are loaded once, never synced in a loop.
 *   sync 1: every paragraph (text, style, nesting…) and every table (values, nesting level);
 *   sync 2: the content control around each top-level table (its tag), with `tableOoxml` each top-level table's
 *           OOXML, and, only when two top-level tables touch with no paragraph between them, each table's
 *           paragraph count to place them in body order; for each list paragraph its ListItem (level, listString)
 *           and its List's levelTypes (WordApi 1.3), which tell a numbered item from a bullet and give the number
 *           Word shows, which is not in the paragraph's text;
 *   sync 3: only when Word refused the OOXML of sync 2: sync 2 again without it.
 */
export async function readModel(context: Word.RequestContext, options: ApiReadOptions = {}): Promise<DocModel> {
  const body = context.document.body;
  const paragraphs = body.paragraphs.load(
    "items/text,items/style,items/styleBuiltIn,items/tableNestingLevel,items/isListItem,items/outlineLevel",
  );
  const tables = body.tables.load("items/values,items/nestingLevel,items/rowCount");
  await context.sync();

  const headings = new Map<string, number>();
  const paragraphModels = paragraphs.items.map((p, index): Paragraph => toParagraph(p, index, headings));
  const topLevel = tables.items.map((t, index) => ({ t, index })).filter(({ t }) => t.nestingLevel === 1);
  const runs = tableRuns(paragraphModels);
  const listParagraphs = paragraphs.items.map((p, index) => ({ p, index })).filter(({ p }) => p.isListItem);

  // Tags of the content controls wrapping top-level tables; paragraph counts only when runs are ambiguous.
  const queueSecond = (withOoxml: boolean) => ({
    wrappers: topLevel.map(({ t }) => t.parentContentControlOrNullObject.load("tag")),
    counts:
      runs.length === topLevel.length
        ? undefined
        : topLevel.map(({ t }) => t.getRange("Whole").paragraphs.load("items/tableNestingLevel")),
    ooxml: withOoxml ? topLevel.map(({ t }) => t.getRange("Whole").getOoxml()) : undefined,
    lists: listParagraphs.map(({ p, index }) => ({
      index,
      item: p.listItemOrNullObject.load("level,listString"),
      list: p.listOrNullObject.load("levelTypes"),
    })),
  });
  let second = queueSecond(options.tableOoxml === true);
  if (topLevel.length > 0 || listParagraphs.length > 0) {
    try {
      await context.sync();
    } catch (error) {
      // Only the OOXML is optional: without it the read is today's; any other failure is the caller's to report.
      if (!second.ooxml) throw error;
      second = queueSecond(false);
      await context.sync();
    }
  }
  const { wrappers, counts } = second;
  for (const { index, item, list } of second.lists) {
    if (item.isNullObject || list.isNullObject) continue;
    paragraphModels[index].list = toListInfo(item.level, item.listString, list.levelTypes[item.level]);
  }

  const tableModels = tables.items.map((t, index): Table => toTable(t, index));
  if (second.ooxml) {
    const ooxml = second.ooxml;
    topLevel.forEach(({ index }, i) => {
      const end = i + 1 < topLevel.length ? topLevel[i + 1].index : tableModels.length;
      applyGeometry(tableModels.slice(index, end), ooxml[i].value);
    });
  }
  topLevel.forEach(({ index }, i) => {
    const wrapper = wrappers[i];
    if (!wrapper.isNullObject && wrapper.tag) tableModels[index].tag = wrapper.tag;
  });

  const tableSpans = counts
    ? spansFromCounts(
        paragraphModels,
        counts.map((c) => c.items.length),
      )
    : runs;
  return {
    blocks: buildBlocks(
      paragraphModels,
      tableSpans,
      topLevel.map(({ index }) => tableModels[index]),
    ),
    paragraphs: paragraphModels,
    tables: tableModels,
    source: "api",
  };
}

/**
 * Grid columns and merges from a top-level table's OOXML onto it and its nested tables (`tables`: body.tables from
 * the top-level table up to the next one, the order tablesIn gives in the OOXML). A table whose rows or cells do
 * not line up with its values is left without them: wrong columns would be worse than none.
 */
function applyGeometry(tables: Table[], ooxml: string): void {
  let geometries: CellGeometry[][][];
  try {
    geometries = tableGeometriesFromOoxml(ooxml);
  } catch (error) {
    if (error instanceof DocxFormatError) return;
    throw error;
  }
  tables.forEach((table, i) => {
    const grid = geometries[i];
    const fits =
      grid && grid.length === table.rows.length && grid.every((row, r) => row.length === table.rows[r].cells.length);
    if (!fits) return;
    table.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const g = grid[r][c];
        cell.gridColumn = g.gridColumn;
        if (g.columnSpan > 1) cell.columnSpan = g.columnSpan;
        if (g.verticallyMergedContinuation) cell.verticallyMergedContinuation = true;
      }),
    );
  });
}

/** `headings`: heading level by built-in style name, so that each distinct name is matched once. */
function toParagraph(p: Word.Paragraph, index: number, headings: Map<string, number>): Paragraph {
  return {
    index,
    text: normaliseText(p.text),
    style: p.style,
    headingLevel: headingLevel(p.styleBuiltIn, p.outlineLevel, headings),
    isListItem: p.isListItem,
    tableNestingLevel: p.tableNestingLevel,
  };
}

/**
 * The model's list field from ListItem and List: a level whose type is "Number" and that shows a string is numbered;
 * "Bullet" and "Picture" levels, and a number format of "none" (an empty listString), are not. The .docx reader
 * (src/docx/ooxml/numbering.ts) gives the same from word/numbering.xml.
 */
function toListInfo(level: number, listString: string, type: string | undefined): ListInfo {
  const numbered = type === "Number" && listString.trim() !== "";
  return listString ? { level, numbered, label: listString } : { level, numbered };
}

function toTable(t: Word.Table, index: number): Table {
  const rows: Row[] = t.values.map((values, row) => ({
    cells: values.map((text, cell): Cell => ({ ref: { table: index, row, cell }, text: normaliseText(text) })),
  }));
  return { index, nestingLevel: t.nestingLevel, rows };
}

interface Span {
  first: number;
  last: number;
}

/** Maximal runs of consecutive paragraphs inside tables: one per top-level table unless tables touch. */
function tableRuns(paragraphs: Paragraph[]): Span[] {
  const runs: Span[] = [];
  paragraphs.forEach((p, i) => {
    if (p.tableNestingLevel === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.last === i - 1) last.last = i;
    else runs.push({ first: i, last: i });
  });
  return runs;
}

/** Spans of top-level tables from each table's paragraph count, walking the in-table paragraphs in order. */
function spansFromCounts(paragraphs: Paragraph[], counts: number[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  for (const count of counts) {
    while (i < paragraphs.length && paragraphs[i].tableNestingLevel === 0) i++;
    spans.push({ first: i, last: i + count - 1 });
    i += count;
  }
  return spans;
}

function buildBlocks(paragraphs: Paragraph[], spans: Span[], topTables: Table[]): Block[] {
  const blocks: Block[] = [];
  let s = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const span = spans[s];
    if (span && i === span.first) {
      if (topTables[s]) blocks.push({ kind: "table", table: topTables[s] });
      i = span.last;
      s++;
      continue;
    }
    if (paragraphs[i].tableNestingLevel === 0) blocks.push({ kind: "paragraph", paragraph: paragraphs[i] });
  }
  // Tables without paragraphs of their own (should not happen in Word) still appear, at the end.
  for (; s < topTables.length; s++) blocks.push({ kind: "table", table: topTables[s] });
  return blocks;
}
