/** State shared by every context opened on one document. */
import type { DocxPackage } from "../../docx/package/docx-package";
import type { StyleSheet } from "../../docx/ooxml/styles";
import type { XmlElement } from "../../docx/xml";
import type { ParagraphEventHub } from "./paragraph-events";

export interface Point {
  p: XmlElement;
  offset: number;
}

/** A span of the document: from a point in one paragraph to a point in the same or a later paragraph. */
export interface RangeTarget {
  start: Point;
  end: Point;
}

export interface SessionOptions {
  /** Author written on comments (Word uses the signed-in user). */
  author?: string;
  /** Clock for comment dates (tests pass a fixed one). */
  now?: () => Date;
}

export interface Session {
  pkg: DocxPackage;
  styles: StyleSheet;
  syncCount: number;
  selection?: RangeTarget;
  options: SessionOptions;
  /** Paragraph ids and the paragraph events (WordApi 1.6). */
  events: ParagraphEventHub;
}
