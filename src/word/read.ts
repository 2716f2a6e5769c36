import type { Block, Cell, DocModel, Paragraph, Row, Table } from "../core/model";

/**
 * Reads the whole document into a DocModel in at most 3 syncs, whatever its size: collections are loaded
 * once, never synced in a loop.
 *   sync 1: every paragraph (text, style, nesting…) and every table (values, nesting level);
 *   sync 2: the content control around each top-level table (its tag) and, only when two top-level tables
 *           touch with no paragraph between them, each table's paragraph count to place them in body order.
 */
export async function readModel(context: Word.RequestContext): Promise<DocModel> {
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

  // Tags of the content controls wrapping top-level tables; paragraph counts only when runs are ambiguous.
  const wrappers = topLevel.map(({ t }) => t.parentContentControlOrNullObject.load("tag"));
  const counts =
    runs.length === topLevel.length
      ? undefined
      : topLevel.map(({ t }) => t.getRange("Whole").paragraphs.load("items/tableNestingLevel"));
  if (topLevel.length > 0) await context.sync();

  const tableModels = tables.items.map((t, index): Table => toTable(t, index));
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
  };
}

const NEEDS_NORMALISING = /[\r\v\u0007]/;

/** Word reports paragraph breaks as "\r", line breaks as "\v" (or "\n" on some hosts); the model uses "\n". */
export function normaliseText(text: string): string {
  // Most paragraphs have none of these: skip the three replacements (each would copy the string).
  if (!NEEDS_NORMALISING.test(text)) return text;
  // One pass for the breaks ("\r\n" before a lone "\r", as replacing "\r\n" first then "\r" and "\v" would do).
  const broken = text.replace(/\r\n?|\v/g, "\n");
  return broken.includes("\u0007") ? broken.replace(/\u0007/g, "") : broken;
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

function headingLevel(styleBuiltIn: string, outlineLevel: number, headings: Map<string, number>): number {
  let fromStyle = headings.get(styleBuiltIn);
  if (fromStyle === undefined) {
    const m = /^Heading([1-9])$/.exec(styleBuiltIn);
    fromStyle = m ? Number(m[1]) : 0;
    headings.set(styleBuiltIn, fromStyle);
  }
  if (fromStyle > 0) return fromStyle;
  return Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : 0;
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
