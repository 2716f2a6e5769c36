/**
 * A small builder DSL for DocModels in unit tests (after ProseMirror's test builders):
 *   doc(heading("Step 5: Identify and assess risks", 2), p("Intro"), table(row("Risk", "Likelihood"), row("1) …", "Remote")))
 * Indices and refs are assigned the way src/word/read.ts assigns them from Word: paragraphs in body
 * order including those inside table cells; tables in body order.
 */
import type { Block, Cell, DocModel, ListInfo, Paragraph, Table, TextSpan } from "../../src/core/model";

type ParagraphSpec = {
  kind: "p";
  text: string;
  style: string;
  headingLevel: number;
  isListItem: boolean;
  list?: ListInfo;
  placeholderSpans?: TextSpan[];
};
type CellSpec = {
  text: string;
  columnSpan?: number;
  verticallyMergedContinuation?: boolean;
  placeholderSpans?: TextSpan[];
};
type RowSpec = { cells: CellSpec[] };
type TableSpec = { kind: "table"; rows: RowSpec[]; tag?: string };
type BlockSpec = ParagraphSpec | TableSpec;

export function p(text: string, style = "Normal"): ParagraphSpec {
  return { kind: "p", text, style, headingLevel: 0, isListItem: false };
}

export function heading(text: string, level = 1): ParagraphSpec {
  return { kind: "p", text, style: `Heading ${level}`, headingLevel: level, isListItem: false };
}

export function li(text: string): ParagraphSpec {
  return { kind: "p", text, style: "List Paragraph", headingLevel: 0, isListItem: true };
}

/** An item of a list Word numbers ("3." shown before a text that does not contain it). */
export function numberedLi(text: string, label: string, level = 0): ParagraphSpec {
  return { ...li(text), list: { level, numbered: true, label } };
}

/** An item of a bulleted list, as the readers give it (list numbering known, no number). */
export function bulletLi(text: string, level = 0): ParagraphSpec {
  return { ...li(text), list: { level, numbered: false, label: "•" } };
}

export function cell(
  text: string,
  options: { span?: number; mergedContinuation?: boolean; placeholderSpans?: TextSpan[] } = {},
): CellSpec {
  return {
    text,
    columnSpan: options.span,
    verticallyMergedContinuation: options.mergedContinuation,
    placeholderSpans: options.placeholderSpans,
  };
}

/**
 * Marks the given parts of a paragraph's or cell's text as shown by a content control as its placeholder (what the
 * reader sets from w:showingPlcHdr). Each part is found by its text (first occurrence), or the whole text when none.
 */
export function showingPlaceholder<T extends ParagraphSpec | CellSpec>(spec: T, ...parts: string[]): T {
  const spans = (parts.length ? parts : [spec.text]).map((part) => {
    const start = spec.text.indexOf(part);
    if (start < 0) throw new RangeError(`"${part}" is not in "${spec.text}"`);
    return { start, end: start + part.length };
  });
  return { ...spec, placeholderSpans: spans };
}

export function row(...cells: (string | CellSpec)[]): RowSpec {
  return { cells: cells.map((c) => (typeof c === "string" ? { text: c } : c)) };
}

export function table(...rows: RowSpec[]): TableSpec {
  return { kind: "table", rows };
}

export function taggedTable(tag: string, ...rows: RowSpec[]): TableSpec {
  return { kind: "table", rows, tag };
}

export function doc(...specs: BlockSpec[]): DocModel {
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const blocks: Block[] = [];
  const addParagraph = (
    text: string,
    style: string,
    headingLevel: number,
    isListItem: boolean,
    nesting: number,
    placeholderSpans?: TextSpan[],
    list?: ListInfo,
  ): Paragraph => {
    const paragraph: Paragraph = {
      index: paragraphs.length,
      text,
      style,
      headingLevel,
      isListItem,
      tableNestingLevel: nesting,
    };
    if (list) paragraph.list = list;
    if (placeholderSpans?.length) paragraph.placeholderSpans = placeholderSpans;
    paragraphs.push(paragraph);
    return paragraph;
  };
  for (const spec of specs) {
    if (spec.kind === "p") {
      blocks.push({
        kind: "paragraph",
        paragraph: addParagraph(
          spec.text,
          spec.style,
          spec.headingLevel,
          spec.isListItem,
          0,
          spec.placeholderSpans,
          spec.list,
        ),
      });
      continue;
    }
    const index = tables.length;
    const built: Table = {
      index,
      nestingLevel: 1,
      rows: spec.rows.map((r, rowIndex) => ({
        cells: r.cells.map((c, cellIndex): Cell => {
          for (const line of c.text.split("\n")) addParagraph(line, "Normal", 0, false, 1);
          const result: Cell = { ref: { table: index, row: rowIndex, cell: cellIndex }, text: c.text };
          if (c.columnSpan && c.columnSpan > 1) result.columnSpan = c.columnSpan;
          if (c.verticallyMergedContinuation) result.verticallyMergedContinuation = true;
          if (c.placeholderSpans?.length) result.placeholderSpans = c.placeholderSpans;
          return result;
        }),
      })),
    };
    if (spec.tag) built.tag = spec.tag;
    tables.push(built);
    blocks.push({ kind: "table", table: built });
  }
  return { blocks, paragraphs, tables };
}
