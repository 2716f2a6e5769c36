/** Word.Comment and Word.CommentCollection (WordApi 1.4). */
import { ErrorCodes, officeError } from "../errors";
import { commentSpan, commentText, deleteComment, setCommentText } from "../doc/comments";
import { wAttr, type XmlElement } from "../../docx/xml";
import { HObject, NOT_A_PROPERTY, type HeadlessContext } from "./client-object";
import { HCollection } from "./collection";
import { C } from "./registry";

export class HComment extends HObject<XmlElement> {
  readonly typeName = "Comment";
  constructor(context: HeadlessContext, resolver: (() => XmlElement | null) | null, bound?: XmlElement) {
    super(context, resolver, bound);
  }
  protected scalarNames(): readonly string[] {
    return ["id", "content", "authorName", "authorEmail", "creationDate", "resolved"];
  }
  protected readScalar(name: string, c: XmlElement): unknown {
    switch (name) {
      case "id":
        return wAttr(c, "id") ?? "";
      case "content":
        return commentText(c);
      case "authorName":
        return wAttr(c, "author") ?? "";
      case "authorEmail":
        return "";
      case "creationDate": {
        const d = wAttr(c, "date");
        return d ? new Date(d) : new Date(0);
      }
      case "resolved":
        return false;
      default:
        return NOT_A_PROPERTY;
    }
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.setProp("content", text, (c) => setCommentText(c, text));
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get authorEmail(): string {
    return this.get("authorEmail");
  }
  get creationDate(): Date {
    return this.get("creationDate");
  }
  get resolved(): boolean {
    return this.get("resolved");
  }
  delete(): void {
    this.act("delete", (c) => deleteComment(this.context.session, c));
  }
  getRange(): import("./range").HRange {
    const range = new C.HRange(this.context, () => {
      const span = commentSpan(this.context.session, this.t());
      if (!span) throw officeError(ErrorCodes.itemNotFound, "The comment's range was not found.", "Comment.getRange");
      return span;
    });
    return HObject.eager(range, "Comment.getRange", false);
  }
}

export class HCommentCollection extends HCollection<XmlElement, HComment> {
  readonly typeName = "CommentCollection";
  protected makeItem(t: XmlElement): HComment {
    return new HComment(this.context, null, t);
  }
  protected makeLazyItem(resolver: () => XmlElement | null): HComment {
    return new HComment(this.context, resolver);
  }
}

C.HComment = HComment;
C.HCommentCollection = HCommentCollection;
