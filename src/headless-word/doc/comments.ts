/** Comments: comments.xml (created with its relationship and content type when missing) and range markers. */
import { ErrorCodes, officeError } from "../errors";
import type { RangeTarget, Session } from "../api/session";
import { compareOrder, createW, insertAfter, isW, NS, remove, wAttr, walk, type XmlElement } from "../../docx/xml";
import { paragraphsOfRange } from "./edit-text";
import { appendTextContent, splitAt } from "./runs";
import { paragraphPieces, paragraphText } from "../../docx/ooxml/text";
import { paragraphsIn } from "../../docx/ooxml/structure";
import { rootOf } from "../../docx/package/docx-package";

const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

export function commentsPartName(session: Session): string | undefined {
  return session.pkg.relatedPart(session.pkg.mainPart, "/comments");
}

function ensureCommentsPart(session: Session): XmlElement {
  let name = commentsPartName(session);
  if (!name || !session.pkg.has(name)) {
    name = "word/comments.xml";
    session.pkg.addPart(
      name,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${NS.w}"></w:comments>`,
      COMMENTS_TYPE,
    );
    session.pkg.addRelationship(session.pkg.mainPart, COMMENTS_REL, name);
  }
  return rootOf(session.pkg.xml(name));
}

export function allComments(session: Session): XmlElement[] {
  const name = commentsPartName(session);
  if (!name || !session.pkg.has(name)) return [];
  return [...iter(rootOf(session.pkg.xml(name)))].filter((c) => isW(c, "comment"));
}

function* iter(el: XmlElement): Generator<XmlElement> {
  for (let n = el.firstChild; n; n = n.nextSibling) if ((n as XmlElement).nodeType === 1) yield n as XmlElement;
}

function mainRoot(session: Session): XmlElement {
  return rootOf(session.pkg.xml(session.pkg.mainPart));
}

interface Markers {
  commentRangeStart: Map<string, XmlElement>;
  commentRangeEnd: Map<string, XmlElement>;
  commentReference: Map<string, XmlElement>;
}

/** All comment markers of the main part, found in one walk. */
function allMarkers(session: Session): Markers {
  const out: Markers = { commentRangeStart: new Map(), commentRangeEnd: new Map(), commentReference: new Map() };
  walk(mainRoot(session), (el) => {
    const local = el.localName as keyof Markers;
    if (el.namespaceURI === NS.w && out[local]) out[local].set(wAttr(el, "id") ?? "", el);
    return true;
  });
  return out;
}

/** Puts `node` at a text offset of a paragraph: before the content that starts there, or after the content that ends there. */
function placeAtOffset(p: XmlElement, offset: number, node: XmlElement, lean: "before" | "after"): void {
  splitAt(p, offset);
  const pieces = paragraphPieces(p).filter((x) => x.text.length > 0);
  if (lean === "after") {
    const prev = pieces.filter((x) => x.start + x.text.length <= offset).pop();
    if (prev) return insertAfter(node, prev.run);
    const next = pieces.find((x) => x.start >= offset);
    if (next) return void next.run.parentNode!.insertBefore(node, next.run);
  } else {
    const next = pieces.find((x) => x.start >= offset);
    if (next) return void next.run.parentNode!.insertBefore(node, next.run);
    const prev = pieces.filter((x) => x.start + x.text.length <= offset).pop();
    if (prev) return insertAfter(node, prev.run);
  }
  p.appendChild(node);
}

/** The comment this code appended last to a comments part, and its id. */
const lastIds = new WeakMap<XmlElement, { comment: XmlElement; id: number }>();

/**
 * One more than the largest comment id. Ids come from comments.xml: a marker without its comment is not
 * something Word writes. The part is scanned once; after that, while our last comment is still the part's last
 * child (nothing was added behind our back), the next id follows it, so marking thousands of gaps stays linear.
 */
function nextCommentId(session: Session, root: XmlElement): number {
  const last = lastIds.get(root);
  if (last && root.lastChild === last.comment) return last.id + 1;
  const ids = allComments(session)
    .map((c) => Number(wAttr(c, "id")))
    .filter(Number.isFinite);
  return ids.reduce((max, n) => Math.max(max, n + 1), 0);
}

export function insertComment(session: Session, span: RangeTarget, text: string): XmlElement {
  if (!text) throw officeError(ErrorCodes.invalidArgument, "A comment needs text.", "insertComment");
  const root = ensureCommentsPart(session);
  const id = String(nextCommentId(session, root));
  const cdoc = root.ownerDocument!;
  const comment = createW(cdoc, "comment", {
    id,
    author: session.options.author ?? "DPIA Assist",
    date: (session.options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    initials: initialsOf(session.options.author ?? "DPIA Assist"),
  });
  for (const line of text.replace(/\r\n/g, "\n").split(/\n|\r/)) {
    const p = createW(cdoc, "p");
    if (!comment.firstChild) {
      const refRun = createW(cdoc, "r");
      refRun.appendChild(createW(cdoc, "annotationRef"));
      p.appendChild(refRun);
    }
    const r = createW(cdoc, "r");
    appendTextContent(r, line);
    p.appendChild(r);
    comment.appendChild(p);
  }
  root.appendChild(comment);
  lastIds.set(root, { comment, id: Number(id) });
  const mdoc = span.start.p.ownerDocument!;
  const start = createW(mdoc, "commentRangeStart", { id });
  const end = createW(mdoc, "commentRangeEnd", { id });
  // End first: placing the start may split a run that the end offset is counted in.
  placeAtOffset(span.end.p, span.end.offset, end, "after");
  placeAtOffset(
    span.start.p,
    span.start.offset,
    start,
    span.start.p === span.end.p && span.start.offset === span.end.offset ? "after" : "before",
  );
  if (span.start.p === span.end.p && span.start.offset === span.end.offset) insertAfter(end, start);
  const refRun = createW(mdoc, "r");
  refRun.appendChild(createW(mdoc, "commentReference", { id }));
  insertAfter(refRun, end);
  return comment;
}

function initialsOf(author: string): string {
  return author
    .split(/\s+/)
    .map((w) => w[0] ?? "")
    .join("")
    .slice(0, 9);
}

/** Offset in its paragraph of a marker element (characters of the text before it). */
function markerPoint(marker: XmlElement): { p: XmlElement; offset: number } | undefined {
  let p: XmlElement | undefined;
  for (let n = marker.parentNode; n; n = n.parentNode)
    if (isW(n, "p")) {
      p = n as XmlElement;
      break;
    }
  if (!p) {
    // A block-level marker: it points at the start of the next paragraph.
    const all = paragraphsIn(rootOfNode(marker));
    const next = all.find((q) => compareOrder(marker, q) < 0);
    return next ? { p: next, offset: 0 } : undefined;
  }
  const pieces = paragraphPieces(p);
  const before = pieces.filter((x) => compareOrder(x.node, marker) < 0).pop();
  return { p, offset: before ? before.start + before.text.length : 0 };
}

function rootOfNode(n: XmlElement): XmlElement {
  return n.ownerDocument!.documentElement as unknown as XmlElement;
}

/** The span a comment is anchored to. */
export function commentSpan(session: Session, comment: XmlElement, known?: Markers): RangeTarget | undefined {
  const id = wAttr(comment, "id") ?? "";
  const m = known ?? allMarkers(session);
  const start = m.commentRangeStart.get(id);
  const end = m.commentRangeEnd.get(id) ?? m.commentReference.get(id);
  const s = start ? markerPoint(start) : undefined;
  const e = end ? markerPoint(end) : s;
  return s && e ? { start: s, end: e } : undefined;
}

export function commentsInSpan(session: Session, span: RangeTarget): XmlElement[] {
  const paras = paragraphsOfRange(span);
  const index = new Map(paragraphsIn(rootOfNode(span.start.p)).map((p, i) => [p, i]));
  const key = (pt: { p: XmlElement; offset: number }) => (index.get(pt.p) ?? -1) * 1e7 + pt.offset;
  const s0 = key(span.start);
  const s1 = key({ p: paras[paras.length - 1], offset: span.end.offset });
  const known = allMarkers(session);
  return allComments(session).filter((c) => {
    const cs = commentSpan(session, c, known);
    if (!cs) return false;
    const c0 = key(cs.start);
    const c1 = key(cs.end);
    return c0 <= s1 && c1 >= s0;
  });
}

export function deleteComment(session: Session, comment: XmlElement): void {
  const id = wAttr(comment, "id") ?? "";
  const known = allMarkers(session);
  for (const m of [known.commentRangeStart.get(id), known.commentRangeEnd.get(id)]) if (m) remove(m);
  const ref = known.commentReference.get(id);
  if (ref) {
    const run = ref.parentNode as XmlElement;
    remove(ref);
    if (isW(run, "r") && ![...iter(run)].some((c) => !isW(c, "rPr"))) remove(run);
  }
  remove(comment);
}

export function commentText(comment: XmlElement): string {
  return [...iter(comment)]
    .filter((c) => isW(c, "p"))
    .map((p) => paragraphText(p))
    .join("\r");
}

export function setCommentText(comment: XmlElement, text: string): void {
  const paras = [...iter(comment)].filter((c) => isW(c, "p"));
  const doc = comment.ownerDocument!;
  paras.slice(1).forEach(remove);
  const p = paras[0] ?? comment.appendChild(createW(doc, "p"));
  for (const r of [...iter(p as XmlElement)])
    if (isW(r, "r") && !r.getElementsByTagNameNS(NS.w, "annotationRef").length) remove(r);
  const r = createW(doc, "r");
  appendTextContent(r, text);
  (p as XmlElement).appendChild(r);
}
