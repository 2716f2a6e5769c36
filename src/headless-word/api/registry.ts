/**
 * The proxy classes refer to each other (a paragraph makes ranges, a table makes cell bodies, …). They
 * reach each other through this registry, filled by ./all, so that no module cycle exists at load time.
 */
import type { HRange, HRangeCollection } from "./range";
import type { HParagraph, HParagraphCollection } from "./paragraph";
import type { HBody } from "./body";
import type { HTable, HTableCollection } from "./table";
import type { HTableRow, HTableRowCollection, HTableCell, HTableCellCollection } from "./table-row-cell";
import type { HContentControl, HContentControlCollection } from "./content-control";
import type { HComment, HCommentCollection } from "./comment";

export interface Classes {
  HRange: typeof HRange;
  HRangeCollection: typeof HRangeCollection;
  HParagraph: typeof HParagraph;
  HParagraphCollection: typeof HParagraphCollection;
  HBody: typeof HBody;
  HTable: typeof HTable;
  HTableCollection: typeof HTableCollection;
  HTableRow: typeof HTableRow;
  HTableRowCollection: typeof HTableRowCollection;
  HTableCell: typeof HTableCell;
  HTableCellCollection: typeof HTableCellCollection;
  HContentControl: typeof HContentControl;
  HContentControlCollection: typeof HContentControlCollection;
  HComment: typeof HComment;
  HCommentCollection: typeof HCommentCollection;
}

export const C = {} as Classes;
